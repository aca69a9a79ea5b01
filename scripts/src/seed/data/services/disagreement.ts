import type { SeedService } from '../../types.js'
import {
  civicCentre,
  eastfieldHealthCentre,
  familyLinkHub,
  mondayToFriday,
  officeHours,
} from './venues.js'

export const mediationServices: SeedService[] = [
  {
    key: 'send-mediation-service',
    organisation: 'westbridge-send',
    name: {
      en: 'SEND mediation service (independent)',
      pl: 'Mediacje w sprawach SEND (niezależny mediator)',
      ar: 'خدمة الوساطة المستقلة في شؤون الاحتياجات الخاصة والإعاقة',
    },
    summary: {
      en: 'Free, private mediation if you disagree with the council about an EHC needs assessment or plan. The mediator is trained and independent. You also get your mediation certificate here before you appeal.',
      pl: 'Bezpłatna i poufna mediacja z udziałem przeszkolonego, niezależnego mediatora, gdy nie zgadzasz się z samorządem w sprawie oceny potrzeb lub planu EHC, oraz sposób uzyskania zaświadczenia o mediacji przed odwołaniem.',
      ar: 'وساطة مجانية وسرية مع وسيط مستقل مدرَّب عندما تختلف مع المجلس المحلي بشأن تقييم احتياجات EHC أو خطة EHC، وهي أيضًا طريقك للحصول على شهادة الوساطة قبل تقديم الاستئناف.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Mediation is a meeting led by a mediator who does not work for the council. You and a council officer who can make decisions try to agree. It is often quicker and less stressful than an appeal. Compass Mediation runs it. They are not part of the council. The council must pay for it.',
        },
        { kind: 'heading', text: 'Before you appeal: the mediation certificate' },
        {
          kind: 'paragraph',
          text: 'Before you appeal to the SEND Tribunal, you must talk to the mediation service to hear about mediation. You do not need to if your appeal is only about the school or college named in a plan. You do not have to go to mediation, but you must have this talk. The service must give you a certificate within 3 working days. The 3 days start when you say you do not want mediation, or when mediation ends.',
        },
        {
          kind: 'list',
          items: [
            'If you choose mediation, it must happen within 30 days of the council being told',
            'You can bring a friend, an advocate or a SENDIASS adviser',
            'Young people can take part themselves, with support',
            'Anything said in mediation is confidential and cannot be used at a Tribunal hearing',
          ],
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Mediacja to spotkanie prowadzone przez mediatora, który nie pracuje dla samorządu, podczas którego Ty i przedstawiciel samorządu uprawniony do podejmowania decyzji próbujecie dojść do porozumienia. Często jest szybsza i mniej stresująca niż odwołanie. Samorząd zleca tę usługę niezależnej firmie Compass Mediation i musi za nią zapłacić.',
        },
        { kind: 'heading', text: 'Przed odwołaniem: zaświadczenie o mediacji' },
        {
          kind: 'paragraph',
          text: 'Jeśli chcesz odwołać się do Trybunału SEND (chyba że odwołanie dotyczy wyłącznie szkoły lub college’u wskazanego w planie), musisz najpierw skontaktować się ze służbą mediacyjną, aby uzyskać informacje i porady na temat mediacji. Nie musisz brać udziału w mediacji, ale musisz odbyć tę rozmowę. Służba mediacyjna musi wydać Ci zaświadczenie w ciągu 3 dni roboczych od chwili, gdy poinformujesz ją, że nie chcesz mediacji, lub w ciągu 3 dni roboczych od zakończenia mediacji.',
        },
        {
          kind: 'list',
          items: [
            'Jeśli zdecydujesz się na mediację, musi się ona odbyć w ciągu 30 dni od powiadomienia samorządu',
            'Możesz przyjść z przyjacielem, rzecznikiem lub doradcą SENDIASS',
            'Młodzi ludzie mogą sami brać udział w mediacji, ze wsparciem',
            'Wszystko, co zostanie powiedziane podczas mediacji, jest poufne i nie może zostać wykorzystane na rozprawie przed Trybunałem',
          ],
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'الوساطة اجتماع يديره وسيط لا يعمل لدى المجلس المحلي، تحاول فيه أنت وموظف من المجلس يملك صلاحية اتخاذ القرار التوصل إلى اتفاق. وغالبًا ما تكون أسرع وأقل إرهاقًا من الاستئناف. يتعاقد المجلس المحلي على هذه الخدمة مع شركة Compass Mediation المستقلة، ويجب عليه أن يتحمل تكلفتها.',
        },
        { kind: 'heading', text: 'قبل الاستئناف: شهادة الوساطة' },
        {
          kind: 'paragraph',
          text: 'إذا أردت الاستئناف أمام محكمة الاحتياجات الخاصة والإعاقة (إلا إذا كان استئنافك يتعلق فقط بالمدرسة أو الكلية المذكورة في الخطة)، فيجب عليك أولًا التواصل مع خدمة الوساطة للحصول على معلومات ومشورة بشأن الوساطة. لست ملزمًا بحضور الوساطة، لكن يجب أن تجري هذه المحادثة. ويجب على خدمة الوساطة أن تصدر لك شهادة خلال 3 أيام عمل من إبلاغها بأنك لا ترغب في الوساطة، أو خلال 3 أيام عمل من انتهاء الوساطة.',
        },
        {
          kind: 'list',
          items: [
            'إذا اخترت الوساطة، فيجب أن تُعقد خلال 30 يومًا من إبلاغ المجلس المحلي',
            'يمكنك إحضار صديق أو مناصر أو مرشد من SENDIASS',
            'يمكن للشباب المشاركة بأنفسهم مع الحصول على الدعم',
            'كل ما يُقال في الوساطة سري ولا يجوز استخدامه في جلسة المحكمة',
          ],
        },
      ],
    },
    category: 'mediation-disagreement',
    subCategories: ['mediation'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'ar', 'bfi'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Contact Compass Mediation directly by phone or email; you do not need to go through the council. Tell them the date of the council’s decision letter, as the time limit for appealing runs from it.',
        pl: 'Skontaktuj się bezpośrednio z Compass Mediation telefonicznie lub e-mailem; nie musisz tego robić za pośrednictwem samorządu. Podaj datę pisma z decyzją samorządu, ponieważ od niej liczy się termin na złożenie odwołania.',
        ar: 'تواصل مع Compass Mediation مباشرة بالهاتف أو بالبريد الإلكتروني، فلا حاجة إلى المرور عبر المجلس المحلي. أخبرهم بتاريخ رسالة القرار الصادرة عن المجلس، لأن المهلة المحددة للاستئناف تُحسب منه.',
      },
    },
    eligibility: {
      en: 'Parents and young people who disagree with a council decision about an EHC needs assessment, whether to issue a plan, or the contents of a plan, including the health and social care parts.',
      pl: 'Rodzice i młodzi ludzie, którzy nie zgadzają się z decyzją samorządu dotyczącą oceny potrzeb EHC, wydania planu lub treści planu, w tym części dotyczących zdrowia i opieki społecznej.',
      ar: 'الآباء والشباب الذين يعترضون على قرار المجلس المحلي بشأن تقييم احتياجات EHC أو إصدار الخطة أو محتواها، بما في ذلك الأجزاء المتعلقة بالصحة والرعاية الاجتماعية.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free. The council pays for mediation, and for reasonable travel costs to attend.',
        pl: 'Bezpłatnie. Samorząd pokrywa koszty mediacji oraz uzasadnione koszty dojazdu na spotkanie.',
        ar: 'مجانية. يتحمل المجلس المحلي تكلفة الوساطة وتكاليف التنقل المعقولة لحضورها.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Compass Mediation (independent mediation provider)',
          pl: 'Compass Mediation (niezależny ośrodek mediacji)',
          ar: 'Compass Mediation (جهة وساطة مستقلة)',
        },
        phone: '0161 496 0455',
        email: 'westbridge@compassmediation.example.org.uk',
      },
    ],
    website: 'https://www.compassmediation.example.org.uk',
    locations: [civicCentre],
    openingTimes: [{ days: mondayToFriday, opens: '09:00', closes: '17:30' }],
    reviewedDaysAgo: 22,
    status: 'published',
  },
  {
    key: 'disagreement-resolution-service',
    organisation: 'westbridge-send',
    name: { en: 'SEND disagreement resolution service' },
    summary: {
      en: 'Independent help to sort out a disagreement about SEN support or provision before it becomes a formal dispute. It can be with a school, college, the council or the people who buy health services.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Disagreement resolution is not the same as mediation about an EHC plan. You can use it when you disagree about how a child or young person’s special educational needs are met. For example, parents and a school may disagree about SEN support. Or the council and a health service may disagree about who provides something. The council must offer this service, and it must be separate from the council.',
        },
        {
          kind: 'list',
          items: [
            'A meeting run by an independent worker from Compass Mediation',
            'Phone calls with each side in turn, if meeting face to face would not help',
            'A written note of anything agreed, shared with everyone who took part',
          ],
        },
        {
          kind: 'paragraph',
          text: 'You do not have to use it. Using it does not stop you from appealing to the Tribunal or making a complaint.',
        },
      ],
    },
    category: 'mediation-disagreement',
    subCategories: ['disagreement-resolution'],
    ageRange: { minimum: 0, maximum: 25 },
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
        en: 'Parents, young people, schools and colleges can contact Compass Mediation directly. Both sides need to agree to take part.',
      },
    },
    eligibility: {
      en: 'Anyone in a disagreement about SEN provision for a Westbridge child or young person aged 0 to 25, whether or not they have an EHC plan.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Compass Mediation' },
        phone: '0161 496 0455',
        email: 'westbridge@compassmediation.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [{ days: mondayToFriday, opens: '09:00', closes: '17:30' }],
    reviewedDaysAgo: 235,
    status: 'published',
  },
  {
    key: 'council-send-complaints',
    organisation: 'westbridge-send',
    name: { en: 'Complaints about council SEND services' },
    summary: {
      en: 'How to complain about the way the council dealt with an EHC needs assessment, a plan, travel help or another SEND service. And what happens next.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Complain when something has gone wrong with how a service was run. For example, the council missed a deadline, did not keep you informed, or did not put the provision in a plan in place. Some decisions can go to the Tribunal, such as a refusal to assess. For those, an appeal is usually better. SENDIASS can help you decide.',
        },
        { kind: 'heading', text: 'The stages' },
        {
          kind: 'list',
          items: [
            'Stage 1: the service manager replies within 10 working days',
            'Stage 2: if you are still unhappy, a senior manager looks at the complaint again and replies within 20 working days',
            'Local Government and Social Care Ombudsman: if you are still unhappy after stage 2, you can ask the Ombudsman to look into it',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Complaints about children’s social care follow a separate three-stage process set in law. Complaints about a school go to the school first, under its own complaints policy.',
        },
      ],
    },
    category: 'mediation-disagreement',
    subCategories: ['complaints'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Complain online, by email, by phone or by letter to the Complaints Team at the Civic Centre. We can take your complaint in any language or in BSL.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/complaints',
      onlineLinkPurpose: 'complain',
    },
    eligibility: {
      en: 'Anyone who uses, or has asked for, a council SEND service, or someone acting on their behalf with consent.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Complaints Team' },
        phone: '020 7946 0171',
        email: 'complaints@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 125,
    status: 'published',
  },
  {
    key: 'nhs-pals-complaints',
    organisation: 'childrens-health',
    name: { en: 'Patient Advice and Liaison Service (PALS) and NHS complaints' },
    summary: {
      en: 'Private help to sort out worries about children’s community health services. And how to make a formal NHS complaint.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Patient Advice and Liaison Service (PALS) can often sort out problems quickly. For example, a lost referral, a long wait with no news, or a team you cannot reach. If you want to make a formal complaint, PALS will explain how and can help you write it.',
        },
        {
          kind: 'list',
          items: [
            'We tell you we have your formal complaint within 3 working days',
            'We agree with you how we will look into it and when you will hear from us',
            'If you are not happy with our final reply, you can go to the Parliamentary and Health Service Ombudsman',
          ],
        },
      ],
    },
    category: 'mediation-disagreement',
    subCategories: ['complaints'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: { en: 'Call, email or visit the PALS office at Eastfield Health Centre.' },
    },
    eligibility: { en: 'Anyone who uses the trust’s services, or their family or carer.' },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'PALS' },
        phone: '020 7946 0390',
        email: 'pals@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [eastfieldHealthCentre],
    openingTimes: [{ days: mondayToFriday, opens: '09:30', closes: '16:30' }],
    reviewedDaysAgo: 275,
    status: 'published',
  },
]

