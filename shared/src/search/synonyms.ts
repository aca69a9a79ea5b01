import type { LocaleCode } from '../locales.js'
import type { AreaOfNeed } from '../needs.js'
import type { CategoryValue } from '../taxonomy.js'

/**
 * Families' words for the same thing, kept by the council's Local Offer team (issue 11 item 5):
 * a family typing "respite" should find the short breaks, "SALT" the speech and language
 * therapy, "PIP" the help with disability benefits, in every language.
 *
 * Pagefind, the site's search, only finds the words a page holds. So at build time each listing
 * is given, as extra words nobody sees, every other word of each group it belongs to: a listing
 * belongs to a group when its own text holds one of the group's words, or when it is in one of
 * the group's categories, sub-categories or areas of need. Nothing is added to the search page
 * itself, so the first search a family makes costs no more bytes.
 *
 * Words are matched whole and without case ("OT" does not match "other"); list the forms people
 * write, with Polish and Arabic inflections where they differ ("logopeda", "logopedą"). A group's
 * English abbreviations are added on the Polish and Arabic pages too, since families type "EHCP"
 * or "CAMHS" in any language. The glossary's "Also called" names join these groups at build time.
 */
export interface SynonymGroup {
  /** A stable name for the group, for tests and reports. */
  readonly key: string
  /** The words and phrases, per language; English always. */
  readonly words: { readonly en: readonly string[] } & Partial<
    Record<Exclude<LocaleCode, 'en'>, readonly string[]>
  >
  /** Listings in these categories, sub-categories or areas of need are in the group whatever they say. */
  readonly categories?: readonly CategoryValue[]
  readonly subCategories?: readonly string[]
  readonly needs?: readonly AreaOfNeed[]
}

