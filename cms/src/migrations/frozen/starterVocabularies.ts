/**
 * Frozen with the vocabularies migrations (2026-12-04), their only users: the starter lists of
 * sub-categories, venue accessibility features and languages (issue 12 item 2) as they were in
 * code before they became data officers manage. An upgraded database gets them with the keys its
 * listings already hold; a new council starts with them (the empty start runs the same
 * migrations). Labels in English, Polish and Arabic: the English and Polish/Arabic sub-category
 * labels and venue features come from shared/ and the site's translation files of that day, the
 * language names from the Unicode CLDR names Node gave then. Nothing here may come from live code.
 */
export interface StarterLabel {
  readonly en: string
  readonly pl: string
  readonly ar: string
}

export const STARTER_SUB_CATEGORIES: readonly {
  readonly key: string
  readonly category: string
  readonly label: StarterLabel
  /** The LGA esd service type identifiers it maps to in the Open Referral feed. */
  readonly esdServiceTypes: readonly string[]
}[] = [
  {
    key: 'early-years',
    category: 'education',
    label: { en: 'Early years', pl: 'Wczesne dzieciństwo', ar: 'الطفولة المبكرة' },
    esdServiceTypes: ['12', '1741'],
  },
  {
    key: 'mainstream-schools',
    category: 'education',
    label: { en: 'Mainstream schools', pl: 'Szkoły ogólnodostępne', ar: 'المدارس العادية' },
    esdServiceTypes: ['10', '17'],
  },
  {
    key: 'special-schools',
    category: 'education',
    label: { en: 'Special schools', pl: 'Szkoły specjalne', ar: 'المدارس الخاصة بذوي الاحتياجات' },
    esdServiceTypes: [],
  },
  {
    key: 'resource-bases',
    category: 'education',
    label: {
      en: 'Resource bases and units',
      pl: 'Oddziały specjalistyczne',
      ar: 'الوحدات المتخصصة',
    },
    esdServiceTypes: ['10'],
  },
  {
    key: 'colleges',
    category: 'education',
    label: {
      en: 'Colleges and sixth forms',
      pl: 'College i szkoły pomaturalne',
      ar: 'الكليات والصفوف السادسة',
    },
    esdServiceTypes: [],
  },
  {
    key: 'independent-specialist',
    category: 'education',
    label: {
      en: 'Independent and specialist settings',
      pl: 'Placówki niezależne i specjalistyczne',
      ar: 'المؤسسات المستقلة والمتخصصة',
    },
    esdServiceTypes: [],
  },
  {
    key: 'alternative-provision',
    category: 'education',
    label: { en: 'Alternative provision', pl: 'Edukacja alternatywna', ar: 'التعليم البديل' },
    esdServiceTypes: ['1765', '1766'],
  },
  {
    key: 'specialist-teaching',
    category: 'education',
    label: {
      en: 'Specialist teaching and advisory services',
      pl: 'Specjalistyczne usługi nauczania i doradztwa',
      ar: 'خدمات التدريس والاستشارة المتخصصة',
    },
    esdServiceTypes: [],
  },
  {
    key: 'speech-language-therapy',
    category: 'health',
    label: {
      en: 'Speech and language therapy',
      pl: 'Terapia mowy i języka',
      ar: 'علاج النطق واللغة',
    },
    esdServiceTypes: ['1788'],
  },
  {
    key: 'occupational-therapy',
    category: 'health',
    label: { en: 'Occupational therapy', pl: 'Terapia zajęciowa', ar: 'العلاج الوظيفي' },
    esdServiceTypes: ['180'],
  },
  {
    key: 'physiotherapy',
    category: 'health',
    label: { en: 'Physiotherapy', pl: 'Fizjoterapia', ar: 'العلاج الطبيعي' },
    esdServiceTypes: ['1441'],
  },
  {
    key: 'community-nursing',
    category: 'health',
    label: {
      en: 'Community and school nursing',
      pl: 'Pielęgniarstwo środowiskowe i szkolne',
      ar: 'التمريض المجتمعي والمدرسي',
    },
    esdServiceTypes: ['890'],
  },
  {
    key: 'mental-health',
    category: 'health',
    label: {
      en: 'Mental health and wellbeing',
      pl: 'Zdrowie psychiczne i dobrostan',
      ar: 'الصحة النفسية والرفاه',
    },
    esdServiceTypes: ['1284'],
  },
  {
    key: 'paediatrics',
    category: 'health',
    label: {
      en: 'Paediatrics and diagnosis',
      pl: 'Pediatria i diagnoza',
      ar: 'طب الأطفال والتشخيص',
    },
    esdServiceTypes: [],
  },
  {
    key: 'sensory-services',
    category: 'health',
    label: {
      en: 'Hearing and vision services',
      pl: 'Usługi słuchu i wzroku',
      ar: 'خدمات السمع والبصر',
    },
    esdServiceTypes: [],
  },
  {
    key: 'equipment',
    category: 'health',
    label: {
      en: 'Equipment and wheelchairs',
      pl: 'Sprzęt i wózki',
      ar: 'المعدات والكراسي المتحركة',
    },
    esdServiceTypes: ['205', '178'],
  },
  {
    key: 'disabled-children-team',
    category: 'social-care',
    label: {
      en: "Disabled children's team",
      pl: 'Zespół ds. dzieci z niepełnosprawnościami',
      ar: 'فريق الأطفال ذوي الإعاقة',
    },
    esdServiceTypes: [],
  },
  {
    key: 'early-help',
    category: 'social-care',
    label: {
      en: 'Early help and family support',
      pl: 'Wczesna pomoc i wsparcie rodziny',
      ar: 'المساعدة المبكرة ودعم الأسرة',
    },
    esdServiceTypes: ['1772'],
  },
  {
    key: 'carers',
    category: 'social-care',
    label: { en: 'Support for carers', pl: 'Wsparcie dla opiekunów', ar: 'دعم مقدمي الرعاية' },
    esdServiceTypes: ['225', '300', '298', '1755'],
  },
  {
    key: 'transition-adult-care',
    category: 'social-care',
    label: {
      en: 'Moving to adult social care',
      pl: 'Przejście do opieki dla dorosłych',
      ar: 'الانتقال إلى رعاية البالغين',
    },
    esdServiceTypes: [],
  },
  {
    key: 'personal-budgets',
    category: 'social-care',
    label: {
      en: 'Personal budgets and direct payments',
      pl: 'Budżety osobiste i płatności bezpośrednie',
      ar: 'الميزانيات الشخصية والمدفوعات المباشرة',
    },
    esdServiceTypes: ['287'],
  },
  {
    key: 'home-to-school',
    category: 'transport',
    label: {
      en: 'Home to school transport',
      pl: 'Dowóz do szkoły',
      ar: 'النقل من المنزل إلى المدرسة',
    },
    esdServiceTypes: ['40', '891'],
  },
  {
    key: 'post-16-transport',
    category: 'transport',
    label: {
      en: 'Post-16 transport',
      pl: 'Transport po 16. roku życia',
      ar: 'النقل لما بعد سن 16',
    },
    esdServiceTypes: ['1135'],
  },
  {
    key: 'travel-training',
    category: 'transport',
    label: {
      en: 'Independent travel training',
      pl: 'Nauka samodzielnego podróżowania',
      ar: 'التدريب على السفر المستقل',
    },
    esdServiceTypes: [],
  },
  {
    key: 'blue-badge-mobility',
    category: 'transport',
    label: {
      en: 'Blue Badge and mobility',
      pl: 'Niebieska karta i mobilność',
      ar: 'الشارة الزرقاء والتنقل',
    },
    esdServiceTypes: ['279', '276'],
  },
  {
    key: 'apprenticeships',
    category: 'preparing-for-adulthood',
    label: {
      en: 'Apprenticeships and traineeships',
      pl: 'Praktyki i szkolenia zawodowe',
      ar: 'التلمذة المهنية والتدريب',
    },
    esdServiceTypes: [],
  },
  {
    key: 'supported-internships',
    category: 'preparing-for-adulthood',
    label: { en: 'Supported internships', pl: 'Staże wspierane', ar: 'التدريب الداخلي المدعوم' },
    esdServiceTypes: [],
  },
  {
    key: 'employment',
    category: 'preparing-for-adulthood',
    label: { en: 'Employment support', pl: 'Wsparcie w zatrudnieniu', ar: 'دعم التوظيف' },
    esdServiceTypes: ['299', '239'],
  },
  {
    key: 'housing-independent-living',
    category: 'preparing-for-adulthood',
    label: {
      en: 'Housing and independent living',
      pl: 'Mieszkanie i samodzielne życie',
      ar: 'السكن والعيش المستقل',
    },
    esdServiceTypes: [],
  },
  {
    key: 'higher-education',
    category: 'preparing-for-adulthood',
    label: {
      en: "Higher education and Disabled Students' Allowance",
      pl: 'Studia wyższe i dodatek dla studentów z niepełnosprawnościami',
      ar: 'التعليم العالي وبدل الطلاب ذوي الإعاقة',
    },
    esdServiceTypes: ['11'],
  },
  {
    key: 'community-participation',
    category: 'preparing-for-adulthood',
    label: {
      en: 'Friends, relationships and community',
      pl: 'Przyjaźnie, relacje i społeczność',
      ar: 'الأصدقاء والعلاقات والمجتمع',
    },
    esdServiceTypes: ['241'],
  },
  {
    key: 'day-activities',
    category: 'short-breaks',
    label: {
      en: 'After-school and weekend activities',
      pl: 'Zajęcia pozaszkolne i weekendowe',
      ar: 'أنشطة بعد المدرسة وعطلة نهاية الأسبوع',
    },
    esdServiceTypes: ['1790'],
  },
  {
    key: 'holiday-schemes',
    category: 'short-breaks',
    label: { en: 'Holiday schemes', pl: 'Programy wakacyjne', ar: 'برامج العطلات' },
    esdServiceTypes: ['1790', '18'],
  },
  {
    key: 'overnight-breaks',
    category: 'short-breaks',
    label: {
      en: 'Overnight short breaks',
      pl: 'Krótkie pobyty z noclegiem',
      ar: 'فترات راحة مع المبيت',
    },
    esdServiceTypes: ['1790', '260'],
  },
  {
    key: 'home-based-support',
    category: 'short-breaks',
    label: { en: 'Support at home', pl: 'Wsparcie w domu', ar: 'الدعم في المنزل' },
    esdServiceTypes: ['1790', '260'],
  },
  {
    key: 'sendiass',
    category: 'information-advice-support',
    label: {
      en: 'SEND information, advice and support service',
      pl: 'Serwis informacji, porad i wsparcia SEND',
      ar: 'خدمة المعلومات والمشورة والدعم للاحتياجات الخاصة',
    },
    esdServiceTypes: [],
  },
  {
    key: 'parent-carer-forum',
    category: 'information-advice-support',
    label: {
      en: 'Parent carer forum',
      pl: 'Forum rodziców i opiekunów',
      ar: 'منتدى الآباء ومقدمي الرعاية',
    },
    esdServiceTypes: [],
  },
  {
    key: 'support-groups',
    category: 'information-advice-support',
    label: { en: 'Support groups', pl: 'Grupy wsparcia', ar: 'مجموعات الدعم' },
    esdServiceTypes: ['831', '298'],
  },
  {
    key: 'training-for-parents',
    category: 'information-advice-support',
    label: {
      en: 'Courses for parents and carers',
      pl: 'Kursy dla rodziców i opiekunów',
      ar: 'دورات للآباء ومقدمي الرعاية',
    },
    esdServiceTypes: [],
  },
  {
    key: 'childcare',
    category: 'childcare-leisure',
    label: {
      en: 'Childminders and nurseries',
      pl: 'Opiekunki i żłobki',
      ar: 'جليسات الأطفال ودور الحضانة',
    },
    esdServiceTypes: ['20', '19'],
  },
  {
    key: 'sport-leisure',
    category: 'childcare-leisure',
    label: { en: 'Sport and leisure', pl: 'Sport i rekreacja', ar: 'الرياضة والترفيه' },
    esdServiceTypes: ['241'],
  },
  {
    key: 'arts-culture',
    category: 'childcare-leisure',
    label: {
      en: 'Arts, music and culture',
      pl: 'Sztuka, muzyka i kultura',
      ar: 'الفنون والموسيقى والثقافة',
    },
    esdServiceTypes: ['1791'],
  },
  {
    key: 'youth-clubs',
    category: 'childcare-leisure',
    label: { en: 'Youth clubs', pl: 'Kluby młodzieżowe', ar: 'نوادي الشباب' },
    esdServiceTypes: ['642'],
  },
  {
    key: 'mediation',
    category: 'mediation-disagreement',
    label: { en: 'Mediation', pl: 'Mediacje', ar: 'الوساطة' },
    esdServiceTypes: [],
  },
  {
    key: 'disagreement-resolution',
    category: 'mediation-disagreement',
    label: { en: 'Disagreement resolution', pl: 'Rozwiązywanie sporów', ar: 'حل الخلافات' },
    esdServiceTypes: [],
  },
  {
    key: 'complaints',
    category: 'mediation-disagreement',
    label: { en: 'Complaints', pl: 'Skargi', ar: 'الشكاوى' },
    esdServiceTypes: ['353'],
  },
  {
    key: 'send-tribunal',
    category: 'tribunal',
    label: {
      en: 'First-tier Tribunal (SEND)',
      pl: 'Trybunał Pierwszej Instancji (SEND)',
      ar: 'محكمة الدرجة الأولى (الاحتياجات الخاصة)',
    },
    esdServiceTypes: [],
  },
  {
    key: 'appeal-support',
    category: 'tribunal',
    label: { en: 'Help with appeals', pl: 'Pomoc w odwołaniach', ar: 'المساعدة في الاستئنافات' },
    esdServiceTypes: [],
  },
]

