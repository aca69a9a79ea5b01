import { describe, expect, it } from 'vitest'

import {
  checkCouncilLiterals,
  describeResult,
  findCouncilLiterals,
} from '../src/checks/councilLiterals'
import { checkedFiles } from '../src/checks/noCouncilLiterals'
import { pendingCouncilLiterals } from '../src/checks/pendingCouncilLiterals'
import { council, councilLiterals } from '../src/seed/data/council'

const words = ['Westbridge', 'WB1', '020 7946 0100']

describe('finding council-specific words', () => {
  it('names the file, line and word, in any case, inside identifiers and addresses', () => {
    const findings = findCouncilLiterals(
      [
        {
          path: 'site/src/a.ts',
          text: "const a = 1\nconst where = 'westbridge-central'\n// send@WESTBRIDGE.example",
        },
        { path: 'cms/src/b.ts', text: "hint: 'For example, WB1 2AB, or call 020 7946 0100'" },
      ],
      words,
    )
    expect(findings.map((f) => `${f.path}:${f.line} ${f.literal}`)).toEqual([
      'site/src/a.ts:2 westbridge',
      'site/src/a.ts:3 WESTBRIDGE',
      'cms/src/b.ts:1 WB1',
      'cms/src/b.ts:1 020 7946 0100',
    ])
  })

  it('matches whole words only', () => {
    const text = 'Westbridges WB12 NWB1 0207946010099 Westbridge'
    expect(findCouncilLiterals([{ path: 'x', text }], words).map((f) => f.literal)).toEqual([
      'Westbridge',
    ])
  })

  it('fails with the file and line, and lets a pending line through until it is gone', () => {
    const findings = findCouncilLiterals(
      [{ path: 'shared/src/x.ts', text: "'westbridge',\nconst name = 'Westbridge'" }],
      words,
    )
    const pending = [
      { path: 'shared/src/x.ts', text: "'westbridge',", reason: 'later' },
      { path: 'shared/src/gone.ts', text: "'northbrook',", reason: 'done already' },
    ]
    const result = checkCouncilLiterals(findings, pending)
    expect(describeResult(result)).toEqual([
      'shared/src/x.ts:2: "Westbridge" is the demo council\'s; take it from the Council settings (or the seed) instead.',
      'shared/src/gone.ts: the pending line "\'northbrook\'," is no longer there; remove it from scripts/src/checks/pendingCouncilLiterals.ts.',
    ])
  })

  it('takes its words from the demo’s seed data', () => {
    expect(councilLiterals).toContain(council.shortName.en)
    expect(councilLiterals).toContain(council.contact.phone)
    expect(councilLiterals).toContain(council.sendiass.phone)
  })
})

describe('the product’s code (cms/src, site/src, shared/src)', () => {
  it('has no council-specific word beyond the pending lines, and every pending line is still there', () => {
    const files = checkedFiles()
    expect(files.length).toBeGreaterThan(100)
    // Tests and frozen migrations are left out; the generated Payload types are not.
    expect(files.some((f) => f.path.endsWith('.test.ts'))).toBe(false)
    expect(files.some((f) => f.path.startsWith('cms/src/migrations/'))).toBe(false)
    expect(files.some((f) => f.path === 'cms/src/payload-types.ts')).toBe(true)
    const result = checkCouncilLiterals(
      findCouncilLiterals(files, councilLiterals),
      pendingCouncilLiterals,
    )
    expect(describeResult(result)).toEqual([])
  })
})
