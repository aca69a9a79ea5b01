/**
 * Numbers that identify a person on their own: NHS numbers, National Insurance numbers and
 * Unique Pupil Numbers. Checked with their own check digits so that other long numbers in a
 * comment (a case reference, a council letter's number) are not removed needlessly.
 */
import type { Candidate } from './types.js'

/** Arabic-Indic and Eastern Arabic-Indic digits as ASCII (one UTF-16 unit each: offsets hold). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) =>
    String((d.codePointAt(0) ?? 0) - ((d.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660)),
  )
}

/**
 * NHS Modulus 11 (NHS Data Dictionary, "NHS Number"): weights 10…2 on the first nine digits,
 * 11 − (sum mod 11) is the tenth (11 counts as 0; 10 means the number is not valid).
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

/** Ten digits in any grouping: 943 476 5919, 9434765919, 943-476-5919, 9434 765 919. */
const TEN_DIGITS = /(?<![\d+])\d(?:[ \-.]?\d){9}(?![\d])/g

/** "NHS" just before a number: a mistyped NHS number written as one still identifies a child. */
const NHS_CUE = /nhs/i

export function findNhsNumbers(text: string): Candidate[] {
  const found: Candidate[] = []
  const digits = asciiDigits(text)
  for (const match of digits.matchAll(TEN_DIGITS)) {
    const bare = match[0].replace(/\D/g, '')
    const before = digits.slice(Math.max(0, match.index - 25), match.index)
    // A valid check digit is enough; a number that fails it is kept unless "NHS" is just before it.
    if (isValidNhsNumber(bare) || NHS_CUE.test(before)) {
      found.push({ kind: 'nhs-number', start: match.index, end: match.index + match[0].length })
    }
  }
  return found
}

/**
 * National Insurance numbers (HMRC NIM39110): two letters (not D, F, I, Q, U or V; the second
 * not O), six digits, a suffix A–D, in any spacing: "AB 12 34 56 C", "ab123456c".
 */
const NI_NUMBER =
  /(?<![\p{L}\d])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\d])/giu

/** Any two letters, six digits and A–D, when "NI" or "national insurance" is written just before. */
const NI_SHAPE = /(?<![\p{L}\d])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\d])/giu
const NI_CUE = /(?:\bNI\b|NINO|national\s+insurance|ubezpieczeni|التأمين)/iu

export function findNiNumbers(text: string): Candidate[] {
  return [...text.matchAll(NI_NUMBER), ...text.matchAll(NI_SHAPE)]
    .filter(
      (m) =>
        new RegExp(NI_NUMBER.source, 'iu').test(m[0]) ||
        NI_CUE.test(text.slice(Math.max(0, m.index - 40), m.index)),
    )
    .map((m) => ({ kind: 'ni-number' as const, start: m.index, end: m.index + m[0].length }))
}

/** UPN check letters (DfE "Unique Pupil Numbers" guidance): remainders 0–22, no I, O or S. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'

/**
 * A UPN: a check letter and 12 digits (or 11 digits and a letter, for a temporary UPN). The check
 * letter is the sum of the 12 characters after it, weighted 2…13, mod 23. A permanent UPN must
 * pass it; a temporary one is taken on its shape, which few other things have.
 */
export function isValidUpn(upn: string): boolean {
  const value = upn.toUpperCase()
  if (!/^[A-Z]\d{11}[A-Z\d]$/.test(value)) return false
  const rest = value.slice(1)
  if (/[A-Z]$/.test(rest)) return UPN_LETTERS.includes(value[0] ?? '')
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(rest[i]) * (i + 2)
  return UPN_LETTERS[sum % 23] === value[0]
}

const UPN_SHAPE = /(?<![\p{L}\d])[A-Z]\s?\d{3}\s?\d{4}\s?\d{2}\s?\d{2}[A-Z\d](?![\p{L}\d])/giu

export function findUpns(text: string): Candidate[] {
  return [...text.matchAll(UPN_SHAPE)]
    .filter(
      (m) =>
        isValidUpn(m[0].replace(/\s/g, '')) ||
        /upn/i.test(text.slice(Math.max(0, m.index - 30), m.index)),
    )
    .map((m) => ({ kind: 'upn' as const, start: m.index, end: m.index + m[0].length }))
}
