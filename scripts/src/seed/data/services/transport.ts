import type { SeedService } from '../../types.js'
import { centralLibrary, civicCentre, mondayToFriday, officeHours } from './venues.js'

const bridgewayDepot = {
  name: { en: 'Bridgeway Community Transport depot' },
  addressLine1: 'Unit 4, Eastfield Trading Estate',
  addressLine2: 'Eastfield',
  town: 'Westbridge',
  postcode: 'WB5 8LT',
  venueFeatures: ['step-free', 'accessible-toilet', 'accessible-parking'],
} satisfies SeedService['locations'][number]

export const transportServices: SeedService[] = [
  {
    key: 'home-to-school-travel-assistance',
    organisation: 'westbridge-send',
    name: {
      en: 'Home to school travel assistance for children with SEND',
      pl: 'Pomoc w dojeździe do szkoły dla dzieci ze specjalnymi potrzebami',
      ar: 'المساعدة في التنقل من المنزل إلى المدرسة للأطفال ذوي الاحتياجات الخاصة',
    },
    summary: {
      en: 'Free travel help for eligible children aged 5 to 16 who cannot reasonably walk to school because of their SEN or disability. It can be a bus pass, a mileage payment or a shared minibus.',
      pl: 'Bezpłatna pomoc w dojeździe dla uprawnionych dzieci w wieku od 5 do 16 lat, które z powodu specjalnych potrzeb lub niepełnosprawności nie mogą w rozsądny sposób dojść do szkoły pieszo – od biletu autobusowego lub zwrotu kosztów przejazdu po wspólny minibus.',
      ar: 'مساعدة مجانية في التنقل للأطفال المؤهلين من عمر 5 إلى 16 عامًا الذين لا يستطيعون بشكل معقول المشي إلى المدرسة بسبب احتياجاتهم الخاصة أو إعاقتهم، من بطاقة الحافلة أو بدل المسافة إلى الحافلة الصغيرة المشتركة.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The council must arrange free travel for children of compulsory school age who go to their nearest suitable school. This is when they cannot reasonably be expected to walk there because of their SEN, disability or mobility difficulty. Having an EHC plan does not on its own make a child eligible. Not having one does not rule a child out.',
        },
        { kind: 'heading', text: 'The help we can offer' },
        {
          kind: 'list',
          items: [
            'A personal travel budget, paid to you, to get your child to school in the way that suits your family',
            'A mileage allowance if you drive your child yourself',
            'A free bus pass, with travel training if needed',
            'A seat on a shared minibus or taxi, with a passenger assistant if your child needs one',
          ],
        },
        {
          kind: 'paragraph',
          text: 'We decide applications within 20 school days. For September, send your application by 31 May, so transport is ready for the first day of term. The full rules are in the home to school transport policy.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Samorząd ma obowiązek zapewnić bezpłatny dojazd dzieciom w wieku obowiązku szkolnego, które uczęszczają do najbliższej odpowiedniej szkoły i ze względu na specjalne potrzeby edukacyjne, niepełnosprawność lub trudności w poruszaniu się nie mogą w rozsądny sposób dojść do niej pieszo. Samo posiadanie planu EHC nie oznacza automatycznie prawa do pomocy, a jego brak nie wyklucza dziecka.',
        },
        { kind: 'heading', text: 'Jakiej pomocy możemy udzielić' },
        {
          kind: 'list',
          items: [
            'Osobisty budżet na dojazd wypłacany Tobie, abyś mógł(-a) zawozić dziecko do szkoły w sposób najlepszy dla rodziny',
            'Zwrot kosztów przejazdu, jeśli sam(a) zawozisz dziecko samochodem',
            'Bezpłatny bilet autobusowy, w razie potrzeby z nauką samodzielnego podróżowania',
            'Miejsce we wspólnym minibusie lub taksówce, z opiekunem w trakcie przejazdu, jeśli dziecko go potrzebuje',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Wnioski rozpatrujemy w ciągu 20 dni szkolnych. Wnioski na wrzesień powinny do nas dotrzeć do 31 maja, aby transport był gotowy na pierwszy dzień roku szkolnego. Wszystkie zasady opisuje polityka dowozu dzieci do szkół.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يجب على المجلس المحلي ترتيب التنقل المجاني للأطفال في سن التعليم الإلزامي الذين يرتادون أقرب مدرسة مناسبة ولا يُتوقع منهم بشكل معقول المشي إليها بسبب احتياجاتهم التعليمية الخاصة أو إعاقتهم أو صعوبة حركتهم. ووجود خطة EHC لا يعني وحده أن الطفل مؤهل، كما أن عدم وجودها لا يستبعده.',
        },
        { kind: 'heading', text: 'المساعدة التي يمكننا تقديمها' },
        {
          kind: 'list',
          items: [
            'ميزانية تنقل شخصية تُدفع لك لإيصال طفلك إلى المدرسة بالطريقة التي تناسب أسرتك',
            'بدل مسافة إذا كنت توصل طفلك بنفسك بالسيارة',
            'بطاقة حافلة مجانية، مع التدريب على السفر المستقل عند الحاجة',
            'مقعد في حافلة صغيرة أو سيارة أجرة مشتركة، مع مرافق خلال الرحلة إذا احتاج الطفل إلى ذلك',
          ],
        },
        {
          kind: 'paragraph',
          text: 'نبتّ في الطلبات خلال 20 يومًا دراسيًا. ويجب أن تصلنا طلبات شهر سبتمبر بحلول 31 مايو حتى تكون وسيلة النقل جاهزة في اليوم الأول من الفصل الدراسي. وتجد القواعد الكاملة في سياسة النقل من المنزل إلى المدرسة.',
        },
      ],
    },
    category: 'transport',
    subCategories: ['home-to-school'],
    ageRange: { minimum: 5, maximum: 16 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'ar'],
    access: {
      routes: ['assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Apply online using the travel assistance form, or call the Travel Assistance Team and we will fill it in with you over the phone. Include any reports that describe your child’s mobility or behaviour on journeys.',
        pl: 'Złóż wniosek online na formularzu pomocy w dojeździe lub zadzwoń do Zespołu ds. Pomocy w Dojeździe, a wypełnimy go razem z Tobą przez telefon. Dołącz wszelkie opinie opisujące sposób poruszania się dziecka lub jego zachowanie w podróży.',
        ar: 'قدّم طلبك عبر الإنترنت باستخدام نموذج المساعدة في التنقل، أو اتصل بفريق المساعدة في التنقل وسنملأ النموذج معك عبر الهاتف. أرفق أي تقارير تصف قدرة طفلك على الحركة أو سلوكه في أثناء الرحلات.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/send/travel-assistance/apply',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Westbridge children aged 5 to 16 attending the nearest suitable school (or the school named in their EHC plan) who cannot reasonably walk there, even with an adult, because of their SEN, disability or mobility. We also consider distance and low income. Each application is assessed on the child’s individual needs.',
      pl: 'Dzieci z Westbridge w wieku od 5 do 16 lat uczęszczające do najbliższej odpowiedniej szkoły (lub szkoły wskazanej w planie EHC), które ze względu na specjalne potrzeby edukacyjne, niepełnosprawność lub trudności w poruszaniu się nie mogą w rozsądny sposób dojść do niej pieszo, nawet w towarzystwie dorosłego. Bierzemy też pod uwagę odległość i niskie dochody. Każdy wniosek jest oceniany indywidualnie, na podstawie potrzeb dziecka.',
      ar: 'أطفال ويستبريدج من عمر 5 إلى 16 عامًا الذين يرتادون أقرب مدرسة مناسبة (أو المدرسة المذكورة في خطة EHC الخاصة بهم) ولا يستطيعون بشكل معقول المشي إليها، حتى برفقة شخص بالغ، بسبب احتياجاتهم التعليمية الخاصة أو إعاقتهم أو صعوبة حركتهم. ونأخذ في الاعتبار أيضًا المسافة وانخفاض الدخل. يُقيَّم كل طلب بناءً على الاحتياجات الفردية للطفل.',
    },
    howToComplain: {
      en: 'If your application is refused, you can ask for a stage 1 review by a senior officer within 20 working days of the decision, and then a stage 2 appeal to an independent panel of councillors.',
      pl: 'Jeśli wniosek zostanie odrzucony, w ciągu 20 dni roboczych od decyzji możesz poprosić o ponowne rozpatrzenie sprawy przez urzędnika wyższego szczebla (etap 1), a następnie odwołać się do niezależnej komisji radnych (etap 2).',
      ar: 'إذا رُفض طلبك، يمكنك خلال 20 يوم عمل من تاريخ القرار أن تطلب مراجعته من قِبل مسؤول أعلى (المرحلة الأولى)، ثم تقديم استئناف إلى لجنة مستقلة من أعضاء المجلس المحلي (المرحلة الثانية).',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'Free for eligible children. Families who are not eligible can apply to buy a spare seat on a council minibus for £420 a year, where one is available.',
        pl: 'Bezpłatne dla uprawnionych dzieci. Rodziny, które nie spełniają kryteriów, mogą wystąpić o wykupienie wolnego miejsca w minibusie samorządu za 420 funtów rocznie, jeśli jest dostępne.',
        ar: 'مجاني للأطفال المؤهلين. ويمكن للأسر غير المؤهلة التقدم بطلب لشراء مقعد شاغر في إحدى حافلات المجلس الصغيرة مقابل 420 جنيهًا إسترلينيًا سنويًا، إذا توفر مقعد.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Travel Assistance Team',
          pl: 'Zespół ds. Pomocy w Dojeździe',
          ar: 'فريق المساعدة في التنقل',
        },
        phone: '020 7946 0140',
        email: 'travel.assistance@westbridge.example.org.uk',
      },
    ],
    website: 'https://www.westbridge.example.org.uk/send/travel-assistance',
    locations: [civicCentre],
    openingTimes: [
      {
        days: mondayToFriday,
        opens: '07:30',
        closes: '17:30',
        note: {
          en: 'From 07:30 for problems with that morning’s journey',
          pl: 'Od 07:30 w sprawie problemów z porannym dojazdem',
          ar: 'من الساعة 07:30 للإبلاغ عن مشكلات رحلة الصباح نفسه',
        },
      },
    ],
    reviewedDaysAgo: 55,
    status: 'published',
  },
  {
    key: 'post-16-travel-assistance',
    organisation: 'westbridge-send',
    name: { en: 'Post-16 travel assistance for students with SEND' },
    summary: {
      en: 'Help for young people aged 16 to 25 with SEND to get to school sixth form, college or a supported internship. The council’s yearly post-16 transport policy statement sets it out.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'There is no automatic right to free transport after 16. But each May, the council must publish a transport policy statement. It says what help it will give young people aged 16 to 19. The council must also make arrangements for learners aged 19 to 25 with an EHC plan, where needed, so they can get to education. In Westbridge, most help after 16 is a travel bursary or travel training, not a taxi.',
        },
        {
          kind: 'list',
          items: [
            'Independent travel training, so young people can travel safely on their own for life',
            'A travel bursary of up to £900 a year, paid termly',
            'A seat on a shared minibus if a young person cannot travel on their own, even with training',
            'Help to apply for a Freedom Pass (free London bus and train travel for disabled residents)',
          ],
        },
      ],
    },
    category: 'transport',
    subCategories: ['post-16-transport', 'travel-training'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en'],
    access: {
      routes: ['assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Apply each year from June using the post-16 travel assistance form. Young people can apply themselves or with a parent, tutor or EHCP coordinator.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/send/travel-assistance/post-16',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Westbridge residents aged 16 to 25 with SEND in education or training. Decisions take account of the young person’s needs, the distance and the nearest suitable course, as set out in the post-16 transport policy statement.',
    },
    howToComplain: {
      en: 'You can ask for a review of the decision within 20 working days, and then appeal to an independent panel.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'Travel training and bursaries are free. Students aged 16 to 18 who use a council minibus seat are asked to contribute £300 a year, which is waived for families on a low income.',
      },
    },
    contacts: [
      {
        role: { en: 'Travel Assistance Team (post-16)' },
        phone: '020 7946 0142',
        email: 'travel.assistance@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 345,
    status: 'published',
  },
  {
    key: 'independent-travel-training',
    organisation: 'bridgeway-transport',
    name: { en: 'Independent travel training for young people with SEND' },
    summary: {
      en: 'One-to-one training for young people aged 10 to 25 to learn a regular journey to school, college or work. They learn to do it safely on their own.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Being able to travel independently opens up college, work and friendships. Our trainers start by getting to know the young person and their family. They practise one route step by step, from reading the bus timetable to what to do if the bus does not come. This goes on until the young person can do it alone. Last, the trainer follows at a distance, then signs off.',
        },
        {
          kind: 'list',
          items: [
            'Usually 15 to 30 sessions over 8 to 12 weeks, at the times of the real journey',
            'A personal travel card with photos of each stage and who to call for help',
            'Help to use journey planning apps and contactless payment',
            'Road safety practice for younger pupils in Years 6 and 7',
            'A follow-up check after three months',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Families often worry about letting go. We go at a pace that feels right and update you after every session.',
        },
      ],
    },
    category: 'transport',
    subCategories: ['travel-training'],
    ageRange: { minimum: 10, maximum: 25 },
    areasOfNeed: [
      'cognition-learning',
      'communication-interaction',
      'social-emotional-mental-health',
    ],
    languages: ['en', 'pt', 'es'],
    access: {
      routes: ['professional-referral', 'self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'The council’s Travel Assistance Team, schools, colleges and social workers refer most young people. Families and young people can also contact us directly.',
      },
    },
    eligibility: {
      en: 'Young people aged 10 to 25 with SEND who live in Westbridge and are motivated to learn to travel on their own. We assess readiness in the first two sessions and agree with the family if training should pause.',
    },
    cost: {
      type: 'free',
      detail: { en: 'Free. Bus fares during training are paid by Bridgeway.' },
    },
    contacts: [
      {
        name: 'Maria Santos',
        role: { en: 'Travel training coordinator' },
        phone: '020 7946 0610',
        email: 'travel.training@bridgewaytransport.example.org.uk',
      },
    ],
    website: 'https://www.bridgewaytransport.example.org.uk/travel-training',
    locations: [bridgewayDepot],
    openingTimes: [{ days: mondayToFriday, opens: '07:30', closes: '18:00' }],
    reviewedDaysAgo: 110,
    status: 'published',
  },
  {
    key: 'bridgeway-school-routes',
    organisation: 'bridgeway-transport',
    name: { en: 'Bridgeway SEND school transport routes: what to expect' },
    summary: {
      en: 'Bridgeway runs most of the council’s minibus routes to special schools and resource bases. Here is how the journeys work, who your child travels with and what to do if something goes wrong.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'If the council has arranged a minibus or taxi for your child, Bridgeway probably runs it. Before the first journey, your child’s driver and passenger assistant will phone you. They will introduce themselves, check the pick-up point and ask what helps your child travel calmly.',
        },
        {
          kind: 'list',
          items: [
            'The same driver and passenger assistant every day where possible. We send you a photo before any planned change',
            'All drivers and assistants have an enhanced criminal record check (DBS). They are trained in SEND awareness, epilepsy and strapping in wheelchairs safely',
            'Wheelchair-accessible vehicles with tracked seating and seat belt guards where needed',
            'Journeys of no more than 45 minutes for primary pupils and 75 minutes for secondary pupils',
            'A text message if the vehicle will be over 10 minutes late',
          ],
        },
      ],
    },
    category: 'transport',
    subCategories: ['home-to-school'],
    ageRange: { minimum: 4, maximum: 19 },
    areasOfNeed: ['communication-interaction', 'cognition-learning', 'sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['assessment'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Places on routes are allocated by the council’s Travel Assistance Team after a successful application. Contact Bridgeway directly for day-to-day issues such as a missed pick-up or a change of address.',
      },
    },
    eligibility: {
      en: 'Children and young people who have been awarded travel assistance by the council.',
    },
    howToComplain: {
      en: 'Tell the Bridgeway control room on the day. For formal complaints, email complaints@bridgewaytransport.example.org.uk; we reply within 10 working days and copy the council’s Travel Assistance Team.',
    },
    cost: {
      type: 'free',
      detail: { en: 'No charge to families; the council pays for the route.' },
    },
    contacts: [
      { role: { en: 'Control room (on the day)' }, phone: '020 7946 0601' },
      {
        name: 'Gary Whitlock',
        role: { en: 'Operations manager' },
        email: 'gary.whitlock@bridgewaytransport.example.org.uk',
      },
    ],
    website: 'https://www.bridgewaytransport.example.org.uk/school-routes',
    locations: [bridgewayDepot],
    openingTimes: [
      { days: mondayToFriday, opens: '06:45', closes: '18:00', note: { en: 'Control room' } },
    ],
    reviewedDaysAgo: 75,
    status: 'published',
  },
  {
    key: 'blue-badge-and-freedom-pass',
    organisation: 'westbridge-send',
    name: { en: 'Blue Badge and Disabled Persons Freedom Pass' },
    summary: {
      en: 'Parking help for families of disabled children, and free London travel for disabled young people. You apply through the council.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'A Blue Badge lets you park closer to where you need to go. Children aged 3 and over can get one for mobility reasons. They can also get one if journeys are very stressful and risky for them, like some autistic children. Children under 3 can get one if they need bulky medical equipment, or must be kept near a vehicle for treatment.',
        },
        {
          kind: 'list',
          items: [
            'Apply online, or get help at Westbridge Central Library’s Tuesday digital help session',
            'Decisions usually take eight weeks. Some people need a short independent mobility assessment',
            'The Freedom Pass is for disabled residents aged 5 and over. It gives free travel on buses, the Tube and most trains in London',
          ],
        },
      ],
    },
    category: 'transport',
    subCategories: ['blue-badge-mobility'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'sensory-physical',
      'communication-interaction',
      'social-emotional-mental-health',
    ],
    languages: ['en'],
    access: {
      routes: ['self-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Apply online through the council’s website, or call the Blue Badge team to ask for a paper form. Bring proof of address, a recent photo and any letters about your child’s condition.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/blue-badge',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Westbridge residents who meet the national Blue Badge criteria or the London Freedom Pass criteria. Some people qualify automatically, for example if they get the higher rate of the mobility component of Disability Living Allowance.',
    },
    cost: {
      type: 'charged',
      detail: { en: 'A Blue Badge costs £10 for three years. The Freedom Pass is free.' },
    },
    contacts: [
      {
        role: { en: 'Blue Badge and Freedom Pass team' },
        phone: '020 7946 0141',
        email: 'bluebadge@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre, centralLibrary],
    openingTimes: [
      officeHours,
      {
        days: ['tuesday'],
        opens: '10:00',
        closes: '12:00',
        note: { en: 'Digital help session at Westbridge Central Library' },
      },
    ],
    reviewedDaysAgo: 180,
    status: 'published',
  },
  {
    key: 'bridgeway-door-to-door',
    organisation: 'bridgeway-transport',
    name: { en: 'Bridgeway Door to Door minibus for disabled young people and families' },
    summary: {
      en: 'A wheelchair-accessible minibus you can book, for disabled residents and their families who find public transport hard. Use it to go to clubs, appointments and shops in the borough.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Door to Door picks you up from home and takes you anywhere in Westbridge, and to Kingsmead Hospital. Drivers help you on and off the bus. A parent, carer or friend can travel with you at no extra cost.',
        },
        {
          kind: 'list',
          items: [
            'Book up to two weeks ahead by phone or online',
            'Regular bookings for weekly clubs and short breaks',
            'Wheelchair spaces on every vehicle',
          ],
        },
      ],
    },
    category: 'transport',
    subCategories: ['blue-badge-mobility'],
    ageRange: { minimum: 5, maximum: 25 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: { en: 'Register as a member by phone or online, then book your journeys.' },
    },
    eligibility: {
      en: 'Westbridge residents with a disability or health condition that makes using public transport difficult. Under-16s must travel with an adult.',
    },
    cost: {
      type: 'charged',
      detail: { en: '£2.50 a single journey for members; companions travel free.' },
    },
    contacts: [
      {
        role: { en: 'Bookings' },
        phone: '020 7946 0600',
        email: 'bookings@bridgewaytransport.example.org.uk',
      },
    ],
    website: 'https://www.bridgewaytransport.example.org.uk/door-to-door',
    locations: [bridgewayDepot],
    openingTimes: [
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
        opens: '08:00',
        closes: '18:00',
      },
    ],
    reviewedDaysAgo: 20,
    status: 'draft',
  },
]
