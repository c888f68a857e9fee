/**
 * Generated locale data matches its generator. The organisation list
 * (`src/locales/organizations-learned.ts`) is learned by parsing the shared
 * corpus, so a change to entity typing can move it; this runs the generator
 * with `--check` (it writes nothing) and fails with the names that moved.
 * Skipped when `../shared/corpus` is absent.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {hasShared} from './helpers.js'

const root = join(import.meta.dirname, '..')
const corpus = join(root, '../shared/corpus')
const run = promisify(execFile)

describe.skipIf(!hasShared || !existsSync(join(corpus, 'bbc/articles.jsonl')))('generated locale data', () => {
  it('the learned organisations are what scripts/generate-organizations.ts learns now', async () => {
    const result = await run('npx', ['tsx', 'scripts/generate-organizations.ts', '--check'], {cwd: root}).catch((error: {stdout: string; stderr: string}) => error)
    expect(result.stderr.trim()).toBe('')
    expect(result.stdout).toMatch(/^up to date: \d+ names/)
  }, 300_000)
})
