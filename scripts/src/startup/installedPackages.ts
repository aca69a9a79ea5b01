/**
 * How the scripts' processes find and read installed packages' ES modules without tsx or
 * Node.js 22's format check (`dependencyHooks.ts` says why and registers these). Each function
 * answers only where the answer is certain, and otherwise returns undefined for tsx and Node to
 * answer as before.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs'
import type { LoadHookContext, ResolveHookContext } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const RELATIVE_JAVASCRIPT = /^\.{1,2}\/.*\.(?:m?js|cjs)$/
const INSTALLED_JAVASCRIPT = /\/node_modules\/.*\.m?js$/

/** The explicit `"type"` of the package scope a folder is in, remembered per folder. */
const typeByFolder = new Map<string, ModuleFormat | undefined>()

type ModuleFormat = 'module' | 'commonjs'

/** `'module'`, `'commonjs'`, or undefined when the nearest package.json names no type (Node then looks at the syntax) or cannot be read. */
function packageTypeOf(folder: string): ModuleFormat | undefined {
  const walked: string[] = []
  let current = folder
  let type: ModuleFormat | undefined
  for (;;) {
    if (typeByFolder.has(current)) {
      type = typeByFolder.get(current)
      break
    }
    walked.push(current)
    let text: string
    try {
      text = readFileSync(path.join(current, 'package.json'), 'utf8')
    } catch {
      const parent = path.dirname(current)
      if (parent === current) break
      current = parent
      continue
    }
    try {
      const declared = (JSON.parse(text) as { type?: unknown }).type
      type = declared === 'module' || declared === 'commonjs' ? declared : undefined
    } catch {
      type = undefined
    }
    break
  }
  for (const seen of walked) typeByFolder.set(seen, type)
  return type
}

function formatOf(file: string): ModuleFormat | undefined {
  if (file.endsWith('.mjs')) return 'module'
  if (file.endsWith('.cjs')) return 'commonjs'
  return packageTypeOf(path.dirname(file))
}

/** The resolution Node would make, or undefined to leave it to tsx and Node. */
export function resolveInstalledRelative(
  specifier: string,
  context: Pick<ResolveHookContext, 'parentURL' | 'conditions'> &
    Partial<Pick<ResolveHookContext, 'importAttributes'>>,
): { url: string; format: ModuleFormat; shortCircuit: true } | undefined {
  const parent = context.parentURL
  if (!parent?.startsWith('file:') || !parent.includes('/node_modules/')) return undefined
  if (!RELATIVE_JAVASCRIPT.test(specifier) || !context.conditions?.includes('import'))
    return undefined
  if (context.importAttributes && Object.keys(context.importAttributes).length > 0) return undefined
  const file = fileURLToPath(new URL(specifier, parent))
  let stats: ReturnType<typeof statSync>
  try {
    stats = statSync(file)
  } catch {
    return undefined
  }
  if (!stats.isFile()) return undefined
  const real = realpathSync.native(file)
  const format = formatOf(real)
  if (!format) return undefined
  return { url: pathToFileURL(real).href, format, shortCircuit: true }
}

/** The load Node would make, or undefined to leave it to tsx and Node. */
export function loadInstalledModule(
  url: string,
  context: Pick<LoadHookContext, 'format'>,
): { format: 'module'; source: Buffer; shortCircuit: true } | undefined {
  if (context.format !== 'module' || !url.startsWith('file:')) return undefined
  if (!INSTALLED_JAVASCRIPT.test(url)) return undefined
  return { format: 'module', source: readFileSync(fileURLToPath(url)), shortCircuit: true }
}
