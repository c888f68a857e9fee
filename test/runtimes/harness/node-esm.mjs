// Node ESM: resolves `newsdown` through the `import` condition of the installed tarball.
import {readFileSync} from 'node:fs'
import * as newsdown from 'newsdown'

const inputs = JSON.parse(readFileSync(new URL('./inputs.json', import.meta.url), 'utf8'))
const results = inputs.map((text) => newsdown.parseArticle(text))
console.log('NEWSDOWN-RESULT ' + JSON.stringify({exports: Object.keys(newsdown).sort(), results}))
