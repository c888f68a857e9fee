/**
 * `npx tsx bench/memory.ts [--sizes 5,25] [--concurrency N]`
 *
 * Peak resident memory of `newsdown batch` (the built `dist/cli.js`) over
 * JSON Lines files of growing size, made of corpus texts (all corpora, in
 * turn). Memory that stays flat as the input grows shows the batch streams;
 * issue 6 asks for under 300 MB on a 1 GB file (`--sizes 1000`, which takes
 * as long as parsing 1 GB does). Needs GNU time (`/usr/bin/time`) and a build.
 */
import {spawnSync} from 'node:child_process'
import {createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpora, readTexts} from './data.js'

async function writeJsonl(path: string, megabytes: number, texts: readonly {id: string; text: string}[]): Promise<void> {
  const out = createWriteStream(path)
  let bytes = 0
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const t = texts[i % texts.length]!
    const line = JSON.stringify({id: `${t.id}#${Math.floor(i / texts.length)}`, text: t.text}) + '\n'
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

async function main(argv: string[]): Promise<void> {
  let sizes = [5, 25]
  let concurrency = cpus().length
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = argv[++i]!.split(',').map(Number)
    else if (argv[i] === '--concurrency') concurrency = Number(argv[++i])
    else throw new Error('Usage: npx tsx bench/memory.ts [--sizes 5,25] [--concurrency N]')
  }
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first')
  if (!existsSync('/usr/bin/time')) throw new Error('GNU time (/usr/bin/time) is needed to read peak memory')
  const texts = corpora.flatMap((c) => readTexts(c.file))
  const dir = mkdtempSync(join(tmpdir(), 'newsdown-memory-'))
  try {
    console.log(`newsdown batch --concurrency ${concurrency}, Node ${process.version}\n`)
    console.log('| input MB | lines | seconds | peak RSS MB |')
    console.log('| --: | --: | --: | --: |')
    for (const size of sizes) {
      const input = join(dir, `in-${size}.jsonl`)
      await writeJsonl(input, size, texts)
      const lines = readFileSync(input, 'utf8').split('\n').length - 1
      const report = join(dir, 'time.txt')
      const start = performance.now()
      const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, process.execPath, cli, 'batch', input, '--concurrency', String(concurrency)], {
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024
      })
      const seconds = (performance.now() - start) / 1000
      const peakKb = Number(readFileSync(report, 'utf8').trim().split('\n').pop())
      const mb = (statSync(input).size / 1e6).toFixed(0)
      console.log(`| ${mb} | ${lines} | ${seconds.toFixed(1)} | ${(peakKb / 1024).toFixed(0)} |${run.status === 0 ? '' : ` exit ${run.status}`}`)
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
