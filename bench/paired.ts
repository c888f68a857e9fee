/**
 * Paired, interleaved timing for the benchmarks.
 *
 * Comparing two tools by timing each in long rounds of its own lets the load
 * of the machine (other processes, caches, CPU frequency) drift between the
 * rounds, so the ratio swings with it. Here the sample is cut into small
 * batches of articles; in every round the batches come in a shuffled order
 * and, on each batch, every arm (tool) runs once, in a shuffled order, one
 * right after the other. Both arms of a batch thus run within a few
 * milliseconds of each other, under the same load, and every arm sees every
 * position in the order equally often. The shuffles use a seeded generator,
 * so two runs use the same orders.
 *
 * When Node runs with `--expose-gc`, a collection is forced right after
 * every timed section and timed on its own, and its time is added to the arm
 * that just ran: each arm pays for collecting its own garbage, never for the
 * garbage the arm before it left (which would otherwise be collected during
 * whichever arm runs next). Minor collections, full ones after an arm
 * that leaves much garbage (`collect: 'major'`); the fixed cost of a collection with nothing to collect
 * (measured at the start, about 0.03 ms) is subtracted. With
 * `--single-threaded` (as `npm run bench` runs it) V8 does its compilation
 * and collection on the main thread, so the process's CPU time during a
 * section is the work of that section, not of background threads finishing
 * earlier work.
 *
 * A ratio is then estimated per batch from all rounds (the median over rounds
 * of the time of each arm) and summed over batches; its confidence interval
 * comes from a bootstrap over rounds (rounds drawn with replacement, the
 * estimate recomputed, the 2.5th and 97.5th percentiles kept).
 */

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy of `values` (Fisher–Yates). */
export function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = out[i]!
    out[i] = out[j]!
    out[j] = swap
  }
  return out
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** The `q`-quantile (0–1) of a non-empty list, linear between ranks. */
export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b)
  const at = (s.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo)
}

/**
 * Consecutive items grouped into batches of at least `minBytes` (a batch
 * never mixes two values of `key`; a last batch under half of `minBytes` is
 * merged into the one before it).
 */
export function makeBatches<T>(items: readonly T[], size: (item: T) => number, key: (item: T) => string, minBytes: number): T[][] {
  const out: T[][] = []
  let current: T[] = []
  let bytes = 0
  let currentKey: string | undefined
  const close = () => {
    if (current.length === 0) return
    const last = out.at(-1)
    if (bytes < minBytes / 2 && last && key(last[0]!) === currentKey) last.push(...current)
    else out.push(current)
    current = []
    bytes = 0
  }
  for (const item of items) {
    if (currentKey !== undefined && key(item) !== currentKey) close()
    currentKey = key(item)
    current.push(item)
    bytes += size(item)
    if (bytes >= minBytes) close()
  }
  close()
  return out
}

/** CPU time of this process in ms (user + system, all its threads). */
export function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

type Gc = (options?: {type: 'minor' | 'major'}) => void
const exposedGc = (globalThis as {gc?: unknown}).gc as Gc | undefined

/** Whether collections are forced and timed apart (`--expose-gc`). */
export const gcForced = typeof exposedGc === 'function'

/**
 * Run a full collection now, when the runtime allows it (after a phase that
 * leaves much garbage; the rounds after one run slower for a while, so give
 * the next phase warm-up rounds).
 */
export function fullGc(): void {
  exposedGc?.()
}

/** Median cost in ms (CPU, wall) of a forced collection right after another one. */
function gcOverhead(options: {type: 'minor' | 'major'}): {cpu: number; wall: number} {
  if (!exposedGc) return {cpu: 0, wall: 0}
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < 21; i++) {
    exposedGc(options)
    const wallStart = performance.now()
    const cpuStart = cpuMs()
    exposedGc(options)
    cpu.push(cpuMs() - cpuStart)
    wall.push(performance.now() - wallStart)
  }
  return {cpu: median(cpu), wall: median(wall)}
}

/**
 * One arm: what runs on a batch (told the round and the batch's index, for an
 * arm that records more than its time). `accepts` false skips the batch.
 */
export interface Arm<B> {
  name: string
  /** Collection forced after the arm's sections (default `minor`; `major` for a tool leaving much garbage). */
  collect?: 'minor' | 'major'
  accepts?: (batch: B) => boolean
  run: (batch: B, round: number, index: number) => void
}

/**
 * Times of paired rounds: `cpu[arm][round][batch]` and `wall[arm][round][batch]`
 * in ms (`NaN` where the arm skips the batch).
 */
export interface PairedTimes {
  arms: string[]
  rounds: number
  batches: number
  cpu: number[][][]
  wall: number[][][]
}

