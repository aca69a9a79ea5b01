import type { SeedService } from '../../types.js'
import {
  centralLibrary,
  civicCentre,
  eastfieldHealthCentre,
  familyLinkHub,
  mondayToFriday,
  officeHours,
} from './venues.js'

export const informationServices: SeedService[] = [
  {
    key: 'westbridge-sendiass',
    organisation: 'family-link',
    name: {
      en: 'Westbridge SENDIASS – free, impartial SEND information, advice and support',
      pl: 'Westbridge SENDIASS – bezpłatne i bezstronne informacje, porady i wsparcie w sprawach SEND',
      ar: 'خدمة SENDIASS في ويستبريدج – معلومات ومشورة ودعم مجاني ومحايد بشأن الاحتياجات الخاصة والإعاقة',
    },
    summary: {
      en: 'Free, private and fair advice for parents, children and young people up to 25. We cover SEN, disability, EHC plans, exclusions and appeals. We are run apart from the council.',
      pl: 'Poufne i bezstronne porady dla rodziców, dzieci i młodzieży do 25. roku życia w sprawach specjalnych potrzeb edukacyjnych, niepełnosprawności, planów EHC, wykluczeń ze szkoły i odwołań – od służby działającej niezależnie od samorządu.',
      ar: 'مشورة سرية ومحايدة للآباء والأطفال والشباب حتى سن 25 عامًا بشأن الاحتياجات التعليمية الخاصة والإعاقة وخطط EHC والفصل من المدرسة والاستئنافات، من خدمة تعمل باستقلال عن المجلس المحلي.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Every council must have an information, advice and support service for SEND. In Westbridge, Westbridge Family Link runs it. The council pays for it, but our advice is impartial. We take no side. We help you understand your rights and choices and make your own decisions.',
        },
        { kind: 'heading', text: 'How we can help' },
        {
          kind: 'list',
          items: [
            'A helpline and email advice. We call you back within two working days',
            'Help to understand SEN support, EHC needs assessments and the law',
            'Help to write a request for an EHC needs assessment or comment on a draft plan',
            'A caseworker to come with you to meetings, such as annual reviews or exclusion hearings',
            'Information about mediation, the SEND Tribunal and making a complaint',
            'A separate service for young people aged 16 to 25, who have their own rights in law',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Our advice is confidential. We will not tell the school or council what you tell us unless you agree, or someone is at risk of harm. Interpreters are free, including British Sign Language (BSL).',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Każdy samorząd musi zapewnić służbę informacji, porad i wsparcia w sprawach SEND. W Westbridge prowadzi ją Westbridge Family Link, dlatego – choć finansuje ją samorząd – nasze porady są bezstronne: nie stoimy po niczyjej stronie, lecz pomagamy Ci zrozumieć Twoje prawa i możliwości oraz samodzielnie podejmować decyzje.',
        },
        { kind: 'heading', text: 'Jak możemy pomóc' },
        {
          kind: 'list',
          items: [
            'Infolinia i porady e-mailowe; oddzwaniamy w ciągu dwóch dni roboczych',
            'Pomoc w zrozumieniu wsparcia SEN, oceny potrzeb EHC i przepisów prawa',
            'Pomoc w napisaniu wniosku o ocenę potrzeb EHC lub uwag do projektu planu',
            'Doradca, który pójdzie z Tobą na spotkania, na przykład na przegląd roczny lub posiedzenie w sprawie wykluczenia ze szkoły',
            'Informacje o mediacji, Trybunale SEND i składaniu skarg',
            'Osobna usługa dla młodzieży w wieku 16–25 lat, która ma własne prawa wynikające z przepisów',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Nasze porady są poufne: nie przekażemy szkole ani samorządowi tego, co nam powiesz, bez Twojej zgody, chyba że komuś grozi krzywda. Tłumacze, w tym tłumacze brytyjskiego języka migowego (BSL), są bezpłatni.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يجب على كل مجلس محلي توفير خدمة معلومات ومشورة ودعم بشأن الاحتياجات التعليمية الخاصة والإعاقة. وفي ويستبريدج تدير هذه الخدمة جمعية فاميلي لينك، لذلك فإن مشورتنا محايدة رغم أن المجلس المحلي يموّلها: لا ننحاز إلى أي طرف، بل نساعدك على فهم حقوقك وخياراتك واتخاذ قراراتك بنفسك.',
        },
        { kind: 'heading', text: 'كيف يمكننا المساعدة' },
        {
          kind: 'list',
          items: [
            'خط هاتفي للمساعدة ومشورة عبر البريد الإلكتروني، مع معاودة الاتصال خلال يومي عمل',
            'المساعدة في فهم دعم الاحتياجات التعليمية الخاصة وتقييمات احتياجات EHC والقانون',
            'المساعدة في كتابة طلب تقييم احتياجات EHC أو التعليق على مسودة الخطة',
            'مرشد يرافقك إلى الاجتماعات، مثل المراجعات السنوية أو جلسات النظر في الفصل من المدرسة',
            'معلومات عن الوساطة ومحكمة الاحتياجات الخاصة والإعاقة وتقديم الشكاوى',
            'خدمة منفصلة للشباب من عمر 16 إلى 25 عامًا، الذين يتمتعون بحقوقهم الخاصة بموجب القانون',
          ],
        },
        {
          kind: 'paragraph',
          text: 'مشورتنا سرية: لن نشارك ما تخبرنا به مع المدرسة أو المجلس المحلي دون موافقتك، إلا إذا كان أحد معرضًا لخطر الأذى. خدمات الترجمة مجانية، بما فيها لغة الإشارة البريطانية (BSL).',
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: ['sendiass'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'bfi', 'pl', 'ar', 'ur', 'so'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the helpline, email us, or fill in the online contact form and we will get back to you. You can also drop in to our Tuesday morning advice session at Westbridge Central Library.',
        pl: 'Zadzwoń na infolinię, napisz e-mail lub wypełnij formularz kontaktowy online, a odezwiemy się do Ciebie. Możesz też przyjść bez zapisów na wtorkowy poranny dyżur porad w Westbridge Central Library.',
        ar: 'اتصل بخط المساعدة أو راسلنا بالبريد الإلكتروني أو املأ نموذج التواصل عبر الإنترنت وسنرد عليك. يمكنك أيضًا الحضور دون موعد إلى جلسة المشورة صباح كل ثلاثاء في مكتبة ويستبريدج المركزية.',
      },
      referralUrl: 'https://www.westbridgefamilylink.example.org.uk/sendiass/contact',
      onlineLinkPurpose: 'contact',
    },
    eligibility: {
      en: 'Parents and carers of children and young people aged 0 to 25 with SEN or a disability, and children and young people themselves, who live in Westbridge or attend a Westbridge school or college.',
      pl: 'Rodzice i opiekunowie dzieci i młodzieży w wieku od 0 do 25 lat ze specjalnymi potrzebami edukacyjnymi lub niepełnosprawnością, a także same dzieci i młodzież, którzy mieszkają w Westbridge lub uczą się w szkole albo college’u w Westbridge.',
      ar: 'الآباء ومقدمو الرعاية للأطفال والشباب من عمر 0 إلى 25 عامًا من ذوي الاحتياجات التعليمية الخاصة أو الإعاقة، والأطفال والشباب أنفسهم، ممن يقيمون في ويستبريدج أو يدرسون في إحدى مدارسها أو كلياتها.',
    },
    howToComplain: {
      en: 'Contact the SENDIASS manager, Karim Haddad. If you are still unhappy, Westbridge Family Link’s complaints procedure is on its website.',
      pl: 'Skontaktuj się z kierownikiem SENDIASS, Karimem Haddadem. Jeśli nadal masz zastrzeżenia, procedurę składania skarg Westbridge Family Link znajdziesz na stronie internetowej organizacji.',
      ar: 'تواصل مع مدير خدمة SENDIASS، كريم حداد. وإذا بقيت غير راضٍ، فستجد إجراءات الشكاوى الخاصة بجمعية فاميلي لينك في ويستبريدج على موقعها الإلكتروني.',
    },
    cost: {
      type: 'free',
      detail: { en: 'Free and confidential.', pl: 'Bezpłatnie i poufnie.', ar: 'مجانية وسرية.' },
    },
    contacts: [
      {
        role: { en: 'SENDIASS helpline', pl: 'Infolinia SENDIASS', ar: 'خط مساعدة SENDIASS' },
        phone: '0300 123 4567',
        email: 'sendiass@westbridgefamilylink.example.org.uk',
      },
      {
        name: 'Karim Haddad',
        role: { en: 'SENDIASS manager', pl: 'Kierownik SENDIASS', ar: 'مدير خدمة SENDIASS' },
        email: 'karim.haddad@westbridgefamilylink.example.org.uk',
      },
    ],
    website: 'https://www.westbridgefamilylink.example.org.uk/sendiass',
    locations: [familyLinkHub, centralLibrary],
    openingTimes: [
      {
        days: mondayToFriday,
        opens: '09:30',
        closes: '16:30',
        note: { en: 'Helpline', pl: 'Infolinia', ar: 'خط المساعدة' },
      },
      {
        days: ['tuesday'],
        opens: '09:30',
        closes: '12:30',
        note: {
          en: 'Drop-in at Westbridge Central Library',
          pl: 'Dyżur bez zapisów w Westbridge Central Library',
          ar: 'جلسة دون موعد في مكتبة ويستبريدج المركزية',
        },
      },
    ],
    reviewedDaysAgo: 20,
    status: 'published',
  },
  {
    key: 'westbridge-parent-carer-forum',
    organisation: 'family-link',
    name: {
      en: 'Westbridge Parent Carer Forum',
      pl: 'Forum Rodziców i Opiekunów Westbridge',
      ar: 'منتدى الآباء ومقدمي الرعاية في ويستبريدج',
    },
    summary: {
      en: 'An independent group of parents and carers of children with SEND. We work with the council and NHS to make local services better and make sure families are heard.',
      pl: 'Niezależna grupa rodziców i opiekunów dzieci ze specjalnymi potrzebami, która współpracuje z samorządem i NHS, aby poprawiać lokalne usługi i dbać o to, by głos rodzin był słyszalny.',
      ar: 'مجموعة مستقلة من الآباء ومقدمي الرعاية لأطفال ذوي احتياجات خاصة وإعاقة، تعمل مع المجلس المحلي وهيئة NHS لتحسين الخدمات المحلية وضمان أن تُسمع أصوات الأسر.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Parent Carer Forum does not give advice on single cases (SENDIASS does that). Instead, it gathers the stories of many families. It takes them to the people who plan and pay for services. This is called co-production. Members sit on the SEND Partnership Board, help write policies and check the Local Offer.',
        },
        {
          kind: 'list',
          items: [
            'Open meetings each term with senior council and NHS managers, with free childcare',
            'Online surveys on topics such as transport, waiting times and annual reviews',
            'Paid chances to sit on interview panels and help train professionals',
            'A monthly newsletter and a friendly private Facebook group',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Any parent or carer can join for free. Take part as much or as little as you like. The forum is part of the National Network of Parent Carer Forums. A Department for Education grant pays for it. Westbridge Family Link manages the money.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Forum Rodziców i Opiekunów nie udziela porad w indywidualnych sprawach (zajmuje się tym SENDIASS). Zbiera natomiast doświadczenia wielu rodzin i przekazuje je osobom, które planują i finansują usługi – nazywa się to współtworzeniem (co-production). Członkowie forum zasiadają w Radzie Partnerstwa SEND, pomagają pisać zasady i sprawdzają Ofertę Lokalną.',
        },
        {
          kind: 'list',
          items: [
            'Otwarte spotkania raz w semestrze z kierownictwem samorządu i NHS, z zapewnioną opieką nad dziećmi',
            'Ankiety online na takie tematy jak transport, czas oczekiwania i przeglądy roczne',
            'Płatne możliwości udziału w komisjach rekrutacyjnych i w szkoleniach dla specjalistów',
            'Comiesięczny biuletyn i przyjazna, prywatna grupa na Facebooku',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Każdy rodzic lub opiekun może dołączyć bezpłatnie i angażować się tyle, ile chce. Forum należy do Krajowej Sieci Forów Rodziców i Opiekunów (National Network of Parent Carer Forums) i jest finansowane z dotacji Ministerstwa Edukacji, którą administruje Westbridge Family Link.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'لا يقدم منتدى الآباء ومقدمي الرعاية مشورة في الحالات الفردية (فهذا دور خدمة SENDIASS)، بل يجمع تجارب عدد كبير من الأسر وينقلها إلى من يخططون للخدمات ويموّلونها، وهو ما يُسمّى الإنتاج المشترك. ويشارك أعضاء المنتدى في مجلس شراكة الاحتياجات الخاصة والإعاقة، ويساعدون في صياغة السياسات ومراجعة العرض المحلي.',
        },
        {
          kind: 'list',
          items: [
            'اجتماعات مفتوحة كل فصل دراسي مع كبار المسؤولين في المجلس المحلي وهيئة NHS، مع توفير رعاية للأطفال',
            'استطلاعات رأي عبر الإنترنت حول مواضيع مثل النقل وأوقات الانتظار والمراجعات السنوية',
            'فرص مدفوعة الأجر للمشاركة في لجان المقابلات وفي تدريب المختصين',
            'نشرة إخبارية شهرية ومجموعة خاصة ودودة على فيسبوك',
          ],
        },
        {
          kind: 'paragraph',
          text: 'يمكن لأي والد أو مقدم رعاية الانضمام مجانًا والمشاركة بالقدر الذي يريده. المنتدى عضو في الشبكة الوطنية لمنتديات الآباء ومقدمي الرعاية، ويموَّل بمنحة من وزارة التعليم تديرها جمعية فاميلي لينك في ويستبريدج.',
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: ['parent-carer-forum'],
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
        en: 'Join online or by phone, or just come along to an open meeting – dates are in the newsletter and on the forum’s website.',
        pl: 'Dołącz online lub telefonicznie albo po prostu przyjdź na otwarte spotkanie – terminy znajdziesz w biuletynie i na stronie internetowej forum.',
        ar: 'انضم عبر الإنترنت أو بالهاتف، أو احضر ببساطة أحد الاجتماعات المفتوحة، وتجد مواعيدها في النشرة الإخبارية وعلى الموقع الإلكتروني للمنتدى.',
      },
    },
    eligibility: {
      en: 'Any parent or carer of a child or young person aged 0 to 25 with SEN or a disability who lives in Westbridge or uses Westbridge services. A diagnosis or EHC plan is not needed.',
      pl: 'Każdy rodzic lub opiekun dziecka albo młodej osoby w wieku od 0 do 25 lat ze specjalnymi potrzebami edukacyjnymi lub niepełnosprawnością, mieszkający w Westbridge lub korzystający z usług w Westbridge. Diagnoza ani plan EHC nie są potrzebne.',
      ar: 'أي والد أو مقدم رعاية لطفل أو شاب من عمر 0 إلى 25 عامًا من ذوي الاحتياجات التعليمية الخاصة أو الإعاقة، يقيم في ويستبريدج أو يستخدم خدماتها. لا يلزم وجود تشخيص أو خطة EHC.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free to join. Parents who take part in paid activities receive a voucher for their time.',
        pl: 'Członkostwo jest bezpłatne. Rodzice biorący udział w płatnych działaniach otrzymują bon za poświęcony czas.',
        ar: 'الانضمام مجاني. ويحصل الآباء الذين يشاركون في الأنشطة المدفوعة على قسيمة مقابل وقتهم.',
      },
    },
    contacts: [
      {
        role: { en: 'Forum coordinator', pl: 'Koordynator forum', ar: 'منسق المنتدى' },
        phone: '020 7946 0540',
        email: 'forum@westbridgeparentcarers.example.org.uk',
      },
    ],
    website: 'https://www.westbridgeparentcarers.example.org.uk',
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['monday', 'wednesday', 'thursday'],
        opens: '10:00',
        closes: '15:00',
        note: {
          en: 'Coordinator’s working days',
          pl: 'Dni pracy koordynatora',
          ar: 'أيام عمل المنسق',
        },
      },
    ],
    reviewedDaysAgo: 35,
    status: 'published',
  },
  {
    key: 'polish-arabic-coffee-mornings',
    organisation: 'family-link',
    name: {
      en: 'Coffee mornings in Polish and Arabic for families of children with SEND',
      pl: 'Poranne spotkania przy kawie po polsku i po arabsku dla rodzin dzieci ze specjalnymi potrzebami',
      ar: 'لقاءات صباحية على فنجان قهوة باللغتين البولندية والعربية لأسر الأطفال ذوي الاحتياجات الخاصة',
    },
    summary: {
      en: 'Relaxed monthly get-togethers. Talk in your own language, ask about the English SEND system and meet other families.',
      pl: 'Swobodne comiesięczne spotkania, na których rodzice mogą rozmawiać we własnym języku, zadawać pytania o angielski system wsparcia SEND i poznawać inne rodziny.',
      ar: 'لقاءات شهرية مريحة يستطيع فيها الآباء التحدث بلغتهم، وطرح الأسئلة حول نظام الاحتياجات الخاصة والإعاقة في إنجلترا، والتعرف إلى أسر أخرى.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Moving to a new country is hard. So is learning how schools, the NHS and the council work. Doing it while your child has extra needs can feel like too much. Parent volunteers who speak Polish or Arabic lead these coffee mornings. They have been through the system too.',
        },
        {
          kind: 'list',
          items: [
            'Polish group: first Wednesday of the month, with a SENDIASS adviser and a Polish-speaking interpreter',
            'Arabic group: third Wednesday of the month, with a SENDIASS adviser and an Arabic-speaking interpreter',
            'Short talks on things families ask about, such as an EHC plan, benefits and choosing a school',
            'A play corner with a crèche worker, so you can bring younger children',
          ],
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Przeprowadzka do nowego kraju i poznawanie zasad działania szkół, NHS i samorządu jest wystarczająco trudne; gdy dziecko ma dodatkowe potrzeby, może to przytłaczać. Spotkania prowadzą rodzice-wolontariusze mówiący po polsku lub po arabsku, którzy sami przeszli przez ten system.',
        },
        {
          kind: 'list',
          items: [
            'Grupa polska: pierwsza środa miesiąca, z doradcą SENDIASS i tłumaczem języka polskiego',
            'Grupa arabska: trzecia środa miesiąca, z doradcą SENDIASS i tłumaczem języka arabskiego',
            'Krótkie prezentacje na tematy, o które pytają rodziny, na przykład plany EHC, świadczenia i wybór szkoły',
            'Kącik zabaw z opiekunką, więc możesz przyjść z młodszymi dziećmi',
          ],
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'الانتقال إلى بلد جديد وتعلّم كيفية عمل المدارس وهيئة NHS والمجلس المحلي أمر صعب بما يكفي، وقد يصبح مرهقًا حين يكون لطفلك احتياجات إضافية. يقود هذه اللقاءات آباء متطوعون يتحدثون البولندية أو العربية وقد مرّوا هم أنفسهم بهذه التجربة.',
        },
        {
          kind: 'list',
          items: [
            'المجموعة البولندية: يوم الأربعاء الأول من كل شهر، بحضور مرشد من SENDIASS ومترجم للغة البولندية',
            'المجموعة العربية: يوم الأربعاء الثالث من كل شهر، بحضور مرشد من SENDIASS ومترجم للغة العربية',
            'أحاديث قصيرة حول مواضيع تطلبها الأسر، مثل خطط EHC والإعانات واختيار المدرسة',
            'ركن للعب مع مشرفة لرعاية الأطفال، فيمكنك إحضار أطفالك الأصغر سنًا',
          ],
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: ['support-groups'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [],
    languages: ['pl', 'ar', 'en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Just come along – no need to book. If it is your first time, call us beforehand and a volunteer will meet you at the door.',
        pl: 'Po prostu przyjdź – nie trzeba się zapisywać. Jeśli przychodzisz pierwszy raz, zadzwoń wcześniej, a wolontariusz przywita Cię przy wejściu.',
        ar: 'ما عليك سوى الحضور، فلا حاجة إلى الحجز. وإذا كانت هذه أول مرة، فاتصل بنا مسبقًا وسيستقبلك أحد المتطوعين عند الباب.',
      },
    },
    eligibility: {
      en: 'Polish- or Arabic-speaking parents and carers of children and young people with SEN or a disability, or who are worried about their child’s development.',
      pl: 'Rodzice i opiekunowie mówiący po polsku lub po arabsku, których dzieci mają specjalne potrzeby edukacyjne lub niepełnosprawność, a także ci, którzy martwią się rozwojem swojego dziecka.',
      ar: 'الآباء ومقدمو الرعاية الناطقون بالبولندية أو العربية لأطفال وشباب من ذوي الاحتياجات الخاصة أو الإعاقة، أو القلقون بشأن نمو أطفالهم.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free, with tea, coffee and cake.',
        pl: 'Bezpłatnie; kawa, herbata i ciasto na miejscu.',
        ar: 'مجانًا، مع الشاي والقهوة والكعك.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Family Link reception',
          pl: 'Recepcja Family Link',
          ar: 'مكتب الاستقبال في فاميلي لينك',
        },
        phone: '020 7946 0500',
        email: 'hello@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['wednesday'],
        opens: '10:00',
        closes: '12:00',
        note: {
          en: 'Polish: first Wednesday; Arabic: third Wednesday',
          pl: 'Po polsku: pierwsza środa miesiąca; po arabsku: trzecia środa miesiąca',
          ar: 'باللغة البولندية: أول أربعاء من الشهر؛ باللغة العربية: ثالث أربعاء من الشهر',
        },
      },
    ],
    reviewedDaysAgo: 48,
    status: 'published',
  },
  {
    key: 'spectrum-parent-group',
    organisation: 'family-link',
    name: { en: 'Spectrum: support group for parents of autistic children' },
    summary: {
      en: 'A monthly evening group and online chat. Parents of autistic children and teenagers share what works. You do not need a diagnosis.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Three Westbridge mums set up Spectrum in 2016. It now has over 300 members. Meetings are a time to chat. Every other month a guest speaker comes too. Recent talks were on sleep, eating problems, pathological demand avoidance (PDA) and getting ready for secondary school.',
        },
        {
          kind: 'list',
          items: [
            'Monthly evening meetings at the Family Link Hub',
            'Moderated WhatsApp chats: one for primary parents and one for secondary',
            'A dads’ breakfast every other Saturday',
            'A library of books and visual supports to borrow',
          ],
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: ['support-groups'],
    ageRange: { minimum: 2, maximum: 18 },
    areasOfNeed: ['communication-interaction', 'social-emotional-mental-health'],
    languages: ['en'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: { en: 'Email to join the mailing list, or just turn up to a meeting.' },
    },
    eligibility: {
      en: 'Parents and carers of children who are autistic or waiting for an autism assessment. No diagnosis needed.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Spectrum volunteers' },
        email: 'spectrum@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['thursday'],
        opens: '19:00',
        closes: '21:00',
        note: { en: 'Second Thursday of the month' },
      },
      {
        days: ['saturday'],
        opens: '09:30',
        closes: '11:00',
        note: { en: 'Dads’ breakfast, every other Saturday' },
      },
    ],
    reviewedDaysAgo: 50,
    status: 'published',
  },
  {
    key: 'parent-courses-after-diagnosis',
    organisation: 'family-link',
    name: { en: 'Courses for parents: understanding autism, ADHD and behaviour' },
    summary: {
      en: 'Free six-week courses for parents and carers. Learn about autism or attention deficit hyperactivity disorder (ADHD). Find out what helps and meet other families. Come before or after a diagnosis.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'A trained leader and a parent who has been there run each course. They are friendly and full of tips to try. You can come if your child has a diagnosis or is on a waiting list.',
        },
        {
          kind: 'list',
          items: [
            'Understanding Autism: senses, communication, anxiety and meltdowns',
            'Living with ADHD: routines, feelings and working with school',
            'Calmer Families: a course on behaviour that challenges, for parents of children with a learning disability',
            'Evening courses online and day courses in person, with a crèche',
          ],
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: ['training-for-parents'],
    ageRange: { minimum: 2, maximum: 18 },
    areasOfNeed: ['communication-interaction', 'social-emotional-mental-health'],
    languages: ['en', 'ur'],
    access: {
      routes: ['self-referral', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Book a place online or by phone. Professionals, including the neurodevelopmental team, can refer families with their agreement.',
      },
      referralUrl: 'https://www.westbridgefamilylink.example.org.uk/courses',
      onlineLinkPurpose: 'book',
    },
    eligibility: {
      en: 'Parents and carers living in Westbridge. Courses are popular, so we keep a waiting list and run each course three times a year.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Courses team' },
        phone: '020 7946 0515',
        email: 'courses@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['tuesday'],
        opens: '10:00',
        closes: '12:30',
        note: { en: 'Daytime courses, in person' },
      },
      {
        days: ['wednesday'],
        opens: '19:00',
        closes: '21:00',
        note: { en: 'Evening courses, online' },
      },
    ],
    reviewedDaysAgo: 140,
    status: 'published',
  },
  {
    key: 'send-casework-team',
    organisation: 'westbridge-send',
    name: {
      en: 'SEND Casework Team (EHCP coordinators)',
      pl: 'Zespół SEND ds. prowadzenia spraw (koordynatorzy planów EHC)',
      ar: 'فريق متابعة حالات الاحتياجات التعليمية الخاصة والإعاقة (منسقو خطط EHC)',
    },
    summary: {
      en: 'The council team that runs EHC needs assessments and writes and reviews EHC plans. We are your main contact for anything about your child’s plan.',
      pl: 'Zespół samorządu, który przeprowadza oceny potrzeb EHC, pisze i przegląda plany EHC i jest Twoim głównym kontaktem we wszystkich sprawach dotyczących planu dziecka.',
      ar: 'فريق المجلس الذي يجري تقييمات احتياجات EHC ويكتب خطط EHC ويراجعها، وهو جهة اتصالك الرئيسية في كل ما يتعلق بخطة طفلك.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Every child or young person with an EHC plan, or being assessed for one, has a named EHCP coordinator. Your coordinator gets advice from professionals and drafts the plan with you. They ask schools and colleges, and make sure we act on annual reviews.',
        },
        {
          kind: 'list',
          items: [
            'Requests for an EHC needs assessment from parents, young people and schools',
            'Questions about an assessment, a draft plan or a final plan',
            'Changing a plan after an annual review',
            'Phase transfer to primary, secondary or post-16',
          ],
        },
        {
          kind: 'paragraph',
          text: 'We aim to reply to calls and emails within three working days. If you do not know who your coordinator is, call the team’s duty line.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Każde dziecko lub młoda osoba, która ma plan EHC albo jest oceniana pod tym kątem, ma wyznaczonego koordynatora planu EHC. Koordynator zbiera opinie specjalistów, przygotowuje z Tobą projekt planu, konsultuje się ze szkołami i college’ami oraz dba o to, by wnioski z corocznych przeglądów zostały wprowadzone w życie.',
        },
        {
          kind: 'list',
          items: [
            'Wnioski o ocenę potrzeb EHC od rodziców, młodych ludzi i szkół',
            'Pytania o ocenę, projekt planu lub plan ostateczny',
            'Zmiany po corocznym przeglądzie',
            'Przejście do szkoły podstawowej, średniej lub nauki po 16. roku życia',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Staramy się odpowiadać na telefony i e-maile w ciągu trzech dni roboczych. Jeśli nie wiesz, kto jest Twoim koordynatorem, zadzwoń na linię dyżurną zespołu.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'لكل طفل أو شاب لديه خطة EHC، أو يجري تقييمه للحصول على خطة، منسق خطة EHC معيَّن باسمه. يجمع المنسق آراء المختصين، ويُعدّ مسودة الخطة معك، ويتشاور مع المدارس والكليات، ويتأكد من تنفيذ ما تقرره المراجعات السنوية.',
        },
        {
          kind: 'list',
          items: [
            'طلبات تقييم احتياجات EHC من الآباء والشباب والمدارس',
            'الأسئلة عن التقييم أو مسودة الخطة أو الخطة النهائية',
            'التعديلات بعد المراجعة السنوية',
            'الانتقال إلى المرحلة الابتدائية أو الثانوية أو مرحلة ما بعد 16 عامًا',
          ],
        },
        {
          kind: 'paragraph',
          text: 'نسعى إلى الرد على المكالمات والرسائل الإلكترونية خلال ثلاثة أيام عمل. إذا كنت لا تعرف منسقك، فاتصل بخط المناوبة لدى الفريق.',
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: [],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en'],
    access: {
      routes: ['self-referral', 'ehc-plan'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the duty line or email the team. To request an EHC needs assessment, use the online request form or write to us.',
        pl: 'Zadzwoń na linię dyżurną lub napisz e-mail do zespołu. Aby poprosić o ocenę potrzeb EHC, wypełnij wniosek online albo napisz do nas.',
        ar: 'اتصل بخط المناوبة أو راسل الفريق بالبريد الإلكتروني. لطلب تقييم احتياجات EHC، استخدم نموذج الطلب الإلكتروني أو اكتب إلينا.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/send/request-an-assessment',
      onlineLinkPurpose: 'request',
    },
    eligibility: {
      en: 'Children and young people aged 0 to 25 who live in Westbridge and have, or may need, an EHC plan.',
      pl: 'Dzieci i młodzież w wieku od 0 do 25 lat mieszkający w Westbridge, którzy mają plan EHC lub mogą go potrzebować.',
      ar: 'الأطفال والشباب من عمر 0 إلى 25 عامًا الذين يعيشون في ويستبريدج ولديهم خطة EHC أو قد يحتاجون إليها.',
    },
    howToComplain: {
      en: 'You can complain through the council’s corporate complaints procedure. Disagreements about the content of a plan can go to mediation and the SEND Tribunal.',
      pl: 'Możesz złożyć skargę w ramach ogólnej procedury skarg samorządu. Spory o treść planu mogą trafić do mediacji i do Trybunału SEND.',
      ar: 'يمكنك تقديم شكوى عبر إجراء الشكاوى العام في المجلس. أما الخلافات حول محتوى الخطة فيمكن عرضها على الوساطة ومحكمة SEND.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: {
          en: 'SEND Casework duty line',
          pl: 'Linia dyżurna Zespołu SEND ds. prowadzenia spraw',
          ar: 'خط المناوبة لفريق متابعة الحالات',
        },
        phone: '020 7946 0101',
        email: 'sendcasework@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 28,
    status: 'published',
  },
  {
    key: 'family-information-service',
    organisation: 'westbridge-send',
    name: { en: 'Westbridge Family Information Service and Local Offer helpline' },
    summary: {
      en: 'Free information by phone, email or in person about childcare, activities and all the services in this Local Offer. We post printed copies to families without the internet.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Not everyone wants to look things up online. The Family Information Service can search the Local Offer for you and post or email you the listings. We can help you find childcare that is right for your child.',
        },
        {
          kind: 'list',
          items: [
            'Help to find services by age, need and area',
            'Printed copies of Local Offer pages, posted free of charge',
            'We find childcare for you (brokerage) if your child has SEND and you cannot find a place',
            'Information in large print, easy read or another language if you ask',
          ],
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: [],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [],
    languages: ['en', 'pl', 'ar', 'ur', 'bn', 'so', 'ro'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call, email, or visit the Family Information desk at Westbridge Central Library. Interpreters can be booked for phone calls and visits.',
      },
    },
    eligibility: { en: 'Anyone living or working in Westbridge.' },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Family Information Service' },
        phone: '020 7946 0102',
        email: 'fis@westbridge.example.org.uk',
      },
    ],
    locations: [centralLibrary],
    openingTimes: [
      officeHours,
      { days: ['saturday'], opens: '10:00', closes: '13:00', note: { en: 'Library desk only' } },
    ],
    reviewedDaysAgo: 62,
    status: 'published',
  },
  {
    key: 'nhs-keyworker-service',
    organisation: 'childrens-health',
    name: {
      en: 'Keyworker service for autistic young people and young people with a learning disability',
    },
    summary: {
      en: 'A keyworker for young people aged 0 to 25 who are in a mental health hospital, or at risk of going in. They help families get the right support from every service.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'When an autistic young person or a young person with a learning disability is in crisis, families may deal with many services at once. A keyworker stays with the family. They make sure services talk to each other and the young person is heard. They help avoid a stay in hospital where they can.',
        },
        {
          kind: 'list',
          items: [
            'A named keyworker who can be reached by phone during the week',
            'Help to get ready for and go to care, education and treatment reviews (CETRs)',
            'Working with CAMHS, the Disabled Children’s Team and schools',
          ],
        },
      ],
    },
    category: 'information-advice-support',
    subCategories: [],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'social-emotional-mental-health',
      'cognition-learning',
    ],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Young people on the dynamic support register are referred automatically. Professionals can refer, and families can ask their CAMHS clinician or social worker to refer.',
      },
    },
    eligibility: {
      en: 'Autistic young people and young people with a learning disability aged 0 to 25 who are in a mental health inpatient unit or at high risk of admission.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Keyworking team' },
        phone: '020 7946 0370',
        email: 'keyworkers@westbridgechildrenshealth.example.nhs.uk',
      },
    ],
    locations: [eastfieldHealthCentre],
    openingTimes: [{ days: mondayToFriday, opens: '09:00', closes: '17:00' }],
    reviewedDaysAgo: 205,
    status: 'published',
  },
]
