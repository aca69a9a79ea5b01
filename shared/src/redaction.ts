import nlp from 'compromise'
import { findPhoneNumbersInText } from 'libphonenumber-js'

import { MapUpTo } from './mapUpTo.js'
import { findDatesInWords } from './redaction/datesInWords.js'
import { asciiDigits, findNhsNumbers, findNiNumbers, findUpns } from './redaction/identifiers.js'
import { removeInvisibleFormatting } from './redaction/invisible.js'
import {
  declinedForms,
  findArabicNames,
  findArabicSchools,
  findLowerCaseEnglishNames,
  findLowerCaseIntroducedNames,
  findLowerCaseEnglishSchools,
  findPolishNames,
  findPolishSchools,
  POLISH_SCHOOL_CUE,
} from './redaction/languages.js'
import type { Candidate, PersonalDataKind } from './redaction/types.js'

export type { PersonalDataKind } from './redaction/types.js'
export {
  INVISIBLE_FORMATTING,
  removeInvisibleFormatting,
  showInvisibleFormatting,
} from './redaction/invisible.js'
export { isValidNhsNumber, isValidUpn } from './redaction/identifiers.js'

/**
 * Finds and removes personal data from free text (comments on the Local Offer), so that what is
 * published "does not enable any individual to be identified" (SEND Regulations 2014 reg 56).
 *
 * Pure and synchronous: the same text and options always give the same result. Detection combines
 * the `compromise` NLP library (person names) with patterns for the shapes personal data takes in
 * comments from families ("my son Jake", "Mrs Patel", "called Amira", "born 3 March 2014",
 * "14 Acacia Road", "Hillside Primary"). It errs towards removing too much: a redacted word the
 * meaning did not need costs less than a child who can be recognised.
 *
 * Redacting already-redacted text changes nothing, so officers' edits can be run through it again.
 */

export interface PersonalDataMatch {
  readonly kind: PersonalDataKind
  /** Offsets into the text searched: text.slice(start, end) is the personal data. */
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface RedactionOptions {
  /**
   * Names of the LA's schools, colleges and settings (e.g. organisation names). Any of them in a
   * comment is replaced by [school], with or without words like "Primary School" at the end.
   */
  readonly schoolNames?: readonly string[]
}

export interface RedactionResult {
  readonly text: string
  readonly matches: readonly PersonalDataMatch[]
}

/** What each kind of personal data is replaced with. */
export const redactionMarkers: Readonly<Record<PersonalDataKind, string>> = {
  email: '[email]',
  phone: '[phone]',
  postcode: '[postcode]',
  address: '[address]',
  'date-of-birth': '[date of birth]',
  date: '[date]',
  school: '[school]',
  name: '[name]',
  'nhs-number': '[NHS number]',
  'ni-number': '[NI number]',
  upn: '[UPN]',
}

/** Plain-English names for each kind (one, several), for messages to officers. */
export const personalDataKindLabels: Readonly<Record<PersonalDataKind, readonly [string, string]>> =
  {
    email: ['email address', 'email addresses'],
    phone: ['phone number', 'phone numbers'],
    postcode: ['postcode', 'postcodes'],
    address: ['street address', 'street addresses'],
    'date-of-birth': ['date of birth', 'dates of birth'],
    date: ['date', 'dates'],
    school: ['school name', 'school names'],
    name: ['name', 'names'],
    'nhs-number': ['NHS number', 'NHS numbers'],
    'ni-number': ['National Insurance number', 'National Insurance numbers'],
    upn: ['unique pupil number', 'unique pupil numbers'],
  }

/** When two detections overlap, the earlier kind in this list wins. */
const PRIORITY: readonly PersonalDataKind[] = [
  'email',
  'nhs-number',
  'ni-number',
  'upn',
  'phone',
  'postcode',
  'address',
  'date-of-birth',
  'date',
  'school',
  'name',
]

// ---------------------------------------------------------------- emails, phones, postcodes

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
/** "jo.bloggs at gmail dot com", "jo [at] example [dot] org". */
const SPELLED_EMAIL =
  /\b[A-Za-z0-9._%+-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[A-Za-z0-9-]+\s*(?:(?:\(dot\)|\[dot\]|\sdot\s|\.)\s*[A-Za-z0-9-]+\s*)*(?:\(dot\)|\[dot\]|\sdot\s)\s*(?:com|org|net|uk|co\s*(?:\.|dot)\s*uk)\b/gi

/** UK numbers however they are grouped: 07700 900123, 0121-496-0123, (01632) 960001, +44 (0)7700 900 123, 0044 7700 900123. */
const UK_PHONE =
  /(?:(?:\+|\b00)44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s\-.)]{0,2}\d){8,9}(?!\d)|\b0\d{2,4}\s?\d{3}\s?\d{3,4}\b/g

