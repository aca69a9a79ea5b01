import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadInstalledModule, resolveInstalledRelative } from '../src/startup/installedPackages.js'

const run = promisify(execFile)
const scriptsDir = path.resolve(import.meta.dirname, '..')
const node22 = createRequire(path.join(scriptsDir, 'package.json')).resolve('node/bin/node')
const hooks = pathToFileURL(path.join(scriptsDir, 'src/startup/dependencyHooks.ts')).href
/** tsx's hooks, as `--import tsx` loads them from the scripts folder. */
const tsx = pathToFileURL(path.join(scriptsDir, 'node_modules/tsx/dist/loader.mjs')).href

/**
 * A project laid out as pnpm lays one out: `node_modules/esm-pkg` links to the package's real
 * folder in the store. The ES module package imports a module, a CommonJS file and a `.mjs`
 * relatively, and through a folder that is itself a link; `typeless` names no type, so Node
 * decides by the syntax.
 */
async function writeProject(root: string): Promise<void> {
  const files: Record<string, string> = {
    'node_modules/.store/esm-pkg/package.json': JSON.stringify({
      name: 'esm-pkg',
      type: 'module',
      exports: { '.': './index.js', './*': './lib/*' },
    }),
    'node_modules/.store/esm-pkg/index.js': [
      "import { a } from './lib/a.js'",
      "import c from './lib/c.cjs'",
      "import { m } from './lib/m.mjs'",
      "import { linked } from './through/linked.js'",
      'export const values = { a, c, m, linked }',
      "export const urls = [import.meta.url, (await import('./lib/a.js')).url]",
      "export const missing = () => import('./lib/none.js')",
    ].join('\n'),
    'node_modules/.store/esm-pkg/lib/a.js':
      "export const a = 'a'\nexport const url = import.meta.url",
    'node_modules/.store/esm-pkg/lib/c.cjs': "module.exports = 'c'",
    'node_modules/.store/esm-pkg/lib/m.mjs': "export const m = 'm'",
    'node_modules/.store/esm-pkg/real/linked.js': "export const linked = 'linked'",
    'node_modules/typeless/package.json': JSON.stringify({ name: 'typeless', main: 'index.js' }),
    'node_modules/typeless/index.js': "import { x } from './x.js'\nexport default x",
    'node_modules/typeless/x.js': "export const x = 'x'",
    'entry.mjs': [
      "import { values, urls, missing } from 'esm-pkg'",
      "import typeless from 'typeless'",
      'let missingCode',
      'try { await missing() } catch (error) { missingCode = error.code }',
      'console.log(JSON.stringify({ values, urls, typeless, missingCode }))',
    ].join('\n'),
  }
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), text)
  }
  await symlink(
    path.join(root, 'node_modules/.store/esm-pkg'),
    path.join(root, 'node_modules/esm-pkg'),
  )
  await symlink(
    path.join(root, 'node_modules/.store/esm-pkg/real'),
    path.join(root, 'node_modules/.store/esm-pkg/through'),
  )
}

describe('the scripts’ dependency hooks', () => {
  let root: string
  let store: string
  const context = { conditions: ['node', 'import'] }

  beforeAll(async () => {
    root = await realpath(await mkdtemp(path.join(tmpdir(), 'dependency-hooks-')))
    await writeProject(root)
    store = path.join(root, 'node_modules/.store/esm-pkg')
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  const parentURL = () => pathToFileURL(path.join(store, 'index.js')).href

  it('resolves a relative import inside an installed package to the real file, with its format', () => {
    expect(resolveInstalledRelative('./lib/a.js', { ...context, parentURL: parentURL() })).toEqual({
      url: pathToFileURL(path.join(store, 'lib/a.js')).href,
      format: 'module',
      shortCircuit: true,
    })
    expect(resolveInstalledRelative('./lib/c.cjs', { ...context, parentURL: parentURL() })).toEqual(
      expect.objectContaining({ format: 'commonjs' }),
    )
    expect(resolveInstalledRelative('./lib/m.mjs', { ...context, parentURL: parentURL() })).toEqual(
      expect.objectContaining({ format: 'module' }),
    )
    // Through a linked folder: the real path, as Node gives it (one module, not two).
    expect(
      resolveInstalledRelative('./through/linked.js', { ...context, parentURL: parentURL() }),
    ).toEqual(
      expect.objectContaining({ url: pathToFileURL(path.join(store, 'real/linked.js')).href }),
    )
  })

  it('leaves to Node what it cannot be sure of', () => {
    const typelessParent = pathToFileURL(path.join(root, 'node_modules/typeless/index.js')).href
    const cases: [string, Parameters<typeof resolveInstalledRelative>[1]][] = [
      // No "type": Node looks at the syntax.
      ['./x.js', { ...context, parentURL: typelessParent }],
      // A file that is not there: Node's own error.
      ['./lib/none.js', { ...context, parentURL: parentURL() }],
      // A folder.
      ['./lib', { ...context, parentURL: parentURL() }],
      // Not from an installed package (our own TypeScript, through tsx).
      ['./lib/a.js', { ...context, parentURL: pathToFileURL(path.join(root, 'entry.mjs')).href }],
      // A require(), or an import with attributes.
      ['./lib/a.js', { conditions: ['node', 'require'], parentURL: parentURL() }],
      ['./lib/a.js', { ...context, parentURL: parentURL(), importAttributes: { type: 'json' } }],
      // A package name, or a URL with a query.
      ['esm-pkg/a.js', { ...context, parentURL: parentURL() }],
      ['./lib/a.js?x=1', { ...context, parentURL: parentURL() }],
    ]
    for (const [specifier, hookContext] of cases) {
      expect(resolveInstalledRelative(specifier, hookContext), specifier).toBeUndefined()
    }
  })

  it('reads an installed ES module from disk, and nothing else', async () => {
    const url = pathToFileURL(path.join(store, 'lib/a.js')).href
    const loaded = loadInstalledModule(url, { format: 'module' })
    expect(loaded?.format).toBe('module')
    expect(loaded?.source.toString()).toBe(await readFile(path.join(store, 'lib/a.js'), 'utf8'))
    expect(loadInstalledModule(url, { format: 'commonjs' })).toBeUndefined()
    expect(loadInstalledModule(`${url}?tsx-namespace=1`, { format: 'module' })).toBeUndefined()
    expect(
      loadInstalledModule(pathToFileURL(path.join(root, 'entry.mjs')).href, { format: 'module' }),
    ).toBeUndefined()
  })

  it('loads a project exactly as Node does without them', async () => {
    const withoutHooks = await run(node22, ['entry.mjs'], { cwd: root })
    const withHooks = await run(node22, ['--import', tsx, '--import', hooks, 'entry.mjs'], {
      cwd: root,
    })
    const loaded = JSON.parse(withHooks.stdout) as { missingCode: string; urls: string[] }
    expect(loaded).toEqual(JSON.parse(withoutHooks.stdout))
    expect(loaded).toMatchObject({
      values: { a: 'a', c: 'c', m: 'm', linked: 'linked' },
      typeless: 'x',
      missingCode: 'ERR_MODULE_NOT_FOUND',
    })
    expect(loaded.urls[0]).toBe(pathToFileURL(path.join(store, 'index.js')).href)
    expect(withHooks.stderr).toBe('')
  })
})
