/**
 * Where the importer finds the officer's mapping file, and reading it: the mapping itself (its
 * checks and term look-ups) is the CMS's, which sorts held records with the same code
 * (cms/src/openReferralImport/vocabularyMapping.ts).
 */
import {
  MappingError,
  parseVocabularyMapping,
  type VocabularyMapping,
} from '@local-offer/cms/openReferralImport/vocabularyMapping'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type { VocabularyMapping }

export const DEFAULT_MAPPING_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/openreferral-mapping.json',
)

/** Reads and checks a mapping file; every mistake in it is named at once. */
export async function readVocabularyMapping(
  file: string = DEFAULT_MAPPING_FILE,
): Promise<VocabularyMapping> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new MappingError(`The mapping file ${file} cannot be read: ${(error as Error).message}`)
  }
  return parseVocabularyMapping(raw, file)
}