export const STARTER_VENUE_FEATURES: readonly {
  readonly key: string
  readonly label: StarterLabel
}[] = [
  {
    key: 'step-free',
    label: { en: 'Step-free access', pl: 'Dostęp bez schodów i progów', ar: 'وصول دون درجات' },
  },
  {
    key: 'accessible-toilet',
    label: {
      en: 'Accessible toilet',
      pl: 'Toaleta dla osób z niepełnosprawnościami',
      ar: 'مرحاض مهيّأ لذوي الإعاقة',
    },
  },
  {
    key: 'changing-places',
    label: {
      en: 'Changing Places toilet',
      pl: 'Toaleta Changing Places (z podnośnikiem i leżanką do przewijania dla dorosłych)',
      ar: 'مرحاض Changing Places (مجهّز برافعة وطاولة تغيير للبالغين)',
    },
  },
  {
    key: 'hearing-loop',
    label: { en: 'Hearing loop', pl: 'Pętla indukcyjna', ar: 'نظام الحلقة السمعية' },
  },
  {
    key: 'accessible-parking',
    label: {
      en: 'Accessible parking',
      pl: 'Miejsca parkingowe dla osób z niepełnosprawnościami',
      ar: 'مواقف سيارات مهيّأة لذوي الإعاقة',
    },
  },
  {
    key: 'quiet-space',
    label: {
      en: 'Quiet or sensory space',
      pl: 'Ciche miejsce lub pokój sensoryczny',
      ar: 'مساحة هادئة أو غرفة حسية',
    },
  },
  {
    key: 'lift',
    label: {
      en: 'Lift to all floors',
      pl: 'Winda na wszystkie piętra',
      ar: 'مصعد إلى جميع الطوابق',
    },
  },
]