/** Full UK postcodes, any case, with or without the space: M1 1AE, sw1a1aa. */
const POSTCODE = /\b(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b/gi

// ---------------------------------------------------------------- addresses

const STREET_TYPES =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Grove|Place|Pl|Gardens|Gdns|Court|Ct|Terrace|Hill|Square|Sq|Walk|Mews|Row|Rise|Parade|Green|Vale|Boulevard|Estate|Park|View|Yard|Wharf|Heights'
const CAPITALISED = "[A-Z][A-Za-z'’-]+"

/** "14 Acacia Road", "Flat 2, 31b Mill Lane, Anytown": a house number, capitalised words, a street type. */
const NUMBERED_ADDRESS = new RegExp(
  `(?:\\b(?:Flat|Apartment|Apt|Unit)\\s+(?:\\d+[A-Za-z]?,?\\s+)?)?\\b\\d{1,4}[A-Za-z]?,?\\s+(?:${CAPITALISED}\\s+){1,3}(?:${STREET_TYPES}|${STREET_TYPES.toLowerCase()})\\b\\.?(?:,\\s*${CAPITALISED}(?=\\s*(?:,|\\.|$|\\s[A-Z]{1,2}\\d)))?`,
  'g',
)

/** "12 corbett close", "7 larch avenue": typed in lower case on a phone. */
const LOWER_NUMBERED_ADDRESS = new RegExp(
  `\\b\\d{1,4}[a-z]?,?\\s+(?:[a-z][a-z'’-]+\\s+){1,2}(?:${STREET_TYPES.toLowerCase()})\\b`,
  'g',
)

/** "we live on Brookfield Estate", "moved to Mill Lane": a street named where someone lives. */
const LIVING_ON_STREET = new RegExp(
  `\\b(?:${anyCaseFirstLetter('live|lives|living|lived|moved|move|address is|address:|reside|resides|staying|mieszkam|mieszkamy|mieszka|mieszkają|adres|adres:')})\\s+(?:on|in|at|to|near|off|na|przy|w|ul\\.|ulicy)?\\s*(?:the\\s+)?((?:${CAPITALISED}\\s+){1,3}(?:${STREET_TYPES}))\\b`,
  'g',
)

// ---------------------------------------------------------------- dates

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
const DAY = '\\d{1,2}(?:st|nd|rd|th)?'
const FULL_DATE_PATTERNS = [
  `\\b\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})\\b`,
  `\\b${DAY}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}\\b`,
  `\\b(?:${MONTHS})\\.?\\s+${DAY},?\\s+\\d{4}\\b`,
]
const FULL_DATE = new RegExp(FULL_DATE_PATTERNS.join('|'), 'gi')
/** Any date-like phrase after a word about birth: "born in March 2014", "DOB 3/3/14", "birthday is 12th May". */
const BIRTH_DATE = new RegExp(
  `\\b(?:born|d\\.?o\\.?b\\.?|date of birth|birthday|birth date)\\b[\\s:,-]*(?:(?:is|was|on|in|of|the)\\s+)*((?:${FULL_DATE_PATTERNS.join('|')})|${DAY}\\s+(?:of\\s+)?(?:${MONTHS})\\b|(?:${MONTHS})\\.?\\s+(?:${DAY}|\\d{4})\\b|\\b(?:19|20)\\d{2}\\b)`,
  'gi',
)

// ---------------------------------------------------------------- schools

const INSTITUTIONS =
  'Primary School|Primary Academy|Primary|Infant School|Infants|Infant|Junior School|Juniors|Junior|High School|Secondary School|Grammar School|Special School|Academy|School|College|Sixth Form College|Sixth Form|Nursery School|Nursery|Pre-School|Preschool'
/** Words that can come before "School" without naming one: "primary school", "our special school". */
const GENERIC_SCHOOL_WORDS = new Set(
  [
    'a',
    'an',
    'the',
    'my',
    'our',
    'his',
    'her',
    'their',
    'your',
    'this',
    'that',
    'primary',
    'secondary',
    'special',
    'mainstream',
    'high',
    'grammar',
    'free',
    'independent',
    'local',
    'new',
    'old',
    'current',
    'previous',
    'sen',
    'send',
    'senco',
    'ehcp',
    'ehc',
    'infant',
    'junior',
    'nursery',
    'sixth',
    'form',
    'further',
    'education',
    'community',
    'catholic',
    'church',
    'state',
    'private',
    'boarding',
    'residential',
    'village',
    'secondary',
    'every',
    'each',
    'any',
    'which',
    'what',
    'no',
    'same',
    'other',
    'another',
    'at',
    'to',
    'from',
    'in',
    'and',
    'or',
    'but',
    'i',
    'we',
    'he',
    'she',
    'they',
    'it',
    'when',
    'after',
    'before',
    'then',
    'so',
  ].map((w) => w.toLowerCase()),
)
const SCHOOL_NAME_WORD = "(?:St\\.?|Saint|[A-Z][A-Za-z'’-]+)"
const SCHOOL_PATTERN = new RegExp(
  `\\b${SCHOOL_NAME_WORD}(?:\\s+(?:${SCHOOL_NAME_WORD}|of|the|and|&|C of E|C\\.?E\\.?|R\\.?C\\.?))*\\s+(?:${INSTITUTIONS})\\b`,
  'g',
)
/** Words before a school's name: "goes to", "attends", "pupils at". */
const SCHOOL_CONTEXT =
  '\\b(?:goes to|go to|went to|going to|attends|attend|attended|attending|started at|starts at|pupils? at|students? at|SENCO at|SENCo at|SENDCo at|staff at|teachers? at)\\s+'
/**
 * A year group or class before a name says the name is a school's, in any of the site's languages:
 * "in year 3 at hillside", "w 3 klasie w hillside", "في الصف الثالث في hillside". A place
 * ("we live in Hillside") has no year group before it, so a school named after its area is
 * removed only where the sentence says it is a school.
 */
const YEAR_GROUP_CONTEXT =
  '(?:\\b(?:in (?:year|yr\\.?|y) ?\\d{1,2}|in reception|in (?:the )?nursery(?: class)?|in (?:the )?sixth form|in (?:his|her|their|my|our) class) at|\\bw (?:\\d{1,2}\\.? )?klasie(?: \\d{1,2})? w|\\bw zerówce w|(?:^|\\s)في الصف \\S+ في)\\s+'
/**
 * Polish and Arabic words for a school before a listed school's name in English letters: "chodzi
 * do szkoly heathfield", "w przedszkolu Little Acorns", "في مدرسة oakfield".
 */
const OTHER_LANGUAGE_SCHOOL_CONTEXT = `(?:^|[\\s(,])(?:${POLISH_SCHOOL_CUE}|chodzi do|chodził do|chodziła do|chodzą do|uczy się w|مدرسة|بمدرسة|لمدرسة|أكاديمية|بأكاديمية|كلية|بكلية|حضانة|روضة)\\s+`
/** Words at the end of a school's name that people often leave out: "Hillside Primary (School)". */
const SCHOOL_SUFFIX_WORDS =
  /(?:\s+(?:C of E|CE|RC|Church of England|Catholic|Community|Federation|Trust|Primary|Secondary|Infant|Infants|Junior|Juniors|High|Special|Grammar|Nursery|Academy|School|College|Sixth Form|Pre-School|Preschool))+$/i

// ---------------------------------------------------------------- names

const RELATIONS =
  'sons?|daughters?|child|children|kids?|boys?|girls?|grandsons?|granddaughters?|grandchild(?:ren)?|brothers?|sisters?|twins?|siblings?|husband|wife|partner|nephews?|nieces?|step-?sons?|step-?daughters?|foster (?:son|daughter|child)|little one|youngest|eldest|oldest|middle one|friends?|mum|mom|mother|dad|father|carer|key ?worker|social worker|teacher|TA|teaching assistant|SENCO|SENDCo|case ?worker|support worker|therapist|SALT|OT|paediatrician|consultant|GP|health visitor|nurse|headteacher|head teacher|head|team leader|leader|lead|manager|officer|advisor|adviser|coordinator|co-ordinator|EP|educational psychologist|psychologist|psychiatrist|doctor|tutor|mentor|driver|escort|PA|personal assistant'
const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Nurse|Doctor|Auntie|Aunty|Uncle'

/** "Mr|Mrs" → "[Mm]r|[Mm]rs": titles typed in either case, the rest of the pattern case-sensitive. */
function anyCaseFirstLetter(alternatives: string): string {
  return alternatives
    .split('|')
    .map((word) => `[${word[0]?.toUpperCase()}${word[0]?.toLowerCase()}]${word.slice(1)}`)
    .join('|')
}

/** A name as people type it: capitalised, maybe with a surname, hyphens or apostrophes. */
const NAME = `\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?`
const NAME_LIST = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*`

/** "my son Jake", "our daughter, Amira Khan,", "my daughter (Freya)", "my twins Ella and Finn", "his social worker Dave". */
const RELATION_NAME = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:${RELATIONS})(?:\\s*[,(]\\s*|\\s+)(?:(?:is\\s+|was\\s+)?(?:called|named)\\s+)?(${NAME_LIST})`,
  'gu',
)
/**
 * "called jake", "named Amira", "my name is Sarah", "Her name is ellie-mae" (a sentence can open
 * with it), "I'm Tom". Lower-case names too after these words.
 */
