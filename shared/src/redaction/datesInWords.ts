/**
 * Dates written in words, in the three site languages: "the twelfth of august two thousand and
 * sixteen", "dwudziestego piątego października 2015", "الخامس عشر من يناير ٢٠١٥". After a word
 * about birth they are dates of birth; a full one (day, month and year) anywhere is a date.
 */
import { asciiDigits } from './identifiers.js'
import type { Candidate } from './types.js'

const EN_UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth'
const EN_ORDINAL = `(?:(?:twenty|thirty)[\\s-]?(?:${EN_UNITS})|${EN_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|\\d{1,2}(?:st|nd|rd|th)?)`
const EN_MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec'
const EN_SMALL =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?'
const EN_YEAR = `(?:\\d{4}|two\\s+thousand(?:\\s+and)?(?:\\s+(?:${EN_SMALL}))?|twenty\\s+(?:${EN_SMALL}))`
const EN_DAY_MONTH = `(?:(?:the\\s+)?${EN_ORDINAL}\\s+(?:of\\s+)?(?:${EN_MONTH})|(?:${EN_MONTH})\\s+(?:the\\s+)?${EN_ORDINAL})`
const EN_BIRTH = `born|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birthday|birth\\s+date`

const PL_ORDINAL_UNITS =
  'pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|dziewiątego'
const PL_ORDINAL = `(?:(?:dwudziestego|trzydziestego)(?:\\s+(?:${PL_ORDINAL_UNITS}))?|${PL_ORDINAL_UNITS}|dziesiątego|jedenastego|dwunastego|trzynastego|czternastego|piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego|\\d{1,2}(?:\\.)?)`
const PL_ORDINAL_WORDS = `(?:(?:dwudziestego|trzydziestego)(?:\\s+(?:${PL_ORDINAL_UNITS}))?|${PL_ORDINAL_UNITS}|dziesiątego|jedenastego|dwunastego|trzynastego|czternastego|piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego)`
/** "2016", "dwa tysiące szesnastego (roku)", "dwutysięcznego": a year as Poles write it in words. */
const PL_YEAR = `(?:\\d{4}|dwa\\s+tysiące(?:\\s+${PL_ORDINAL_WORDS})?|dwutysięcznego)(?:\\s+(?:roku|r\\.))?`
const PL_MONTH =
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu'
const PL_BIRTH = `urodził(?:a|em|am)?\\s+się|urodzon[aey]|urodzeni|data\\s+urodzenia|daty\\s+urodzenia|ur\\.|urodziny`

const AR_ORDINAL_UNITS =
  'الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي'
const AR_ORDINAL = `(?:(?:${AR_ORDINAL_UNITS})(?:\\s+عشر|\\s+و\\s?العشرين|\\s+و\\s?الثلاثين)?|العشرين|الثلاثين|\\d{1,2})`
const AR_MONTH =
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون\\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\\s+الأول|تشرين\\s+الثاني|كانون\\s+الأول'
/** "٢٠١٥", "ألفين وخمسة عشر" (two thousand and fifteen), "عام ألفين وعشرين". */
const AR_NUMBER_WORD =
  'واحد|إحدى|احدى|أحد|احد|اثنين|اثنان|اثني|اثنا|ثلاثة|ثلاث|أربعة|أربع|اربعة|اربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع|عشرة|عشر|عشرين|عشرون'
const AR_YEAR = `(?:\\d{4}|ألفين(?:\\s+و\\s?(?:${AR_NUMBER_WORD})(?:\\s+عشر)?){0,2})`
const AR_BIRTH = `و?(?:ولد|ولدت|وُلد|وُلدت|مواليد|تاريخ\\s+(?:ميلاده|ميلادها|ميلادي|الميلاد|ميلاد)|عيد\\s+ميلاد(?:ه|ها)?)`

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])'
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])'

const DAY_MONTH_YEAR = [
  `${EN_DAY_MONTH}(?:,?\\s+(?:of\\s+)?${EN_YEAR})`,
  `${PL_ORDINAL}\\s+(?:${PL_MONTH})\\s+${PL_YEAR}`,
  `${AR_ORDINAL}\\s+(?:من\\s+)?(?:شهر\\s+)?(?:${AR_MONTH})\\s+(?:عام\\s+|سنة\\s+)?${AR_YEAR}`,
]
const DAY_MONTH = [
  EN_DAY_MONTH,
  `${PL_ORDINAL}\\s+(?:${PL_MONTH})`,
  `${AR_ORDINAL}\\s+(?:من\\s+)?(?:شهر\\s+)?(?:${AR_MONTH})`,
  `(?:${EN_MONTH})\\s+${EN_YEAR}`,
  `(?:${PL_MONTH})\\s+${PL_YEAR}`,
  `(?:${AR_MONTH})\\s+(?:عام\\s+|سنة\\s+)?${AR_YEAR}`,
  `\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})`,
  `(?:19|20)\\d{2}`,
  EN_YEAR,
]

/** A full date in words or mixed words and numbers, in any of the three languages. */
const FULL_DATE_IN_WORDS = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${DAY_MONTH_YEAR.join('|')})${NOT_LETTER_AFTER}`,
  'giu',
)

/** A word about birth, a few linking words ("on the", "w", "في"), then a date of any length. */
const BIRTH_THEN_DATE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${EN_BIRTH}|${PL_BIRTH}|${AR_BIRTH})${NOT_LETTER_AFTER}[\\s:,(-]*(?:(?:is|was|on|in|of|the|dnia|w|we|roku|في|هو|هي|:|\\p{L}{2,8}\\s+في)\\s+){0,3}((?:${DAY_MONTH_YEAR.join('|')}|${DAY_MONTH.join('|')}))${NOT_LETTER_AFTER}`,
  'giu',
)

export function findDatesInWords(text: string): Candidate[] {
  const digits = asciiDigits(text)
  const found: Candidate[] = []
  for (const match of digits.matchAll(BIRTH_THEN_DATE)) {
    const date = match[1] ?? ''
    const start = match.index + match[0].lastIndexOf(date)
    found.push({ kind: 'date-of-birth', start, end: start + date.length })
  }
  for (const match of digits.matchAll(FULL_DATE_IN_WORDS)) {
    found.push({ kind: 'date', start: match.index, end: match.index + match[0].length })
  }
  return found
}
