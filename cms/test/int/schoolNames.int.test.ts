import { describe, expect, it } from 'vitest'

import { exportRows } from '../../src/endpoints/exportComments'
import type { Comment } from '../../src/payload-types'
import { apiFor, type Api } from '../helpers/api'
import { useTestWorld } from '../helpers/useTestWorld'

/**
 * Issue 16: the schools list the council loads is read by the anonymiser, and it is staff-only;
 * invisible formatting never reaches a stored comment, and shows in the CSV export.
 */
const ctx = useTestWorld()
let api: Api
const client = () => (api ??= apiFor(ctx.t))

const createComment = (comment: string) =>
  ctx.t.payload.create({
    collection: 'comments',
    data: { comment, respondent: 'parent-carer', topic: 'education', locale: 'en', status: 'new' },
    overrideAccess: true,
  })

describe('the schools list the council loads', () => {
  it('is replaced in comments whatever its case', async () => {
    const before = await createComment('we love kingsmead academy, it is going well')
    expect(before.anonymisedText).toContain('kingsmead')

    await ctx.t.payload.create({
      collection: 'school-names',
      data: { name: 'Kingsmead Academy', urn: '900002', source: 'gias' },
    })
    const after = await createComment('we love kingsmead academy, it is going well')
    expect(after.anonymisedText).toBe('we love [school], it is going well')
    expect(after.redactionSummary).toMatch(/1 school name/)
  })

  it('is for LA staff only', async () => {
    const api = client()
    expect((await api({ path: '/school-names' })).status).toBe(403)
    expect((await api({ path: '/school-names', as: ctx.world.providerA })).status).toBe(403)
    const officer = await api({ path: '/school-names', as: ctx.world.officer })
    expect(officer.status).toBe(200)
    const created = await api({
      method: 'POST',
      path: '/school-names',
      as: ctx.world.providerA,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Provider School' }),
    })
    expect(created.status).toBe(403)
  })
})

describe('invisible formatting in comments', () => {
  it('is removed from what was written and from the anonymised text', async () => {
    const stored = await createComment(
      'The bus is late \u202Eevery day\u202C and my son Ja\u200Bke is upset \u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
    )
    expect(stored.comment).toBe(
      'The bus is late every day and my son Jake is upset \u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
    )
    expect(stored.anonymisedText).toBe(
      'The bus is late every day and my son [name] is upset \u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
    )
  })

  it('is removed from an officer’s edit of the anonymised text', async () => {
    const stored = await createComment('The waiting list for therapy is too long for us.')
    const edited = await ctx.t.payload.update({
      collection: 'comments',
      id: stored.id,
      data: { anonymisedText: 'The waiting list\u2066 for therapy\u2069 is too long.' },
    })
    expect(edited.anonymisedText).toBe('The waiting list for therapy is too long.')
  })

  it('is shown as its code point in the CSV export', () => {
    const comment = {
      id: 1,
      createdAt: '2026-01-05T10:00:00.000Z',
      reportingYear: '2025-26',
      anonymisedText: 'stored before issue 16 \u202Eexe.txt',
    } as Comment
    const [, row] = exportRows([comment], [])
    expect(row).toContain('stored before issue 16 [U+202E]exe.txt')
  })
})
