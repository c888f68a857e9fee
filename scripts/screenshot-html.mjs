// Renders the annotated HTML view of an article in headless Chromium and
// saves a screenshot, to check by eye that the highlights show.
// Usage: node scripts/screenshot-html.mjs [article] [out.png]
// Default article: ../shared/fixtures/le-matin-aes-2025-06-26.txt. Needs the
// built package (npm run build) and Debian's `chromium` (apt-get install chromium).
import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {parseArticle, toHtml} from 'newsdown'

const [input = '../shared/fixtures/le-matin-aes-2025-06-26.txt', out = 'newsdown-view.png'] = process.argv.slice(2)
const chromium = process.env.CHROMIUM ?? 'chromium'

const text = readFileSync(input, 'utf8')
const work = mkdtempSync(join(tmpdir(), 'newsdown-shot-'))
const page = join(work, 'view.html')
writeFileSync(page, toHtml(parseArticle(text), text))

try {
  await promisify(execFile)(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(work, 'profile')}`,
      `--screenshot=${resolve(out)}`,
      '--window-size=1280,1600',
      pathToFileURL(page).href
    ],
    {timeout: 120_000}
  )
  console.log(`${resolve(out)} (${statSync(out).size} bytes), from ${page}`)
} finally {
  rmSync(join(work, 'profile'), {recursive: true, force: true})
}
