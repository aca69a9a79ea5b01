/**
 * The words of the spreadsheet import and export, for LA officers (the admin is in English).
 * Reasons name the column and say what to write instead.
 */
export const spreadsheetStrings = {
  nav: 'Spreadsheets',
  title: 'Listings in spreadsheets',
  staffOnly: 'Only LA officers and administrators can use this page.',
  notSignedIn: 'Sign in as an LA officer to use listing spreadsheets.',
  notStaff: 'Only LA officers and administrators can export or import listings.',
  badLocale: 'Choose the language of the export: en, pl or ar.',
  noFile: 'Choose a CSV file to check.',
  tooLarge: (limit: string) => `The file is too large: keep it under ${limit}.`,
  tooManyRows: (limit: number) =>
    `The file has more than ${limit} rows: split it into smaller files.`,
  unreadable: (detail: string) =>
    `The file is not a CSV file we can read (${detail}). Save it from your spreadsheet as "CSV UTF-8" and try again.`,
  noRows: 'The file has no rows of listings under its header row.',
  needsIdOrSlug:
    'The header row (the first row) needs an "id" or "slug" column, so each row can be matched to a listing. Start from the template or an export.',
  duplicateColumn: (key: string) => `The column "${key}" appears twice in the header row.`,
  unknownColumn: (key: string) =>
    `The column "${key}" is not one the import knows, so it was ignored.`,
  changedSincePreview:
    'Something changed since you checked the file (a listing was edited, or the file is different). Check the file again before importing.',
  localeLabel: 'Language',
  slugLabel: 'Web address name',
  fillIn: 'Fill this in',
  missingColumn: (key: string) => `A new listing needs this column ("${key}")`,
  noSuchId: (id: string) => `No listing has the ID ${id}. Leave the ID empty to add a new listing.`,
  slugTaken: (slug: string, id: number | string) =>
    `Web address name: "${slug}" is already used by listing ${id}. Choose another`,
  newInEnglishFirst:
    'Language: a new listing is added in English (en) first; add its Polish or Arabic text in another import, with its ID',
  sameListingTwice: (row: number) =>
    `Row ${row} already changes this listing in this language: keep one row per listing and language`,
  atLeast: (n: number, what: string) => `Give at least ${n} ${what}`,
  closesAfterOpens: (what: string, opens: string, closes: string) =>
    `${what}: the closing time (${closes}) must be later than the opening time (${opens})`,
  agesOrder: (from: number, to: number) =>
    `Age to (${to}) must be the same as or more than age from (${from})`,
  subCategoriesOutside: (subs: string[], category: string) =>
    `Sub-categories: ${subs.join(', ')} ${subs.length === 1 ? 'is' : 'are'} not in the category ${category}. Choose sub-categories of ${category}, or change the category`,
  noSuchOrganisation: (id: number) =>
    `Organisation ID: no organisation has the ID ${id}. Find it under Organisations`,
  listLength: (label: string, after: number, before: number) =>
    `${label}s: ${after} instead of ${before}`,
  notSaved: 'The CMS refused this row',
  outcomes: {
    created: 'New listing',
    updated: 'Changed',
    unchanged: 'Unchanged',
    rejected: 'Rejected',
  },
} as const