const INTRODUCED_NAME =
  /\b(?:called|named|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+names?\s+(?:is|are)|(?:[Mm]y|[Hh]is|[Hh]er)\s+name's|I'm|I am|Im|this is|it's me|signed)\s*,?\s+(\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)/gu
/** "Mrs Patel", "Dr. Hughes", "mr smith". */
const TITLED_NAME = new RegExp(
  `\\b(?:${anyCaseFirstLetter(TITLES)})\\.?\\s+(?:[A-Z]\\.\\s*)?(\\p{L}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?)`,
  'gu',
)
/** A sign-off at the end: "Thanks, Sarah", "Kind regards, Sarah J.", "- Tom". */
const SIGN_OFF =
  /(?:(?:^|[.!?,\n]\s*)(?:thanks|thank you|many thanks|regards|kind regards|best wishes|best|cheers|love|from|signed|sincerely|yours sincerely|yours faithfully)\b\s*[,!.-]?|[-–—])\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\.?)?)\s*[.!]?\s*$/iu

/**
 * Capitalised words that follow "I'm", "called" or a relation word without being names:
 * "I'm Deaf", "a group called Mencap", "my son Has autism" (typed in title case).
 */
const NOT_NAMES = new Set(
  [
    // pronouns, articles, verbs and other words that start sentences or follow "I'm"
    'i',
    'a',
    'an',
    'the',
    'he',
    'she',
    'they',
    'we',
    'it',
    'is',
    'was',
    'has',
    'had',
    'have',
    'and',
    'but',
    'or',
    'so',
    'not',
    'just',
    'very',
    'really',
    'also',
    'still',
    'now',
    'then',
    'who',
    'which',
    'that',
    'this',
    'there',
    'here',
    'when',
    'where',
    'because',
    'if',
    'at',
    'in',
    'on',
    'to',
    'for',
    'of',
    'with',
    'from',
    'by',
    'about',
    'after',
    'before',
    'since',
    'until',
    'only',
    'always',
    'never',
    'sometimes',
    'often',
    'going',
    'trying',
    'writing',
    'worried',
    'happy',
    'sad',
    'angry',
    'upset',
    'sorry',
    'glad',
    'grateful',
    'disappointed',
    'frustrated',
    'fed',
    'tired',
    'exhausted',
    'sure',
    'aged',
    'age',
    'old',
    'years',
    'year',
    'months',
    'who',
    'goes',
    'attends',
    'loves',
    'likes',
    'needs',
    'got',
    'gets',
    'can',
    'cannot',
    "can't",
    'could',
    'would',
    'will',
    'did',
    'does',
    'do',
    'doesn’t',
    "doesn't",
    'didn’t',
    "didn't",
    'isn’t',
    "isn't",
    'wasn’t',
    "wasn't",
    'a',
    'one',
    'two',
    'three',
    'both',
    'all',
    'some',
    'no',
    'yes',
    'please',
    'thanks',
    'thank',
    'hello',
    'hi',
    'dear',
    'ok',
    'okay',
    // conditions, identities, nationalities and languages people describe themselves with
    'autistic',
    'deaf',
    'blind',
    'dyslexic',
    'dyspraxic',
    'disabled',
    'adhd',
    'asd',
    'asc',
    'send',
    'sen',
    'ehcp',
    'ehc',
    'dob',
    'pda',
    'epileptic',
    'diabetic',
    'nonverbal',
    'non-verbal',
    'neurodivergent',
    'a parent',
    'parent',
    'carer',
    'student',
    'pupil',
    'teacher',
    'professional',
    'sencO',
    'senco',
    'english',
    'british',
    'polish',
    'arabic',
    'urdu',
    'punjabi',
    'bengali',
    'somali',
    'romanian',
    'muslim',
    'christian',
    'jewish',
    'hindu',
    'sikh',
    'black',
    'white',
    'asian',
    'mixed',
    // days and months
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'march',
    'april',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    // the Local Offer's own vocabulary
    'local',
    'offer',
    'council',
    'sendiass',
    'iass',
    'nhs',
    'camhs',
    'salt',
    'ot',
    'ep',
    'gp',
    'mencap',
    'westbridge',
    'tribunal',
    'mediation',
    'short',
    'breaks',
    'transport',
    'website',
    'google',
    'facebook',
    'year',
    'reception',
    'nursery',
    'college',
    'school',
    'primary',
    'secondary',
    'uni',
    'university',
  ].map((w) => w.toLowerCase()),
)

