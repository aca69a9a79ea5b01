import type { SeedService } from '../../types.js'
import {
  artsCentre,
  centralLibrary,
  officeHours,
  riversideLeisure,
  westbridgePools,
} from './venues.js'

export const leisureServices: SeedService[] = [
  {
    key: 'inclusive-swimming',
    organisation: 'active-westbridge',
    name: {
      en: 'Inclusive swimming lessons and sensory swim sessions',
      pl: 'Włączające lekcje pływania i sensoryczne sesje na basenie',
      ar: 'دروس سباحة دامجة وجلسات سباحة حسية',
    },
    summary: {
      en: 'Small-group and one-to-one swimming lessons for disabled children and young people at Riverside Leisure Centre. There are also quiet family swims with dimmed lights and no music.',
      pl: 'Lekcje pływania w małych grupach i indywidualne dla dzieci i młodzieży z niepełnosprawnościami oraz spokojne rodzinne sesje na basenie z przyciemnionym światłem i bez muzyki w Riverside Leisure Centre.',
      ar: 'دروس سباحة ضمن مجموعات صغيرة أو فردية للأطفال والشباب ذوي الإعاقة، وجلسات سباحة عائلية هادئة بإضاءة خافتة ودون موسيقى، في مركز ريفرسايد الترفيهي.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Our swimming teachers are trained by Swim England to teach disabled swimmers. Lessons work towards the same awards as mainstream lessons, changed to suit each child. Classes have four children at most. One-to-one lessons are there for children who need them.',
        },
        {
          kind: 'list',
          items: [
            'Pool hoist, moveable floor and warm learner pool (32°C)',
            'Changing Places room and a private family changing room next to the pool',
            'Sensory swim on Sunday mornings: a quieter pool, low lights, no whistles or music',
            'Visual timetables and photos of the pool to look at before your first visit',
          ],
        },
        {
          kind: 'paragraph',
          text: 'If your child is anxious about water, book a free “pool visit”. They can walk round, meet the teacher and dip their feet in before you sign up for lessons.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Nasi instruktorzy mają kwalifikacje Swim England w zakresie nauczania pływania osób z niepełnosprawnościami, a lekcje prowadzą do tych samych odznak co zwykłe zajęcia, z dostosowaniem do każdego dziecka. W grupie jest najwyżej czworo dzieci, a dla dzieci, które tego potrzebują, dostępne są lekcje indywidualne.',
        },
        {
          kind: 'list',
          items: [
            'Podnośnik basenowy, ruchome dno i ciepły basen do nauki pływania (32°C)',
            'Pomieszczenie Changing Places i prywatna rodzinna przebieralnia tuż przy basenie',
            'Sensoryczne pływanie w niedzielne poranki: spokojniejszy basen, przyciemnione światło, bez gwizdków i muzyki',
            'Plany wizualne i zdjęcia basenu, które możesz obejrzeć przed pierwszą wizytą',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Jeśli dziecko boi się wody, zarezerwuj bezpłatną „wizytę zapoznawczą”, aby obejść basen, poznać instruktora i zamoczyć stopy, zanim zdecydujesz się na lekcje.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يحمل مدربو السباحة لدينا مؤهلات من هيئة Swim England في تعليم السباحة لذوي الإعاقة، وتتبع الدروس الشهادات نفسها التي تتبعها الدروس العادية مع تكييفها لكل طفل. لا يزيد عدد الأطفال في المجموعة على أربعة، وتتوفر دروس فردية للأطفال الذين يحتاجون إليها.',
        },
        {
          kind: 'list',
          items: [
            'رافعة للمسبح وأرضية متحركة ومسبح دافئ للتعلم (32 درجة مئوية)',
            'غرفة Changing Places وغرفة تبديل ملابس عائلية خاصة بجوار المسبح',
            'سباحة حسية صباح كل أحد: مسبح أهدأ وإضاءة خافتة ودون صفارات أو موسيقى',
            'جداول مرئية وصور للمسبح يمكنك الاطلاع عليها قبل زيارتك الأولى',
          ],
        },
        {
          kind: 'paragraph',
          text: 'إذا كان طفلك يخاف من الماء، فاحجز «زيارة تعريفية» مجانية ليتجول حول المسبح ويلتقي بالمدرب ويضع قدميه في الماء قبل الالتزام بالدروس.',
        },
      ],
    },
    category: 'childcare-leisure',
    subCategories: ['sport-leisure'],
    ageRange: { minimum: 3, maximum: 25 },
    areasOfNeed: ['sensory-physical', 'communication-interaction', 'cognition-learning'],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Book lessons at reception or online. Tell us about your child’s needs on the booking form and our inclusion lead will call you to find the right class.',
        pl: 'Zarezerwuj lekcje w recepcji lub online. Opisz potrzeby dziecka w formularzu rezerwacji, a nasza koordynatorka ds. włączania zadzwoni, aby dobrać odpowiednią grupę.',
        ar: 'احجز الدروس في مكتب الاستقبال أو عبر الإنترنت. أخبرنا باحتياجات طفلك في نموذج الحجز، وستتصل بك مسؤولة الدمج لدينا لاختيار المجموعة المناسبة.',
      },
      referralUrl: 'https://www.activewestbridge.example.org.uk/swimming/inclusive',
      onlineLinkPurpose: 'book',
    },
    eligibility: {
      en: 'Children and young people aged 3 to 25 with SEND. Sensory swim sessions are open to the whole family.',
      pl: 'Dzieci i młodzież w wieku od 3 do 25 lat ze specjalnymi potrzebami lub niepełnosprawnością. Sesje sensorycznego pływania są otwarte dla całej rodziny.',
      ar: 'الأطفال والشباب من عمر 3 إلى 25 عامًا من ذوي الاحتياجات الخاصة أو الإعاقة. أما جلسات السباحة الحسية فمفتوحة للأسرة بأكملها.',
    },
    cost: {
      type: 'charged',
      detail: {
        en: 'Group lessons £7.20 a session (£5.76 with the Short Breaks Card); one-to-one lessons £19. Sensory swim £3.50, and carers swim free.',
        pl: 'Lekcje grupowe 7,20 funta za zajęcia (5,76 funta z Kartą Krótkich Przerw); lekcje indywidualne 19 funtów. Sensoryczne pływanie 3,50 funta, a opiekunowie pływają za darmo.',
        ar: 'الدروس الجماعية 7.20 جنيه إسترليني للجلسة (5.76 جنيه مع بطاقة فترات الراحة القصيرة)، والدروس الفردية 19 جنيهًا. السباحة الحسية 3.50 جنيه، ويسبح مقدمو الرعاية مجانًا.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Riverside Leisure Centre reception',
          pl: 'Recepcja Riverside Leisure Centre',
          ar: 'مكتب الاستقبال في مركز ريفرسايد الترفيهي',
        },
        phone: '020 7946 0720',
        email: 'riverside@activewestbridge.example.org.uk',
      },
    ],
    website: 'https://www.activewestbridge.example.org.uk/swimming/inclusive',
    locations: [riversideLeisure],
    openingTimes: [
      {
        days: ['monday', 'wednesday'],
        opens: '16:00',
        closes: '18:30',
        note: { en: 'Lessons', pl: 'Lekcje', ar: 'الدروس' },
      },
      {
        days: ['saturday'],
        opens: '09:00',
        closes: '12:00',
        note: { en: 'Lessons', pl: 'Lekcje', ar: 'الدروس' },
      },
      {
        days: ['sunday'],
        opens: '08:00',
        closes: '09:30',
        note: { en: 'Sensory swim', pl: 'Sensoryczne pływanie', ar: 'السباحة الحسية' },
      },
    ],
    reviewedDaysAgo: 80,
    status: 'published',
  },
  {
    key: 'relaxed-arts-centre',
    organisation: 'active-westbridge',
    name: { en: 'Relaxed performances and autism-friendly cinema at Westbridge Arts Centre' },
    summary: {
      en: 'Theatre, cinema and family shows with the lights left on low, the sound turned down and a relaxed attitude to noise and moving around.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'At a relaxed performance nobody minds if you talk, move, flap, shout out or leave and come back. We have a relaxed screening of a family film every month. Every family show has at least one relaxed performance, including the Christmas pantomime.',
        },
        {
          kind: 'list',
          items: [
            'A visual story for every show, with photos of the building, the staff and what happens',
            'A chill-out room with beanbags and fidget toys, and ear defenders to borrow',
            'Wheelchair spaces, and a free ticket for a carer if you have a Short Breaks Card',
            'Saturday morning inclusive drama club for ages 8 to 16',
          ],
        },
      ],
    },
    category: 'childcare-leisure',
    subCategories: ['arts-culture'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'sensory-physical',
      'social-emotional-mental-health',
    ],
    languages: ['en', 'bfi'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Book online or at the box office; relaxed events are marked with a green "R" in the programme. Call the access line if you would like to plan your visit.',
      },
    },
    eligibility: { en: 'Everyone is welcome at relaxed events.' },
    cost: {
      type: 'charged',
      detail: {
        en: 'Relaxed cinema £4 a ticket; theatre from £8. One carer goes free with a Short Breaks Card or proof of disability benefits.',
      },
    },
    contacts: [
      {
        role: { en: 'Box office and access line' },
        phone: '020 7946 0730',
        email: 'boxoffice@activewestbridge.example.org.uk',
      },
    ],
    website: 'https://www.activewestbridge.example.org.uk/arts-centre/relaxed',
    locations: [artsCentre],
    openingTimes: [
      {
        days: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
        opens: '10:00',
        closes: '20:00',
        note: { en: 'Box office' },
      },
      {
        days: ['sunday'],
        opens: '10:30',
        closes: '12:30',
        note: { en: 'Relaxed cinema, first Sunday of the month' },
      },
    ],
    reviewedDaysAgo: 310,
    status: 'published',
  },
  {
    key: 'westbridge-wheelers',
    organisation: 'active-westbridge',
    name: { en: 'Westbridge Wheelers: wheelchair basketball and boccia club' },
    summary: {
      en: 'A friendly disability sports club for young people aged 8 to 25. Borrow a sports wheelchair, and go on to play in regional competitions if you want.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Westbridge Wheelers meets on Tuesday evenings at Westbridge Pools and Fitness. You do not need to use a wheelchair every day to play wheelchair basketball. Boccia is open to players with the most complex physical needs. They can use ramps and helpers.',
        },
        {
          kind: 'list',
          items: [
            'Twelve sports wheelchairs to borrow at every session',
            'Coaches qualified with British Wheelchair Basketball and Boccia England',
            'Friendly matches with clubs in nearby boroughs',
            'A parents’ café while you wait',
          ],
        },
      ],
    },
    category: 'childcare-leisure',
    subCategories: ['sport-leisure'],
    ageRange: { minimum: 8, maximum: 25 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Come and try a free taster session – email us first so we have the right chair ready.',
      },
    },
    eligibility: {
      en: 'Young people aged 8 to 25 with a physical disability or long-term condition affecting their mobility. Siblings and friends can join in too.',
    },
    cost: { type: 'charged', detail: { en: '£3 a session; the first two sessions are free.' } },
    contacts: [
      {
        role: { en: 'Club coach' },
        email: 'wheelers@activewestbridge.example.org.uk',
        phone: '020 7946 0740',
      },
    ],
    locations: [westbridgePools],
    openingTimes: [
      { days: ['tuesday'], opens: '18:00', closes: '19:30', note: { en: 'Term time' } },
    ],
    temporaryClosure: {
      reopensInDays: 40,
      note: {
        en: 'The sports hall floor at Westbridge Pools is being replaced. Email the coach to hear when taster sessions restart.',
      },
    },
    reviewedDaysAgo: 200,
    status: 'published',
  },
  {
    key: 'southmere-inclusive-youth-club',
    organisation: 'westbridge-send',
    name: { en: 'Thursday Club: inclusive youth club at Southmere Youth Centre' },
    summary: {
      en: 'A weekly youth club for 11 to 19-year-olds with SEND, run by the council’s youth service. Members choose the games, cooking, music and trips.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Thursday Club gives young people with SEND a place to hang out with friends, try new things and grow in confidence. Youth workers understand extra needs. Members vote each half term on what to do, from a pizza night to a trip to the climbing wall.',
        },
        {
          kind: 'list',
          items: [
            'Games room, music studio, cooking and arts',
            'A youth worker to every four young people, with a quiet room',
            'Young people from the mainstream youth club who help out on Thursdays (peer mentors)',
            'Summer trips and a residential weekend',
          ],
        },
      ],
    },
    category: 'childcare-leisure',
    subCategories: ['youth-clubs'],
    ageRange: { minimum: 11, maximum: 19 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
    ],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the youth centre or come along with a parent or carer for your first visit, when we will fill in a short registration form together.',
      },
    },
    eligibility: {
      en: 'Young people aged 11 to 19 with SEND who can take part with a ratio of one worker to four young people.',
    },
    cost: { type: 'free', detail: { en: 'Free; trips cost between £2 and £10.' } },
    contacts: [
      {
        role: { en: 'Southmere Youth Centre' },
        phone: '020 7946 0175',
        email: 'youthservice@westbridge.example.org.uk',
      },
    ],
    locations: [
      {
        name: { en: 'Southmere Youth Centre' },
        addressLine1: '2 Lambert Road',
        addressLine2: 'Southmere',
        town: 'Westbridge',
        postcode: 'WB6 2LB',
        venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space'],
      },
    ],
    openingTimes: [
      {
        days: ['thursday'],
        opens: '18:00',
        closes: '20:30',
        note: { en: 'All year except bank holidays' },
      },
    ],
    reviewedDaysAgo: 160,
    status: 'published',
  },
  {
    key: 'inclusive-childcare-support',
    organisation: 'westbridge-send',
    name: { en: 'Finding inclusive childcare and the Inclusive Childminder Network' },
    summary: {
      en: 'Help to find a nursery, childminder, breakfast or after-school club that can meet your child’s needs. Some childminders have extra training in SEND.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Parents of disabled children have the same right to childcare as other parents. Settings must make reasonable adjustments. If you cannot get a place, the Family Information Service can contact providers for you. We tell them what support and money they can get.',
        },
        {
          kind: 'list',
          items: [
            'The Inclusive Childminder Network: 18 childminders across the borough with extra SEND training',
            'Disability Access Fund: £910 a year paid to your child’s early years setting if your child gets Disability Living Allowance',
            'Free early education for some 2-year-olds, and for all 3 and 4-year-olds',
            'After-school and holiday childcare for children up to 14 (18 for disabled young people)',
          ],
        },
      ],
    },
    category: 'childcare-leisure',
    subCategories: ['childcare'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'bn'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call or email the Family Information Service and ask for childcare brokerage.',
      },
    },
    eligibility: { en: 'Any Westbridge family looking for childcare for a child with SEND.' },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'Our help is free. Childcare fees are set by each provider; you may be able to get help through Tax-Free Childcare or Universal Credit.',
      },
    },
    contacts: [
      {
        role: { en: 'Family Information Service' },
        phone: '020 7946 0102',
        email: 'fis@westbridge.example.org.uk',
      },
    ],
    locations: [centralLibrary],
    openingTimes: [officeHours],
    reviewedDaysAgo: 115,
    status: 'published',
  },
  {
    key: 'music-hub-inclusive-ensembles',
    organisation: 'westbridge-send',
    name: { en: 'Westbridge Music Hub: inclusive music groups' },
    summary: {
      en: 'Music for children and young people with SEND. Join an accessible band with digital instruments, or a signing choir.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Music Hub runs two inclusive groups on Saturday mornings at Westbridge Arts Centre. The Soundwaves band uses adapted and digital instruments. You can play them with a small move of a hand or head. The Hands Up choir sings and signs pop songs.',
        },
        {
          kind: 'list',
          items: [
            'No experience or reading music needed',
            'Performances at the summer festival and the Christmas concert',
            'Instrument loans for home practice',
          ],
        },
      ],
    },
    category: 'childcare-leisure',
    subCategories: ['arts-culture'],
    ageRange: { minimum: 5, maximum: 19 },
    areasOfNeed: ['sensory-physical', 'communication-interaction', 'cognition-learning'],
    languages: ['en', 'bfi'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: { en: 'Email the Music Hub to book a free trial session.' },
    },
    eligibility: {
      en: 'Children and young people aged 5 to 19 with SEND who live or go to school in Westbridge.',
    },
    cost: {
      type: 'charged',
      detail: { en: '£30 a term; free for children eligible for free school meals.' },
    },
    contacts: [
      {
        role: { en: 'Music Hub office' },
        phone: '020 7946 0180',
        email: 'musichub@westbridge.example.org.uk',
      },
    ],
    locations: [artsCentre],
    openingTimes: [
      { days: ['saturday'], opens: '09:30', closes: '12:00', note: { en: 'Term time' } },
    ],
    reviewedDaysAgo: 14,
    status: 'draft',
  },
]
