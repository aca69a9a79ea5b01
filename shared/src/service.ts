import type { LocalisedText } from './locales.js'

/** How a family gets to a service. */
export const accessRoutes = [
  {
    value: 'self-referral',
    label: {
      en: 'Contact them directly',
      pl: 'Skontaktuj się bezpośrednio',
      ar: 'تواصل معهم مباشرة',
    },
  },
  {
    value: 'professional-referral',
    label: {
      en: 'Referral by a professional',
      pl: 'Skierowanie od specjalisty',
      ar: 'إحالة من مختص',
    },
  },
  {
    value: 'ehc-plan',
    label: {
      en: 'Named in an EHC plan',
      pl: 'Wskazane w planie EHC',
      ar: 'مذكورة في خطة التعليم والصحة والرعاية',
    },
  },
  {
    value: 'assessment',
    label: {
      en: 'After an assessment of need',
      pl: 'Po ocenie potrzeb',
      ar: 'بعد تقييم الاحتياجات',
    },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type AccessRoute = (typeof accessRoutes)[number]['value']

export const costTypes = [
  { value: 'free', label: { en: 'Free', pl: 'Bezpłatne', ar: 'مجاني' } },
  { value: 'charged', label: { en: 'There is a charge', pl: 'Odpłatne', ar: 'برسوم' } },
  {
    value: 'free-and-charged',
    label: { en: 'Some parts are free', pl: 'Częściowo bezpłatne', ar: 'بعض الأجزاء مجانية' },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type CostType = (typeof costTypes)[number]['value']

export const weekdays = [
  { value: 'monday', label: { en: 'Monday', pl: 'Poniedziałek', ar: 'الاثنين' } },
  { value: 'tuesday', label: { en: 'Tuesday', pl: 'Wtorek', ar: 'الثلاثاء' } },
  { value: 'wednesday', label: { en: 'Wednesday', pl: 'Środa', ar: 'الأربعاء' } },
  { value: 'thursday', label: { en: 'Thursday', pl: 'Czwartek', ar: 'الخميس' } },
  { value: 'friday', label: { en: 'Friday', pl: 'Piątek', ar: 'الجمعة' } },
  { value: 'saturday', label: { en: 'Saturday', pl: 'Sobota', ar: 'السبت' } },
  { value: 'sunday', label: { en: 'Sunday', pl: 'Niedziela', ar: 'الأحد' } },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type Weekday = (typeof weekdays)[number]['value']

/** The kinds of organisation that provide services in the Local Offer. */
export const organisationTypes = [
  { value: 'local-authority', label: 'Local authority service' },
  { value: 'school', label: 'School or academy' },
  { value: 'early-years', label: 'Early years setting' },
  { value: 'college', label: 'College or post-16 provider' },
  { value: 'nhs', label: 'NHS trust or health service' },
  { value: 'charity', label: 'Charity or voluntary organisation' },
  { value: 'independent', label: 'Independent or private provider' },
  { value: 'transport', label: 'Transport provider' },
] as const satisfies readonly { value: string; label: string }[]

export type OrganisationType = (typeof organisationTypes)[number]['value']

/** SEND Regulations 2014 Schedule 2 paragraph 5 (a)-(j), in the order the regulations give. */
export const educationOfferQuestions = [
  {
    key: 'approachToTeaching',
    label: 'Approach to teaching children and young people with SEN',
  },
  {
    key: 'adaptingCurriculum',
    label: 'How the curriculum and learning environment are adapted',
  },
  { key: 'additionalSupport', label: 'Additional learning support available' },
  {
    key: 'assessingProgress',
    label: 'How progress is assessed and reviewed, and how families take part',
  },
  {
    key: 'evaluatingProvision',
    label: 'How the provision is evaluated, and how families take part',
  },
  { key: 'facilities', label: 'Access to facilities' },
  {
    key: 'activities',
    label: 'Activities beyond the curriculum, including physical activities',
  },
  { key: 'wellbeing', label: 'Support for overall well-being' },
  { key: 'staffExpertise', label: 'How staff expertise is secured' },
  {
    key: 'emotionalSupport',
    label: 'Support for emotional, mental and social development',
  },
] as const satisfies readonly { key: string; label: string }[]

export type EducationOfferKey = (typeof educationOfferQuestions)[number]['key']

/** The question keys alone, in the regulations' order (the CMS's field names, the site's order). */
export const educationOfferKeys: readonly EducationOfferKey[] =
  /* @__PURE__ */ educationOfferQuestions.map((q) => q.key)

/**
 * What a listing's online link is for, chosen by the provider: the site labels the link by it
 * ("Apply online", "Book online"…) so a family is never told to "make a referral" for a service
 * that needs none (WCAG 2.4.4, link purpose).
 */
export const onlineLinkPurposes = [
  {
    value: 'find-out-more',
    label: {
      en: 'Find out more online',
      pl: 'Dowiedz się więcej w internecie',
      ar: 'اعرف المزيد عبر الإنترنت',
    },
  },
  {
    value: 'apply',
    label: { en: 'Apply online', pl: 'Złóż wniosek online', ar: 'قدّم طلبًا عبر الإنترنت' },
  },
  {
    value: 'book',
    label: { en: 'Book online', pl: 'Zarezerwuj online', ar: 'احجز عبر الإنترنت' },
  },
  {
    value: 'refer',
    label: {
      en: 'Make a referral online',
      pl: 'Złóż skierowanie online',
      ar: 'قدّم إحالة عبر الإنترنت',
    },
  },
  {
    value: 'request',
    label: {
      en: 'Make a request online',
      pl: 'Złóż prośbę online',
      ar: 'قدّم طلب الخدمة عبر الإنترنت',
    },
  },
  {
    value: 'contact',
    label: {
      en: 'Contact them online',
      pl: 'Skontaktuj się przez internet',
      ar: 'تواصل معهم عبر الإنترنت',
    },
  },
  {
    value: 'complain',
    label: {
      en: 'Make a complaint online',
      pl: 'Złóż skargę online',
      ar: 'قدّم شكوى عبر الإنترنت',
    },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type OnlineLinkPurpose = (typeof onlineLinkPurposes)[number]['value']

/** The purpose a link has when nobody chose one: the one that promises least. */
export const defaultOnlineLinkPurpose: OnlineLinkPurpose = 'find-out-more'
