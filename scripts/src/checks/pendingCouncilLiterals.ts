import type { PendingLiteral } from './councilLiterals.js'

const LOCALITIES =
  'issue 12 item 2: localities become data officers manage (today a fixed list, stored as a database enum)'
const REDACTION =
  'the anonymiser should take the council’s place names from its settings instead of a fixed word list'

/**
 * Lines the no-council-literals check still allows, each with the work that removes it. The
 * check fails when a line here is gone, so the list only shrinks. Add nothing new here.
 */
export const pendingCouncilLiterals: readonly PendingLiteral[] = [
  ...[
    "{ value: 'westbridge-central', label: 'Westbridge town centre' },",
    "{ value: 'northbrook', label: 'Northbrook' },",
    "{ value: 'eastfield', label: 'Eastfield' },",
    "{ value: 'southmere', label: 'Southmere' },",
    "{ value: 'out-of-area', label: 'Outside Westbridge' },",
  ].map((text) => ({ path: 'shared/src/localities.ts', text, reason: LOCALITIES })),
  {
    path: 'cms/src/payload-types.ts',
    text: "locality: 'westbridge-central' | 'northbrook' | 'eastfield' | 'southmere' | 'riverside' | 'out-of-area';",
    reason: LOCALITIES,
  },
  ...(
    [
      [
        'en',
        [
          '"westbridge-central": "Westbridge town centre",',
          '"northbrook": "Northbrook",',
          '"eastfield": "Eastfield",',
          '"southmere": "Southmere",',
          '"out-of-area": "Outside Westbridge",',
        ],
      ],
      [
        'pl',
        [
          '"westbridge-central": "Centrum Westbridge",',
          '"northbrook": "Northbrook",',
          '"eastfield": "Eastfield",',
          '"southmere": "Southmere",',
          '"out-of-area": "Poza Westbridge",',
        ],
      ],
      [
        'ar',
        [
          '"westbridge-central": "وسط مدينة Westbridge",',
          '"northbrook": "Northbrook",',
          '"eastfield": "Eastfield",',
          '"southmere": "Southmere",',
          '"out-of-area": "خارج Westbridge",',
        ],
      ],
    ] as const
  ).flatMap(([locale, lines]) =>
    lines.map((text) => ({
      path: `site/src/i18n/locales/${locale}.json`,
      text,
      reason: LOCALITIES,
    })),
  ),
  { path: 'shared/src/redaction.ts', text: "'westbridge',", reason: REDACTION },
]