const isNotAName = (word: string) => NOT_NAMES.has(word.toLowerCase().replace(/[’']s$/, ''))

// ---------------------------------------------------------------- helpers

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A school's name as people type it: apostrophes optional ("st bartholomews"), any spacing. */
function looseName(name: string): string {
  return escapeRegExp(name).replace(/['’]/g, "['’]?").replace(/\s+/g, '\\s+')
}

function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  )
  let match: RegExpExecArray | null
  while ((match = global.exec(text)) !== null) {
    if (match[0] === '') global.lastIndex++
    yield match
  }
}

/** The span of capture group 1 within a match. */
function groupSpan(match: RegExpExecArray): { start: number; end: number } | undefined {
  const group = match[1]
  if (group === undefined) return undefined
  const offset = match[0].lastIndexOf(group)
  const start = match.index + offset
  return { start, end: start + group.length }
}

/** Shrinks a span to drop surrounding spaces and punctuation that compromise keeps with words. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s.,;:!?"“”()[\]]/.test(text[start] ?? '')) start++
  while (end > start && /[\s.,;:!?"“”()[\]]/.test(text[end - 1] ?? '')) end--
  return { start, end }
}

/** Is the span inside one of the markers this module writes, like "[name]"? */
function insideMarker(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', start)
  if (open === -1) return false
  const close = text.indexOf(']', open)
  if (close === -1 || close < end - 1) return false
  return Object.values(redactionMarkers).includes(text.slice(open, close + 1))
}

// ---------------------------------------------------------------- detectors

function findPatterns(text: string, pattern: RegExp, kind: PersonalDataKind): Candidate[] {
  return [...matchesOf(pattern, text)].map((m) => ({
    kind,
    ...trimmed(text, m.index, m.index + m[0].length),
  }))
}

function findPhones(text: string): Candidate[] {
  // Not trimmed: the bracket in "(01632) 960001" belongs to the number.
  // Arabic-Indic digits (٠٧٧٠٠…) are read as the digits they are.
  text = asciiDigits(text)
  const found: Candidate[] = [...matchesOf(UK_PHONE, text)].map((m) => ({
    kind: 'phone',
    start: m.index,
    end: m.index + m[0].length,
  }))
  for (const number of findPhoneNumbersInText(text, 'GB')) {
    // "Reference number 1234567890" is not a phone number: a UK number is written from 0 or +/00.
    if (!/^[\s(]*(?:0|\+)/.test(text.slice(number.startsAt, number.endsAt))) continue
    found.push({ kind: 'phone', start: number.startsAt, end: number.endsAt })
  }
  return found
}

function findDates(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of matchesOf(BIRTH_DATE, text)) {
    const span = groupSpan(match)
    if (span) found.push({ kind: 'date-of-birth', ...span })
  }
  found.push(...findPatterns(text, FULL_DATE, 'date'))
  return found
}

function findAddresses(text: string): Candidate[] {
  const found = [
    ...findPatterns(text, NUMBERED_ADDRESS, 'address'),
    ...findPatterns(text, LOWER_NUMBERED_ADDRESS, 'address'),
  ]
  for (const match of matchesOf(LIVING_ON_STREET, text)) {
    const span = groupSpan(match)
    if (span) found.push({ kind: 'address', ...span })
  }
  return found
}

function findSchools(text: string, schoolNames: readonly string[]): Candidate[] {
  const found: Candidate[] = []
  for (const match of matchesOf(SCHOOL_PATTERN, text)) {
    // Drop generic leading words ("our", "the", "Primary") so "our Primary School" is not a name.
    const words = match[0].split(/\s+/)
    let skip = 0
    let offset = 0
    while (skip < words.length - 1 && GENERIC_SCHOOL_WORDS.has((words[skip] ?? '').toLowerCase())) {
      offset += (words[skip] ?? '').length
      offset += /\s+/.exec(match[0].slice(offset))?.[0].length ?? 0
      skip++
    }
    const rest = words.slice(skip)
    const distinctive = rest.filter(
      (w) =>
        !GENERIC_SCHOOL_WORDS.has(w.toLowerCase()) &&
        !new RegExp(`^(?:${INSTITUTIONS})$`, 'i').test(w),
    )
    if (distinctive.length === 0) continue
    found.push({ kind: 'school', start: match.index + offset, end: match.index + match[0].length })
  }
  for (const name of schoolNames) {
    const full = name.trim()
    if (full.length < 3) continue
    const core = full.replace(SCHOOL_SUFFIX_WORDS, '').trim()
    const variants = [looseName(full)]
    if (core && core !== full) {
      // The distinctive part followed by any school words: "Hillside Primary", "Hillside school".
      variants.push(`${looseName(core)}${SCHOOL_SUFFIX_WORDS.source.replace(/\$$/, '')}`)
    }
    for (const variant of variants) {
      found.push(...findPatterns(text, new RegExp(`\\b(?:${variant})\\b`, 'gi'), 'school'))
    }
    if (core && core !== full && core.split(/\s+/).length >= 2) {
      // A name of two words or more is distinctive enough alone: "The Willows", "Little Acorns".
      found.push(...findPatterns(text, new RegExp(`\\b${looseName(core)}\\b`, 'gi'), 'school'))
    }
    if (core && core !== full) {
      // The distinctive part alone, where the sentence says it is a school: "goes to Hillside",
      // "in year 3 at hillside".
      const alone = new RegExp(
        `(?:${SCHOOL_CONTEXT}|${YEAR_GROUP_CONTEXT}|${OTHER_LANGUAGE_SCHOOL_CONTEXT})(${looseName(core)})\\b`,
        'gi',
      )
      for (const match of matchesOf(alone, text)) {
        const span = groupSpan(match)
        if (span) found.push({ kind: 'school', ...span })
      }
    }
  }
  return found
}

/** Cuts a name span from compromise at what is not part of a name: "Jake (7)" → "Jake", "Jake's" → "Jake". */
function nameOnly(text: string, span: { start: number; end: number }) {
  const found = /^\p{L}[\p{L}\p{M}.'’-]*(?:\s+\p{L}[\p{L}\p{M}.'’-]*)*/u.exec(
    text.slice(span.start, span.end),
  )
  const name = (found?.[0] ?? '').replace(/[’']s$/, '').replace(/[.'’-]+$/, '')
  return { start: span.start, end: span.start + name.length }
}

function namesFromList(text: string, start: number, end: number): Candidate[] {
  const found: Candidate[] = []
  const list = text.slice(start, end)
  for (const part of matchesOf(new RegExp(NAME, 'gu'), list)) {
    const words = part[0].split(/\s+/)
    if (isNotAName(words[0] ?? '')) break
    // A second capitalised word that is not a name ("Jake Has") ends the name at the first.
    const keep = words.length > 1 && isNotAName(words[1] ?? '') ? (words[0] ?? '') : part[0]
    found.push({ kind: 'name', start: start + part.index, end: start + part.index + keep.length })
  }
  return found
}

const POLISH_LETTERS = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/u

function findNames(text: string): Candidate[] {
  const found: Candidate[] = []

  for (const person of nlp(text).people().json({ offset: true }) as Array<{
    offset: { start: number; length: number }
  }>) {
    const span = nameOnly(
      text,
      trimmed(text, person.offset.start, person.offset.start + person.offset.length),
    )
    const words = text.slice(span.start, span.end).split(/\s+/)
    if (words.every(isNotAName)) continue
    // compromise knows first names from every language, so in Polish it calls the adjective "miła"
    // a name: a lower-case name from it is kept only in English-looking text ("its me tyler").
    if (
      !/^\p{Lu}/u.test(words[0] ?? '') &&
      (!/^[a-z]+$/.test(words[0] ?? '') || POLISH_LETTERS.test(text))
    )
      continue
    found.push({ kind: 'name', ...span })
  }

  for (const match of matchesOf(RELATION_NAME, text)) {
    const span = groupSpan(match)
    if (span) found.push(...namesFromList(text, span.start, span.end))
  }

  for (const match of matchesOf(INTRODUCED_NAME, text)) {
    const span = groupSpan(match)
    if (!span) continue
    const words = text.slice(span.start, span.end).split(/\s+/)
    const first = words[0] ?? ''
    if (isNotAName(first)) continue
    // After "I'm" only a capitalised word is a name ("I'm tired" is not); after "called" either is.
    const strong = !/^(?:I'm|I am|Im|this is)/i.test(match[0])
    if (!strong && !/^[A-Z]/.test(first)) continue
    const keep =
      words.length > 1 && isNotAName(words[1] ?? '') ? first : text.slice(span.start, span.end)
    found.push({ kind: 'name', start: span.start, end: span.start + keep.length })
  }

  for (const match of matchesOf(TITLED_NAME, text)) {
    const span = groupSpan(match)
    if (!span) continue
    const words = text.slice(span.start, span.end).split(/\s+/)
    if (isNotAName(words[0] ?? '')) continue
    const keep = words.length > 1 && isNotAName(words[1] ?? '') ? (words[0] ?? '') : words.join(' ')
    const name = nameOnly(text, { start: span.start, end: span.start + keep.length })
    // The title goes with the name: "Mrs Patel" becomes "[name]".
    found.push({ kind: 'name', start: match.index, end: name.end })
  }

  const signOff = SIGN_OFF.exec(text)
  if (signOff) {
    const span = groupSpan(signOff)
    const word = signOff[1] ?? ''
    if (span && !isNotAName(word.split(/\s+/)[0] ?? '')) found.push({ kind: 'name', ...span })
  }

  return found.concat(otherMentionsOf(text, found))
}

/** Once "Jake" is known to be a name, every other "Jake" or "Jake's" in the text is too. */
function otherMentionsOf(text: string, names: readonly Candidate[]): Candidate[] {
  const words = new Set<string>()
  for (const name of names) {
    for (const word of text.slice(name.start, name.end).split(/\s+/)) {
      const bare = word.replace(/[’']s$/, '').replace(/[.,]$/, '')
      if (
        bare.length >= 2 &&
        !isNotAName(bare) &&
        !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/i.test(bare)
      ) {
        words.add(bare)
      }
    }
  }
  const found: Candidate[] = []
  for (const word of words) {
    // Case-sensitive: "Will" the name does not make "will" the verb a name.
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{M}\\d_’'-])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\d_-])`,
      'gu',
    )
    found.push(...findPatterns(text, pattern, 'name'))
  }
  return found
}

// ---------------------------------------------------------------- combining

/** Keeps the strongest detection where several overlap, and returns them in text order. */
function resolveOverlaps(text: string, candidates: readonly Candidate[]): PersonalDataMatch[] {
  const ranked = candidates
    .filter((c) => c.end > c.start && !insideMarker(text, c.start, c.end))
    .sort(
      (a, b) =>
        PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    )
  const accepted: Candidate[] = []
  for (const candidate of ranked) {
    const overlapping = accepted.filter((a) => a.start < candidate.end && candidate.start < a.end)
    if (overlapping.length === 0) {
      accepted.push(candidate)
      continue
    }
    // A weaker detection that reaches beyond a stronger one keeps the part outside it, as its own kind:
    // "14 Acacia Road" overlapping a postcode still hides the street.
    let { start, end } = candidate
    for (const a of overlapping) {
      if (a.start <= start && a.end >= end) {
        start = end
        break
      }
      if (a.start <= start) start = a.end
      else if (a.end >= end) end = a.start
    }
    const rest = trimmed(text, start, end)
    if (
      rest.end - rest.start >= 2 &&
      !accepted.some((a) => a.start < rest.end && rest.start < a.end)
    ) {
      accepted.push({ kind: candidate.kind, ...rest })
    }
  }
  return accepted
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ ...c, text: text.slice(c.start, c.end) }))
}