export const STARTER_SERVICE_LANGUAGES: readonly {
  readonly key: string
  /** The code the Open Referral feed's `languages` gives (ISO 639-1, or 639-3 for BSL). */
  readonly code: string
  readonly label: StarterLabel
}[] = [
  { key: 'en', code: 'en', label: { en: 'English', pl: 'angielski', ar: 'الإنجليزية' } },
  {
    key: 'bfi',
    code: 'bfi',
    label: {
      en: 'British Sign Language',
      pl: 'Brytyjski język migowy (BSL)',
      ar: 'لغة الإشارة البريطانية (BSL)',
    },
  },
  { key: 'pl', code: 'pl', label: { en: 'Polish', pl: 'polski', ar: 'البولندية' } },
  { key: 'ar', code: 'ar', label: { en: 'Arabic', pl: 'arabski', ar: 'العربية' } },
  { key: 'ur', code: 'ur', label: { en: 'Urdu', pl: 'urdu', ar: 'الأوردية' } },
  { key: 'pa', code: 'pa', label: { en: 'Punjabi', pl: 'pendżabski', ar: 'البنجابية' } },
  { key: 'bn', code: 'bn', label: { en: 'Bengali', pl: 'bengalski', ar: 'البنغالية' } },
  { key: 'so', code: 'so', label: { en: 'Somali', pl: 'somalijski', ar: 'الصومالية' } },
  { key: 'ro', code: 'ro', label: { en: 'Romanian', pl: 'rumuński', ar: 'الرومانية' } },
  { key: 'uk', code: 'uk', label: { en: 'Ukrainian', pl: 'ukraiński', ar: 'الأوكرانية' } },
  { key: 'gu', code: 'gu', label: { en: 'Gujarati', pl: 'gudżarati', ar: 'الغوجاراتية' } },
  { key: 'ta', code: 'ta', label: { en: 'Tamil', pl: 'tamilski', ar: 'التاميلية' } },
  { key: 'zh', code: 'zh', label: { en: 'Chinese', pl: 'chiński', ar: 'الصينية' } },
  { key: 'fr', code: 'fr', label: { en: 'French', pl: 'francuski', ar: 'الفرنسية' } },
  { key: 'es', code: 'es', label: { en: 'Spanish', pl: 'hiszpański', ar: 'الإسبانية' } },
  { key: 'pt', code: 'pt', label: { en: 'Portuguese', pl: 'portugalski', ar: 'البرتغالية' } },
  { key: 'tr', code: 'tr', label: { en: 'Turkish', pl: 'turecki', ar: 'التركية' } },
  { key: 'fa', code: 'fa', label: { en: 'Persian (Farsi)', pl: 'perski', ar: 'الفارسية' } },
  { key: 'ps', code: 'ps', label: { en: 'Pashto', pl: 'paszto', ar: 'البشتو' } },
  { key: 'ti', code: 'ti', label: { en: 'Tigrinya', pl: 'tigrinia', ar: 'التغرينية' } },
]
