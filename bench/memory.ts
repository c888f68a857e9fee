/**
 * `npx tsx bench/memory.ts [--sizes 5,25,100] [--workers 2[,1]] [--cli dist/cli.js]`
 *
 * Resident memory of `newsdown batch` (the built `dist/cli.js`, or `--cli`)
 * over JSON Lines files of growing size, made of corpus texts (all corpora,
 * in turn), written under the system's temporary folder and deleted after.
 * For each size and worker count: lines, seconds, lines/s, CPU seconds (user
 * + system), peak RSS as GNU time reports it (the process holds the worker
 * threads, so this is the whole tree), and RSS read from /proc at each
 * quarter of the run: memory that stays flat as the run goes on shows the
 * batch streams. The output is read through a pipe (as `newsdown batch … |
 * consumer` would), counted and checked: one line per input line.
 *
 * Issue 6 asks for under 300 MB on a 1 GB file (`--sizes 1000`), which takes
 * as long as parsing 1 GB does (about an hour on two free cores).
 * Needs GNU time (`/usr/bin/time`) and a build.
 */
import {spawn} from 'node:child_process'
import {createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpora, readTexts} from './data.js'

/** Writes about `megabytes` of JSON Lines; returns the number of lines. */
async function writeJsonl(path: string, megabytes: number, texts: readonly {id: string; text: string}[]): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  let lines = 0
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const t = texts[i % texts.length]!
    const line = JSON.stringify({id: `${t.id}#${Math.floor(i / texts.length)}`, text: t.text}) + '\n'
    bytes += Buffer.byteLength(line)
    lines++
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
  return lines
}

interface Measure {
  code: number | null
  seconds: number
  outLines: number
  peakMb: number
  cpuSeconds: number
  /** RSS (MB) read from /proc, in time order. */
  samples: {lines: number; rssMb: number}[]
}

/** Runs the batch under GNU time, sampling RSS from /proc and counting output lines. */
function measure(cli: string, input: string, workers: number, dir: string, lines: number): Promise<Measure> {
  const report = join(dir, 'time.txt')
  const start = performance.now()
  const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', report, process.execPath, cli, 'batch', input, '--concurrency', String(workers)], {
    stdio: ['ignore', 'pipe', 'ignore']
  })
  let outLines = 0
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++
  })
  const samples: Measure['samples'] = []
  let shown = start
  const sampler = setInterval(() => {
    const rss = rssOfChild(child.pid!)
    if (rss !== null) samples.push({lines: outLines, rssMb: rss})
    // Long runs: a progress line on stderr each minute, so that a run cut short still tells something.
    if (performance.now() - shown >= 60_000) {
      shown = performance.now()
      const peak = Math.max(...samples.map((s) => s.rssMb))
      console.error(`  ${((shown - start) / 1000).toFixed(0)} s: ${outLines} of ${lines} lines, RSS ${rss?.toFixed(0)} MB (highest sample ${peak.toFixed(0)} MB)`)
    }
  }, 500)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sampler)
      const [peakKb, user, system] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
      resolve({code, seconds: (performance.now() - start) / 1000, outLines, peakMb: peakKb! / 1024, cpuSeconds: user! + system!, samples})
    })
  })
}

/** RSS in MB of the (only) child of process `pid` (GNU time's child: node), from /proc. */
function rssOfChild(pid: number): number | null {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean)
    if (children.length === 0) return null
    const status = readFileSync(`/proc/${children[0]}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)/.exec(status)
    return kb ? Number(kb[1]) / 1024 : null
  } catch {
    return null
  }
}

/** RSS at a quarter, half, three quarters and the end of the output. */
function quarters(m: Measure): string {
  const at = [0.25, 0.5, 0.75, 1].map((q) => {
    const target = q * m.outLines
    const sample = m.samples.find((s) => s.lines >= target) ?? m.samples.at(-1)
    return sample ? sample.rssMb.toFixed(0) : '?'
  })
  return at.join(' / ')
}

async function main(argv: string[]): Promise<void> {
  let sizes = [5, 25]
  let workers = [availableParallelism()]
  let cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = argv[++i]!.split(',').map(Number)
    else if (argv[i] === '--workers' || argv[i] === '--concurrency') workers = argv[++i]!.split(',').map(Number)
    else if (argv[i] === '--cli') cli = resolve(argv[++i]!)
    else throw new Error('Usage: npx tsx bench/memory.ts [--sizes 5,25] [--workers 2[,1]] [--cli dist/cli.js]')
  }
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`)
  if (!existsSync('/usr/bin/time')) throw new Error('GNU time (/usr/bin/time) is needed to read peak memory')
  const texts = corpora.flatMap((c) => readTexts(c.file))
  const dir = mkdtempSync(join(tmpdir(), 'newsdown-memory-'))
  try {
    console.log(`newsdown batch (${cli}), Node ${process.version}, ${availableParallelism()} cores\n`)
    console.log('| input MB | lines | workers | seconds | lines/s | CPU s | lines per CPU s | peak RSS MB | RSS MB at ¼ / ½ / ¾ / end |')
    console.log('| --: | --: | --: | --: | --: | --: | --: | --: | --: |')
    for (const size of sizes) {
      const input = join(dir, `in-${size}.jsonl`)
      const lines = await writeJsonl(input, size, texts)
      const mb = (statSync(input).size / 1e6).toFixed(0)
      for (const w of workers) {
        const m = await measure(cli, input, w, dir, lines)
        const problems = [m.code === 0 ? '' : ` exit ${m.code}`, m.outLines === lines ? '' : ` ${m.outLines} output lines`].join('')
        console.log(
          `| ${mb} | ${lines} | ${w} | ${m.seconds.toFixed(0)} | ${(lines / m.seconds).toFixed(0)} | ${m.cpuSeconds.toFixed(0)} | ${(lines / m.cpuSeconds).toFixed(0)} | ${m.peakMb.toFixed(0)} | ${quarters(m)} |${problems}`
        )
      }
      rmSync(input, {force: true})
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
