import { AsyncLocalStorage } from 'node:async_hooks'

import type { CouncilVocabularies } from '@local-offer/shared'
import {
  councilTerms,
  findVocabularyTerm,
  type VocabularyName,
  type VocabularyTerm,
} from '@local-offer/shared/openReferral'
import type { Payload } from 'payload'

import { readCouncilVocabularies } from './councilVocabularies'

export { readCouncilVocabularies }

/**
 * The council's vocabularies (issue 12 item 2) for code whose shape is fixed but whose choices
 * are data: the spreadsheet columns, the Open Referral importer's mapping and the classification
 * of held records. Each operation (an export, an import, a sorting) reads them once and runs
 * inside `withVocabularies`; the code under it asks `currentVocabularies()`.
 */
const current = new AsyncLocalStorage<CouncilVocabularies>()

export function withVocabularies<T>(vocabularies: CouncilVocabularies, work: () => T): T {
  return current.run(vocabularies, work)
}

/** The work, with the vocabularies read from the CMS. */
export async function withCouncilVocabularies<T>(
  payload: Payload,
  work: () => T | Promise<T>,
): Promise<T> {
  return withVocabularies(await readCouncilVocabularies(payload), work)
}

export function currentVocabularies(): CouncilVocabularies {
  const found = current.getStore()
  if (!found) {
    throw new Error(
      'The council’s vocabularies were not read for this work: run it in withVocabularies (collections/vocabularies/vocabularyContext.ts)',
    )
  }
  return found
}

/** The Open Referral terms of the council's sub-categories and venue features. */
export function currentOwnTerms(): VocabularyTerm[] {
  return councilTerms({ ...currentVocabularies(), localities: [] })
}

/** A Local Offer term, fixed or the council's, by vocabulary and code. */
export function findTerm(vocabulary: VocabularyName, code: string): VocabularyTerm | undefined {
  return (
    findVocabularyTerm(vocabulary, code) ??
    currentOwnTerms().find((term) => term.vocabulary === vocabulary && term.code === code)
  )
}