export const synonymGroups = [
  {
    key: 'short-breaks',
    words: {
      en: ['short breaks', 'short break', 'respite', 'respite care', 'a break for carers'],
      pl: [
        'krótkie przerwy',
        'krótkich przerw',
        'przerwy wytchnieniowe',
        'przerw wytchnieniowych',
        'opieka wytchnieniowa',
        'wytchnienie',
      ],
      ar: ['استراحات قصيرة', 'الاستراحات القصيرة', 'رعاية مؤقتة', 'رعاية الراحة', 'استراحة للأهل'],
    },
    categories: ['short-breaks'],
  },
  {
    key: 'ehc-plan',
    words: {
      en: ['EHC plan', 'EHCP', 'education health and care plan', 'EHC needs assessment', 'EHCNA'],
      pl: ['plan EHC', 'planu EHC', 'EHCP', 'plan edukacji zdrowia i opieki'],
      ar: ['خطة EHC', 'EHCP', 'خطة التعليم والصحة والرعاية'],
    },
  },
  {
    key: 'speech-language-therapy',
    words: {
      en: [
        'speech and language therapy',
        'speech and language therapist',
        'speech and language therapists',
        'speech therapy',
        'speech therapist',
        'SALT',
        'SLT',
      ],
      pl: [
        'logopeda',
        'logopedą',
        'logopedzie',
        'logopedia',
        'logopedyczne',
        'logopedyczna',
        'terapia logopedyczna',
        'terapia mowy',
      ],
      ar: ['علاج النطق واللغة', 'علاج النطق', 'أخصائي النطق', 'معالج النطق'],
    },
    subCategories: ['speech-language-therapy'],
  },
  {
    key: 'occupational-therapy',
    words: {
      en: ['occupational therapy', 'occupational therapist', 'occupational therapists', 'OT'],
      pl: ['terapia zajęciowa', 'terapeuta zajęciowy', 'ergoterapia'],
      ar: ['العلاج الوظيفي', 'أخصائي العلاج الوظيفي'],
    },
    subCategories: ['occupational-therapy'],
  },
  {
    key: 'physiotherapy',
    words: {
      en: ['physiotherapy', 'physiotherapist', 'physiotherapists', 'physio'],
      pl: ['fizjoterapia', 'fizjoterapeuta', 'rehabilitacja'],
      ar: ['العلاج الطبيعي', 'أخصائي العلاج الطبيعي'],
    },
    subCategories: ['physiotherapy'],
  },
  {
    key: 'camhs',
    words: {
      en: [
        'CAMHS',
        'CYPMHS',
        'child and adolescent mental health services',
        'mental health service',
        'mental health services',
      ],
      pl: ['CAMHS', 'zdrowie psychiczne dzieci', 'poradnia zdrowia psychicznego'],
      ar: ['CAMHS', 'خدمات الصحة النفسية للأطفال'],
    },
    subCategories: ['mental-health'],
  },
  {
    key: 'mental-health',
    words: {
      en: ['mental health', 'emotional wellbeing', 'anxiety', 'low mood', 'SEMH'],
      pl: ['zdrowie psychiczne', 'zdrowia psychicznego', 'lęk', 'samopoczucie'],
      ar: ['الصحة النفسية', 'القلق', 'الرفاه النفسي'],
    },
    needs: ['social-emotional-mental-health'],
  },
  {
    key: 'autism',
    words: {
      en: [
        'autism',
        'autistic',
        'ASD',
        'ASC',
        'autism spectrum',
        'autism spectrum disorder',
        'autism spectrum condition',
        'aspergers',
      ],
      pl: ['autyzm', 'autyzmem', 'autyzmu', 'autystyczne', 'spektrum autyzmu'],
      ar: ['التوحد', 'طيف التوحد', 'اضطراب طيف التوحد'],
    },
  },
  {
    key: 'adhd',
    words: {
      en: [
        'ADHD',
        'attention deficit',
        'attention deficit hyperactivity disorder',
        'hyperactivity',
      ],
      pl: ['ADHD', 'nadpobudliwość', 'zespół nadpobudliwości psychoruchowej'],
      ar: ['ADHD', 'فرط الحركة', 'نقص الانتباه'],
    },
  },
  {
    key: 'disability-benefits',
    words: {
      en: [
        'DLA',
        'Disability Living Allowance',
        'PIP',
        'Personal Independence Payment',
        'disability benefits',
        'Carer’s Allowance',
      ],
      pl: ['DLA', 'PIP', 'zasiłek DLA', 'zasiłek dla opiekuna'],
      ar: ['DLA', 'PIP', 'بدل معيشة ذوي الإعاقة', 'إعانات الإعاقة'],
    },
  },
  {
    key: 'hearing',
    words: {
      en: ['deaf', 'hearing impairment', 'hearing loss', 'hard of hearing', 'HI'],
      pl: ['głuchota', 'niedosłuch', 'niesłyszące', 'głuche'],
      ar: ['الصمم', 'ضعف السمع', 'فقدان السمع'],
    },
  },
  {
    key: 'vision',
    words: {
      en: [
        'visual impairment',
        'vision impairment',
        'blind',
        'partially sighted',
        'sight loss',
        'VI',
      ],
      pl: ['niedowidzenie', 'niewidome', 'słabowidzące'],
      ar: ['ضعف البصر', 'كفيف', 'المكفوفين'],
    },
  },
  {
    key: 'dyslexia',
    words: {
      en: [
        'dyslexia',
        'dyslexic',
        'SpLD',
        'specific learning difficulty',
        'dyspraxia',
        'dyscalculia',
      ],
      pl: ['dysleksja', 'dysleksją', 'dyspraksja'],
      ar: ['عسر القراءة', 'صعوبات التعلم المحددة'],
    },
  },
  {
    key: 'communication',
    words: {
      en: ['SLCN', 'speech language and communication needs', 'communication difficulties'],
      pl: ['trudności w komunikacji'],
      ar: ['صعوبات التواصل'],
    },
    needs: ['communication-interaction'],
  },
  {
    key: 'learning-disability',
    words: {
      en: [
        'learning disability',
        'learning disabilities',
        'learning difficulties',
        'MLD',
        'SLD',
        'PMLD',
      ],
      pl: [
        'niepełnosprawność intelektualna',
        'niepełnosprawnością intelektualną',
        'trudności w nauce',
      ],
      ar: ['إعاقة ذهنية', 'صعوبات التعلم'],
    },
  },
  {
    key: 'physical-disability',
    words: {
      en: ['physical disability', 'physical disabilities', 'wheelchair', 'wheelchair user'],
      pl: ['niepełnosprawność ruchowa', 'wózek inwalidzki', 'wózku'],
      ar: ['إعاقة جسدية', 'كرسي متحرك'],
    },
  },
  {
    key: 'sendiass',
    words: {
      en: ['SENDIASS', 'IASS', 'parent partnership', 'information advice and support'],
      pl: ['SENDIASS', 'porady dla rodziców'],
      ar: ['SENDIASS', 'مشورة للأهل'],
    },
    subCategories: ['sendiass'],
  },
  {
    key: 'transport',
    words: {
      en: ['school transport', 'home to school transport', 'travel assistance', 'taxi', 'bus pass'],
      pl: ['dowóz do szkoły', 'transport do szkoły', 'przewóz'],
      ar: ['النقل المدرسي', 'المواصلات'],
    },
    subCategories: ['home-to-school', 'post-16-transport'],
  },
  {
    key: 'childcare',
    words: {
      en: ['childcare', 'nursery', 'childminder', 'after-school club', 'holiday club'],
      pl: ['opieka nad dziećmi', 'żłobek', 'przedszkole', 'świetlica'],
      ar: ['رعاية الأطفال', 'حضانة'],
    },
    subCategories: ['childcare'],
  },
] as const satisfies readonly SynonymGroup[]

export type SynonymGroupKey = (typeof synonymGroups)[number]['key']
