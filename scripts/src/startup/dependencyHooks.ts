/**
 * Module hooks for the scripts' processes (loaders, seed, importers, publish), loaded after tsx
 * (`node --import tsx --import ./src/startup/dependencyHooks.ts script.ts`): the installed packages'
 * ES modules are found and read the way Node.js itself does, without two costs that a start
 * pays for each of the ~2,000 files that Payload, drizzle and lexical bring:
 *
 * - tsx's hooks. tsx must see our TypeScript, but it also reads, decodes and scans every
 *   installed JavaScript file (to rewrite its dynamic imports), which nothing installed needs.
 * - Node.js 22's format check. Resolving a `.js` file asks its package's `package.json` for
 *   `type`, and Node 22 (22.23 included) copies the whole parsed `package.json` each time,
 *   parsing its `exports` again: drizzle-orm's is 177 KB, parsed once for every drizzle file.
 *
 * Together about a second of a core at each start (docs/benchmark.md, "Starting a script").
 *
 * Only what is certain is taken over; anything else goes on to tsx and Node unchanged:
 * - resolve: a relative `import` (`./x.js`, `../y.mjs`) from an installed package's file, of a
 *   file that exists, where the format is known from the extension (`.mjs`, `.cjs`) or from the
 *   nearest `package.json`'s explicit `"type"`. Node resolves these by joining the paths; the
 *   answer here is the same file (its real path, as Node's) and the same format.
 * - load: an installed file (under `node_modules`, not TypeScript) already resolved as an ES
 *   module: its source is read from disk, as Node's own loader does.
 *
 * Node.js 20 (the CMS's) has no `registerHooks`; there this file does nothing.
 */
import module from 'node:module'

import { loadInstalledModule, resolveInstalledRelative } from './installedPackages.js'

if (typeof module.registerHooks === 'function') {
  module.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      resolveInstalledRelative(specifier, context) ?? nextResolve(specifier, context),
    load: (url, context, nextLoad) => loadInstalledModule(url, context) ?? nextLoad(url, context),
  })
}