/** Every piece of personal data found in the text, in order, without overlaps. */
export function findPersonalData(
  text: string,
  options: RedactionOptions = {},
): PersonalDataMatch[] {
  const candidates = [
    ...findPatterns(text, EMAIL, 'email'),
    ...findPatterns(text, SPELLED_EMAIL, 'email'),
    ...findNhsNumbers(text),
    ...findNiNumbers(text),
    ...findUpns(text),
    ...findPhones(text),
    ...findPatterns(text, POSTCODE, 'postcode'),
    ...findAddresses(text),
    ...findDates(text),
    ...findDatesInWords(text),
    ...findSchools(text, options.schoolNames ?? []),
    ...findPolishSchools(text),
    ...findArabicSchools(text),
    ...findLowerCaseEnglishSchools(text),
  ]
  const names = [
    ...findNames(text),
    ...findPolishNames(text),
    ...findArabicNames(text),
    ...findLowerCaseEnglishNames(text),
    ...findLowerCaseIntroducedNames(text),
  ]
  const first = resolveOverlaps(text, [...candidates, ...names])
  // Names found by any detector are found wherever else they occur, in any declined form, and a
  // name standing alone after other personal details is a name too.
  const nameWords = first
    .filter((m) => m.kind === 'name')
    .flatMap((m) => m.text.split(/\s+/))
    .filter((w) => !isNotAName(w))
  const more = [
    ...otherMentionsOf(
      text,
      first.filter((m) => m.kind === 'name'),
    ),
    ...declinedForms(text, nameWords),
    ...namesNearPersonalData(text, first),
  ]
  return resolveOverlaps(text, [...candidates, ...names, ...more])
}

