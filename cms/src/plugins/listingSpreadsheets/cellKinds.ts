import {
  lexicalToPlainText,
  normaliseText,
  plainTextToLexical,
} from '@local-offer/shared/openReferral'
import {
  normaliseUkPostcode,
  validateEmail,
  validateSlug,
  validateTimeOfDay,
  validateUkPhone,
  validateUkPostcode,
  validateWebsite,
  type ValidationResult,
} from '@local-offer/shared'

/**
 * What one spreadsheet cell can hold, and how it becomes a stored value and back. Each kind
 * reads a stored value into the text the export writes (`toCell`) and parses the text an
 * officer wrote into the stored value (`parse`): a round trip gives the same value, which is
 * how the import tells an unchanged row from a changed one (it compares parsed values, so
 * "Yes" and "yes", or "sw1a1aa" and "SW1A 1AA", are the same).
 */
export type StoredValue = string | number | boolean | string[] | null

export type Parsed = { ok: true; value: StoredValue } | { ok: false; problem: string }

export interface Option {
  value: string
  label: string
}

export interface CellKind {
  /** The export's text for a stored value. */
  toCell: (stored: unknown) => string
  /** The stored value for an officer's text; blank is null (or false, or []). */
  parse: (cell: string) => Parsed
  /** The value written to Payload (rich text becomes a Lexical document). */
  toData?: (value: StoredValue) => unknown
  /** How the explanation row describes what to write. */
  hint: string
}

/** Several values in one cell are separated by semicolons ("monday; tuesday"). */
export const LIST_SEPARATOR = '; '

const ok = (value: StoredValue): Parsed => ({ ok: true, value })
const problem = (message: string): Parsed => ({ ok: false, problem: message })

const text = (stored: unknown) => (stored === undefined || stored === null ? '' : String(stored))

/** Line endings as one newline, spaces trimmed at the ends. */
const tidy = (cell: string) => cell.replace(/\r\n?/g, '\n').trim()

const checked =
  (
    validate: (value: unknown) => ValidationResult,
    normalise: (value: string) => string = (v) => v,
  ) =>
  (cell: string): Parsed => {
    const value = tidy(cell)
    if (value === '') return ok(null)
    const result = validate(value)
    return result === true ? ok(normalise(value)) : problem(result)
  }

export const plainText = (maxLength?: number): CellKind => ({
  toCell: text,
  parse: (cell) => {
    const value = tidy(cell)
    if (maxLength && value.length > maxLength) {
      return problem(`It is ${value.length} characters long; keep it to ${maxLength} or fewer`)
    }
    return ok(value === '' ? null : value)
  },
  hint: maxLength ? `Text, at most ${maxLength} characters.` : 'Text.',
})

/** Rich text (the description) as paragraphs separated by a blank line; formatting is not kept. */
export const paragraphs: CellKind = {
  toCell: (stored) => lexicalToPlainText(stored),
  parse: (cell) => ok(normaliseText(cell) || null),
  toData: (value) => (typeof value === 'string' ? plainTextToLexical(value) : null),
  hint: 'Text; a blank line starts a new paragraph. Changing it replaces any bold, links or lists with plain paragraphs.',
}

export const phone: CellKind = {
  toCell: text,
  parse: checked(validateUkPhone),
  hint: 'A UK phone number, like 0121 496 0000.',
}
export const email: CellKind = {
  toCell: text,
  parse: checked(validateEmail),
  hint: 'An e-mail address, like name@example.org.uk.',
}
export const webAddress: CellKind = {
  toCell: text,
  parse: checked(validateWebsite),
  hint: 'A full web address starting with https://.',
}
export const postcode: CellKind = {
  toCell: text,
  parse: checked(validateUkPostcode, normaliseUkPostcode),
  hint: 'A full UK postcode, like SW1A 1AA.',
}
export const timeOfDay: CellKind = {
  toCell: text,
  parse: checked(validateTimeOfDay),
  hint: 'A 24-hour time, like 09:00 or 17:30.',
}
export const slug: CellKind = {
  toCell: text,
  parse: checked(validateSlug),
  hint: 'Lower-case letters, numbers and single hyphens. Leave empty to make it from the name.',
}

export const yesNo: CellKind = {
  toCell: (stored) => (stored === true ? 'yes' : 'no'),
  parse: (cell) => {
    const value = tidy(cell).toLowerCase()
    if (['yes', 'y', 'true', '1'].includes(value)) return ok(true)
    if (['no', 'n', 'false', '0', ''].includes(value)) return ok(false)
    return problem(`Write yes or no, not "${tidy(cell)}"`)
  },
  hint: 'yes or no (empty means no).',
}

export const wholeNumber = (min: number, max: number): CellKind => ({
  toCell: text,
  parse: (cell) => {
    const value = tidy(cell)
    if (value === '') return ok(null)
    const number = Number(value)
    if (!/^\d+$/.test(value) || number < min || number > max) {
      return problem(`Write a whole number from ${min} to ${max}, not "${value}"`)
    }
    return ok(number)
  },
  hint: `A whole number from ${min} to ${max}.`,
})

const findOption = (options: readonly Option[], written: string) => {
  const wanted = written.trim().toLowerCase()
  // The label after "›" lets "Speech and language therapy" stand for a sub-category.
  return options.find(
    (option) =>
      option.value.toLowerCase() === wanted ||
      option.label.toLowerCase() === wanted ||
      option.label.split('›').pop()?.trim().toLowerCase() === wanted,
  )
}

const choices = (options: readonly Option[]) => options.map((o) => o.value).join(', ')

export const oneOf = (options: readonly Option[]): CellKind => ({
  toCell: text,
  parse: (cell) => {
    if (tidy(cell) === '') return ok(null)
    const found = findOption(options, cell)
    return found
      ? ok(found.value)
      : problem(`"${tidy(cell)}" is not one of the choices: ${choices(options)}`)
  },
  hint: `One of: ${choices(options)}.`,
})

export const manyOf = (options: readonly Option[]): CellKind => ({
  toCell: (stored) => (Array.isArray(stored) ? stored.map(String).join(LIST_SEPARATOR) : ''),
  parse: (cell) => {
    const written = tidy(cell)
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean)
    const unknown = written.filter((part) => !findOption(options, part))
    if (unknown.length) {
      return problem(
        `${unknown.map((part) => `"${part}"`).join(', ')} ${unknown.length === 1 ? 'is not one of the choices' : 'are not among the choices'}: ${choices(options)}`,
      )
    }
    const values = written.map((part) => findOption(options, part)?.value ?? part)
    return ok([...new Set(values)])
  },
  hint: `Any of: ${choices(options)}; separate them with a semicolon.`,
})

/** Shown for information only; the import ignores what is written in it. */
export const exportOnly: CellKind = {
  toCell: text,
  parse: () => ok(null),
  hint: 'For information only: the import ignores this column.',
}

/** The same stored value, whatever way it was written. */
export const sameValue = (a: StoredValue, b: StoredValue): boolean => {
  const blank = (v: StoredValue) =>
    v === null || v === false || (Array.isArray(v) && v.length === 0)
  if (blank(a) && blank(b)) return true
  return JSON.stringify(a) === JSON.stringify(b)
}
