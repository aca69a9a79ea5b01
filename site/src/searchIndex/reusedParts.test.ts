import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { partsFor, readIndexOnlyParts, writeIndexOnlyParts } from './reusedParts'

interface Listing {
  slug: string
  summary: string
}

const pagesOf = (listings: Listing[]) =>
  listings.map((listing) => ({ file: `services/${listing.slug}/index.html`, listing }))
const fingerprint = (listing: Listing) => JSON.stringify(listing)
const make = ({ listing }: { listing: Listing }) => `<div hidden>${listing.summary}</div>`

describe("listings' search index parts reused between builds", () => {
  let dir = ''
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('makes again only the parts of listings that changed, and the same parts as from nothing', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'index-only-'))
    const before = [
      { slug: 'a', summary: 'Speech therapy' },
      { slug: 'b', summary: 'Short breaks' },
    ]
    const first = partsFor(pagesOf(before), null, fingerprint, make)
    expect(first).toMatchObject({ made: 2, reused: 0 })
    await writeIndexOnlyParts(path.join(dir, 'one'), 'basis-1', first.parts)

    const after = [before[0]!, { slug: 'b', summary: 'Short breaks at weekends' }]
    const earlier = await readIndexOnlyParts(path.join(dir, 'one'), 'basis-1')
    const made: string[] = []
    const second = partsFor(pagesOf(after), earlier, fingerprint, (page) => {
      made.push(page.listing.slug)
      return make(page)
    })
    expect(made).toEqual(['b'])
    expect(second).toMatchObject({ made: 1, reused: 1 })
    expect(second.parts).toEqual(partsFor(pagesOf(after), null, fingerprint, make).parts)
  })

  it('reads no earlier parts made on another basis, of another version, or half written', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'index-only-'))
    const parts = partsFor(pagesOf([{ slug: 'a', summary: 'x' }]), null, fingerprint, make).parts
    await writeIndexOnlyParts(dir, 'basis-1', parts)
    expect(await readIndexOnlyParts(dir, 'basis-1')).toEqual(parts)
    expect(await readIndexOnlyParts(dir, 'basis-2')).toBeNull()
    expect(await readIndexOnlyParts(undefined, 'basis-1')).toBeNull()
    await writeFile(path.join(dir, 'search-index-only.json'), '{"version":1,"basis":"basis-1","par')
    expect(await readIndexOnlyParts(dir, 'basis-1')).toBeNull()
    await writeFile(
      path.join(dir, 'search-index-only.json'),
      JSON.stringify({ version: 0, basis: 'basis-1', parts }),
    )
    expect(await readIndexOnlyParts(dir, 'basis-1')).toBeNull()
  })
})
