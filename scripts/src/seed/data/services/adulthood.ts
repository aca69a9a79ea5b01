import type { SeedService } from '../../types.js'
import {
  civicCentre,
  familyLinkHub,
  mondayToFriday,
  officeHours,
  westbridgeCollege,
} from './venues.js'

export const adulthoodServices: SeedService[] = [
  {
    key: 'college-supported-internships',
    organisation: 'westbridge-college',
    name: {
      en: 'Supported internships at Westbridge College',
      pl: 'Staże wspierane w Westbridge College',
      ar: 'التدريب الداخلي المدعوم في كلية ويستبريدج',
    },
    summary: {
      en: 'A one-year, unpaid study programme, mostly at an employer. It is for young people aged 16 to 24 with an EHC plan who want a paid job. A job coach works alongside them.',
      pl: 'Roczny program nauki bez wynagrodzenia, realizowany głównie u pracodawcy, dla młodych ludzi w wieku 16–24 lat z planem EHC, którzy chcą podjąć płatną pracę – ze wsparciem trenera pracy (job coach).',
      ar: 'برنامج دراسي لمدة عام، غير مدفوع الأجر، يجري معظمه لدى صاحب عمل، للشباب من عمر 16 إلى 24 عامًا الذين لديهم خطة EHC ويرغبون في الحصول على وظيفة مدفوعة الأجر، بمرافقة مدرب عمل.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Supported interns spend about four days a week with one of our host employers. These are Westbridge Hospital, the council, Active Westbridge leisure centres and the Parkside Hotel. They do real jobs alongside staff. They spend one day at college on English, maths and skills for work. A job coach supports each intern at work and steps back as they grow in confidence.',
        },
        {
          kind: 'list',
          items: [
            'Three work rotations of about 10 weeks each, chosen with the intern',
            'Travel training so interns can get to work on their own',
            'Help with CVs, interviews, Access to Work applications and advice on benefits in work',
            'Support into paid work, including after the programme ends',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Last year, 11 of our 16 interns were in paid work six months after finishing. Come to our information evening in January to meet current interns and their managers.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Stażyści spędzają około czterech dni w tygodniu u jednego z naszych pracodawców – w szpitalu Westbridge, w urzędzie samorządu, w centrach rekreacji Active Westbridge i w hotelu Parkside – wykonując prawdziwą pracę razem z pracownikami, a jeden dzień w college’u, gdzie uczą się angielskiego, matematyki i umiejętności potrzebnych w pracy. Każdego stażystę wspiera w miejscu pracy trener pracy, który stopniowo się wycofuje, gdy stażysta nabiera pewności siebie.',
        },
        {
          kind: 'list',
          items: [
            'Trzy rotacje po około 10 tygodni, wybierane razem ze stażystą',
            'Nauka samodzielnego podróżowania, aby stażyści mogli sami dojeżdżać do pracy',
            'Pomoc w przygotowaniu CV, w rozmowach kwalifikacyjnych, we wnioskach do programu Access to Work i w sprawach świadczeń dla osób pracujących',
            'Wsparcie w znalezieniu płatnej pracy, także po zakończeniu programu',
          ],
        },
        {
          kind: 'paragraph',
          text: 'W zeszłym roku 11 z naszych 16 stażystów pracowało zarobkowo sześć miesięcy po ukończeniu programu. Zapraszamy na wieczór informacyjny w styczniu, na którym można poznać obecnych stażystów i ich przełożonych.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يقضي المتدربون نحو أربعة أيام في الأسبوع لدى أحد أصحاب العمل الشركاء لدينا، وهم مستشفى ويستبريدج والمجلس المحلي ومراكز أكتيف ويستبريدج الترفيهية وفندق باركسايد، حيث يؤدون أعمالًا حقيقية إلى جانب الموظفين، ويومًا واحدًا في الكلية لدراسة اللغة الإنجليزية والرياضيات ومهارات التوظيف. ويدعم مدرب عمل كل متدرب في مكان العمل، ثم يتراجع تدريجيًا كلما ازدادت ثقته بنفسه.',
        },
        {
          kind: 'list',
          items: [
            'ثلاث دورات عمل مدة كل منها نحو 10 أسابيع، يختارها المتدرب معنا',
            'تدريب على السفر المستقل حتى يتمكن المتدربون من الوصول إلى العمل بمفردهم',
            'المساعدة في إعداد السيرة الذاتية والاستعداد للمقابلات وطلبات برنامج Access to Work والمشورة بشأن الإعانات في أثناء العمل',
            'الدعم للحصول على عمل مدفوع الأجر، حتى بعد انتهاء البرنامج',
          ],
        },
        {
          kind: 'paragraph',
          text: 'في العام الماضي، كان 11 من أصل 16 متدربًا يعملون في وظائف مدفوعة الأجر بعد ستة أشهر من انتهاء البرنامج. احضر أمسيتنا التعريفية في شهر يناير للقاء المتدربين الحاليين ومديريهم.',
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['supported-internships', 'employment'],
    ageRange: { minimum: 16, maximum: 24 },
    areasOfNeed: ['cognition-learning', 'communication-interaction'],
    languages: ['en', 'pl', 'ar'],
    access: {
      routes: ['ehc-plan', 'self-referral'],
      ehcPlanRequired: true,
      referralRequired: false,
      howToAccess: {
        en: 'Talk to your school or college tutor and your EHCP coordinator, ideally at your Year 13 or Year 14 annual review. Apply to the college by the end of March; we will invite you to an informal interview and a work taster day.',
        pl: 'Porozmawiaj ze swoim nauczycielem w szkole lub college’u oraz z koordynatorem planu EHC, najlepiej podczas przeglądu rocznego w klasie 13 lub 14 (Year 13 lub Year 14). Złóż wniosek do college’u do końca marca; zaprosimy Cię na nieformalną rozmowę i dzień próbny w miejscu pracy.',
        ar: 'تحدّث مع معلمك في المدرسة أو الكلية ومع منسق خطة EHC، ويُفضَّل أن يكون ذلك خلال المراجعة السنوية في الصف الثالث عشر أو الرابع عشر. قدّم طلبك إلى الكلية قبل نهاية شهر مارس، وسندعوك إلى مقابلة غير رسمية ويوم تجريبي في مكان العمل.',
      },
      referralUrl: 'https://www.westbridgecollege.example.ac.uk/supported-internships',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Young people aged 16 to 24 with an EHC plan who want to move into paid employment and would benefit from learning in the workplace. We talk with every applicant and their family to check a supported internship is the right next step.',
      pl: 'Młodzi ludzie w wieku 16–24 lat z planem EHC, którzy chcą podjąć płatną pracę i skorzystają z nauki w miejscu pracy. Rozmawiamy z każdym kandydatem i jego rodziną, aby upewnić się, że staż wspierany jest właściwym kolejnym krokiem.',
      ar: 'الشباب من عمر 16 إلى 24 عامًا الذين لديهم خطة EHC ويرغبون في الانتقال إلى عمل مدفوع الأجر وسيستفيدون من التعلم في مكان العمل. نتحدث مع كل متقدم وأسرته للتأكد من أن التدريب الداخلي المدعوم هو الخطوة التالية المناسبة.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free. Interns are not paid during the internship, but it does not affect most benefits; we can arrange a benefits check.',
        pl: 'Bezpłatnie. Stażyści nie otrzymują wynagrodzenia w trakcie stażu, ale nie wpływa to na większość świadczeń; możemy zorganizować sprawdzenie uprawnień do świadczeń.',
        ar: 'مجاني. لا يتقاضى المتدربون أجرًا في أثناء التدريب، لكن ذلك لا يؤثر في معظم الإعانات، ويمكننا ترتيب مراجعة لاستحقاقاتك.',
      },
    },
    contacts: [
      {
        name: 'Peter Collins',
        role: {
          en: 'Supported internships coordinator',
          pl: 'Koordynator staży wspieranych',
          ar: 'منسق التدريب الداخلي المدعوم',
        },
        phone: '020 7946 0410',
        email: 'peter.collins@westbridgecollege.example.ac.uk',
      },
    ],
    website: 'https://www.westbridgecollege.example.ac.uk/supported-internships',
    locations: [westbridgeCollege],
    openingTimes: [
      {
        days: mondayToFriday,
        opens: '09:00',
        closes: '16:30',
        note: {
          en: 'Work hours vary by placement',
          pl: 'Godziny pracy zależą od miejsca stażu',
          ar: 'تختلف ساعات العمل بحسب مكان التدريب',
        },
      },
    ],
    reviewedDaysAgo: 65,
    status: 'published',
  },
  {
    key: 'westbridge-works-supported-employment',
    organisation: 'westbridge-send',
    name: { en: 'Westbridge Works: supported employment and job coaching' },
    summary: {
      en: 'Job coaches who help young adults with learning disabilities or autism find and keep a paid job. We use the place-and-train model.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Westbridge Works believes everyone who wants to work can work, with the right support. We get to know what you are good at and what you enjoy. We find employers with the right job. Then we train you in the job itself – not in a classroom first.',
        },
        {
          kind: 'list',
          items: [
            'A vocational profile built with you, your family and your college',
            'Job searching and "job carving" with local employers to create roles that fit',
            'Coaching on the job until you can do it confidently, then regular check-ins',
            'Advice on benefits and working, and help with Access to Work',
            'Support for employers, including disability awareness training for your colleagues',
          ],
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['employment'],
    ageRange: { minimum: 18, maximum: 25 },
    areasOfNeed: ['cognition-learning', 'communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['self-referral', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call or email us, or ask your college tutor, social worker or Jobcentre work coach to refer you. We will meet you for a coffee to talk about what you want from work.',
      },
    },
    eligibility: {
      en: 'Westbridge residents aged 18 to 25 (or older with a learning disability) who want paid work of 16 hours a week or more and need support to get and keep it.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Westbridge Works team' },
        phone: '020 7946 0150',
        email: 'westbridgeworks@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 360,
    status: 'published',
  },
  {
    key: 'college-inclusive-apprenticeships',
    organisation: 'westbridge-college',
    name: { en: 'Inclusive apprenticeships at Westbridge College' },
    summary: {
      en: 'Apprenticeships in catering, business administration, horticulture and facilities, with extra support for apprentices with SEND. With an EHC plan, the English and maths needed can be lower.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'An apprenticeship is a real job with training, so you earn while you learn. With an EHC plan, you can finish an apprenticeship with English and maths at Entry Level 3, not Level 1 or 2. If you use British Sign Language (BSL), it can replace functional skills English.',
        },
        {
          kind: 'list',
          items: [
            'Help to find an employer willing to make reasonable adjustments',
            'A skills coach who visits you at work every four to six weeks',
            'Learning support during off-the-job training at college',
            'A pre-apprenticeship programme for young people who are not quite ready',
          ],
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['apprenticeships'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: ['cognition-learning', 'communication-interaction', 'sensory-physical'],
    languages: ['en', 'bfi'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Register with the college’s apprenticeships team and tell us about your support needs. We will meet you to talk about vacancies and, if you are not ready yet, the pre-apprenticeship programme.',
      },
    },
    eligibility: {
      en: 'Young people aged 16 and over who live in or near Westbridge and are not in full-time education. Apprentices must be employed for at least 16 hours a week.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free to apprentices. You are paid at least the apprenticeship minimum wage by your employer.',
      },
    },
    contacts: [
      {
        role: { en: 'Apprenticeships team' },
        phone: '020 7946 0420',
        email: 'apprenticeships@westbridgecollege.example.ac.uk',
      },
    ],
    website: 'https://www.westbridgecollege.example.ac.uk/apprenticeships',
    locations: [westbridgeCollege],
    openingTimes: [{ days: mondayToFriday, opens: '09:00', closes: '17:00' }],
    reviewedDaysAgo: 95,
    status: 'published',
  },
  {
    key: 'housing-independent-living',
    organisation: 'westbridge-send',
    name: { en: 'Housing options and supported living for young adults with SEND' },
    summary: {
      en: 'Advice about where to live as an adult: staying at home, shared supported living, or a flat of your own with support. We help you start planning from 16.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Many young people with SEND want to leave home in their twenties, just like their friends. It takes time to find the right place. So we ask families to start talking about it at the Year 11 annual review. Our housing and independence advisers explain the options. They help you work out what support you would need.',
        },
        {
          kind: 'list',
          items: [
            'Supported living in shared houses in Eastfield and Riverside, with support staff on site',
            'Flats of your own with a few hours of floating support each week',
            'Shared Lives, where a young person lives with, or often visits, an approved carer’s family',
            'A "taster flat" at Westbridge College, where young people can practise independent living for a week',
          ],
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['housing-independent-living'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: ['cognition-learning', 'sensory-physical', 'social-emotional-mental-health'],
    languages: ['en'],
    access: {
      routes: ['assessment', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the housing and independence advisers for an initial chat. Supported living places are allocated after a Care Act assessment by adult social care or the Transitions Team.',
      },
    },
    eligibility: {
      en: 'Advice is open to any young person aged 16 to 25 with SEND and their family. Supported living and Shared Lives are for adults with eligible care needs under the Care Act 2014.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'Advice is free. Tenants pay rent (usually covered by Housing Benefit or Universal Credit) and may contribute to care costs after a financial assessment.',
      },
    },
    contacts: [
      {
        role: { en: 'Housing and independence advisers' },
        phone: '020 7946 0151',
        email: 'independentliving@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 400,
    status: 'published',
  },
  {
    key: 'college-higher-education-dsa',
    organisation: 'westbridge-college',
    name: {
      en: 'Moving on to university: higher education advice and Disabled Students’ Allowance',
    },
    summary: {
      en: 'Help for students with SEND who are thinking about university. We help you choose a course and visit the disability team. We help you apply for Disabled Students’ Allowance.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'EHC plans stop when a young person goes to university. So it is important to plan the support they will need there. Our higher education adviser works with you from the start of your last year.',
        },
        {
          kind: 'list',
          items: [
            'One-to-one advice on courses, and on universities with good disability support',
            'Help to apply to university, and to tell universities what you need',
            'Step-by-step help to apply for Disabled Students’ Allowance (DSA) as soon as you apply to Student Finance',
            'Getting ready for the DSA needs assessment. DSA can pay for equipment, software, note-takers and mentors',
            'A visit to the disability team at your new university before term starts',
          ],
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['higher-education'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Book an appointment through the college careers hub or ask your tutor. Students from other schools and colleges in Westbridge can book a one-off appointment in the summer term.',
      },
    },
    eligibility: {
      en: 'Westbridge College students, and Westbridge young people aged 16 to 25 with SEND at other schools and sixth forms (summer term appointments).',
    },
    cost: {
      type: 'free',
      detail: { en: 'Free. DSA itself is not means-tested and does not have to be paid back.' },
    },
    contacts: [
      {
        role: { en: 'Careers hub' },
        phone: '020 7946 0430',
        email: 'careers@westbridgecollege.example.ac.uk',
      },
    ],
    locations: [westbridgeCollege],
    openingTimes: [{ days: mondayToFriday, opens: '09:00', closes: '17:00' }],
    reviewedDaysAgo: 170,
    status: 'published',
  },
  {
    key: 'circles-social-club-16-25',
    organisation: 'family-link',
    name: { en: 'Circles: friendships and social nights for 16 to 25s' },
    summary: {
      en: 'Friday social nights, trips and a friendship-matching scheme for young adults with learning disabilities or autism. Young people on the planning group help run it.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Circles started because young people told us that after leaving school they missed their friends most of all. Members choose what happens – karaoke, bowling, a meal out, a trip to a gig. Volunteers and staff help things run smoothly without taking over.',
        },
        {
          kind: 'list',
          items: [
            'Friday social nights twice a month at the Family Link Hub or out in town',
            'A friendship-matching scheme pairing members with shared interests',
            'Sessions on relationships, staying safe online and managing money on a night out',
            'A planning group that meets monthly and is paid in vouchers for its time',
          ],
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['community-participation'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: [
      'cognition-learning',
      'communication-interaction',
      'social-emotional-mental-health',
    ],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Young people or families can call or email to arrange a welcome chat. You are welcome to bring a parent, carer or support worker to your first night.',
      },
    },
    eligibility: {
      en: 'Young adults aged 16 to 25 with a learning disability or autism who live in or near Westbridge.',
    },
    cost: {
      type: 'charged',
      detail: {
        en: '£3 a social night; trips are charged at cost. Support workers come free. Nobody is turned away for lack of money – ask us about our hardship fund.',
      },
    },
    contacts: [
      {
        role: { en: 'Circles coordinator' },
        phone: '020 7946 0530',
        email: 'circles@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['friday'],
        opens: '18:30',
        closes: '21:30',
        note: { en: 'Second and fourth Friday of the month' },
      },
    ],
    reviewedDaysAgo: 85,
    status: 'published',
  },
  {
    key: 'youth-pathways-careers',
    organisation: 'westbridge-send',
    name: { en: 'Westbridge Youth Pathways: careers guidance for young people with SEND' },
    summary: {
      en: 'Independent careers advisers who work with young people with EHC plans from Year 9. They join annual reviews and help plan post-16 and post-19 options.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'From Year 9, every annual review must focus on preparing for adulthood. This means work, living independently, friends and community, and good health. Youth Pathways advisers help young people think about the life they want, and what options can get them there.',
        },
        {
          kind: 'list',
          items: [
            'A careers interview before the Year 9 and Year 11 annual reviews',
            'Help to look at college courses, apprenticeships, supported internships and work experience',
            'Follow-up for young people aged 16 to 25 who are not in education, employment or training',
          ],
        },
      ],
    },
    category: 'preparing-for-adulthood',
    subCategories: ['employment', 'apprenticeships'],
    ageRange: { minimum: 13, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en'],
    access: {
      routes: ['ehc-plan', 'self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Young people with EHC plans are contacted automatically before their Year 9 review. Others can call or drop in to the youth hub on Thursday afternoons.',
      },
    },
    eligibility: {
      en: 'Westbridge young people aged 13 to 25 with SEND, with priority for those with EHC plans and those not in education, employment or training.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Youth Pathways' },
        phone: '020 7946 0155',
        email: 'youthpathways@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [
      officeHours,
      { days: ['thursday'], opens: '14:00', closes: '18:00', note: { en: 'Drop-in' } },
    ],
    reviewedDaysAgo: 8,
    status: 'draft',
    submittedForReview: true,
  },
]
