import type { LocalisedText } from '../locales.js'
import type { Weekday } from '../service.js'

/**
 * The "when it is open" search filters (issue 11 item 4), derived from the opening times
 * listings already hold, so providers enter nothing new.
 */
export const openingFilters = [
  {
    value: 'weekends',
    label: { en: 'Open at weekends', pl: 'Otwarte w weekendy', ar: 'مفتوح في عطلة نهاية الأسبوع' },
  },
  {
    value: 'evenings',
    label: { en: 'Open after 6pm', pl: 'Otwarte po 18:00', ar: 'مفتوح بعد الساعة 6 مساءً' },
  },
  {
    value: 'school-holidays',
    label: {
      en: 'Open in the school holidays',
      pl: 'Otwarte w ferie i wakacje szkolne',
      ar: 'مفتوح في العطل المدرسية',
    },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type OpeningFilter = (typeof openingFilters)[number]['value']

/** An opening time as listings hold it: days, 24-hour "HH:MM" times and a note per language. */
export interface OpeningTimeForFilters {
  days: readonly (Weekday | string)[]
  opens: string
  closes: string
  note: Partial<Record<string, string>>
}

/** "After 6pm" means still open after 18:00, so a session ending at 18:00 is not one. */
const EVENING = '18:00'

/**
 * A note that says the time is in (or through) the school holidays: "School holidays only",
 * "Term time, with some holiday workshops", "All year". Bank holidays are not school holidays,
 * and "term time" alone means closed in them. Polish (ferie, wakacje) and Arabic (العطل, العطلة)
 * notes count too, for notes written only in those languages.
 */
const HOLIDAY_NOTE = /\bholiday|\ball year\b|\bferi|\bwakacj|العطل|العطلة/iu
const NOT_SCHOOL_HOLIDAY = /\bbank holidays?\b/giu

function notesSayHolidays(note: Partial<Record<string, string>>): boolean {
  return Object.values(note).some(
    (text) => text !== undefined && HOLIDAY_NOTE.test(text.replace(NOT_SCHOOL_HOLIDAY, '')),
  )
}

/**
 * Which "when it is open" filters a listing matches: weekends (open on a Saturday or Sunday),
 * evenings (closes after 18:00) and school holidays (a note says so, or it is a holiday scheme).
 */
export function openingFilterValues(
  times: readonly OpeningTimeForFilters[],
  subCategories: readonly string[] = [],
): OpeningFilter[] {
  const values: OpeningFilter[] = []
  if (times.some((time) => time.days.some((day) => day === 'saturday' || day === 'sunday')))
    values.push('weekends')
  if (times.some((time) => time.closes > EVENING)) values.push('evenings')
  if (
    subCategories.includes('holiday-schemes') ||
    times.some((time) => notesSayHolidays(time.note))
  )
    values.push('school-holidays')
  return values
}
