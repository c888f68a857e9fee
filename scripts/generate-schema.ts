/**
 * Writes `schemas/news-article.schema.json` from `src/schema/article.ts`.
 * `npm run schema` regenerates it; `test/schema.test.ts` fails when it drifts.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {buildJsonSchema} from './json-schema.js'

const target = fileURLToPath(new URL('../schemas/news-article.schema.json', import.meta.url))
writeFileSync(target, JSON.stringify(buildJsonSchema(), null, 2) + '\n')
console.log('wrote', target)