/** Verbs that follow a child's name at the start of a sentence: "Amelia is deaf", "Daniel has…". */
const NAME_THEN_VERB =
  /(?<=(?:^|[.!?]\s+|\n\s*))(\p{Lu}[\p{Ll}'’-]{2,})(?=\s+(?:is|was|has|had|needs|loves|goes|went|can|can't|cannot|does|doesn't|did|didn't|gets|got|started|starts|struggles|attends|will|would|ma|jest|był|była|chodzi|potrzebuje|nie)\b)/gu

/** compromise's tags for one word, remembered: building a document costs about a millisecond. */
const wordTags = new MapUpTo<string, readonly string[] | undefined>(5000)
function tagsOf(word: string): readonly string[] | undefined {
  const key = word.toLowerCase()
  if (!wordTags.has(key)) {
    wordTags.set(key, nlp(key).json()[0]?.terms?.[0]?.tags as string[] | undefined)
  }
  return wordTags.get(key)
}

const WORD_THEN_VERB = new RegExp(
  `(?<![\\p{L}\\p{M}])(\\p{L}[\\p{Ll}'’-]{2,})${NAME_THEN_VERB.source.slice(NAME_THEN_VERB.source.indexOf('(?=\\s+'))}`,
  'giu',
)

/**
 * A first name standing alone in a sentence after an address, phone number or other personal
 * detail ("…AN4 7TT. Amelia is deaf"): the comment is about one family, so a capitalised word
 * opening a sentence about someone is taken as their name. Only within two sentences of the
 * detail, and only words that are not ordinary words at the start of a sentence.
 */
