/**
 * Packs the package as a user gets it (`npm pack`) and installs the tarball
 * into a fresh temporary project, offline: the bundle has no imports, and its
 * declared dependencies come from the npm cache filled by `npm ci`. When the
 * cache cannot serve them, the tarball is unpacked into `node_modules/newsdown`
 * instead (the built files import nothing, so that is what a user runs too)
 * and its dependencies are linked from the repository (for the types check).
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'

export const exec = promisify(execFile)

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** A temporary project with the packed `newsdown` installed. */
export interface Installed {
  /** The project folder (has `package.json` and `node_modules/newsdown`). */
  readonly dir: string
  /** The tarball. */
  readonly tarball: string
  /** How it was installed. */
  readonly how: 'npm install --offline' | 'tar'
}

/** Packs the repository and installs the tarball into a new temporary project. */
export async function packAndInstall(prefix = 'newsdown-pack-'): Promise<Installed> {
  const base = mkdtempSync(join(tmpdir(), prefix))
  await exec('npm', ['pack', '--pack-destination', base, '--silent', '--ignore-scripts'], {cwd: root})
  const name = readdirSync(base).find((f) => f.endsWith('.tgz'))
  if (!name) throw new Error('npm pack made no tarball')
  const tarball = join(base, name)
  const dir = join(base, 'project')
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'newsdown-runtime-test', private: true}))
  try {
    await exec(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball],
      {cwd: dir, env: {...process.env, npm_config_update_notifier: 'false'}}
    )
    return {dir, tarball, how: 'npm install --offline'}
  } catch {
    const target = join(dir, 'node_modules', 'newsdown')
    mkdirSync(target, {recursive: true})
    await exec('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'])
    linkDependencies(join(dir, 'node_modules'))
    return {dir, tarball, how: 'tar'}
  }
}

/**
 * What `npm install` would put beside the unpacked package, without the
 * registry: the package's `dependencies` and theirs, linked flat (as npm
 * hoists them) from the repository's `node_modules`, that is at the versions
 * `package-lock.json` pins. A fresh machine's npm cache holds the tarballs
 * `npm ci` fetched but not the registry documents an offline install needs.
 */
function linkDependencies(modules: string): void {
  const dependenciesOf = (packageDir: string): string[] =>
    Object.keys((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}).dependencies ?? {})
  const pending = dependenciesOf(root)
  const linked = new Set<string>()
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (linked.has(name)) continue
    const source = join(root, 'node_modules', name)
    if (!existsSync(source)) continue
    linked.add(name)
    mkdirSync(dirname(join(modules, name)), {recursive: true})
    symlinkSync(source, join(modules, name), 'dir')
    pending.push(...dependenciesOf(source))
  }
}

/** The JSON printed after `NEWSDOWN-RESULT ` in `output`. */
export function resultOf<T>(output: string, encoded = false): T {
  const at = output.indexOf('NEWSDOWN-RESULT ')
  if (at < 0) throw new Error('No result in output:\n' + output.slice(0, 4000))
  const rest = output.slice(at + 'NEWSDOWN-RESULT '.length)
  const raw = encoded ? decodeURIComponent(rest.split(/[\s<]/, 1)[0]!) : rest.split('\n', 1)[0]!
  return JSON.parse(raw) as T
}
