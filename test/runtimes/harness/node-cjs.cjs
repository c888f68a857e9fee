// Node CJS: resolves `newsdown` through the `require` condition of the installed tarball.
const {readFileSync} = require('node:fs')
const path = require('node:path')
const newsdown = require('newsdown')

const inputs = JSON.parse(readFileSync(path.join(__dirname, 'inputs.json'), 'utf8'))
const results = inputs.map((text) => newsdown.parseArticle(text))
console.log('NEWSDOWN-RESULT ' + JSON.stringify({exports: Object.keys(newsdown).sort(), results}))
