import type { LocalisedText } from './locales.js'

/**
 * The statutory Local Offer taxonomy (SEND Regulations 2014 Schedule 2; Code of Practice 4.30-4.62).
 * One source for the CMS (select options and validation) and the site (pages and filters).
 * Values are stable identifiers used in URLs and stored data: never rename one, add a new one.
 */
export interface SubCategoryDefinition {
  readonly value: string
  readonly label: LocalisedText
}

export interface CategoryDefinition {
  readonly value: string
  readonly label: LocalisedText
  readonly description: LocalisedText
  readonly subCategories: readonly SubCategoryDefinition[]
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
    subCategories: [
      {
        value: 'early-years',
        label: { en: 'Early years', pl: 'Wczesne dzieciństwo', ar: 'الطفولة المبكرة' },
      },
      {
        value: 'mainstream-schools',
        label: { en: 'Mainstream schools', pl: 'Szkoły ogólnodostępne', ar: 'المدارس العادية' },
      },
      {
        value: 'special-schools',
        label: {
          en: 'Special schools',
          pl: 'Szkoły specjalne',
          ar: 'المدارس الخاصة بذوي الاحتياجات',
        },
      },
      {
        value: 'resource-bases',
        label: {
          en: 'Resource bases and units',
          pl: 'Oddziały specjalistyczne',
          ar: 'الوحدات المتخصصة',
        },
      },
      {
        value: 'colleges',
        label: {
          en: 'Colleges and sixth forms',
          pl: 'College i szkoły pomaturalne',
          ar: 'الكليات والصفوف السادسة',
        },
      },
      {
        value: 'independent-specialist',
        label: {
          en: 'Independent and specialist settings',
          pl: 'Placówki niezależne i specjalistyczne',
          ar: 'المؤسسات المستقلة والمتخصصة',
        },
      },
      {
        value: 'alternative-provision',
        label: { en: 'Alternative provision', pl: 'Edukacja alternatywna', ar: 'التعليم البديل' },
      },
      {
        value: 'specialist-teaching',
        label: {
          en: 'Specialist teaching and advisory services',
          pl: 'Specjalistyczne usługi nauczania i doradztwa',
          ar: 'خدمات التدريس والاستشارة المتخصصة',
        },
      },
    ],
  },
  {
    value: 'health',
    label: { en: 'Health', pl: 'Zdrowie', ar: 'الصحة' },
    description: {
      en: 'NHS and community health services, therapies and specialist health support.',
      pl: 'Usługi NHS i zdrowia środowiskowego, terapie i specjalistyczne wsparcie zdrowotne.',
      ar: 'خدمات هيئة الصحة الوطنية والصحة المجتمعية والعلاجات والدعم الصحي المتخصص.',
    },
    subCategories: [
      {
        value: 'speech-language-therapy',
        label: {
          en: 'Speech and language therapy',
          pl: 'Terapia mowy i języka',
          ar: 'علاج النطق واللغة',
        },
      },
      {
        value: 'occupational-therapy',
        label: { en: 'Occupational therapy', pl: 'Terapia zajęciowa', ar: 'العلاج الوظيفي' },
      },
      {
        value: 'physiotherapy',
        label: { en: 'Physiotherapy', pl: 'Fizjoterapia', ar: 'العلاج الطبيعي' },
      },
      {
        value: 'community-nursing',
        label: {
          en: 'Community and school nursing',
          pl: 'Pielęgniarstwo środowiskowe i szkolne',
          ar: 'التمريض المجتمعي والمدرسي',
        },
      },
      {
        value: 'mental-health',
        label: {
          en: 'Mental health and wellbeing',
          pl: 'Zdrowie psychiczne i dobrostan',
          ar: 'الصحة النفسية والرفاه',
        },
      },
      {
        value: 'paediatrics',
        label: {
          en: 'Paediatrics and diagnosis',
          pl: 'Pediatria i diagnoza',
          ar: 'طب الأطفال والتشخيص',
        },
      },
      {
        value: 'sensory-services',
        label: {
          en: 'Hearing and vision services',
          pl: 'Usługi słuchu i wzroku',
          ar: 'خدمات السمع والبصر',
        },
      },
      {
        value: 'equipment',
        label: {
          en: 'Equipment and wheelchairs',
          pl: 'Sprzęt i wózki',
          ar: 'المعدات والكراسي المتحركة',
        },
      },
    ],
  },
  {
    value: 'social-care',
    label: { en: 'Social care', pl: 'Opieka społeczna', ar: 'الرعاية الاجتماعية' },
    description: {
      en: "Support from children's and adults' social care for disabled children, young people and their families.",
      pl: 'Wsparcie opieki społecznej dla dzieci i dorosłych z niepełnosprawnościami oraz ich rodzin.',
      ar: 'دعم الرعاية الاجتماعية للأطفال والبالغين ذوي الإعاقة وأسرهم.',
    },
    subCategories: [
      {
        value: 'disabled-children-team',
        label: {
          en: "Disabled children's team",
          pl: 'Zespół ds. dzieci z niepełnosprawnościami',
          ar: 'فريق الأطفال ذوي الإعاقة',
        },
      },
      {
        value: 'early-help',
        label: {
          en: 'Early help and family support',
          pl: 'Wczesna pomoc i wsparcie rodziny',
          ar: 'المساعدة المبكرة ودعم الأسرة',
        },
      },
      {
        value: 'carers',
        label: { en: 'Support for carers', pl: 'Wsparcie dla opiekunów', ar: 'دعم مقدمي الرعاية' },
      },
      {
        value: 'transition-adult-care',
        label: {
          en: 'Moving to adult social care',
          pl: 'Przejście do opieki dla dorosłych',
          ar: 'الانتقال إلى رعاية البالغين',
        },
      },
      {
        value: 'personal-budgets',
        label: {
          en: 'Personal budgets and direct payments',
          pl: 'Budżety osobiste i płatności bezpośrednie',
          ar: 'الميزانيات الشخصية والمدفوعات المباشرة',
        },
      },
    ],
  },
  {
    value: 'transport',
    label: { en: 'Transport', pl: 'Transport', ar: 'النقل' },
    description: {
      en: 'Travel to school or college, the transport policy and independent travel training.',
      pl: 'Dojazd do szkoły lub college, zasady transportu i nauka samodzielnego podróżowania.',
      ar: 'التنقل إلى المدرسة أو الكلية وسياسة النقل والتدريب على السفر المستقل.',
    },
    subCategories: [
      {
        value: 'home-to-school',
        label: {
          en: 'Home to school transport',
          pl: 'Dowóz do szkoły',
          ar: 'النقل من المنزل إلى المدرسة',
        },
      },
      {
        value: 'post-16-transport',
        label: {
          en: 'Post-16 transport',
          pl: 'Transport po 16. roku życia',
          ar: 'النقل لما بعد سن 16',
        },
      },
      {
        value: 'travel-training',
        label: {
          en: 'Independent travel training',
          pl: 'Nauka samodzielnego podróżowania',
          ar: 'التدريب على السفر المستقل',
        },
      },
      {
        value: 'blue-badge-mobility',
        label: {
          en: 'Blue Badge and mobility',
          pl: 'Niebieska karta i mobilność',
          ar: 'الشارة الزرقاء والتنقل',
        },
      },
    ],
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
    subCategories: [
      {
        value: 'apprenticeships',
        label: {
          en: 'Apprenticeships and traineeships',
          pl: 'Praktyki i szkolenia zawodowe',
          ar: 'التلمذة المهنية والتدريب',
        },
      },
      {
        value: 'supported-internships',
        label: {
          en: 'Supported internships',
          pl: 'Staże wspierane',
          ar: 'التدريب الداخلي المدعوم',
        },
      },
      {
        value: 'employment',
        label: { en: 'Employment support', pl: 'Wsparcie w zatrudnieniu', ar: 'دعم التوظيف' },
      },
      {
        value: 'housing-independent-living',
        label: {
          en: 'Housing and independent living',
          pl: 'Mieszkanie i samodzielne życie',
          ar: 'السكن والعيش المستقل',
        },
      },
      {
        value: 'higher-education',
        label: {
          en: "Higher education and Disabled Students' Allowance",
          pl: 'Studia wyższe i dodatek dla studentów z niepełnosprawnościami',
          ar: 'التعليم العالي وبدل الطلاب ذوي الإعاقة',
        },
      },
      {
        value: 'community-participation',
        label: {
          en: 'Friends, relationships and community',
          pl: 'Przyjaźnie, relacje i społeczność',
          ar: 'الأصدقاء والعلاقات والمجتمع',
        },
      },
    ],
  },
  {
    value: 'short-breaks',
    label: { en: 'Short breaks', pl: 'Krótkie przerwy wytchnieniowe', ar: 'فترات الراحة القصيرة' },
    description: {
      en: 'Activities and care that give disabled children and young people new experiences and give parents and carers a break.',
      pl: 'Zajęcia i opieka, które dają dzieciom nowe doświadczenia, a rodzicom i opiekunom chwilę wytchnienia.',
      ar: 'أنشطة ورعاية تمنح الأطفال والشباب ذوي الإعاقة تجارب جديدة وتمنح الآباء ومقدمي الرعاية استراحة.',
    },
    subCategories: [
      {
        value: 'day-activities',
        label: {
          en: 'After-school and weekend activities',
          pl: 'Zajęcia pozaszkolne i weekendowe',
          ar: 'أنشطة بعد المدرسة وعطلة نهاية الأسبوع',
        },
      },
      {
        value: 'holiday-schemes',
        label: { en: 'Holiday schemes', pl: 'Programy wakacyjne', ar: 'برامج العطلات' },
      },
      {
        value: 'overnight-breaks',
        label: {
          en: 'Overnight short breaks',
          pl: 'Krótkie pobyty z noclegiem',
          ar: 'فترات راحة مع المبيت',
        },
      },
      {
        value: 'home-based-support',
        label: { en: 'Support at home', pl: 'Wsparcie w domu', ar: 'الدعم في المنزل' },
      },
    ],
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
    subCategories: [
      {
        value: 'sendiass',
        label: {
          en: 'SEND information, advice and support service',
          pl: 'Serwis informacji, porad i wsparcia SEND',
          ar: 'خدمة المعلومات والمشورة والدعم للاحتياجات الخاصة',
        },
      },
      {
        value: 'parent-carer-forum',
        label: {
          en: 'Parent carer forum',
          pl: 'Forum rodziców i opiekunów',
          ar: 'منتدى الآباء ومقدمي الرعاية',
        },
      },
      {
        value: 'support-groups',
        label: { en: 'Support groups', pl: 'Grupy wsparcia', ar: 'مجموعات الدعم' },
      },
      {
        value: 'training-for-parents',
        label: {
          en: 'Courses for parents and carers',
          pl: 'Kursy dla rodziców i opiekunów',
          ar: 'دورات للآباء ومقدمي الرعاية',
        },
      },
    ],
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
    subCategories: [
      {
        value: 'childcare',
        label: {
          en: 'Childminders and nurseries',
          pl: 'Opiekunki i żłobki',
          ar: 'جليسات الأطفال ودور الحضانة',
        },
      },
      {
        value: 'sport-leisure',
        label: { en: 'Sport and leisure', pl: 'Sport i rekreacja', ar: 'الرياضة والترفيه' },
      },
      {
        value: 'arts-culture',
        label: {
          en: 'Arts, music and culture',
          pl: 'Sztuka, muzyka i kultura',
          ar: 'الفنون والموسيقى والثقافة',
        },
      },
      {
        value: 'youth-clubs',
        label: { en: 'Youth clubs', pl: 'Kluby młodzieżowe', ar: 'نوادي الشباب' },
      },
    ],
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
    subCategories: [
      { value: 'mediation', label: { en: 'Mediation', pl: 'Mediacje', ar: 'الوساطة' } },
      {
        value: 'disagreement-resolution',
        label: { en: 'Disagreement resolution', pl: 'Rozwiązywanie sporów', ar: 'حل الخلافات' },
      },
      { value: 'complaints', label: { en: 'Complaints', pl: 'Skargi', ar: 'الشكاوى' } },
    ],
  },
  {
    value: 'tribunal',
    label: { en: 'Tribunal', pl: 'Trybunał', ar: 'المحكمة' },
    description: {
      en: 'Appealing to the First-tier Tribunal (SEND) and getting help to do it.',
      pl: 'Odwołanie do Trybunału Pierwszej Instancji (SEND) i pomoc w tym zakresie.',
      ar: 'الاستئناف أمام محكمة الدرجة الأولى (للاحتياجات الخاصة) والحصول على المساعدة في ذلك.',
    },
    subCategories: [
      {
        value: 'send-tribunal',
        label: {
          en: 'First-tier Tribunal (SEND)',
          pl: 'Trybunał Pierwszej Instancji (SEND)',
          ar: 'محكمة الدرجة الأولى (الاحتياجات الخاصة)',
        },
      },
      {
        value: 'appeal-support',
        label: {
          en: 'Help with appeals',
          pl: 'Pomoc w odwołaniach',
          ar: 'المساعدة في الاستئنافات',
        },
      },
    ],
  },
] as const satisfies readonly CategoryDefinition[]

export type CategoryValue = (typeof categories)[number]['value']
export type SubCategoryValue = (typeof categories)[number]['subCategories'][number]['value']

export const categoryValues: readonly CategoryValue[] = categories.map((c) => c.value)

export const subCategoryValues: readonly SubCategoryValue[] = categories.flatMap((c) =>
  c.subCategories.map((s) => s.value),
)

export function isCategoryValue(value: unknown): value is CategoryValue {
  return typeof value === 'string' && (categoryValues as readonly string[]).includes(value)
}

export function getCategory(value: CategoryValue): CategoryDefinition {
  const found = categories.find((c) => c.value === value)
  if (!found) throw new Error(`Unknown category "${value}"`)
  return found
}

/** The category a sub-category belongs to, or undefined for an unknown value. */
export function categoryOfSubCategory(value: string): CategoryValue | undefined {
  return categories.find((c) => c.subCategories.some((s) => s.value === value))?.value
}
