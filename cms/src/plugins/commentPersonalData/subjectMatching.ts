/**
 * Finding what one person sent (right of access, UK GDPR art. 15; right to erasure, art. 17).
 * Comments have no account and the form asks for no name, so the only link between a person and
 * a comment is what they wrote in it: their e-mail address, phone number or name. Matching is
 * wide on purpose (an officer reviews the list before exporting or erasing):
 * - e-mail: the address anywhere in the text, any case, also spelled out ("jo at example dot com");
 * - phone: the same digits in any grouping, +44 and 0 alike (07700 900123 = +44 7700 900 123);
 * - name: every word of the name given, as a whole word in any case; words of 5 or more letters
 *   also match with a different ending (Polish declines names: Kowalska, Kowalskiej, Kowalską).
 * Once what was written has been deleted (retention), only the anonymised text is left, in which
 * these details have been replaced: such comments are no longer personal data and are not found.
 */
export interface SubjectQuery {
  email?: string
  phone?: string
  name?: string
}

export type MatchedBy = 'email' | 'phone' | 'name'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export class SubjectQueryError extends Error {}

export interface SubjectQueryMessages {
  needSomething: string
  tooShortName: string
  badEmail: string
  badPhone: string
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 200) : '')

/** The query from request parameters, or an error saying what to give instead. */
export function parseSubjectQuery(
  input: Record<string, unknown>,
  messages: SubjectQueryMessages,
): SubjectQuery {
  const email = text(input.email).toLowerCase()
  const phone = text(input.phone)
  const name = text(input.name)
  if (!email && !phone && !name) throw new SubjectQueryError(messages.needSomething)
  if (email && !EMAIL.test(email)) throw new SubjectQueryError(messages.badEmail)
  if (phone && phoneDigits(phone).length < 7) throw new SubjectQueryError(messages.badPhone)
  if (name && nameWords(name).every((w) => w.length < 2))
    throw new SubjectQueryError(messages.tooShortName)
  return { ...(email && { email }), ...(phone && { phone }), ...(name && { name }) }
}

/** The digits of a UK number, written from 0 (so +44 7700… and 07700… agree). */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '')
  if (digits.startsWith('44') && digits.length >= 11) return `0${digits.slice(2)}`
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`
  return digits
}

const nameWords = (name: string) =>
  name
    .toLocaleLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function nameWordPattern(word: string): RegExp {
  const stem = word.length >= 5 ? word.slice(0, -1) : word
  const ending = word.length >= 5 ? '\\p{L}{0,4}' : ''
  return new RegExp(`(?<![\\p{L}\\p{M}])${escape(stem)}${ending}(?![\\p{L}\\p{M}])`, 'iu')
}

/** Which of the query's details appear in the text (empty: not this person's). */
export function matchSubject(value: string, query: SubjectQuery): MatchedBy[] {
  const found: MatchedBy[] = []
  const lower = value.toLocaleLowerCase()
  if (query.email) {
    const spelled = lower
      .replace(/\s+(?:at|\(at\)|\[at\])\s+/g, '@')
      .replace(/\s+(?:dot|\(dot\)|\[dot\])\s+/g, '.')
    if (lower.includes(query.email) || spelled.includes(query.email)) found.push('email')
  }
  if (query.phone) {
    const wanted = phoneDigits(query.phone)
    const numbers = value.match(/\+?\d[\d\s().-]{5,}\d/g) ?? []
    if (numbers.some((n) => phoneDigits(n).includes(wanted))) found.push('phone')
  }
  if (query.name) {
    const words = nameWords(query.name).filter((w) => w.length >= 2)
    if (words.length && words.every((word) => nameWordPattern(word).test(value))) found.push('name')
  }
  return found
}
