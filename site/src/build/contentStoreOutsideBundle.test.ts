import * as devalue from 'devalue'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { contentStoreModuleCode } from './contentStoreOutsideBundle'

/** Imports generated module code as the renderer would (a data: URL may import node:fs). */
async function importCode(code: string): Promise<{ default: unknown }> {
  return import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)
}

describe('the content store read at render time', () => {
  let dir = ''
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('gives the value Astro stores, so its data store unflattens to the same collections', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'content store "quoted" '))
    const file = path.join(dir, 'data-store.json')
    // Astro writes its store as devalue's flattened form of a Map of collections.
    const store = new Map([
      [
        'services',
        new Map([
          ['a', { id: 'a', data: { name: 'Żłobek "Tęcza"', ages: [0, 5], note: undefined } }],
        ]),
      ],
    ])
    await writeFile(file, devalue.stringify(store))
    const module = await importCode(contentStoreModuleCode(file))
    expect(devalue.unflatten(module.default as number[])).toEqual(store)
  })

  it('is an empty Map when the content layer wrote no store, as Astro’s own module is', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'content-store-'))
    const module = await importCode(contentStoreModuleCode(path.join(dir, 'data-store.json')))
    expect(module.default).toEqual(new Map())
  })
})
