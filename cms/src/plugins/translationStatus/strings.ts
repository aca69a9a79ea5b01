/** The words of the translations view (the admin is in English). */
export const translationStrings = {
  nav: 'Translations',
  title: 'Translations',
  staffOnly: 'Only LA officers and administrators can see the translations report.',
  intro:
    'How much of the published Local Offer families can read in each language, and which translations may no longer say what the English says. A listing or page counts as translated when every part with English text has text in the language; “partly” when some parts do. The site shows the English for anything not translated, and says so.',
  sharesCaption: 'Published listings and pages translated, by language',
  language: 'Language',
  what: 'What',
  translated: 'Translated',
  partly: 'Partly translated',
  share: 'Share translated',
  collections: { services: 'Listings', pages: 'Information pages' },
  outOfDate: 'Translation may be out of date',
  outOfDateIntro:
    'The English of these was changed after the translation was last changed. The site marks each one, in that language, “this translation may be out of date”. Check the translation and save it in that language to clear the mark.',
  outOfDateNone: 'No translation is older than its English.',
  outOfDateCaption: 'Translations older than their English, oldest first',
  item: 'Listing or page',
  englishChanged: 'English changed',
  translationChanged: 'Translation changed',
} as const
