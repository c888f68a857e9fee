// Deno: resolves `newsdown` from the project's node_modules (package.json present).
import * as newsdown from 'newsdown'

const inputs = JSON.parse(await Deno.readTextFile(new URL('./inputs.json', import.meta.url)))
const results = inputs.map((text) => newsdown.parseArticle(text))
console.log('NEWSDOWN-RESULT ' + JSON.stringify({exports: Object.keys(newsdown).sort(), results}))
