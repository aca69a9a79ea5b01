import type { SeedService } from '../../types.js'
import {
  eastfieldHealthCentre,
  kingsmeadHospital,
  mondayToFriday,
  northbrookFamilyHub,
  officeHours,
  southmereFamilyHub,
  willowsSchool,
} from './venues.js'

const therapiesEmail = 'therapies@westbridgechildrenshealth.example.nhs.uk'
const referralForm = 'https://www.westbridgechildrenshealth.example.nhs.uk/refer'

export const healthServices: SeedService[] = [
  {
    key: 'slt-talk-time-drop-in',
    organisation: 'childrens-health',
    name: {
      en: 'Talk Time: speech and language drop-ins for children under 5',
      pl: 'Talk Time: konsultacje logopedyczne bez zapisów dla dzieci poniżej 5 lat',
      ar: 'وقت الكلام (Talk Time): جلسات مفتوحة في النطق واللغة للأطفال دون سن الخامسة',
    },
    summary: {
      en: 'Worried about how your young child is talking or understanding? Drop in to chat with a speech and language therapist at your local family hub – no appointment or referral needed.',
      pl: 'Martwisz się, jak Twoje małe dziecko mówi lub rozumie? Przyjdź bez zapisów do lokalnego centrum rodzinnego i porozmawiaj z logopedą – nie potrzebujesz wizyty ani skierowania.',
      ar: 'هل أنت قلق بشأن طريقة كلام طفلك الصغير أو فهمه؟ تعال إلى مركز الأسرة القريب منك للتحدث مع أخصائي نطق ولغة، دون حاجة إلى موعد أو إحالة.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Talk Time is a friendly 20-minute chat with a speech and language therapist. Bring your child along – we will play together, listen to your concerns and look at how your child is communicating. Lots of parents come just to check that things are on track.',
        },
        { kind: 'heading', text: 'What happens at a drop-in' },
        {
          kind: 'list',
          items: [
            'You tell the therapist what you have noticed, such as few words, unclear speech, stammering or not following instructions',
            'The therapist plays with your child and watches how they listen, understand and talk',
            'You leave with ideas to try at home, and a leaflet in your language if you would like one',
            'If your child needs more help, the therapist can offer a follow-up appointment or a place on a parent group straight away. You will not need a referral',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Come to whichever drop-in suits you. They get busy in the first half hour, so you may have a short wait; there are toys and a quiet corner. If you need an interpreter, call us the week before and we will book one.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Talk Time to przyjazna, 20-minutowa rozmowa z logopedą. Przyjdź z dzieckiem – pobawimy się razem, wysłuchamy Twoich obaw i przyjrzymy się, jak dziecko się komunikuje. Wielu rodziców przychodzi tylko po to, żeby upewnić się, że rozwój przebiega prawidłowo.',
        },
        { kind: 'heading', text: 'Jak wygląda spotkanie' },
        {
          kind: 'list',
          items: [
            'Opowiadasz logopedzie, co zauważyłeś(-aś), na przykład że dziecko mówi mało słów, mówi niewyraźnie, jąka się albo nie wykonuje poleceń',
            'Logopeda bawi się z dzieckiem i obserwuje, jak słucha, rozumie i mówi',
            'Wychodzisz z pomysłami na ćwiczenia w domu oraz – jeśli chcesz – z ulotką w Twoim języku',
            'Jeśli dziecko potrzebuje więcej pomocy, logopeda może od razu zaproponować kolejną wizytę lub miejsce w grupie dla rodziców – nie jest potrzebne osobne skierowanie',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Możesz przyjść na dowolne spotkanie, tam gdzie Ci najwygodniej. W pierwszej półgodzinie bywa tłoczno, więc możesz chwilę poczekać; są zabawki i cichy kącik. Jeśli potrzebujesz tłumacza, zadzwoń do nas tydzień wcześniej, a zarezerwujemy go.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'وقت الكلام محادثة ودّية مدتها 20 دقيقة مع أخصائي نطق ولغة. أحضر طفلك معك، وسنلعب معًا ونستمع إلى مخاوفك وننظر في طريقة تواصل طفلك. يأتي كثير من الآباء فقط للتأكد من أن نمو طفلهم يسير على ما يرام.',
        },
        { kind: 'heading', text: 'ماذا يحدث في الجلسة' },
        {
          kind: 'list',
          items: [
            'تخبر المعالج بما لاحظته، مثل قلة الكلمات أو عدم وضوح الكلام أو التأتأة أو عدم اتباع التعليمات',
            'يلعب المعالج مع طفلك ويراقب كيف يستمع ويفهم ويتكلم',
            'تغادر ومعك أفكار لتجربتها في المنزل، ونشرة بلغتك إن رغبت في ذلك',
            'إذا احتاج طفلك إلى مزيد من المساعدة، يمكن للمعالج أن يعرض عليك في الحال موعدًا للمتابعة أو مكانًا في مجموعة للآباء، دون حاجة إلى إحالة منفصلة',
          ],
        },
        {
          kind: 'paragraph',
          text: 'يمكنك حضور أي جلسة في المكان الأنسب لك. تزدحم الجلسات في النصف ساعة الأولى، لذا قد تنتظر قليلًا، وتتوفر ألعاب وركن هادئ. إذا كنت بحاجة إلى مترجم، فاتصل بنا قبل أسبوع وسنحجز لك مترجمًا.',
        },
      ],
    },
    category: 'health',
    subCategories: ['speech-language-therapy'],
    ageRange: { minimum: 0, maximum: 4 },
    areasOfNeed: ['communication-interaction'],
    languages: ['en', 'pl', 'ar', 'bn'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Just turn up during a session – no appointment or referral needed. If you cannot get to a drop-in, call the Children’s Speech and Language Therapy team and we will arrange a phone call with a therapist.',
        pl: 'Wystarczy przyjść w godzinach spotkania – nie trzeba się umawiać ani mieć skierowania. Jeśli nie możesz dotrzeć na spotkanie, zadzwoń do Zespołu Logopedycznego dla Dzieci, a umówimy rozmowę telefoniczną z logopedą.',
        ar: 'ما عليك سوى الحضور في أثناء الجلسة، دون حاجة إلى موعد أو إحالة. إذا لم تتمكن من الحضور، فاتصل بفريق علاج النطق واللغة للأطفال وسنرتب لك مكالمة هاتفية مع أحد المعالجين.',
      },
    },
    eligibility: {
      en: 'Any parent or carer of a child aged under 5 who lives in Westbridge or is registered with a Westbridge GP.',
      pl: 'Każdy rodzic lub opiekun dziecka w wieku poniżej 5 lat, które mieszka w Westbridge lub jest zarejestrowane u lekarza rodzinnego (GP) w Westbridge.',
      ar: 'أي والد أو مقدم رعاية لطفل دون سن الخامسة يقيم في ويستبريدج أو مسجّل لدى طبيب أسرة (GP) في ويستبريدج.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free NHS service.',
        pl: 'Bezpłatna usługa NHS.',
        ar: 'خدمة مجانية من هيئة الخدمات الصحية الوطنية (NHS).',
      },
    },
    contacts: [
      {
        role: {
          en: 'Children’s Speech and Language Therapy',
          pl: 'Zespół Logopedyczny dla Dzieci',
          ar: 'فريق علاج النطق واللغة للأطفال',
        },
        phone: '020 7946 0310',
        email: 'slt@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    website: 'https://www.westbridgechildrenshealth.example.nhs.uk/talk-time',
    locations: [northbrookFamilyHub, southmereFamilyHub, eastfieldHealthCentre],
    openingTimes: [
      {
        days: ['tuesday'],
        opens: '09:30',
        closes: '11:30',
        note: {
          en: 'Northbrook Family Hub',
          pl: 'Centrum rodzinne Northbrook',
          ar: 'مركز الأسرة في نورثبروك',
        },
      },
      {
        days: ['thursday'],
        opens: '13:30',
        closes: '15:30',
        note: {
          en: 'Southmere Family Hub',
          pl: 'Centrum rodzinne Southmere',
          ar: 'مركز الأسرة في ساوثمير',
        },
      },
      {
        days: ['saturday'],
        opens: '10:00',
        closes: '12:00',
        note: {
          en: 'Eastfield Health Centre, first Saturday of the month',
          pl: 'Przychodnia Eastfield, pierwsza sobota miesiąca',
          ar: 'المركز الصحي في إيستفيلد، أول سبت من كل شهر',
        },
      },
    ],
    reviewedDaysAgo: 25,
    status: 'published',
  },
  {
    key: 'slt-school-age',
    organisation: 'childrens-health',
    name: { en: 'Speech and language therapy for school-age children and young people' },
    summary: {
      en: 'Assessment, advice and therapy for pupils aged 4 to 19 who have trouble with speech, language, communication or swallowing. We work mainly in school, with the people who see them every day.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Each Westbridge school has a link speech and language therapist. We do not often take children out of class for weekly therapy on their own. Instead, we train and guide school staff to work on communication every day. We see children ourselves when they need a specialist. For example, for a stammer, a severe speech disorder or trouble swallowing.',
        },
        {
          kind: 'list',
          items: [
            'An assessment at school, with a written report and targets for you and the SENCO',
            'Blocks of therapy with a therapist when your child needs their specialist skills',
            'Training for teaching assistants, including Elklan courses',
            'Help with communication aids (AAC) at our specialist clinic',
            'Eating, drinking and swallowing checks for children with complex needs',
          ],
        },
        {
          kind: 'paragraph',
          text: 'If your child has an EHC plan, we give the speech and language therapy written in section F of the plan. We also take part in every annual review.',
        },
      ],
    },
    category: 'health',
    subCategories: ['speech-language-therapy'],
    ageRange: { minimum: 4, maximum: 19 },
    areasOfNeed: ['communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['professional-referral', 'self-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Ask your child’s SENCO to complete the referral form with you; parents can also refer with the form if the school agrees to share information. Referrals for stammering can be made by parents directly.',
      },
      referralUrl: referralForm,
      onlineLinkPurpose: 'refer',
    },
    eligibility: {
      en: 'Pupils aged 4 to 19 attending a Westbridge school or registered with a Westbridge GP, whose communication difficulties have not improved with support in school. Swallowing referrals must come from a health professional.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Children’s Speech and Language Therapy' },
        phone: '020 7946 0310',
        email: 'slt@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [eastfieldHealthCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 385,
    status: 'published',
  },
  {
    key: 'childrens-occupational-therapy',
    organisation: 'childrens-health',
    name: {
      en: 'Children’s occupational therapy',
      pl: 'Terapia zajęciowa dla dzieci',
      ar: 'العلاج الوظيفي للأطفال',
    },
    summary: {
      en: 'Occupational therapists help children and young people with physical, sensory or coordination difficulties. They help with everyday tasks like dressing, eating, writing and play.',
      pl: 'Terapeuci zajęciowi pomagają dzieciom i młodzieży z trudnościami fizycznymi, sensorycznymi lub koordynacyjnymi radzić sobie z codziennymi czynnościami, takimi jak ubieranie się, jedzenie, pisanie i zabawa.',
      ar: 'يساعد أخصائيو العلاج الوظيفي الأطفال والشباب الذين يعانون من صعوبات جسدية أو حسية أو صعوبات في التناسق الحركي على القيام بالأنشطة اليومية مثل ارتداء الملابس وتناول الطعام والكتابة واللعب.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Our occupational therapists (OTs) look at what your child needs to do each day and what makes it hard. Then we find what would help. That could be learning a skill, doing a task a new way or using equipment. We work with families and schools, so the same ideas are used at home and at school.',
        },
        {
          kind: 'list',
          items: [
            'Assessment at clinic, at home or at school',
            'Short blocks of therapy, usually four to six sessions, with a plan for home and school',
            'Advice and workshops on sensory processing for parents and school staff',
            'Assessment for equipment, such as specialist seating, bathing aids and toilet equipment',
            'Advice for an EHC needs assessment and for reviews',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Before we see your child, we will send you a questionnaire about their daily life. The wait for a first appointment is about 14 weeks now. While you wait, any Westbridge parent can join our online workshops on sensory and motor skills.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Nasi terapeuci zajęciowi sprawdzają, co dziecko musi robić na co dzień, co sprawia mu trudność i co mogłoby pomóc – czy będzie to ćwiczenie umiejętności, zmiana sposobu wykonywania czynności, czy korzystanie ze sprzętu. Współpracujemy z rodzinami i szkołami, aby te same strategie były stosowane wszędzie, gdzie przebywa dziecko.',
        },
        {
          kind: 'list',
          items: [
            'Ocena w przychodni, w domu lub w szkole',
            'Krótkie cykle terapii, zwykle od czterech do sześciu spotkań, z programem ćwiczeń do domu i szkoły',
            'Porady i warsztaty na temat przetwarzania sensorycznego dla rodziców i pracowników szkół',
            'Ocena potrzeby sprzętu, takiego jak specjalistyczne siedziska, pomoce do kąpieli i do korzystania z toalety',
            'Opinie w ramach oceny potrzeb EHC i przeglądów planów',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Przed pierwszą wizytą wyślemy Ci kwestionariusz dotyczący codziennego życia dziecka. Obecnie na pierwszą wizytę czeka się około 14 tygodni; w tym czasie każdy rodzic z Westbridge może wziąć udział w naszych warsztatach online na temat umiejętności sensorycznych i ruchowych.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'ينظر أخصائيو العلاج الوظيفي لدينا في ما يحتاج الطفل إلى القيام به كل يوم، وما الذي يجعل ذلك صعبًا، وما الذي قد يساعده، سواء كان ذلك بتنمية مهارة أو تغيير طريقة أداء المهمة أو استخدام معدات مساعدة. ونعمل مع العائلات والمدارس حتى تُطبَّق الاستراتيجيات نفسها أينما كان الطفل.',
        },
        {
          kind: 'list',
          items: [
            'التقييم في العيادة أو في المنزل أو في المدرسة',
            'فترات علاج قصيرة، عادةً من أربع إلى ست جلسات، مع برنامج للمنزل والمدرسة',
            'نصائح وورش عمل حول المعالجة الحسية للآباء وموظفي المدارس',
            'تقييم الحاجة إلى المعدات مثل المقاعد المتخصصة ومعدات الاستحمام ومعدات استخدام المرحاض',
            'تقديم الرأي المهني ضمن تقييمات احتياجات EHC ومراجعات الخطط',
          ],
        },
        {
          kind: 'paragraph',
          text: 'قبل الموعد الأول، سنرسل إليك استبيانًا عن الحياة اليومية لطفلك. تبلغ مدة الانتظار الحالية للموعد الأول نحو 14 أسبوعًا، وفي أثناء الانتظار يمكن لأي والد في ويستبريدج حضور ورش العمل الإلكترونية لدينا حول المهارات الحسية والحركية.',
        },
      ],
    },
    category: 'health',
    subCategories: ['occupational-therapy', 'equipment'],
    ageRange: { minimum: 0, maximum: 19 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Referrals come from a GP, paediatrician, health visitor, school SENCO or other health professional using the children’s therapies referral form. If you are not sure whether to ask for a referral, call our advice line on Tuesday afternoons.',
        pl: 'Skierowania wystawia lekarz rodzinny, pediatra, pielęgniarka środowiskowa, szkolny koordynator SENCO lub inny specjalista ochrony zdrowia na formularzu skierowania do terapii dziecięcych. Jeśli nie wiesz, czy prosić o skierowanie, zadzwoń na naszą linię porad we wtorki po południu.',
        ar: 'تأتي الإحالات من طبيب الأسرة أو طبيب الأطفال أو الزائرة الصحية أو منسق الاحتياجات التعليمية الخاصة في المدرسة أو أي مختص صحي آخر، باستخدام نموذج الإحالة إلى علاجات الأطفال. إذا لم تكن متأكدًا من ضرورة طلب إحالة، فاتصل بخط الاستشارات لدينا بعد ظهر يوم الثلاثاء.',
      },
      referralUrl: referralForm,
      onlineLinkPurpose: 'refer',
    },
    eligibility: {
      en: 'Children and young people aged 0 to 19 registered with a Westbridge GP whose difficulties with daily activities are affecting their independence or learning, and where the setting’s own support has been tried. We prioritise referrals by clinical need and will write to explain our decision.',
      pl: 'Dzieci i młodzież w wieku od 0 do 19 lat zarejestrowane u lekarza rodzinnego w Westbridge, których trudności z codziennymi czynnościami wpływają na ich samodzielność lub naukę, i u których wypróbowano już wsparcie oferowane przez placówkę. O kolejności decyduje potrzeba kliniczna, a o naszej decyzji poinformujemy Cię na piśmie.',
      ar: 'الأطفال والشباب من عمر 0 إلى 19 عامًا المسجلون لدى طبيب أسرة في ويستبريدج، والذين تؤثر صعوباتهم في الأنشطة اليومية على استقلاليتهم أو تعلمهم، بعد أن تكون المدرسة أو الحضانة قد جرّبت الدعم الذي تقدمه. نحدد الأولويات بحسب الحاجة السريرية، وسنكتب إليك لشرح قرارنا.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free NHS service. Equipment we provide is loaned free of charge and collected when it is no longer needed.',
        pl: 'Bezpłatna usługa NHS. Sprzęt, który zapewniamy, jest wypożyczany bezpłatnie i odbierany, gdy nie jest już potrzebny.',
        ar: 'خدمة مجانية من NHS. تُعار المعدات التي نقدمها مجانًا، ونستعيدها عندما لا تعود هناك حاجة إليها.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Children’s Occupational Therapy',
          pl: 'Terapia zajęciowa dla dzieci',
          ar: 'العلاج الوظيفي للأطفال',
        },
        phone: '020 7946 0320',
        email: therapiesEmail,
      },
      {
        role: {
          en: 'Advice line (Tuesdays 13:00 to 16:00)',
          pl: 'Linia porad (wtorki, 13:00–16:00)',
          ar: 'خط الاستشارات (أيام الثلاثاء من 13:00 إلى 16:00)',
        },
        phone: '020 7946 0321',
      },
    ],
    website: 'https://www.westbridgechildrenshealth.example.nhs.uk/occupational-therapy',
    locations: [eastfieldHealthCentre],
    openingTimes: [
      officeHours,
      {
        days: ['tuesday'],
        opens: '13:00',
        closes: '16:00',
        note: { en: 'Advice line', pl: 'Linia porad', ar: 'خط الاستشارات' },
      },
    ],
    reviewedDaysAgo: 140,
    status: 'published',
  },
  {
    key: 'childrens-physiotherapy',
    organisation: 'childrens-health',
    name: { en: 'Children’s physiotherapy' },
    summary: {
      en: 'Physiotherapy for babies, children and young people with movement difficulties, from late walking to cerebral palsy. We see them at clinic, home, school and the hydrotherapy pool.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Our paediatric physiotherapists look at how your child moves. They plan treatment to help your child be active and do things for themselves. We set goals that matter to you and your child. For example, getting in and out of the car, keeping up with friends at playtime, or managing stairs at secondary school.',
        },
        {
          kind: 'list',
          items: [
            'Baby clinic for babies with delayed movement or a flat head shape',
            'Programmes for home and school, with training for the staff who use them',
            'Orthotics, splints and posture care, such as standing frames and night-time positioning',
            'Hydrotherapy in The Willows School pool, if it will help your child',
            'Help to recover after orthopaedic surgery',
          ],
        },
      ],
    },
    category: 'health',
    subCategories: ['physiotherapy', 'equipment'],
    ageRange: { minimum: 0, maximum: 19 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Ask your GP, health visitor, paediatrician or hospital consultant to refer using the children’s therapies referral form. Schools can refer with your consent.',
      },
      referralUrl: referralForm,
      onlineLinkPurpose: 'refer',
    },
    eligibility: {
      en: 'Children and young people aged 0 to 19 registered with a Westbridge GP, with a physical difficulty affecting their movement, posture or function. Children with mild coordination difficulties are usually seen by occupational therapy instead.',
    },
    cost: { type: 'free' },
    contacts: [
      { role: { en: 'Children’s Physiotherapy' }, phone: '020 7946 0330', email: therapiesEmail },
    ],
    locations: [eastfieldHealthCentre, willowsSchool],
    openingTimes: [{ days: mondayToFriday, opens: '08:30', closes: '16:30' }],
    reviewedDaysAgo: 300,
    status: 'published',
  },
  {
    key: 'neurodevelopmental-pathway',
    organisation: 'childrens-health',
    name: {
      en: 'Autism and ADHD assessment (neurodevelopmental pathway)',
      pl: 'Diagnoza autyzmu i ADHD (ścieżka neurorozwojowa)',
      ar: 'تقييم التوحد واضطراب فرط الحركة وتشتت الانتباه (مسار النمو العصبي)',
    },
    summary: {
      en: 'Assessment for autism and ADHD for children and young people up to 18. The community paediatric team leads it, and you can get support while you wait.',
      pl: 'Diagnoza autyzmu i ADHD u dzieci i młodzieży do 18. roku życia, prowadzona przez zespół pediatrii środowiskowej, ze wsparciem dostępnym w trakcie oczekiwania.',
      ar: 'تقييم التوحد واضطراب فرط الحركة وتشتت الانتباه للأطفال والشباب حتى سن 18 عامًا، يقوده فريق طب الأطفال المجتمعي، مع دعم متاح في أثناء فترة الانتظار.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'You, your child’s school or a health worker may think your child is autistic or has attention deficit hyperactivity disorder (ADHD). The neurodevelopmental pathway brings together what home, school and clinicians know. Together we agree what your child needs. The assessment is not a test your child can pass or fail. Support in school should never depend on a diagnosis.',
        },
        { kind: 'heading', text: 'What happens' },
        {
          kind: 'list',
          items: [
            'We check the referral has a questionnaire from you and one from school or nursery. If anything is missing, we ask for it. We do not turn the referral down',
            'A paediatrician sees your child. If needed, a speech and language therapist or clinical psychologist sees them too',
            'We meet you to explain the outcome and give you a written report',
            'Whatever the outcome, we point you to support, such as Family Link’s parent courses',
          ],
        },
        {
          kind: 'paragraph',
          text: 'We know waits are long. Most children now wait around 60 weeks from referral to assessment. We check the waiting list every month. If your child’s situation changes, please tell us and we may bring the appointment forward. While you wait, your child’s school must still give SEN support based on their needs.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Jeśli Ty, szkoła dziecka lub specjalista ochrony zdrowia uważacie, że dziecko może być autystyczne lub mieć ADHD, ścieżka neurorozwojowa łączy informacje z domu, ze szkoły i od lekarzy, aby wspólnie zrozumieć potrzeby dziecka. Diagnoza nie jest egzaminem, który dziecko może zdać lub oblać, a wsparcie w szkole nigdy nie powinno zależeć od diagnozy.',
        },
        { kind: 'heading', text: 'Jak to przebiega' },
        {
          kind: 'list',
          items: [
            'Sprawdzamy, czy skierowanie zawiera kwestionariusz od Ciebie oraz od szkoły lub przedszkola; jeśli czegoś brakuje, prosimy o uzupełnienie zamiast odrzucać skierowanie',
            'Dziecko jest badane przez pediatrę, a w razie potrzeby także przez logopedę lub psychologa klinicznego',
            'Spotykamy się z Tobą, aby omówić wynik, i przekazujemy pisemny raport',
            'Niezależnie od wyniku wskazujemy, gdzie szukać wsparcia, w tym kursy dla rodziców prowadzone przez Family Link',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Wiemy, że czas oczekiwania jest długi: obecnie większość dzieci czeka około 60 tygodni od skierowania do diagnozy. Co miesiąc przeglądamy listę oczekujących i przyspieszymy wizytę, jeśli sytuacja dziecka się zmieni – prosimy, daj nam znać. W czasie oczekiwania szkoła nadal musi zapewniać dziecku wsparcie SEN odpowiednie do jego potrzeb.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'إذا كنت تعتقد أنت أو مدرسة طفلك أو أحد المختصين الصحيين أن طفلك قد يكون مصابًا بالتوحد أو باضطراب فرط الحركة وتشتت الانتباه، فإن مسار النمو العصبي يجمع المعلومات من المنزل والمدرسة والأطباء للوصول إلى فهم مشترك لاحتياجات طفلك. التقييم ليس امتحانًا ينجح فيه طفلك أو يرسب، ويجب ألا يتوقف الدعم في المدرسة أبدًا على وجود تشخيص.',
        },
        { kind: 'heading', text: 'ماذا يحدث' },
        {
          kind: 'list',
          items: [
            'نتأكد من أن الإحالة تتضمن استبيانًا منك ومن المدرسة أو الحضانة، وإذا كان هناك نقص فإننا نطلب استكماله بدلًا من رفض الإحالة',
            'يفحص طفلك طبيب أطفال، ويشارك عند الحاجة أخصائي نطق ولغة أو أخصائي نفسي سريري',
            'نلتقي بك لشرح النتيجة ونقدم لك تقريرًا مكتوبًا',
            'أيًا كانت النتيجة، نرشدك إلى مصادر الدعم، بما فيها دورات الآباء التي تقدمها جمعية فاميلي لينك',
          ],
        },
        {
          kind: 'paragraph',
          text: 'نعلم أن فترات الانتظار طويلة: ينتظر معظم الأطفال حاليًا نحو 60 أسبوعًا من الإحالة حتى التقييم. نراجع قائمة الانتظار كل شهر، وسنقدّم الموعد إذا تغيّر وضع طفلك، لذا يُرجى إبلاغنا. وفي أثناء الانتظار، يجب على مدرسة طفلك أن تواصل تقديم دعم الاحتياجات التعليمية الخاصة بناءً على احتياجاته.',
        },
      ],
    },
    category: 'health',
    subCategories: ['paediatrics'],
    ageRange: { minimum: 2, maximum: 18 },
    areasOfNeed: ['communication-interaction', 'social-emotional-mental-health'],
    languages: ['en', 'pl', 'ar', 'ur', 'so'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'A GP, health visitor, school SENCO or other professional refers using the neurodevelopmental referral form, which includes a parent questionnaire and a school questionnaire. You can ask your child’s school or GP to refer.',
        pl: 'Skierowanie wystawia lekarz rodzinny, pielęgniarka środowiskowa, szkolny koordynator SENCO lub inny specjalista na formularzu skierowania neurorozwojowego, który zawiera kwestionariusz dla rodzica i kwestionariusz dla szkoły. Możesz poprosić o skierowanie szkołę dziecka lub lekarza rodzinnego.',
        ar: 'يحيل طبيب الأسرة أو الزائرة الصحية أو منسق الاحتياجات التعليمية الخاصة في المدرسة أو مختص آخر الطفلَ باستخدام نموذج إحالة النمو العصبي، الذي يتضمن استبيانًا للوالدين واستبيانًا للمدرسة. يمكنك أن تطلب من مدرسة طفلك أو من طبيب الأسرة إجراء الإحالة.',
      },
    },
    eligibility: {
      en: 'Children and young people up to their 18th birthday who are registered with a Westbridge GP; from 17 and a half, young people are referred to the adult service instead. A clinician reviews every referral within four weeks, and we will write to explain if we think another service would help more.',
      pl: 'Dzieci i młodzież do ukończenia 18 lat zarejestrowane u lekarza rodzinnego w Westbridge; od wieku 17,5 roku młodzież kierujemy do poradni dla dorosłych. Każde skierowanie jest rozpatrywane przez specjalistę w ciągu czterech tygodni; jeśli uznamy, że inna usługa bardziej pomoże, wyjaśnimy to na piśmie.',
      ar: 'الأطفال والشباب حتى بلوغهم 18 عامًا المسجلون لدى طبيب أسرة في ويستبريدج، أما من بلغوا 17 عامًا ونصفًا فيُحالون إلى خدمة البالغين. يراجع أحد الأطباء كل إحالة خلال أربعة أسابيع، وسنكتب إليك لنوضح إن كنا نرى أن خدمة أخرى قد تكون أكثر فائدة.',
    },
    howToComplain: {
      en: 'Contact the trust’s Patient Advice and Liaison Service (PALS) on 020 7946 0390 or pals@westbridgechildrenshealth.example.nhs.uk.',
      pl: 'Skontaktuj się z działem porad i kontaktu z pacjentami (Patient Advice and Liaison Service, PALS) naszego trustu NHS pod numerem 020 7946 0390 lub pod adresem pals@westbridgechildrenshealth.example.nhs.uk.',
      ar: 'تواصل مع خدمة المشورة والتواصل مع المرضى (PALS) التابعة لهيئة NHS التي نتبع لها، على الرقم 020 7946 0390 أو عبر البريد الإلكتروني pals@westbridgechildrenshealth.example.nhs.uk.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free on the NHS.',
        pl: 'Bezpłatnie w ramach NHS.',
        ar: 'مجاني ضمن خدمات NHS.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Community Paediatrics appointments',
          pl: 'Rejestracja do pediatrii środowiskowej',
          ar: 'مواعيد طب الأطفال المجتمعي',
        },
        phone: '020 7946 0340',
        email: 'paediatrics@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [eastfieldHealthCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 15,
    status: 'published',
  },
  {
    key: 'childrens-community-nursing',
    organisation: 'childrens-health',
    name: { en: 'Children’s community nursing and special school nursing' },
    summary: {
      en: 'Nurses who care for children with complex health needs at home and in school, so they spend less time in hospital. They also train families and school staff.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The children’s community nursing team visits children at home after a hospital stay or with a long-term condition. The special school nursing team is based at The Willows School. It helps pupils in Westbridge special schools and resource bases during the school day.',
        },
        {
          kind: 'list',
          items: [
            'Care and training for tube feeding and gastrostomy, oxygen, tracheostomy and epilepsy rescue medicine',
            'Individual healthcare plans, written with parents and schools',
            'Continence checks and products for children aged 5 and over',
            'Palliative and end-of-life care, with a nurse on call 24 hours a day for children on this pathway',
          ],
        },
      ],
    },
    category: 'health',
    subCategories: ['community-nursing'],
    ageRange: { minimum: 0, maximum: 19 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Referrals come from hospital teams, GPs, paediatricians and school nurses. If your child is already known to us, call the team base directly.',
      },
    },
    eligibility: {
      en: 'Children and young people up to 19 registered with a Westbridge GP who have nursing needs that can be met at home or school. The continence service is for children aged 5 and over.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Community nursing team base' },
        phone: '020 7946 0350',
        email: 'ccn@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [eastfieldHealthCentre, willowsSchool],
    openingTimes: [
      { days: mondayToFriday, opens: '08:00', closes: '20:00' },
      {
        days: ['saturday', 'sunday'],
        opens: '09:00',
        closes: '17:00',
        note: { en: 'Weekend visits for children already on the caseload' },
      },
    ],
    reviewedDaysAgo: 355,
    status: 'published',
  },
  {
    key: 'westbridge-camhs',
    organisation: 'childrens-health',
    name: { en: 'Westbridge CAMHS, including the learning disability team' },
    summary: {
      en: 'National Health Service (NHS) mental health support for children and young people up to 18. We help with anxiety, low mood, self-harm, eating problems, or distress linked to a learning disability or autism.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'CAMHS help young people when their mental health has a big effect on daily life. Our learning disability team is for children with a moderate to profound learning disability. They may also have behaviour that challenges or mental health needs. We use positive behaviour support.',
        },
        {
          kind: 'list',
          items: [
            'One place to send every referral. We look at each one within five working days',
            'Talking therapies. These include cognitive behavioural therapy (CBT) and family therapy. We also run dialectical behaviour therapy skills groups',
            'A psychiatrist can assess your child and check their medicine',
            'Positive behaviour support plans, made with you and your child’s school',
            'A crisis line for young people already known to CAMHS, 9am to 9pm every day',
          ],
        },
        {
          kind: 'paragraph',
          text: 'If you think a young person is in danger right now, call 999 or go to A&E. For urgent advice at any time, call NHS 111 and choose the mental health option.',
        },
      ],
    },
    category: 'health',
    subCategories: ['mental-health'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: ['social-emotional-mental-health'],
    languages: ['en', 'ar', 'tr'],
    access: {
      routes: ['professional-referral', 'self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Young people aged 14 and over can refer themselves online or by phone. Parents of younger children can call the single point of access for advice; GPs, schools and social workers can refer using the online form.',
      },
      referralUrl: 'https://www.westbridgechildrenshealth.example.nhs.uk/camhs/refer',
      onlineLinkPurpose: 'refer',
    },
    eligibility: {
      en: 'Children and young people up to 18 registered with a Westbridge GP with moderate to severe mental health difficulties. If CAMHS is not the right service, we pass your details (with consent) to one that is, such as the schools Mental Health Support Team or the Westbridge Young People’s Counselling Service.',
    },
    howToComplain: {
      en: 'Talk to your clinician first. You can also contact PALS on 020 7946 0390, or make a formal complaint to the trust.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'CAMHS single point of access' },
        phone: '020 7946 0360',
        email: 'camhs@westbridgechildrenshealth.example.nhs.uk',
      },
      { role: { en: 'CAMHS crisis line (open cases)' }, phone: '0300 123 4570' },
    ],
    locations: [
      {
        name: { en: 'The Orchard Centre (CAMHS)' },
        addressLine1: '9 Orchard Road',
        addressLine2: 'Northbrook',
        town: 'Westbridge',
        postcode: 'WB4 1JX',
        venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space'],
      },
    ],
    openingTimes: [{ days: mondayToFriday, opens: '09:00', closes: '18:00' }],
    reviewedDaysAgo: 90,
    status: 'published',
  },
  {
    key: 'mental-health-support-teams',
    organisation: 'childrens-health',
    name: { en: 'Mental Health Support Teams in Westbridge schools' },
    summary: {
      en: 'Education mental health practitioners in schools give short, early help for mild to moderate anxiety and low mood. They also help schools take a whole-school approach.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Mental Health Support Teams (MHSTs) work in 28 Westbridge primary and secondary schools, such as The Willows School and the Tuition Centre. They offer 6 to 8 sessions of guided self-help based on cognitive behavioural therapy (CBT). They work with parents of young children.',
        },
        {
          kind: 'list',
          items: [
            'One-to-one help with worries, panic, low mood and sleep problems',
            'Parent-led CBT for anxiety in children aged 5 to 11',
            'Workshops on exam stress and managing change',
            'Adapted approaches for autistic pupils and those with learning difficulties',
          ],
        },
      ],
    },
    category: 'health',
    subCategories: ['mental-health'],
    ageRange: { minimum: 5, maximum: 18 },
    areasOfNeed: ['social-emotional-mental-health'],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Speak to your child’s teacher, SENCO or the school’s mental health lead, who can refer to the team working in that school.',
      },
    },
    eligibility: {
      en: 'Pupils in a school that has a Mental Health Support Team. The list of schools is updated each September.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'MHST team manager' },
        phone: '020 7946 0365',
        email: 'mhst@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [],
    openingTimes: [
      {
        days: mondayToFriday,
        opens: '08:30',
        closes: '16:30',
        note: { en: 'Term time, with some holiday workshops' },
      },
    ],
    reviewedDaysAgo: 12,
    status: 'draft',
    submittedForReview: true,
  },
  {
    key: 'kingsmead-paediatric-audiology',
    organisation: 'childrens-health',
    name: { en: 'Children’s hearing clinic (paediatric audiology) at Kingsmead Hospital' },
    summary: {
      en: 'Hearing tests, hearing aid fitting and glue ear follow-up for babies and children. It is at Kingsmead Hospital, just outside the borough.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Westbridge children’s hearing services are at the children’s outpatients at Kingsmead Hospital. It is a 25-minute bus ride from Westbridge town centre (route 71). Babies who need a follow-up after their newborn hearing screen are seen here within four weeks.',
        },
        {
          kind: 'list',
          items: [
            'Hearing tests through play, made for young and non-verbal children',
            'Hearing aid fitting, repairs and free batteries. Drop in for repairs on Wednesday mornings',
            'We refer every child with a permanent hearing loss to the Sensory Support Service',
            'Joint clinics with ear, nose and throat doctors',
          ],
        },
      ],
    },
    category: 'health',
    subCategories: ['sensory-services'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: ['sensory-physical', 'communication-interaction'],
    languages: ['en', 'bfi'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Your GP, health visitor, school nurse or speech and language therapist can refer. Children who already wear hearing aids can use the repair drop-in without an appointment.',
      },
    },
    eligibility: {
      en: 'Children and young people up to 18 registered with a GP in Westbridge or Kingsmead.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Paediatric audiology appointments' },
        phone: '020 7946 0920',
        email: 'audiology@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [kingsmeadHospital],
    openingTimes: [
      { days: mondayToFriday, opens: '08:30', closes: '17:00' },
      {
        days: ['wednesday'],
        opens: '09:00',
        closes: '12:00',
        note: { en: 'Hearing aid repair drop-in' },
      },
    ],
    reviewedDaysAgo: 230,
    status: 'published',
  },
  {
    key: 'kingsmead-wheelchair-service',
    organisation: 'childrens-health',
    name: { en: 'Children’s wheelchair and seating service (Kingsmead)' },
    summary: {
      en: 'Assessment for manual and powered wheelchairs, buggies and specialist seating for children with long-term mobility needs. Westbridge and Kingsmead run it together.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The wheelchair service sees children who have a long-term difficulty walking. We give them a chair that suits their posture, lifestyle and the places they go. We also offer a personal wheelchair budget. So families can pay extra towards a different chair if they prefer.',
        },
        {
          kind: 'list',
          items: [
            'Assessment at clinic, or at home or school for children with complex posture needs',
            'Tests and training for driving a powered wheelchair',
            'Repairs by our approved repairer, usually within five working days',
            'A review at least once a year, or sooner as your child grows',
          ],
        },
      ],
    },
    category: 'health',
    subCategories: ['equipment'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en'],
    access: {
      routes: ['professional-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'A physiotherapist, occupational therapist, GP or consultant refers. The service will contact you to book an assessment.',
      },
    },
    eligibility: {
      en: 'Children with a permanent or long-term (more than six months) mobility difficulty who are registered with a Westbridge or Kingsmead GP. Short-term loans after injury are provided by the hospital instead.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'The assessed chair is free. With a personal wheelchair budget you can choose to pay the difference for a chair with extra features.',
      },
    },
    contacts: [
      {
        role: { en: 'Wheelchair service' },
        phone: '020 7946 0925',
        email: 'wheelchairs@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [kingsmeadHospital],
    openingTimes: [officeHours],
    reviewedDaysAgo: 415,
    status: 'published',
  },
]
