import type { SeedOrganisation } from '../types.js'

/**
 * The eight providers that own listings in the demo Local Offer for the fictional
 * London Borough of Westbridge. All addresses, phone numbers (Ofcom drama ranges) and
 * email domains (.example.*) are invented so that no real person or organisation is contacted.
 */
export const organisations: SeedOrganisation[] = [
  {
    key: 'westbridge-send',
    name: 'London Borough of Westbridge – SEND and Inclusion Service',
    type: 'local-authority',
    description: {
      en: "The council's service for children and young people aged 0 to 25 with special educational needs and disabilities. We run EHC needs assessments and plans, the SEND casework team, the educational psychology and specialist teaching services, travel assistance, the disabled children's team and short breaks, and we publish this Local Offer.",
      pl: 'Służba samorządu Westbridge dla dzieci i młodzieży w wieku od 0 do 25 lat ze specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami. Prowadzimy oceny potrzeb i plany EHC, zespół koordynatorów SEND, poradnię psychologiczno-pedagogiczną i specjalistyczne zespoły nauczycieli, pomoc w dojazdach, zespół ds. dzieci z niepełnosprawnościami i krótkie przerwy wytchnieniowe, a także publikujemy tę Ofertę Lokalną.',
      ar: 'خدمة المجلس المحلي للأطفال والشباب من عمر 0 إلى 25 عامًا من ذوي الاحتياجات التعليمية الخاصة والإعاقة. نتولى تقييمات الاحتياجات وخطط التعليم والصحة والرعاية (EHC)، وفريق منسقي الحالات، وخدمات علم النفس التربوي والتدريس المتخصص، والمساعدة في التنقل، وفريق الأطفال ذوي الإعاقة وفترات الراحة القصيرة، كما ننشر هذا العرض المحلي.',
    },
    website: 'https://www.westbridge.example.org.uk/send',
    email: 'send@westbridge.example.org.uk',
    phone: '020 7946 0100',
    address: {
      line1: 'Westbridge Civic Centre',
      line2: '1 Civic Way',
      town: 'Westbridge',
      postcode: 'WB1 2AB',
    },
    providerUsers: [
      { name: 'Hannah Lewis', email: 'hannah.lewis@westbridge.example.org.uk' },
      { name: 'Daniel Mensah', email: 'daniel.mensah@westbridge.example.org.uk' },
    ],
  },
  {
    key: 'northbrook-primary',
    name: 'Northbrook Primary School',
    type: 'school',
    description: {
      en: 'A two-form entry community primary school for children aged 3 to 11, with a nursery class and a 14-place resource base for children with speech, language and communication needs.',
    },
    website: 'https://www.northbrookprimary.example.org.uk',
    email: 'office@northbrookprimary.example.org.uk',
    phone: '020 7946 0210',
    address: { line1: 'Brook Lane', line2: 'Northbrook', town: 'Westbridge', postcode: 'WB4 3HS' },
    registrationNumber: 'URN 139482',
    providerUsers: [
      { name: 'Sarah Khan', email: 'sarah.khan@northbrookprimary.example.org.uk' },
      { name: 'Owen Price', email: 'owen.price@northbrookprimary.example.org.uk' },
    ],
  },
  {
    key: 'willows-school',
    name: 'The Willows School',
    type: 'school',
    description: {
      en: 'A maintained special school in Riverside for 120 pupils aged 2 to 19 with severe or profound and multiple learning difficulties, including many autistic pupils. It also runs an outreach service for mainstream schools and a holiday scheme.',
      pl: 'Publiczna szkoła specjalna w Riverside dla 120 uczniów w wieku od 2 do 19 lat ze znaczną lub głęboką i sprzężoną niepełnosprawnością intelektualną, w tym wielu uczniów autystycznych. Prowadzi też wsparcie wyjazdowe dla szkół ogólnodostępnych i program wakacyjny.',
      ar: 'مدرسة خاصة حكومية في ريفرسايد تستقبل 120 تلميذًا تتراوح أعمارهم بين 2 و19 عامًا من ذوي صعوبات التعلم الشديدة أو العميقة والمتعددة، ومنهم كثير من التلاميذ المصابين بالتوحد. وتدير المدرسة أيضًا خدمة دعم للمدارس العادية وبرنامجًا للعطلات.',
    },
    website: 'https://www.willowsschool.example.org.uk',
    email: 'admin@willowsschool.example.org.uk',
    phone: '020 7946 0250',
    address: { line1: 'Willow Lane', line2: 'Riverside', town: 'Westbridge', postcode: 'WB7 5RL' },
    registrationNumber: 'URN 102944',
    providerUsers: [
      { name: 'Mark Adeyemi', email: 'mark.adeyemi@willowsschool.example.org.uk' },
      { name: 'Joanna Nowak', email: 'joanna.nowak@willowsschool.example.org.uk' },
    ],
  },
  {
    key: 'westbridge-college',
    name: 'Westbridge College',
    type: 'college',
    description: {
      en: 'The general further education college for the borough, with around 4,000 students aged 16 and over. Its Inclusive Learning department runs foundation programmes, supported internships and learning support for students on every course.',
    },
    website: 'https://www.westbridgecollege.example.ac.uk',
    email: 'inclusive.learning@westbridgecollege.example.ac.uk',
    phone: '020 7946 0400',
    address: { line1: 'Station Road', town: 'Westbridge', postcode: 'WB1 6TD' },
    registrationNumber: 'UKPRN 10047322',
    providerUsers: [
      { name: 'Aisha Rahman', email: 'aisha.rahman@westbridgecollege.example.ac.uk' },
      { name: 'Peter Collins', email: 'peter.collins@westbridgecollege.example.ac.uk' },
    ],
  },
  {
    key: 'childrens-health',
    name: "Westbridge and Kingsmead Community Health NHS Trust – Children's Services",
    type: 'nhs',
    description: {
      en: "The NHS trust that provides community health services for children and young people in Westbridge: speech and language therapy, occupational therapy, physiotherapy, community paediatrics, children's community and special school nursing, and CAMHS.",
      pl: 'Trust NHS świadczący środowiskowe usługi zdrowotne dla dzieci i młodzieży w Westbridge: terapię mowy i języka, terapię zajęciową, fizjoterapię, pediatrię środowiskową, pielęgniarstwo środowiskowe i w szkołach specjalnych oraz CAMHS (ochronę zdrowia psychicznego dzieci i młodzieży).',
      ar: 'هيئة الخدمات الصحية الوطنية (NHS) التي تقدم الخدمات الصحية المجتمعية للأطفال والشباب في ويستبريدج: علاج النطق واللغة، والعلاج الوظيفي، والعلاج الطبيعي، وطب الأطفال المجتمعي، والتمريض المجتمعي وتمريض المدارس الخاصة، وخدمات الصحة النفسية للأطفال والمراهقين (CAMHS).',
    },
    website: 'https://www.westbridgechildrenshealth.example.nhs.uk',
    email: 'childrens.services@westbridgechildrenshealth.example.nhs.uk',
    phone: '020 7946 0300',
    address: {
      line1: 'Eastfield Health Centre',
      line2: '40 Market Street, Eastfield',
      town: 'Westbridge',
      postcode: 'WB5 2NP',
    },
    providerUsers: [
      { name: 'Dr Rachel Osei', email: 'rachel.osei@westbridgechildrenshealth.example.nhs.uk' },
      {
        name: 'Tomasz Wiśniewski',
        email: 'tomasz.wisniewski@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
  },
  {
    key: 'family-link',
    name: 'Westbridge Family Link',
    type: 'charity',
    description: {
      en: 'A local charity run by and for families of disabled children. We host Westbridge SENDIASS (at arm’s length from the council), support groups, the Saturday Club and sitting service, and we provide the administration for the independent Westbridge Parent Carer Forum.',
      pl: 'Lokalna organizacja charytatywna prowadzona przez rodziny dzieci z niepełnosprawnościami i dla nich. Prowadzimy Westbridge SENDIASS (niezależnie od samorządu), grupy wsparcia, Klub Sobotni i usługę opieki domowej oraz obsługujemy administracyjnie niezależne Forum Rodziców i Opiekunów Westbridge.',
      ar: 'جمعية خيرية محلية تديرها أسر الأطفال ذوي الإعاقة ولأجلها. نستضيف خدمة SENDIASS في ويستبريدج (باستقلال عن المجلس المحلي)، ومجموعات الدعم، ونادي السبت، وخدمة الرعاية المنزلية، ونتولى الأعمال الإدارية لمنتدى الآباء ومقدمي الرعاية المستقل في ويستبريدج.',
    },
    website: 'https://www.westbridgefamilylink.example.org.uk',
    email: 'hello@westbridgefamilylink.example.org.uk',
    phone: '020 7946 0500',
    address: {
      line1: 'The Family Link Hub',
      line2: '12 Canal Street, Southmere',
      town: 'Westbridge',
      postcode: 'WB6 4DW',
    },
    registrationNumber: 'Registered charity 1187342',
    providerUsers: [
      { name: 'Lucy Harrington', email: 'lucy.harrington@westbridgefamilylink.example.org.uk' },
      { name: 'Karim Haddad', email: 'karim.haddad@westbridgefamilylink.example.org.uk' },
    ],
  },
  {
    key: 'bridgeway-transport',
    name: 'Bridgeway Community Transport',
    type: 'transport',
    description: {
      en: 'A community interest company that runs school transport routes under contract to the council, a door-to-door minibus service for disabled residents, and independent travel training for young people with SEND.',
    },
    website: 'https://www.bridgewaytransport.example.org.uk',
    email: 'bookings@bridgewaytransport.example.org.uk',
    phone: '020 7946 0600',
    address: {
      line1: 'Unit 4, Eastfield Trading Estate',
      line2: 'Eastfield',
      town: 'Westbridge',
      postcode: 'WB5 8LT',
    },
    registrationNumber: 'Company number 09876543',
    providerUsers: [
      { name: 'Gary Whitlock', email: 'gary.whitlock@bridgewaytransport.example.org.uk' },
      { name: 'Maria Santos', email: 'maria.santos@bridgewaytransport.example.org.uk' },
    ],
  },
  {
    key: 'active-westbridge',
    name: 'Active Westbridge',
    type: 'independent',
    description: {
      en: 'The not-for-profit leisure trust that runs the borough’s leisure centres, pools and the Westbridge Arts Centre for the council, including inclusive sport, relaxed arts sessions and holiday schemes funded as short breaks.',
    },
    website: 'https://www.activewestbridge.example.org.uk',
    email: 'inclusion@activewestbridge.example.org.uk',
    phone: '020 7946 0700',
    address: {
      line1: 'Westbridge Pools and Fitness',
      line2: 'Park Road',
      town: 'Westbridge',
      postcode: 'WB1 8HN',
    },
    providerUsers: [
      { name: 'Jade Thompson', email: 'jade.thompson@activewestbridge.example.org.uk' },
    ],
  },
]
