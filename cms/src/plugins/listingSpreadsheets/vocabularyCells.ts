import {
  categories,
  categoryOfSubCategory,
  labelFor,
  type CategoryValue,
  type CouncilVocabularies,
} from '@local-offer/shared'

import { currentVocabularies } from '../../collections/vocabularies/vocabularyContext'

import { manyOf, type CellKind, type Option } from './cellKinds'

/**
 * The columns of the council's own vocabularies (sub-categories, languages, venue features) take
 * their choices from the data officers manage (issue 12 item 2). The column list is fixed, so
 * the terms reach its cells through the operation's context: each spreadsheet operation (export,
 * template, preview, import) runs inside `withVocabularies` (vocabularyContext.ts).
 */
const vocabularies = currentVocabularies

type VocabularyName = keyof CouncilVocabularies

/** The choices of one vocabulary, with English labels ("Health › Physiotherapy" for a sub-category). */
export function termOptions(name: VocabularyName): Option[] {
  const terms = vocabularies()[name]
  if (name !== 'subCategories') {
    return terms.map((term) => ({ value: term.value, label: term.label.en }))
  }
  return vocabularies().subCategories.map((sub) => ({
    value: sub.value,
    label: `${labelFor(categories, sub.category) ?? sub.category} › ${sub.label.en}`,
  }))
}

/** The category of a sub-category among the council's, or undefined for an unknown key. */
export function categoryOfTerm(key: string): CategoryValue | undefined {
  return categoryOfSubCategory(vocabularies().subCategories, key)
}

/** Any of a vocabulary's terms, by key or English label, separated by semicolons. */
export function manyTerms(name: VocabularyName): CellKind {
  const kind = () => manyOf(termOptions(name))
  return {
    toCell: (stored) => kind().toCell(stored),
    parse: (cell) => kind().parse(cell),
    get hint() {
      return kind().hint
    },
  }
}
