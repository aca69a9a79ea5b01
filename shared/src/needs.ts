import type { LocalisedText } from './locales.js'

/** The four broad areas of need (SEND Code of Practice 6.28-6.35). */
export const areasOfNeed = [
  {
    value: 'communication-interaction',
    label: {
      en: 'Communication and interaction',
      pl: 'Komunikacja i interakcje',
      ar: 'التواصل والتفاعل',
    },
  },
  {
    value: 'cognition-learning',
    label: { en: 'Cognition and learning', pl: 'Poznanie i uczenie się', ar: 'الإدراك والتعلّم' },
  },
  {
    value: 'social-emotional-mental-health',
    label: {
      en: 'Social, emotional and mental health',
      pl: 'Zdrowie społeczne, emocjonalne i psychiczne',
      ar: 'الصحة الاجتماعية والعاطفية والنفسية',
    },
  },
  {
    value: 'sensory-physical',
    label: {
      en: 'Sensory and/or physical',
      pl: 'Potrzeby sensoryczne i/lub fizyczne',
      ar: 'الاحتياجات الحسية و/أو الجسدية',
    },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type AreaOfNeed = (typeof areasOfNeed)[number]['value']

export const areaOfNeedValues: readonly AreaOfNeed[] = areasOfNeed.map((a) => a.value)