function namesNearPersonalData(text: string, found: readonly PersonalDataMatch[]): Candidate[] {
  const anchors = found.filter((m) => m.kind !== 'school' && m.kind !== 'date')
  if (anchors.length === 0) return []
  // A writer who starts sentences in lower case ("…anytown. poppy was refused…") gets the same
  // rule for lower-case words, if compromise reads the word as a noun (not "it", "transport").
  const lowerCaseWriter = /[.!?]\s+\p{Ll}/u.test(text) || /^\p{Ll}/u.test(text)
  const pattern = lowerCaseWriter ? new RegExp(NAME_THEN_VERB.source, 'giu') : NAME_THEN_VERB
  const result: Candidate[] = []
  for (const match of text.matchAll(pattern)) {
    const word = match[1] ?? ''
    if (isNotAName(word) || STARTS_OF_SENTENCES.has(word.toLowerCase())) continue
    if (/^\p{Ll}/u.test(word)) {
      const tags = tagsOf(word)
      if (
        !tags ||
        !tags.includes('Noun') ||
        tags.some((t) => ['Pronoun', 'Plural', 'Uncountable'].includes(t))
      )
        continue
    }
    const near = anchors.some((a) => {
      const between =
        a.end <= match.index
          ? text.slice(a.end, match.index)
          : text.slice(match.index + word.length, a.start)
      return (between.match(/[.!?]/g)?.length ?? 0) <= 2 && between.length <= 160
    })
    if (near) result.push({ kind: 'name', start: match.index, end: match.index + word.length })
  }
  // Inside a sentence ("the ot said aiden needs…"), only a word compromise knows as a first name.
  for (const match of text.matchAll(WORD_THEN_VERB)) {
    const word = match[1] ?? ''
    if (isNotAName(word) || STARTS_OF_SENTENCES.has(word.toLowerCase())) continue
    const tags = tagsOf(word)
    if (!tags?.includes('FirstName')) continue
    const near = anchors.some(
      (a) => Math.min(Math.abs(a.start - match.index), Math.abs(match.index - a.end)) <= 160,
    )
    if (near) result.push({ kind: 'name', start: match.index, end: match.index + word.length })
  }
  return result
}