export const tribunalServices: SeedService[] = [
  {
    key: 'sendiass-appeal-support',
    organisation: 'family-link',
    name: {
      en: 'Help with SEND Tribunal appeals from Westbridge SENDIASS',
      pl: 'Pomoc SENDIASS Westbridge w odwołaniach do Trybunału SEND',
      ar: 'المساعدة في الاستئناف أمام محكمة الاحتياجات الخاصة والإعاقة من خدمة SENDIASS في ويستبريدج',
    },
    summary: {
      en: 'Free help to decide whether to appeal. We help you meet the deadlines, fill in the appeal form, gather evidence and get ready for the hearing.',
      pl: 'Bezpłatna pomoc w podjęciu decyzji o odwołaniu, dotrzymaniu terminów, wypełnieniu formularza odwołania, zebraniu dowodów i przygotowaniu się do rozprawy.',
      ar: 'مساعدة مجانية لاتخاذ قرار الاستئناف، والالتزام بالمواعيد النهائية، وملء نموذج الاستئناف، وجمع الأدلة، والاستعداد للجلسة.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Appealing can feel scary, but most families who appeal do it without a solicitor. Our appeals caseworkers explain each step in plain words. They help you work out what you want the Tribunal to change, and support you all the way.',
        },
        {
          kind: 'list',
          items: [
            'Checking your deadline. It is usually 2 months from the council’s decision letter. Or 1 month from your mediation certificate, if that is later',
            'Help to fill in the appeal form (SEND35) and the working document',
            'Advice on what evidence will help, such as independent reports',
            'Getting you ready for the hearing, and sometimes going with you',
            'Help to understand the decision and what the council must do next',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Four times a year we also run a free “Preparing for your hearing” workshop. A former Tribunal specialist member leads it.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Odwołanie może wydawać się trudne, ale większość rodzin składa je bez pomocy prawnika. Nasi doradcy ds. odwołań wyjaśniają procedurę prostym językiem, pomagają ustalić, czego oczekujesz od Trybunału, i wspierają Cię na każdym etapie.',
        },
        {
          kind: 'list',
          items: [
            'Sprawdzenie terminu: zwykle 2 miesiące od daty pisma z decyzją samorządu lub 1 miesiąc od daty zaświadczenia o mediacji, w zależności od tego, który termin upływa później',
            'Pomoc w wypełnieniu formularza odwołania SEND35 i dokumentu roboczego (working document)',
            'Porady, jakie dowody mogą pomóc, na przykład niezależne opinie specjalistów',
            'Przygotowanie do rozprawy, a w niektórych przypadkach udział w niej razem z Tobą',
            'Pomoc w zrozumieniu orzeczenia i tego, co samorząd musi zrobić dalej',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Cztery razy w roku prowadzimy też bezpłatne warsztaty „Przygotowanie do rozprawy” z udziałem byłego członka-specjalisty Trybunału.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'قد يبدو الاستئناف أمرًا مخيفًا، لكن معظم الأسر التي تستأنف تفعل ذلك دون محامٍ. يشرح مرشدو الاستئناف لدينا الإجراءات بلغة بسيطة، ويساعدونك على تحديد ما تطلب من المحكمة تغييره، ويدعمونك في كل خطوة.',
        },
        {
          kind: 'list',
          items: [
            'التحقق من المهلة: عادةً شهران من تاريخ رسالة قرار المجلس المحلي، أو شهر واحد من تاريخ شهادة الوساطة، أيهما أبعد',
            'المساعدة في ملء نموذج الاستئناف SEND35 ووثيقة العمل',
            'المشورة بشأن الأدلة المفيدة، مثل التقارير المستقلة',
            'إعدادك للجلسة، ومرافقتك إليها في بعض الحالات',
            'المساعدة في فهم القرار وما يجب على المجلس المحلي فعله بعد ذلك',
          ],
        },
        {
          kind: 'paragraph',
          text: 'ننظم أيضًا أربع مرات في السنة ورشة عمل مجانية بعنوان «الاستعداد لجلسة الاستئناف» بمشاركة عضو متخصص سابق في المحكمة.',
        },
      ],
    },
    category: 'tribunal',
    subCategories: ['appeal-support'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'ar', 'bfi'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the SENDIASS helpline as soon as you receive a decision you may want to appeal – the earlier the better, because of the deadlines.',
        pl: 'Zadzwoń na infolinię SENDIASS, gdy tylko otrzymasz decyzję, od której być może chcesz się odwołać – im wcześniej, tym lepiej, ze względu na terminy.',
        ar: 'اتصل بخط مساعدة SENDIASS فور تلقيك قرارًا قد ترغب في الاستئناف ضده، فكلما كان ذلك أبكر كان أفضل بسبب المواعيد النهائية.',
      },
    },
    eligibility: {
      en: 'Westbridge parents and young people (aged 16 to 25) considering or making an appeal to the First-tier Tribunal (SEND).',
      pl: 'Rodzice i młodzi ludzie (w wieku 16–25 lat) z Westbridge, którzy rozważają lub składają odwołanie do Trybunału Pierwszej Instancji (SEND).',
      ar: 'الآباء والشباب (من عمر 16 إلى 25 عامًا) في ويستبريدج الذين يفكرون في الاستئناف أمام محكمة الدرجة الأولى (الاحتياجات الخاصة والإعاقة) أو يقدّمونه.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free. Appealing to the Tribunal is also free, although you may choose to pay for independent reports or legal advice.',
        pl: 'Bezpłatnie. Złożenie odwołania do Trybunału również jest bezpłatne, choć możesz zdecydować się zapłacić za niezależne opinie lub poradę prawną.',
        ar: 'مجانية. والاستئناف أمام المحكمة مجاني أيضًا، وإن كنت قد تختار الدفع مقابل تقارير مستقلة أو استشارة قانونية.',
      },
    },
    contacts: [
      {
        role: { en: 'SENDIASS helpline', pl: 'Infolinia SENDIASS', ar: 'خط مساعدة SENDIASS' },
        phone: '0300 123 4567',
        email: 'appeals@westbridgefamilylink.example.org.uk',
      },
    ],
    website: 'https://www.westbridgefamilylink.example.org.uk/sendiass/appeals',
    locations: [familyLinkHub],
    openingTimes: [{ days: mondayToFriday, opens: '09:30', closes: '16:30' }],
    reviewedDaysAgo: 44,
    status: 'published',
  },
  {
    key: 'send-tribunal-appeals',
    organisation: 'westbridge-send',
    name: { en: 'Appealing to the First-tier Tribunal (SEND): how the council takes part' },
    summary: {
      en: 'What you can appeal about and the deadlines. How the council’s SEND Tribunal officer works with families to try to settle appeals early.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The First-tier Tribunal (Special Educational Needs and Disability) is not part of the council. Parents and young people can appeal if the council will not do an EHC needs assessment, or will not issue a plan. You can appeal about what a plan says, including the school or college named. You can also appeal if the council will not change a plan after a review, or decides to end a plan.',
        },
        {
          kind: 'list',
          items: [
            'You must appeal within 2 months of the council’s decision letter. Or within 1 month of the date of your mediation certificate, if that is later',
            'Within 10 working days of hearing about an appeal, the council’s SEND Tribunal officer will get in touch to see if you can settle it',
            'If the council changes its decision, it will put this in writing. Then you can withdraw the appeal',
            'If the Tribunal tells the council to do something, the council must do it in the time the law sets',
          ],
        },
        {
          kind: 'paragraph',
          text: 'You can find the appeal form and guidance on GOV.UK. SENDIASS can help you at every step.',
        },
      ],
    },
    category: 'tribunal',
    subCategories: ['send-tribunal'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Appeals are made directly to the Tribunal, not to the council. Contact the council’s SEND Tribunal officer if you would like to talk about resolving the disagreement.',
      },
    },
    eligibility: {
      en: 'Parents, and young people aged 16 to 25, who have received an appealable decision from Westbridge Council.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'SEND Tribunal officer' },
        phone: '020 7946 0172',
        email: 'sendtribunal@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 180,
    status: 'published',
  },
  {
    key: 'tribunal-health-social-care-recommendations',
    organisation: 'westbridge-send',
    name: { en: 'Tribunal recommendations about health and social care in EHC plans' },
    summary: {
      en: 'Appealing about the education parts of a plan? You can also ask the Tribunal for recommendations on the health and social care parts.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Tribunal can make recommendations about health and social care needs and provision in an EHC plan. They do not have to be followed. The appeal must also be about an education part: sections B, F or I, or a refusal to issue a plan. This is sometimes called an extended appeal.',
        },
        {
          kind: 'list',
          items: [
            'Tick the health or social care boxes, or both, on the appeal form. Say what you want to change',
            'The council and the integrated care board (ICB) must reply in writing within 5 weeks of a recommendation. They must say what they will do, and why if they will not follow it',
            'If you are unhappy with the reply, you can complain to the right ombudsman',
          ],
        },
      ],
    },
    category: 'tribunal',
    subCategories: ['send-tribunal'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: true,
      referralRequired: false,
      howToAccess: {
        en: 'Include the health and social care parts in your Tribunal appeal. For advice, contact SENDIASS or the council’s SEND Tribunal officer.',
      },
    },
    eligibility: {
      en: 'Parents and young people appealing to the Tribunal about an EHC plan or a refusal to issue one.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'SEND Tribunal officer' },
        phone: '020 7946 0172',
        email: 'sendtribunal@westbridge.example.org.uk',
      },
    ],
    locations: [],
    openingTimes: [officeHours],
    reviewedDaysAgo: 300,
    status: 'published',
  },
  {
    key: 'disability-discrimination-claims',
    organisation: 'family-link',
    name: { en: 'Disability discrimination claims against schools: help from SENDIASS' },
    summary: {
      en: 'Has a school treated your disabled child unfairly? For example, over exclusions, trips or reasonable adjustments. You can claim to the SEND Tribunal within 6 months.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Under the Equality Act 2010, schools must not treat disabled pupils unfairly (discriminate). They must make reasonable adjustments. This includes extra aids and services. Parents can claim against a school for disability discrimination. The claim goes to the First-tier Tribunal (SEND). So can young people over compulsory school age.',
        },
        {
          kind: 'list',
          items: [
            'You must usually claim within 6 months of what happened',
            'Claims are often about exclusions due to a disability. Others are about being left out of trips and clubs, or no changes in exams',
            'SENDIASS can help you raise it with the school first, then with the claim form',
          ],
        },
      ],
    },
    category: 'tribunal',
    subCategories: ['appeal-support', 'send-tribunal'],
    ageRange: { minimum: 4, maximum: 19 },
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
        en: 'Call the SENDIASS helpline to talk through what happened and your options.',
      },
    },
    eligibility: {
      en: 'Families of disabled pupils at any Westbridge school, with or without an EHC plan.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'SENDIASS helpline' },
        phone: '0300 123 4567',
        email: 'sendiass@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [{ days: mondayToFriday, opens: '09:30', closes: '16:30' }],
    reviewedDaysAgo: 290,
    status: 'published',
  },
]
