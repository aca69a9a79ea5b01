import type { SeedLocation, SeedOpeningTime } from '../../types.js'

/** Venues used by more than one listing. Postcodes use the invented WB postcode area. */

export const civicCentre: SeedLocation = {
  name: {
    en: 'Westbridge Civic Centre',
    pl: 'Siedziba samorządu Westbridge (Westbridge Civic Centre)',
    ar: 'مبنى بلدية ويستبريدج',
  },
  addressLine1: '1 Civic Way',
  town: 'Westbridge',
  postcode: 'WB1 2AB',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'hearing-loop',
    'lift',
    'quiet-space',
    'accessible-parking',
  ],
  accessibility: {
    en: 'Level entrance from Civic Way, with two Blue Badge bays in the front car park. Ask at reception for the quiet room if you need somewhere calm to wait.',
    pl: 'Wejście bez stopni od strony Civic Way; na parkingu przed budynkiem są dwa miejsca dla osób z kartą parkingową Blue Badge. Jeśli potrzebujesz spokojnego miejsca, aby zaczekać, zapytaj w recepcji o cichy pokój.',
    ar: 'المدخل مستوٍ من جهة شارع سيفيك واي، وفي موقف السيارات الأمامي مكانان مخصصان لحاملي الشارة الزرقاء (Blue Badge). إذا احتجت إلى مكان هادئ للانتظار، فاسأل في مكتب الاستقبال عن الغرفة الهادئة.',
  },
}

export const centralLibrary: SeedLocation = {
  name: {
    en: 'Westbridge Central Library',
    pl: 'Biblioteka Centralna Westbridge (Westbridge Central Library)',
    ar: 'مكتبة ويستبريدج المركزية',
  },
  addressLine1: '24 Market Square',
  town: 'Westbridge',
  postcode: 'WB1 3EQ',
  venueFeatures: ['step-free', 'accessible-toilet', 'hearing-loop', 'lift'],
}

export const eastfieldHealthCentre: SeedLocation = {
  name: {
    en: 'Eastfield Health Centre',
    pl: 'Przychodnia Eastfield (Eastfield Health Centre)',
    ar: 'المركز الصحي في إيستفيلد',
  },
  addressLine1: '40 Market Street',
  addressLine2: 'Eastfield',
  town: 'Westbridge',
  postcode: 'WB5 2NP',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'changing-places',
    'accessible-parking',
    'lift',
    'hearing-loop',
  ],
  accessibility: {
    en: 'The children’s therapy department is on the first floor, reached by a large lift. There is a Changing Places toilet with a hoist and adult-sized changing bench on the ground floor.',
    pl: 'Poradnia terapii dziecięcych znajduje się na pierwszym piętrze, na które można wjechać dużą windą. Na parterze jest toaleta Changing Places z podnośnikiem i leżanką do przewijania w rozmiarze dla dorosłych.',
    ar: 'يقع قسم علاجات الأطفال في الطابق الأول، ويمكن الوصول إليه بمصعد كبير. وفي الطابق الأرضي دورة مياه Changing Places مزودة برافعة وطاولة لتغيير الملابس بحجم البالغين.',
  },
}

export const northbrookFamilyHub: SeedLocation = {
  name: {
    en: 'Northbrook Family Hub',
    pl: 'Centrum rodzinne Northbrook (Northbrook Family Hub)',
    ar: 'مركز الأسرة في نورثبروك',
  },
  addressLine1: '7 Orchard Road',
  addressLine2: 'Northbrook',
  town: 'Westbridge',
  postcode: 'WB4 1JU',
  venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space', 'accessible-parking'],
  accessibility: {
    en: 'Single-storey building with buggy parking by the door and a small sensory room you can use while you wait.',
    pl: 'Parterowy budynek z miejscem na wózki dziecięce przy wejściu i małą salą sensoryczną, z której możesz korzystać podczas czekania.',
    ar: 'مبنى من طابق واحد، فيه مكان لترك عربات الأطفال عند الباب وغرفة حسية صغيرة يمكنك استخدامها في أثناء الانتظار.',
  },
}

export const southmereFamilyHub: SeedLocation = {
  name: {
    en: 'Southmere Family Hub',
    pl: 'Centrum rodzinne Southmere (Southmere Family Hub)',
    ar: 'مركز الأسرة في ساوثمير',
  },
  addressLine1: '55 Lambert Road',
  addressLine2: 'Southmere',
  town: 'Westbridge',
  postcode: 'WB6 2LA',
  venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space'],
}

export const familyLinkHub: SeedLocation = {
  name: {
    en: 'The Family Link Hub',
    pl: 'Centrum Family Link (The Family Link Hub)',
    ar: 'مركز فاميلي لينك',
  },
  addressLine1: '12 Canal Street',
  addressLine2: 'Southmere',
  town: 'Westbridge',
  postcode: 'WB6 4DW',
  venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space', 'hearing-loop'],
  accessibility: {
    en: 'Ground-floor rooms with a level entrance. The nearest bus stop (routes 14 and 227) is 50 metres away; there is no car park, but you can stop outside to drop off.',
    pl: 'Sale na parterze z wejściem bez stopni. Najbliższy przystanek autobusowy (linie 14 i 227) jest 50 metrów od budynku. Nie ma parkingu, ale można zatrzymać się przed wejściem, aby kogoś wysadzić.',
    ar: 'الغرف في الطابق الأرضي والمدخل مستوٍ. أقرب موقف حافلات (الخطان 14 و227) على بعد 50 مترًا. لا يوجد موقف سيارات، لكن يمكنك التوقف أمام المبنى لإنزال الركاب.',
  },
}