/** Capitalised words that open ordinary sentences about a service, not about a person. */
const STARTS_OF_SENTENCES = new Set(
  'everyone|nobody|someone|somebody|everything|nothing|transport|therapy|camhs|speech|school|college|nursery|council|staff|support|help|funding|money|which|whose|whoever|what|there|here|mum|dad|mummy|daddy|grandma|grandad|nan|he|she|it|this|that|these|those|one|each|every|also|but|then|so|and|now|today|yesterday|tomorrow|everybody|website|service|team|they|we|you|i|syn|córka|dziecko|mój|moja|nasz|nasza|ona|on|ono|oni|szkoła|strona|terapia|lekarz|nie|tak|to|ten|ta|tam|tu|już|jeszcze|dziś|wczoraj|ja|my|wy|czy|gdy|kiedy|ale|bo|więc|nikt|wszyscy|każdy'.split(
    '|',
  ),
)

/** The text with every piece of personal data replaced by its marker, and what was replaced. */
export function redactPersonalData(text: string, options: RedactionOptions = {}): RedactionResult {
  // Invisible formatting is removed first: a zero-width space inside "Ja\u200Bke" would hide the
  // name from every detector, and a bidi override would make the published quote read differently.
  text = removeInvisibleFormatting(text)
  const matches = findPersonalData(text, options)
  let redacted = ''
  let position = 0
  for (const match of matches) {
    redacted += text.slice(position, match.start) + redactionMarkers[match.kind]
    position = match.end
  }
  redacted += text.slice(position)
  return { text: redacted, matches }
}

/** "2 names, 1 email address": what was found, without repeating any of it. */
export function describePersonalData(matches: readonly PersonalDataMatch[]): string {
  const counts = new Map<PersonalDataKind, number>()
  for (const match of matches) counts.set(match.kind, (counts.get(match.kind) ?? 0) + 1)
  return PRIORITY.filter((kind) => counts.has(kind))
    .map((kind) => {
      const count = counts.get(kind) ?? 0
      const [one, several] = personalDataKindLabels[kind]
      return `${count} ${count === 1 ? one : several}`
    })
    .join(', ')
}