/**
 * Run `rounds` paired rounds of `arms` over `batches`, in orders drawn from
 * `random`. `onRound` is called after each round with its index.
 */
export function runPaired<B>(arms: readonly Arm<B>[], batches: readonly B[], rounds: number, random: () => number, onRound?: (round: number, times: PairedTimes) => boolean | void): PairedTimes {
  // The fixed cost of a forced collection with nothing to collect, subtracted
  // from every section (else it would pull every ratio towards 1).
  const gcOptions = arms.map((arm) => ({type: arm.collect ?? 'minor'}))
  const overheads = {minor: gcOverhead({type: 'minor'}), major: arms.some((arm) => arm.collect === 'major') ? gcOverhead({type: 'major'}) : {cpu: 0, wall: 0}}
  const times: PairedTimes = {arms: arms.map((a) => a.name), rounds: 0, batches: batches.length, cpu: arms.map(() => []), wall: arms.map(() => [])}
  const indices = batches.map((_, i) => i)
  const armIndices = arms.map((_, i) => i)
  for (let r = 0; r < rounds; r++) {
    for (let a = 0; a < arms.length; a++) {
      times.cpu[a]!.push(batches.map(() => Number.NaN))
      times.wall[a]!.push(batches.map(() => Number.NaN))
    }
    for (const b of shuffled(indices, random)) {
      const batch = batches[b]!
      for (const a of shuffled(armIndices, random)) {
        const arm = arms[a]!
        if (arm.accepts && !arm.accepts(batch)) continue
        const wallStart = performance.now()
        const cpuStart = cpuMs()
        arm.run(batch, r, b)
        exposedGc?.(gcOptions[a])
        const overhead = overheads[gcOptions[a]!.type]
        const cpu = Math.max(0, cpuMs() - cpuStart - overhead.cpu)
        const wall = Math.max(0, performance.now() - wallStart - overhead.wall)
        times.cpu[a]![r]![b] = cpu
        times.wall[a]![r]![b] = wall
      }
    }
    times.rounds = r + 1
    if (onRound?.(r, times) === true) break
  }
  return times
}

/** Per-arm, per-round, per-batch times of one clock. */
export type Grid = number[][][]

/**
 * Estimated time of arm `a` on the batches `pick` accepts: the sum over
 * batches of the median over the rounds `rounds` of the batch's time.
 */
export function armTime(grid: Grid, a: number, rounds: readonly number[], pick: (batch: number) => boolean): number {
  let sum = 0
  const perRound = grid[a]!
  const batches = perRound[0]!.length
  for (let b = 0; b < batches; b++) {
    if (!pick(b)) continue
    const values: number[] = []
    for (const r of rounds) {
      const v = perRound[r]![b]!
      if (!Number.isNaN(v)) values.push(v)
    }
    if (values.length > 0) sum += median(values)
  }
  return sum
}

/** An estimate with its 95% bootstrap interval. */
export interface Estimate {
  value: number
  low: number
  high: number
}

/**
 * `statistic(roundsA, roundsB)` for two sets of rounds measured apart (a
 * tool's rounds and remark-parse's rounds of another phase), with a 95%
 * percentile interval from resampling both sets independently.
 */
export function bootstrapTwo(countA: number, countB: number, statistic: (a: readonly number[], b: readonly number[]) => number, random: () => number, resamples = 400): Estimate {
  const allA = Array.from({length: countA}, (_, i) => i)
  const allB = Array.from({length: countB}, (_, i) => i)
  const value = statistic(allA, allB)
  const values: number[] = []
  for (let i = 0; i < resamples; i++) {
    values.push(statistic(allA.map(() => Math.floor(random() * countA)), allB.map(() => Math.floor(random() * countB))))
  }
  return {value, low: quantile(values, 0.025), high: quantile(values, 0.975)}
}

/**
 * `statistic(rounds)` on all rounds, with a 95% percentile interval from
 * `resamples` bootstrap resamples of the rounds (drawn with `random`).
 */
export function bootstrap(roundCount: number, statistic: (rounds: readonly number[]) => number, random: () => number, resamples = 400): Estimate {
  const all = Array.from({length: roundCount}, (_, i) => i)
  const value = statistic(all)
  const values: number[] = []
  for (let i = 0; i < resamples; i++) {
    const pick = all.map(() => Math.floor(random() * roundCount))
    values.push(statistic(pick))
  }
  return {value, low: quantile(values, 0.025), high: quantile(values, 0.975)}
}

/** The total time of each round of arm `a` over the batches `pick` accepts. */
export function roundTotals(grid: Grid, a: number, pick: (batch: number) => boolean): number[] {
  return grid[a]!.map((perBatch) => perBatch.reduce((sum, v, b) => (pick(b) && !Number.isNaN(v) ? sum + v : sum), 0))
}
