import type { LocalisedText } from './locales.js'

/**
 * The statutory Local Offer categories (SEND Regulations 2014 Schedule 2; Code of Practice
 * 4.30-4.62): fixed, one source for the CMS (select options and validation) and the site (pages
 * and filters). Values are stable identifiers used in URLs and stored data: never rename one.
 * The sub-categories under them are data officers manage (`vocabularies.ts`).
 */
export interface CategoryDefinition {
  readonly value: string
  readonly label: LocalisedText
  readonly description: LocalisedText
}

export const categories = [
  {
    value: 'education',
    label: { en: 'Education', pl: 'Edukacja', ar: 'التعليم' },
    description: {
      en: 'Early years settings, schools, colleges and specialist provision, and how they support children and young people with SEND.',
      pl: 'Placówki wczesnoszkolne, szkoły, college i placówki specjalistyczne oraz sposób, w jaki wspierają dzieci i młodzież ze specjalnymi potrzebami.',
      ar: 'دور الطفولة المبكرة والمدارس والكليات والمؤسسات المتخصصة، وكيف تدعم الأطفال والشباب ذوي الاحتياجات الخاصة.',
    },
  },
  {
    value: 'health',
    label: { en: 'Health', pl: 'Zdrowie', ar: 'الصحة' },
    description: {
      en: 'NHS and community health services, therapies and specialist health support.',
      pl: 'Usługi NHS i zdrowia środowiskowego, terapie i specjalistyczne wsparcie zdrowotne.',
      ar: 'خدمات هيئة الصحة الوطنية والصحة المجتمعية والعلاجات والدعم الصحي المتخصص.',
    },
  },
  {
    value: 'social-care',
    label: { en: 'Social care', pl: 'Opieka społeczna', ar: 'الرعاية الاجتماعية' },
    description: {
      en: "Support from children's and adults' social care for disabled children, young people and their families.",
      pl: 'Wsparcie opieki społecznej dla dzieci i dorosłych z niepełnosprawnościami oraz ich rodzin.',
      ar: 'دعم الرعاية الاجتماعية للأطفال والبالغين ذوي الإعاقة وأسرهم.',
    },
  },
  {
    value: 'transport',
    label: { en: 'Transport', pl: 'Transport', ar: 'النقل' },
    description: {
      en: 'Travel to school or college, the transport policy and independent travel training.',
      pl: 'Dojazd do szkoły lub college, zasady transportu i nauka samodzielnego podróżowania.',
      ar: 'التنقل إلى المدرسة أو الكلية وسياسة النقل والتدريب على السفر المستقل.',
    },
  },
  {
    value: 'preparing-for-adulthood',
    label: {
      en: 'Post-16 and preparing for adulthood',
      pl: 'Po 16. roku życia i przygotowanie do dorosłości',
      ar: 'ما بعد 16 والاستعداد لمرحلة البلوغ',
    },
    description: {
      en: 'Apprenticeships, supported internships, employment, housing, independent living and higher education.',
      pl: 'Praktyki zawodowe, staże wspierane, zatrudnienie, mieszkanie, samodzielne życie i studia wyższe.',
      ar: 'التلمذة المهنية والتدريب المدعوم والتوظيف والسكن والعيش المستقل والتعليم العالي.',
    },
  },
  {
    value: 'short-breaks',
    label: { en: 'Short breaks', pl: 'Krótkie przerwy wytchnieniowe', ar: 'فترات الراحة القصيرة' },
    description: {
      en: 'Activities and care that give disabled children and young people new experiences and give parents and carers a break.',
      pl: 'Zajęcia i opieka, które dają dzieciom nowe doświadczenia, a rodzicom i opiekunom chwilę wytchnienia.',
      ar: 'أنشطة ورعاية تمنح الأطفال والشباب ذوي الإعاقة تجارب جديدة وتمنح الآباء ومقدمي الرعاية استراحة.',
    },
  },
  {
    value: 'information-advice-support',
    label: {
      en: 'Information, advice and support',
      pl: 'Informacje, porady i wsparcie',
      ar: 'المعلومات والمشورة والدعم',
    },
    description: {
      en: 'Impartial advice (SENDIASS), the parent carer forum, support groups and keyworkers.',
      pl: 'Bezstronne porady (SENDIASS), forum rodziców i opiekunów, grupy wsparcia i koordynatorzy.',
      ar: 'مشورة محايدة (SENDIASS) ومنتدى الآباء ومقدمي الرعاية ومجموعات الدعم ومنسقو الحالات.',
    },
  },
  {
    value: 'childcare-leisure',
    label: {
      en: 'Childcare and leisure',
      pl: 'Opieka nad dziećmi i czas wolny',
      ar: 'رعاية الأطفال والترفيه',
    },
    description: {
      en: 'Inclusive childcare, play, sport, arts and youth activities.',
      pl: 'Włączająca opieka nad dziećmi, zabawa, sport, sztuka i zajęcia młodzieżowe.',
      ar: 'رعاية أطفال دامجة ولعب ورياضة وفنون وأنشطة شبابية.',
    },
  },
  {
    value: 'mediation-disagreement',
    label: {
      en: 'Mediation and disagreement resolution',
      pl: 'Mediacje i rozwiązywanie sporów',
      ar: 'الوساطة وحل الخلافات',
    },
    description: {
      en: 'Independent mediation, disagreement resolution and how to complain.',
      pl: 'Niezależne mediacje, rozwiązywanie sporów i składanie skarg.',
      ar: 'الوساطة المستقلة وحل الخلافات وكيفية تقديم شكوى.',
    },
  },
  {
    value: 'tribunal',
    label: { en: 'Tribunal', pl: 'Trybunał', ar: 'المحكمة' },
    description: {
      en: 'Appealing to the First-tier Tribunal (SEND) and getting help to do it.',
      pl: 'Odwołanie do Trybunału Pierwszej Instancji (SEND) i pomoc w tym zakresie.',
      ar: 'الاستئناف أمام محكمة الدرجة الأولى (للاحتياجات الخاصة) والحصول على المساعدة في ذلك.',
    },
  },
] as const satisfies readonly CategoryDefinition[]

export type CategoryValue = (typeof categories)[number]['value']

export const categoryValues: readonly CategoryValue[] = categories.map((c) => c.value)

export function isCategoryValue(value: unknown): value is CategoryValue {
  return typeof value === 'string' && (categoryValues as readonly string[]).includes(value)
}

export function getCategory(value: CategoryValue): CategoryDefinition {
  const found = categories.find((c) => c.value === value)
  if (!found) throw new Error(`Unknown category "${value}"`)
  return found
}
