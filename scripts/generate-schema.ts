/**
 * Writes `schemas/news-article.schema.json` from `src/schema/article.ts`, and
 * `src/schema/generated.ts` (the same schema without annotations, read by the
 * runtime validator) from it. `npm run schema` regenerates both;
 * `test/schema.test.ts` fails when either drifts.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildJsonSchema, validatorSource} from './json-schema.js'

const schema = buildJsonSchema()
const target = fileURLToPath(new URL('../schemas/news-article.schema.json', import.meta.url))
writeFileSync(target, JSON.stringify(schema, null, 2) + '\n')
console.log('wrote', target)
const validator = fileURLToPath(new URL('../src/schema/generated.ts', import.meta.url))
writeFileSync(validator, validatorSource(schema))
console.log('wrote', validator)