export const willowsSchool: SeedLocation = {
  name: { en: 'The Willows School', pl: 'Szkoła The Willows', ar: 'مدرسة ذا ويلوز' },
  addressLine1: 'Willow Lane',
  addressLine2: 'Riverside',
  town: 'Westbridge',
  postcode: 'WB7 5RL',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'changing-places',
    'accessible-parking',
    'quiet-space',
    'lift',
  ],
  accessibility: {
    en: 'Fully accessible single-site school with a hydrotherapy pool, ceiling hoists in every class base and a Changing Places toilet that visitors can use.',
    pl: 'W pełni dostępna szkoła w jednym miejscu, z basenem do hydroterapii, podnośnikami sufitowymi w każdej sali i toaletą Changing Places, z której mogą korzystać także odwiedzający.',
    ar: 'مدرسة مهيأة بالكامل لذوي الإعاقة في موقع واحد، فيها مسبح للعلاج المائي ورافعات سقفية في كل صف، ودورة مياه Changing Places يمكن للزوار استخدامها.',
  },
}

export const northbrookPrimary: SeedLocation = {
  name: { en: 'Northbrook Primary School' },
  addressLine1: 'Brook Lane',
  addressLine2: 'Northbrook',
  town: 'Westbridge',
  postcode: 'WB4 3HS',
  venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space', 'lift'],
}

export const westbridgeCollege: SeedLocation = {
  name: {
    en: 'Westbridge College, Station Road campus',
    pl: 'Westbridge College, kampus przy Station Road',
    ar: 'كلية ويستبريدج، حرم ستيشن رود',
  },
  addressLine1: 'Station Road',
  town: 'Westbridge',
  postcode: 'WB1 6TD',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'changing-places',
    'lift',
    'hearing-loop',
    'quiet-space',
    'accessible-parking',
  ],
  accessibility: {
    en: 'Five minutes’ walk from Westbridge station. All teaching blocks have lifts; the Inclusive Learning base on the ground floor of the Hartley Building has a calm room and a Changing Places toilet.',
    pl: 'Pięć minut pieszo od stacji Westbridge. We wszystkich budynkach dydaktycznych są windy; punkt Inclusive Learning na parterze budynku Hartley Building ma pokój wyciszenia i toaletę Changing Places.',
    ar: 'على بعد خمس دقائق سيرًا على الأقدام من محطة ويستبريدج. توجد مصاعد في جميع مباني التدريس، ويضم مركز التعلم الدامج (Inclusive Learning) في الطابق الأرضي من مبنى هارتلي غرفة هادئة ودورة مياه Changing Places.',
  },
}

export const riversideLeisure: SeedLocation = {
  name: {
    en: 'Riverside Leisure Centre',
    pl: 'Centrum sportowo-rekreacyjne Riverside (Riverside Leisure Centre)',
    ar: 'مركز ريفرسايد الترفيهي',
  },
  addressLine1: 'Riverside Walk',
  town: 'Westbridge',
  postcode: 'WB7 2PX',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'changing-places',
    'accessible-parking',
    'hearing-loop',
  ],
  accessibility: {
    en: 'Pool hoist and a moveable floor in the learner pool. The Changing Places room is next to the poolside changing village.',
    pl: 'Podnośnik basenowy i ruchome dno w basenie do nauki pływania. Pomieszczenie Changing Places znajduje się obok przebieralni przy basenie.',
    ar: 'رافعة للنزول إلى المسبح وأرضية متحركة في مسبح التعليم. وتقع غرفة Changing Places بجوار غرف تبديل الملابس المجاورة للمسبح.',
  },
}

export const westbridgePools: SeedLocation = {
  name: { en: 'Westbridge Pools and Fitness' },
  addressLine1: 'Park Road',
  town: 'Westbridge',
  postcode: 'WB1 8HN',
  venueFeatures: ['step-free', 'accessible-toilet', 'accessible-parking', 'lift'],
}

export const artsCentre: SeedLocation = {
  name: { en: 'Westbridge Arts Centre' },
  addressLine1: '3 Theatre Street',
  town: 'Westbridge',
  postcode: 'WB1 4GZ',
  venueFeatures: ['step-free', 'accessible-toilet', 'hearing-loop', 'lift', 'quiet-space'],
}

export const brookHouse: SeedLocation = {
  name: { en: 'Brook House' },
  addressLine1: '18 Elm Grove',
  addressLine2: 'Eastfield',
  town: 'Westbridge',
  postcode: 'WB5 6RB',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'changing-places',
    'accessible-parking',
    'quiet-space',
  ],
  accessibility: {
    en: 'Purpose-built single-storey home with six en-suite bedrooms, two of them with ceiling hoists, a sensory room and an enclosed garden.',
  },
}

export const kingsmeadHospital: SeedLocation = {
  name: { en: 'Kingsmead Hospital, Children’s Outpatients' },
  addressLine1: 'Hospital Road',
  town: 'Kingsmead',
  postcode: 'KT2 6PL',
  venueFeatures: [
    'step-free',
    'accessible-toilet',
    'changing-places',
    'accessible-parking',
    'lift',
    'hearing-loop',
  ],
}

export const mondayToFriday = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
] as SeedOpeningTime['days']

export const officeHours: SeedOpeningTime = {
  days: mondayToFriday,
  opens: '09:00',
  closes: '17:00',
}
