import type { SeedService } from '../../types.js'
import {
  brookHouse,
  civicCentre,
  familyLinkHub,
  officeHours,
  riversideLeisure,
  westbridgePools,
  willowsSchool,
} from './venues.js'

export const shortBreaksServices: SeedService[] = [
  {
    key: 'short-breaks-card',
    organisation: 'westbridge-send',
    name: {
      en: 'Westbridge Short Breaks Card',
      pl: 'Karta Krótkich Przerw Westbridge (Short Breaks Card)',
      ar: 'بطاقة فترات الراحة القصيرة في ويستبريدج',
    },
    summary: {
      en: 'A free card for disabled children and young people. It gets them into short breaks clubs and holiday schemes, with free entry for a carer and leisure discounts. No social care assessment needed.',
      pl: 'Bezpłatna karta dla dzieci i młodzieży z niepełnosprawnościami, która daje dostęp do specjalnych klubów i programów wakacyjnych, bezpłatne wejście dla opiekuna i zniżki na rekreację – bez oceny przez opiekę społeczną.',
      ar: 'بطاقة مجانية للأطفال والشباب ذوي الإعاقة تتيح الالتحاق بنوادي وبرامج عطلات مخصصة لهم، ودخولًا مجانيًا لمرافق واحد، وخصومات ترفيهية، دون الحاجة إلى تقييم من الرعاية الاجتماعية.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Short Breaks Card is the way into Westbridge’s targeted short breaks. These are activities for disabled children and young people, with trained staff and more staff than usual. Children try new things, and parents and carers get a break. About 1,400 children have a card.',
        },
        {
          kind: 'list',
          items: [
            'Book places on the Saturday Club, Active Holidays and other targeted schemes in the Local Offer',
            'Free entry for one carer at Active Westbridge leisure centres, Westbridge Arts Centre and partner attractions',
            'Save 20% on swimming, soft play and holiday activities at Active Westbridge',
            'A newsletter each term of what is on, by email or post',
          ],
        },
        {
          kind: 'paragraph',
          text: 'You do not need a diagnosis or an EHC plan. We check that your child’s needs fit the rules. We use papers you already have, such as a letter from a paediatrician, a school SEN support plan or proof of Disability Living Allowance.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Karta Krótkich Przerw otwiera dostęp do specjalnych krótkich przerw wytchnieniowych w Westbridge: zajęć przeznaczonych dla dzieci i młodzieży z niepełnosprawnościami, prowadzonych przez przeszkolony personel w mniejszych grupach, które dają dzieciom nowe doświadczenia, a rodzicom i opiekunom chwilę odpoczynku. Kartę posiada około 1400 dzieci.',
        },
        {
          kind: 'list',
          items: [
            'Rezerwacja miejsc w Klubie Sobotnim, programie Active Holidays i innych specjalnych programach wymienionych w Ofercie Lokalnej',
            'Bezpłatne wejście dla jednego opiekuna do centrów rekreacji Active Westbridge, Westbridge Arts Centre i atrakcji partnerskich',
            '20% zniżki na basen, salę zabaw i zajęcia wakacyjne w Active Westbridge',
            'Biuletyn wydawany co semestr z informacjami o wydarzeniach, wysyłany e-mailem lub pocztą',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Nie potrzebujesz diagnozy ani planu EHC. Sprawdzamy, czy potrzeby dziecka spełniają kryteria, na podstawie dokumentów, które już masz, takich jak list od pediatry, szkolny plan wsparcia SEN lub potwierdzenie pobierania zasiłku DLA (Disability Living Allowance).',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'بطاقة فترات الراحة القصيرة هي الطريق إلى فترات الراحة القصيرة المخصصة في ويستبريدج: أنشطة مصممة للأطفال والشباب ذوي الإعاقة، يقدمها موظفون مدرَّبون وبأعداد أكبر من الموظفين، تمنح الأطفال تجارب جديدة وتمنح الآباء ومقدمي الرعاية استراحة. يحمل هذه البطاقة نحو 1400 طفل.',
        },
        {
          kind: 'list',
          items: [
            'حجز أماكن في نادي السبت وبرنامج Active Holidays وغيرها من البرامج المخصصة المدرجة في العرض المحلي',
            'دخول مجاني لمرافق واحد إلى مراكز أكتيف ويستبريدج الترفيهية ومركز ويستبريدج للفنون والمعالم الشريكة',
            'خصم 20% على السباحة وصالات اللعب وأنشطة العطلات في أكتيف ويستبريدج',
            'نشرة إخبارية كل فصل دراسي بما هو متاح، تُرسل بالبريد الإلكتروني أو بالبريد العادي',
          ],
        },
        {
          kind: 'paragraph',
          text: 'لا تحتاج إلى تشخيص أو خطة EHC. نتحقق من أن احتياجات طفلك تستوفي المعايير باستخدام معلومات متوفرة لديك بالفعل، مثل رسالة من طبيب الأطفال أو خطة دعم الاحتياجات التعليمية الخاصة في المدرسة أو إثبات الحصول على بدل معيشة ذوي الإعاقة (DLA).',
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['day-activities', 'holiday-schemes'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'ar'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Apply online or pick up a form at any family hub or library. Send one piece of evidence of your child’s needs with the form. Cards are usually posted within 15 working days.',
        pl: 'Złóż wniosek online lub odbierz formularz w dowolnym centrum rodzinnym lub bibliotece. Dołącz do formularza jeden dokument potwierdzający potrzeby dziecka. Karty są zwykle wysyłane pocztą w ciągu 15 dni roboczych.',
        ar: 'قدّم طلبك عبر الإنترنت أو احصل على نموذج من أي مركز للأسرة أو مكتبة. أرسل مع النموذج مستندًا واحدًا يثبت احتياجات طفلك. تُرسل البطاقات عادةً بالبريد خلال 15 يوم عمل.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/short-breaks/card',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Children and young people aged 0 to 18 living in Westbridge whose disability or SEN means they need more support than other children of their age to take part in activities – for example autism, a learning disability, a physical or sensory impairment or a complex medical condition.',
      pl: 'Dzieci i młodzież w wieku od 0 do 18 lat mieszkające w Westbridge, które z powodu niepełnosprawności lub specjalnych potrzeb edukacyjnych potrzebują więcej wsparcia niż rówieśnicy, aby brać udział w zajęciach – na przykład dzieci z autyzmem, niepełnosprawnością intelektualną, ruchową lub sensoryczną albo złożoną chorobą.',
      ar: 'الأطفال والشباب من عمر 0 إلى 18 عامًا المقيمون في ويستبريدج الذين تجعلهم إعاقتهم أو احتياجاتهم التعليمية الخاصة بحاجة إلى دعم أكبر من أقرانهم للمشاركة في الأنشطة، مثل المصابين بالتوحد أو الإعاقة الذهنية أو الإعاقة الجسدية أو الحسية أو حالة طبية معقدة.',
    },
    howToComplain: {
      en: 'If your application is turned down, you can ask for the decision to be looked at again by the short breaks manager within 20 working days.',
      pl: 'Jeśli wniosek zostanie odrzucony, w ciągu 20 dni roboczych możesz poprosić kierownika ds. krótkich przerw o ponowne rozpatrzenie decyzji.',
      ar: 'إذا رُفض طلبك، يمكنك خلال 20 يوم عمل أن تطلب من مدير خدمة فترات الراحة القصيرة إعادة النظر في القرار.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'The card is free. Activities booked with it may have a small charge.',
        pl: 'Karta jest bezpłatna. Zajęcia rezerwowane za jej pomocą mogą wiązać się z niewielką opłatą.',
        ar: 'البطاقة مجانية، وقد تُفرض رسوم بسيطة على الأنشطة التي تُحجز بها.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Short Breaks Team',
          pl: 'Zespół ds. Krótkich Przerw',
          ar: 'فريق فترات الراحة القصيرة',
        },
        phone: '020 7946 0160',
        email: 'shortbreaks@westbridge.example.org.uk',
      },
    ],
    website: 'https://www.westbridge.example.org.uk/short-breaks',
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 30,
    status: 'published',
  },
  {
    key: 'saturday-club',
    organisation: 'family-link',
    name: {
      en: 'Saturday Club for disabled children and young people',
      pl: 'Klub Sobotni dla dzieci i młodzieży z niepełnosprawnościami',
      ar: 'نادي السبت للأطفال والشباب ذوي الإعاقة',
    },
    summary: {
      en: 'A fun Saturday club at The Willows School with swimming, sensory play, arts and outdoor games. Children aged 5 to 18 get a great day out, and parents get a five-hour break.',
      pl: 'Sobotni klub w szkole The Willows z pływaniem, zabawami sensorycznymi, zajęciami plastycznymi i grami na świeżym powietrzu, który daje dzieciom w wieku 5–18 lat świetnie spędzony dzień, a rodzicom pięć godzin odpoczynku.',
      ar: 'نادٍ ممتع يوم السبت في مدرسة ذا ويلوز يتضمن السباحة واللعب الحسي والفنون والألعاب في الهواء الطلق، يمنح الأطفال من عمر 5 إلى 18 عامًا يومًا رائعًا ويمنح الآباء استراحة مدتها خمس ساعات.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Saturday Club runs most Saturdays in term time. It uses The Willows School’s accessible building, hydrotherapy pool and garden. Children play in small groups by age and interest. There is at least one adult to every two children, and one-to-one for children who need it.',
        },
        {
          kind: 'list',
          items: [
            'Swimming and splash sessions in the warm hydrotherapy pool',
            'Sensory room, soft play, messy play and music',
            'Cooking, arts and crafts, and garden games',
            'A quiet room for children who need time out',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Staff are trained in epilepsy care, feeding, moving and handling and positive behaviour support. Before the first session, a coordinator visits you at home. They get to know your child and write a one-page profile.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Klub Sobotni działa w większość sobót w trakcie roku szkolnego i korzysta z dostosowanego budynku szkoły The Willows, basenu do hydroterapii i ogrodu. Dzieci są podzielone na małe grupy według wieku i zainteresowań, z co najmniej jednym dorosłym na dwoje dzieci, a dzieci, które tego potrzebują, mają opiekuna jeden na jeden.',
        },
        {
          kind: 'list',
          items: [
            'Pływanie i zabawy w ciepłej wodzie w basenie do hydroterapii',
            'Sala sensoryczna, sala zabaw, zabawy plastyczne i muzyka',
            'Gotowanie, prace plastyczne i gry w ogrodzie',
            'Cichy pokój dla dzieci, które potrzebują odpoczynku',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Personel jest przeszkolony w zakresie opieki przy padaczce, karmienia, przenoszenia oraz pozytywnego wsparcia zachowania. Przed pierwszymi zajęciami koordynator odwiedzi Cię w domu, aby poznać dziecko i przygotować jego jednostronicowy profil.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يعمل نادي السبت في معظم أيام السبت خلال الفصول الدراسية، مستفيدًا من مبنى مدرسة ذا ويلوز المجهّز ومسبح العلاج المائي والحديقة. يُقسَّم الأطفال إلى مجموعات صغيرة بحسب العمر والاهتمامات، بمعدل شخص بالغ واحد على الأقل لكل طفلين، وبمرافق خاص لكل طفل يحتاج إلى ذلك.',
        },
        {
          kind: 'list',
          items: [
            'السباحة واللعب في مياه مسبح العلاج المائي الدافئة',
            'غرفة حسية وصالة لعب وأنشطة لعب حر بالمواد والموسيقى',
            'الطبخ والفنون والأشغال اليدوية وألعاب الحديقة',
            'غرفة هادئة للأطفال الذين يحتاجون إلى استراحة',
          ],
        },
        {
          kind: 'paragraph',
          text: 'الموظفون مدرَّبون على رعاية مرضى الصرع والتغذية والتحريك والنقل الآمن ودعم السلوك الإيجابي. قبل الجلسة الأولى لطفلك، يزورك أحد المنسقين في المنزل للتعرف إلى طفلك وإعداد ملف تعريفي له من صفحة واحدة.',
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['day-activities'],
    ageRange: { minimum: 5, maximum: 18 },
    areasOfNeed: ['cognition-learning', 'communication-interaction', 'sensory-physical'],
    languages: ['en', 'pl'],
    access: {
      routes: ['self-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Book through Westbridge Family Link using your child’s Short Breaks Card number. If your child has a social worker, specialist sessions with one-to-one support can also be arranged through their support plan.',
        pl: 'Zarezerwuj miejsce przez Westbridge Family Link, podając numer Karty Krótkich Przerw dziecka. Jeśli dziecko ma pracownika socjalnego, zajęcia ze wsparciem jeden na jeden można też zorganizować w ramach jego planu wsparcia.',
        ar: 'احجز عن طريق جمعية فاميلي لينك في ويستبريدج باستخدام رقم بطاقة فترات الراحة القصيرة الخاصة بطفلك. وإذا كان لطفلك أخصائي اجتماعي، فيمكن أيضًا ترتيب جلسات متخصصة بدعم فردي ضمن خطة الدعم الخاصة به.',
      },
    },
    eligibility: {
      en: 'Children and young people aged 5 to 18 with a Westbridge Short Breaks Card. Places are shared fairly across the term; if a session is full, your child goes on a waiting list and is offered the next free place.',
      pl: 'Dzieci i młodzież w wieku od 5 do 18 lat posiadające Kartę Krótkich Przerw Westbridge. Miejsca są rozdzielane sprawiedliwie w ciągu semestru; jeśli zajęcia są pełne, dziecko trafia na listę oczekujących i otrzymuje propozycję pierwszego wolnego miejsca.',
      ar: 'الأطفال والشباب من عمر 5 إلى 18 عامًا الذين يحملون بطاقة فترات الراحة القصيرة في ويستبريدج. تُوزَّع الأماكن بإنصاف على مدار الفصل الدراسي، وإذا امتلأت الجلسة يُدرج طفلك في قائمة الانتظار ويُعرض عليه أول مكان يشغر.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: '£5 a session, including lunch. Sessions are free for families on a low income and can be paid for from a direct payment.',
        pl: '5 funtów za zajęcia, w tym obiad. Dla rodzin o niskich dochodach zajęcia są bezpłatne; można za nie także zapłacić z płatności bezpośrednich.',
        ar: '5 جنيهات إسترلينية للجلسة، بما في ذلك الغداء. الجلسات مجانية للأسر ذات الدخل المنخفض، ويمكن دفع تكلفتها من المدفوعات المباشرة.',
      },
    },
    contacts: [
      {
        name: 'Lucy Harrington',
        role: { en: 'Services manager', pl: 'Kierowniczka ds. usług', ar: 'مديرة الخدمات' },
        phone: '020 7946 0510',
        email: 'saturdayclub@westbridgefamilylink.example.org.uk',
      },
    ],
    website: 'https://www.westbridgefamilylink.example.org.uk/saturday-club',
    locations: [willowsSchool],
    openingTimes: [
      {
        days: ['saturday'],
        opens: '10:00',
        closes: '15:00',
        note: {
          en: 'Term time, most Saturdays',
          pl: 'W okresie nauki szkolnej, w większość sobót',
          ar: 'خلال الفصول الدراسية، في معظم أيام السبت',
        },
      },
    ],
    reviewedDaysAgo: 40,
    status: 'published',
  },
  {
    key: 'active-holidays',
    organisation: 'active-westbridge',
    name: { en: 'Active Holidays inclusive holiday scheme' },
    summary: {
      en: 'Holiday clubs at Riverside and Westbridge leisure centres. Disabled and non-disabled children aged 5 to 16 play sport, swim and make things together. There are extra staff for those who need them.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Active Holidays runs for four weeks in the summer. It also runs for one week at Easter, in October and in February half-term. It is an inclusive scheme. Disabled children join in with their brothers, sisters and friends, with an inclusion worker who knows them.',
        },
        {
          kind: 'list',
          items: [
            'Daily swimming, multi-sports, dance and arts, with a weekly trip',
            'One inclusion worker to every three children with a Short Breaks Card, or one-to-one where agreed',
            'A calm base room with sensory toys and ear defenders',
            'Free hot lunch if your child gets free school meals because of benefits (Holiday Activities and Food programme)',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Tell us about your child when you book. Our inclusion lead will call you to plan the first day. Siblings can book at the same time.',
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['holiday-schemes'],
    ageRange: { minimum: 5, maximum: 16 },
    areasOfNeed: [
      'communication-interaction',
      'social-emotional-mental-health',
      'cognition-learning',
    ],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Book online from six weeks before each holiday, quoting your child’s Short Breaks Card number for supported places. Bookings open a week earlier for card holders.',
      },
      referralUrl: 'https://www.activewestbridge.example.org.uk/holidays',
      onlineLinkPurpose: 'book',
    },
    eligibility: {
      en: 'Any child aged 5 to 16. Supported places with an inclusion worker are for children with a Westbridge Short Breaks Card; children with very high care needs are usually better suited to The Willows holiday scheme.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: '£18 a day, or £9.60 with the Short Breaks Card discount. Free for children eligible for benefits-related free school meals.',
      },
    },
    contacts: [
      {
        name: 'Jade Thompson',
        role: { en: 'Inclusion and short breaks lead' },
        phone: '020 7946 0710',
        email: 'holidays@activewestbridge.example.org.uk',
      },
    ],
    website: 'https://www.activewestbridge.example.org.uk/holidays',
    locations: [riversideLeisure, westbridgePools],
    openingTimes: [
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        opens: '09:00',
        closes: '16:00',
        note: { en: 'School holidays only' },
      },
    ],
    reviewedDaysAgo: 100,
    reviewIntervalMonths: 6,
    status: 'published',
  },
  {
    key: 'willows-holiday-scheme',
    organisation: 'willows-school',
    name: {
      en: 'The Willows specialist holiday scheme',
      pl: 'Specjalistyczny program wakacyjny The Willows',
      ar: 'برنامج العطلات المتخصص في The Willows',
    },
    summary: {
      en: 'A holiday scheme for children and young people with complex needs or high care needs. It is run by Willows staff trained in medical care and positive behaviour support.',
      pl: 'Program wakacyjny dla dzieci i młodzieży ze złożonymi potrzebami lub dużymi potrzebami opiekuńczymi, prowadzony przez personel szkoły The Willows przeszkolony w opiece medycznej i pozytywnym wspieraniu zachowania.',
      ar: 'برنامج للعطلات للأطفال والشباب ذوي الاحتياجات المعقدة أو احتياجات الرعاية العالية، يديره موظفو مدرسة The Willows المدرَّبون على الرعاية الطبية ودعم السلوك الإيجابي.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Some children need more care than a mainstream holiday club can give. The Willows holiday scheme runs for two weeks at Easter and three weeks in the summer. Most staff are the school’s own teaching assistants and nurses. So many children are looked after by people they already know.',
        },
        {
          kind: 'list',
          items: [
            'One-to-one or two-to-one staffing for every child',
            'Nursing cover on site every day for feeding, medication and epilepsy care',
            'Hydrotherapy, sensory activities, music and trips to local parks',
            'Transport from home if your child gets travel help in term time',
          ],
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Niektóre dzieci potrzebują bardziej specjalistycznej opieki, niż może zapewnić zwykły klub wakacyjny. Program wakacyjny The Willows trwa dwa tygodnie w czasie ferii wielkanocnych i trzy tygodnie latem. Prowadzą go głównie asystenci nauczycieli i pielęgniarki ze szkoły, więc wieloma dziećmi opiekują się osoby, które już znają.',
        },
        {
          kind: 'list',
          items: [
            'Opieka jeden na jeden lub dwóch opiekunów na jedno dziecko',
            'Codzienny dyżur pielęgniarski na miejscu: karmienie, podawanie leków i opieka przy padaczce',
            'Hydroterapia, zajęcia sensoryczne, muzyka i wycieczki do okolicznych parków',
            'Dowóz z domu dla dzieci, które w czasie roku szkolnego korzystają z pomocy w dojazdach',
          ],
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يحتاج بعض الأطفال إلى رعاية أكثر تخصصًا مما يستطيع نادي العطلات العادي تقديمه. يعمل برنامج العطلات في The Willows أسبوعين في عطلة عيد الفصح وثلاثة أسابيع في الصيف، ويتولاه في الغالب مساعدو المعلمين والممرضات في المدرسة نفسها، فيعتني بكثير من الأطفال أشخاص يعرفونهم من قبل.',
        },
        {
          kind: 'list',
          items: [
            'موظف لكل طفل أو موظفان لكل طفل',
            'تمريض في الموقع كل يوم للتغذية والأدوية ورعاية الصرع',
            'علاج مائي وأنشطة حسية وموسيقى ورحلات إلى الحدائق المحلية',
            'نقل من المنزل للأطفال الذين يحصلون على المساعدة في التنقل خلال الفصل الدراسي',
          ],
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['holiday-schemes'],
    ageRange: { minimum: 4, maximum: 19 },
    areasOfNeed: ['cognition-learning', 'sensory-physical', 'communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['assessment', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Places are agreed through a Disabled Children’s Team assessment, or by the short breaks panel for children with a Short Breaks Card and high care needs. Talk to your social worker or the Short Breaks Team by the end of February for Easter and the end of April for summer.',
        pl: 'Miejsca przyznaje się po ocenie przez Zespół ds. Dzieci z Niepełnosprawnościami albo decyzją komisji ds. krótkich przerw w przypadku dzieci z Kartą Krótkich Przerw i dużymi potrzebami opiekuńczymi. Porozmawiaj z pracownikiem socjalnym lub zespołem ds. krótkich przerw do końca lutego, jeśli chodzi o Wielkanoc, i do końca kwietnia, jeśli chodzi o lato.',
        ar: 'تُمنح الأماكن بعد تقييم من فريق الأطفال ذوي الإعاقة، أو بقرار من لجنة فترات الراحة القصيرة للأطفال الذين يحملون البطاقة ولديهم احتياجات رعاية عالية. تحدّث مع الأخصائي الاجتماعي أو فريق فترات الراحة القصيرة قبل نهاية فبراير/شباط لعطلة عيد الفصح، وقبل نهاية أبريل/نيسان للعطلة الصيفية.',
      },
    },
    eligibility: {
      en: 'Children and young people aged 4 to 19 with complex health needs, profound and multiple learning difficulties, or behaviour that challenges, who need one-to-one care. It does not matter which school your child attends.',
      pl: 'Dzieci i młodzież w wieku od 4 do 19 lat ze złożonymi potrzebami zdrowotnymi, głębokimi i sprzężonymi trudnościami w uczeniu się lub trudnymi zachowaniami, które potrzebują opieki jeden na jeden. Nie ma znaczenia, do jakiej szkoły chodzi dziecko.',
      ar: 'الأطفال والشباب من عمر 4 إلى 19 عامًا ذوو الاحتياجات الصحية المعقدة، أو صعوبات التعلم الشديدة والمتعددة، أو السلوك الصعب، ممن يحتاجون إلى رعاية فردية. لا يهم في أي مدرسة يدرس طفلك.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'No charge when the place is agreed through an assessment or the short breaks panel.',
        pl: 'Bezpłatnie, jeśli miejsce przyznano po ocenie lub decyzją komisji ds. krótkich przerw.',
        ar: 'دون مقابل عندما يُمنح المكان بعد تقييم أو بقرار من لجنة فترات الراحة القصيرة.',
      },
    },
    contacts: [
      {
        name: 'Joanna Nowak',
        role: {
          en: 'Holiday scheme coordinator',
          pl: 'Koordynator programu wakacyjnego',
          ar: 'منسق برنامج العطلات',
        },
        phone: '020 7946 0253',
        email: 'holidayscheme@willowsschool.example.org.uk',
      },
    ],
    locations: [willowsSchool],
    openingTimes: [
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        opens: '09:30',
        closes: '15:30',
        note: {
          en: 'Easter and summer holidays',
          pl: 'Ferie wielkanocne i wakacje letnie',
          ar: 'عطلتا عيد الفصح والصيف',
        },
      },
    ],
    englishRevisedAfterTranslation: {
      summary:
        'A holiday scheme for children and young people with complex needs or high care needs. It is run by Willows staff trained in medical care and positive behaviour support. New this year: a week in the October half term.',
    },
    reviewedDaysAgo: 358,
    status: 'published',
  },
  {
    key: 'brook-house-overnight-breaks',
    organisation: 'westbridge-send',
    name: { en: 'Brook House overnight short breaks' },
    summary: {
      en: 'A small, homely residential short breaks house in Eastfield. Disabled children aged 8 to 18 stay overnight with trained staff, usually two to four nights a month.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Brook House is a six-bedroom home, registered with Ofsted. Children come here for planned overnight stays. Many look forward to "their" room, their friends and the staff who know them. Parents get a full night’s sleep and time with brothers and sisters.',
        },
        {
          kind: 'list',
          items: [
            'Visits for tea before the first overnight stay',
            'Staff trained in medication, feeding, moving and handling and positive behaviour support',
            'Trips out, games, sensory room and garden',
            'Children go to school from Brook House as normal, with their usual transport',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Read the latest Ofsted report on the Brook House page of the council website.',
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['overnight-breaks'],
    ageRange: { minimum: 8, maximum: 18 },
    areasOfNeed: ['cognition-learning', 'sensory-physical', 'communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['assessment'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Overnight breaks are agreed following a child and family assessment by the Disabled Children’s Team, and reviewed at least every six months.',
      },
    },
    eligibility: {
      en: 'Disabled children aged 8 to 18 with substantial and complex needs, where the assessment shows the family needs overnight breaks to keep caring. The short breaks services statement sets out the criteria.',
    },
    howToComplain: {
      en: 'Speak to the registered manager, or use the council’s children’s social care complaints procedure. You can also contact Ofsted.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Registered manager' },
        phone: '020 7946 0161',
        email: 'brookhouse@westbridge.example.org.uk',
      },
    ],
    locations: [brookHouse],
    openingTimes: [
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        opens: '15:30',
        closes: '23:00',
        note: { en: 'Overnight stays; staffed through the night' },
      },
      {
        days: ['saturday', 'sunday'],
        opens: '09:00',
        closes: '23:00',
        note: { en: 'Weekend stays; staffed through the night' },
      },
    ],
    reviewedDaysAgo: 190,
    status: 'published',
  },
  {
    key: 'shared-care-family-breaks',
    organisation: 'westbridge-send',
    name: {
      en: 'Shared Care: short breaks with approved family carers',
      pl: 'Shared Care: krótkie przerwy u zatwierdzonych opiekunów rodzinnych',
      ar: 'الرعاية المشتركة (Shared Care): فترات راحة قصيرة لدى أسر رعاية معتمدة',
    },
    summary: {
      en: 'Disabled children spend regular days or nights with a trained and approved family carer in the carer’s home. They build a bond that lasts.',
      pl: 'Dzieci z niepełnosprawnościami regularnie spędzają dzień lub nocują u specjalnie przeszkolonego i zatwierdzonego opiekuna rodzinnego w jego domu i budują z nim trwałą relację.',
      ar: 'يقضي الأطفال ذوو الإعاقة أيامًا أو ليالي منتظمة في بيت مقدم رعاية أسري مدرَّب ومعتمد خصيصًا، فتنشأ بينهم علاقة دائمة.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Shared Care carers are ordinary families. The council’s fostering panel has checked and approved them to give short breaks to disabled children. We take care to match each child with the right carer. It often lasts for years. For some children, it is like having extra aunts and uncles.',
        },
        {
          kind: 'list',
          items: [
            'Day care, tea visits or overnight stays, usually once or twice a month',
            'Careful matching and introductions at your child’s pace',
            'Carers trained in your child’s specific care needs',
          ],
        },
        {
          kind: 'paragraph',
          text: 'We always need new Shared Care carers, most of all in Northbrook and Southmere. If you would like to help, call the fostering team.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Opiekunowie Shared Care to zwykłe rodziny, które zostały ocenione i zatwierdzone przez komisję samorządu ds. rodzin zastępczych, aby zapewniać krótkie przerwy dzieciom z niepełnosprawnościami. Dzieci są starannie dobierane do opiekuna, a taka współpraca często trwa latami – dla niektórych dzieci to jak dodatkowe ciocie i wujkowie.',
        },
        {
          kind: 'list',
          items: [
            'Opieka dzienna, wizyty na podwieczorek lub noclegi, zwykle raz lub dwa razy w miesiącu',
            'Staranny dobór i zapoznanie w tempie Twojego dziecka',
            'Opiekunowie przeszkoleni w konkretnych potrzebach opiekuńczych Twojego dziecka',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Zawsze szukamy nowych opiekunów Shared Care, zwłaszcza w Northbrook i Southmere. Jeśli jesteś zainteresowany, zadzwoń do zespołu ds. rodzin zastępczych.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'مقدمو الرعاية المشتركة أسر عادية قيّمتها لجنة الرعاية البديلة في المجلس واعتمدتها لتقديم فترات راحة قصيرة للأطفال ذوي الإعاقة. يُختار لكل طفل مقدم رعاية يناسبه بعناية، وكثيرًا ما تستمر هذه العلاقة سنوات؛ فيشعر بعض الأطفال وكأن لديهم أعمامًا وخالات إضافيين.',
        },
        {
          kind: 'list',
          items: [
            'رعاية نهارية أو زيارات لتناول الشاي أو مبيت، عادةً مرة أو مرتين في الشهر',
            'اختيار دقيق للأسرة المناسبة وتعارف تدريجي بحسب وتيرة طفلك',
            'مقدمو رعاية مدرَّبون على احتياجات الرعاية الخاصة بطفلك',
          ],
        },
        {
          kind: 'paragraph',
          text: 'نبحث دائمًا عن مقدمي رعاية مشتركة جدد، خصوصًا في نورثبروك وساوثمير. إذا كنت مهتمًا، فاتصل بفريق الرعاية البديلة.',
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['overnight-breaks', 'home-based-support'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: ['cognition-learning', 'sensory-physical', 'communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['assessment'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Shared Care is arranged through a Disabled Children’s Team assessment. Speak to your child’s social worker.',
        pl: 'Shared Care organizuje się po ocenie przez Zespół ds. Dzieci z Niepełnosprawnościami. Porozmawiaj z pracownikiem socjalnym dziecka.',
        ar: 'تُرتَّب الرعاية المشتركة بعد تقييم من فريق الأطفال ذوي الإعاقة. تحدّث مع الأخصائي الاجتماعي المسؤول عن طفلك.',
      },
    },
    eligibility: {
      en: 'Disabled children and young people aged 0 to 18 whose assessment shows a need for regular short breaks away from home.',
      pl: 'Dzieci i młodzież z niepełnosprawnościami w wieku od 0 do 18 lat, u których ocena wykazała potrzebę regularnych krótkich przerw poza domem.',
      ar: 'الأطفال والشباب ذوو الإعاقة من عمر 0 إلى 18 عامًا الذين يُظهر تقييمهم حاجة إلى فترات راحة قصيرة منتظمة خارج المنزل.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: {
          en: 'Fostering and Shared Care team',
          pl: 'Zespół ds. rodzin zastępczych i Shared Care',
          ar: 'فريق الرعاية البديلة والرعاية المشتركة',
        },
        phone: '020 7946 0165',
        email: 'sharedcare@westbridge.example.org.uk',
      },
    ],
    locations: [],
    openingTimes: [officeHours],
    reviewedDaysAgo: 270,
    status: 'published',
  },
  {
    key: 'family-link-sitting-service',
    organisation: 'family-link',
    name: {
      en: 'Family Link home sitting and befriending',
      pl: 'Family Link – opieka w domu i wolontariusze-towarzysze',
      ar: 'Family Link: رعاية الأطفال في المنزل والمرافقة',
    },
    summary: {
      en: 'Trained sitters look after your disabled child at home, so you can go out, rest or spend time with your other children. Befrienders take older children out.',
      pl: 'Przeszkoleni opiekunowie, którzy zajmą się Twoim dzieckiem z niepełnosprawnością w domu, abyś mógł wyjść, odpocząć lub spędzić czas z innymi dziećmi, oraz towarzysze, którzy zabierają starsze dzieci na wyjścia.',
      ar: 'مقدمو رعاية مدرَّبون يعتنون بطفلك ذي الإعاقة في المنزل لكي تخرج أو ترتاح أو تقضي وقتًا مع أطفالك الآخرين، ومرافقون يصطحبون الأطفال الأكبر سنًا في نزهات.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Sometimes a family just needs two hours off on a weekday evening. Our sitters come to your home at set times, so your child gets used to them. Befrienders take young people aged 11 and over to the cinema, the park or a café. This builds their confidence away from family.',
        },
        {
          kind: 'list',
          items: [
            'Sessions of two to four hours, weekday evenings and weekends',
            'Sitters with full police checks (DBS), first aid and training in your child’s needs',
            'The same sitter every time wherever possible',
          ],
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Czasem rodzina potrzebuje po prostu dwóch godzin wytchnienia w dzień powszedni wieczorem. Nasi opiekunowie przychodzą do Twojego domu o stałych porach, dzięki czemu dziecko się do nich przyzwyczaja. Towarzysze zabierają młodych ludzi od 11. roku życia do kina, parku lub kawiarni, co pomaga im nabrać pewności siebie z dala od rodziny.',
        },
        {
          kind: 'list',
          items: [
            'Spotkania od dwóch do czterech godzin, w dni powszednie wieczorem i w weekendy',
            'Opiekunowie z rozszerzonym zaświadczeniem DBS, przeszkoleni w pierwszej pomocy i w potrzebach Twojego dziecka',
            'W miarę możliwości zawsze ten sam opiekun',
          ],
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'أحيانًا تكون الاستراحة التي تحتاج إليها الأسرة ساعتين فقط في مساء أحد أيام الأسبوع. يأتي مقدمو الرعاية لدينا إلى منزلك في مواعيد منتظمة، فيعتاد طفلك عليهم. ويصطحب المرافقون الشباب من عمر 11 عامًا فأكثر إلى السينما أو الحديقة أو المقهى، مما يبني ثقتهم بأنفسهم بعيدًا عن الأسرة.',
        },
        {
          kind: 'list',
          items: [
            'جلسات من ساعتين إلى أربع ساعات، في أمسيات أيام الأسبوع وفي عطلات نهاية الأسبوع',
            'مقدمو رعاية خضعوا لفحص DBS المعزَّز ومدرَّبون على الإسعافات الأولية وعلى احتياجات طفلك',
            'مقدم الرعاية نفسه في كل مرة كلما أمكن',
          ],
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['home-based-support'],
    ageRange: { minimum: 3, maximum: 18 },
    areasOfNeed: ['communication-interaction', 'cognition-learning', 'sensory-physical'],
    languages: ['en', 'pl', 'ur'],
    access: {
      routes: ['self-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call or email us. Families with a direct payment can buy sessions directly; families with a Short Breaks Card can apply for up to 20 subsidised hours a year.',
        pl: 'Zadzwoń lub napisz do nas. Rodziny otrzymujące płatność bezpośrednią mogą kupić godziny opieki same; rodziny z Kartą Krótkich Przerw mogą ubiegać się o maksymalnie 20 dofinansowanych godzin w roku.',
        ar: 'اتصل بنا أو راسلنا بالبريد الإلكتروني. يمكن للأسر التي تتلقى دفعة مباشرة شراء الجلسات مباشرة؛ ويمكن للأسر التي تحمل بطاقة فترات الراحة القصيرة التقدم بطلب للحصول على ما يصل إلى 20 ساعة مدعومة في السنة.',
      },
    },
    eligibility: {
      en: 'Families in Westbridge with a disabled child aged 3 to 18. Subsidised hours are for Short Breaks Card holders and are allocated in order of application.',
      pl: 'Rodziny w Westbridge z dzieckiem z niepełnosprawnością w wieku od 3 do 18 lat. Dofinansowane godziny są dla posiadaczy Karty Krótkich Przerw i przydziela się je w kolejności zgłoszeń.',
      ar: 'الأسر في ويستبريدج التي لديها طفل ذو إعاقة من عمر 3 إلى 18 عامًا. الساعات المدعومة لحاملي بطاقة فترات الراحة القصيرة، وتُوزَّع حسب ترتيب الطلبات.',
    },
    cost: {
      type: 'charged',
      detail: {
        en: '£16 an hour, which can be paid from a direct payment. Short Breaks Card holders pay £4 an hour for up to 20 hours a year.',
        pl: '16 £ za godzinę; można zapłacić z płatności bezpośredniej. Posiadacze Karty Krótkich Przerw płacą 4 £ za godzinę, do 20 godzin w roku.',
        ar: '16 جنيهًا إسترلينيًا في الساعة، ويمكن دفعها من الدفعة المباشرة. يدفع حاملو بطاقة فترات الراحة القصيرة 4 جنيهات في الساعة لما يصل إلى 20 ساعة في السنة.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Sitting service coordinator',
          pl: 'Koordynator usługi opieki w domu',
          ar: 'منسق خدمة الرعاية في المنزل',
        },
        phone: '020 7946 0511',
        email: 'sitting@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        opens: '16:00',
        closes: '21:30',
        note: { en: 'Sitting sessions', pl: 'Opieka w domu', ar: 'جلسات الرعاية في المنزل' },
      },
      {
        days: ['saturday', 'sunday'],
        opens: '10:00',
        closes: '18:00',
        note: {
          en: 'Sitting and befriending sessions',
          pl: 'Opieka w domu i spotkania z towarzyszem',
          ar: 'جلسات الرعاية في المنزل والمرافقة',
        },
      },
    ],
    reviewedDaysAgo: 310,
    status: 'published',
  },
  {
    key: 'hollow-beck-adventure-weekends',
    organisation: 'active-westbridge',
    name: { en: 'Adventure weekends at Hollow Beck Outdoor Centre (outside Westbridge)' },
    summary: {
      en: 'Accessible residential weekends in the Surrey Hills for disabled young people aged 11 to 19. Try climbing, canoeing, zip wire and campfires with Active Westbridge staff you know.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Four times a year, Active Westbridge takes up to 12 young people for a weekend at Hollow Beck. It is a fully accessible outdoor centre about an hour from Westbridge. For many it is their first night away without family.',
        },
        {
          kind: 'list',
          items: [
            'Adapted climbing wall, accessible canoes and a wheelchair-accessible zip wire',
            'Accessible en-suite bedrooms with hoists, and a Changing Places toilet',
            'One staff member to two young people, or one to one where needed, day and night',
            'A family evening before the trip to meet staff and see photos of the centre',
          ],
        },
      ],
    },
    category: 'short-breaks',
    subCategories: ['overnight-breaks', 'holiday-schemes'],
    ageRange: { minimum: 11, maximum: 19 },
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
        en: 'Register interest online; places are offered by ballot six weeks before each weekend, with priority for young people who have not been before.',
      },
    },
    eligibility: { en: 'Young people aged 11 to 19 with a Westbridge Short Breaks Card.' },
    cost: {
      type: 'charged',
      detail: {
        en: '£45 for the weekend including transport, food and activities. Bursaries are available; direct payments can be used.',
      },
    },
    contacts: [
      {
        name: 'Jade Thompson',
        role: { en: 'Inclusion and short breaks lead' },
        phone: '020 7946 0710',
        email: 'inclusion@activewestbridge.example.org.uk',
      },
    ],
    website: 'https://www.activewestbridge.example.org.uk/adventure-weekends',
    locations: [
      {
        name: { en: 'Hollow Beck Outdoor Centre' },
        addressLine1: 'Hollow Beck Lane',
        addressLine2: 'near Dorking',
        town: 'Surrey',
        postcode: 'RH5 6QT',
        venueFeatures: ['step-free', 'accessible-toilet', 'changing-places', 'accessible-parking'],
      },
    ],
    openingTimes: [
      {
        days: ['friday'],
        opens: '17:00',
        closes: '22:00',
        note: { en: 'Departure Friday evening' },
      },
      { days: ['saturday'], opens: '08:00', closes: '22:00' },
      {
        days: ['sunday'],
        opens: '08:00',
        closes: '16:00',
        note: { en: 'Back in Westbridge by 16:00' },
      },
    ],
    reviewedDaysAgo: 250,
    status: 'published',
  },
]
