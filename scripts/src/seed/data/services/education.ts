import type { SeedService } from '../../types.js'
import {
  civicCentre,
  mondayToFriday,
  northbrookFamilyHub,
  northbrookPrimary,
  officeHours,
  southmereFamilyHub,
  westbridgeCollege,
  willowsSchool,
} from './venues.js'

export const educationServices: SeedService[] = [
  {
    key: 'northbrook-primary-school',
    organisation: 'northbrook-primary',
    name: { en: 'Northbrook Primary School' },
    summary: {
      en: 'A friendly primary school with a nursery class and two classes in each year. Children with SEN learn alongside their classmates, with support planned with parents.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Northbrook is a mainstream community primary school for 420 children, from Nursery (age 3) to Year 6. About one in six of our pupils gets SEN support, and nine have an EHC plan. We believe children do best when they belong to their class. So most support happens in the classroom, with short sessions outside it when they help.',
        },
        { kind: 'heading', text: 'Support you can expect' },
        {
          kind: 'list',
          items: [
            'A SEN support plan written with you and your child and reviewed three times a year',
            'Visual timetables, a calm corner and new words taught early in every classroom',
            'Trained teaching assistants who run Talk Boost, precision teaching and fine motor groups',
            'An Emotional Literacy Support Assistant (ELSA) and a weekly Mental Health Support Team worker',
            'Coffee mornings with the SENCO each half term, with a Polish-speaking teaching assistant there',
          ],
        },
        {
          kind: 'paragraph',
          text: 'If you are worried about your child, talk to their class teacher first. They can bring in the SENCO, Mrs Sarah Khan. She is in school every day and happy to meet before or after school.',
        },
      ],
    },
    category: 'education',
    subCategories: ['mainstream-schools', 'early-years'],
    ageRange: { minimum: 3, maximum: 11 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'bn'],
    access: {
      routes: ['self-referral', 'ehc-plan'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Apply for a Nursery, Reception or in-year place through Westbridge School Admissions. If your child has an EHC plan, the school is named through the EHC plan process instead. You are welcome to visit first: ring the school office to book a tour with the SENCO.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/school-admissions',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Places are offered under the council’s admissions criteria (looked-after children, siblings, then distance). A child whose EHC plan names the school must be admitted.',
    },
    howToComplain: {
      en: 'Speak to the class teacher or SENCO first. If you are still unhappy, follow the school’s complaints policy on our website, which ends with a governors’ complaints panel.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'School is free. Breakfast club is £3.50 a morning (free for children who get free school meals), and after-school clubs run by outside coaches cost £4 a session.',
      },
    },
    contacts: [
      {
        name: 'Sarah Khan',
        role: { en: 'SENCO' },
        phone: '020 7946 0211',
        email: 'senco@northbrookprimary.example.org.uk',
      },
      {
        role: { en: 'School office' },
        phone: '020 7946 0210',
        email: 'office@northbrookprimary.example.org.uk',
      },
    ],
    website: 'https://www.northbrookprimary.example.org.uk',
    locations: [northbrookPrimary],
    openingTimes: [
      {
        days: mondayToFriday,
        opens: '08:45',
        closes: '15:15',
        note: { en: 'School day, term time only' },
      },
      { days: mondayToFriday, opens: '07:45', closes: '08:45', note: { en: 'Breakfast club' } },
    ],
    senInformationReportUrl:
      'https://www.northbrookprimary.example.org.uk/send/sen-information-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Quality first teaching is the starting point in every class: lessons are planned in small, clear steps with key vocabulary taught in advance. Where a child needs more, we follow the graduated approach (assess, plan, do, review) with a SEN support plan agreed with parents and the child.',
      },
      adaptingCurriculum: {
        en: 'Teachers adapt tasks and recording (voice notes, scribing, Clicker software), use concrete maths resources well beyond Key Stage 1, and adjust seating, lighting and noise for children with sensory needs. Every classroom has a visual timetable and a calm corner.',
      },
      additionalSupport: {
        en: 'Small-group and one-to-one programmes run by trained teaching assistants: Talk Boost, Lego-based therapy, precision teaching for reading and spelling, Numicon intervention and fine motor groups. We buy in eight days a year of educational psychology time and work closely with NHS therapists.',
      },
      assessingProgress: {
        en: 'SEN support plans are reviewed with parents each term, as well as at parents’ evenings. Children add their views through an "All about me" page. Children with an EHC plan also have an annual review, and we track small steps of progress, not just national curriculum levels.',
      },
      evaluatingProvision: {
        en: 'Each intervention is checked after its six-week block using before-and-after assessments, and we tell parents what changed. The SEND governor meets the SENCO every term, and the results of our annual SEND parent survey shape the next year’s plan.',
      },
      facilities: {
        en: 'Step-free throughout, with a lift to the first floor, an accessible toilet with a changing bed, a sensory room ("The Nest") and a quiet lunchtime club. Our accessibility plan is on the school website.',
      },
      activities: {
        en: 'All clubs are open to every child, with adjustments agreed with parents: multi-sports, choir, Lego club, gardening and swimming. Trips and the Year 6 residential are planned so that everyone can go, with pre-visits where they help.',
      },
      wellbeing: {
        en: 'Daily class check-ins, an ELSA for one-to-one emotional support, and individual healthcare plans written with parents and the school nurse for children with medical needs.',
      },
      staffExpertise: {
        en: 'The SENCO holds the National Award for SEN Co-ordination. All staff have yearly training on autism, speech and language and trauma-informed practice, and resource base staff hold Elklan Level 3. We use the council’s specialist teachers and the NHS therapy team for advice.',
      },
      emotionalSupport: {
        en: 'Zones of Regulation is used across the school, with friendship and social skills groups, playground buddies, and a Mental Health Support Team practitioner who sees children with anxiety or low mood every week.',
      },
    },
    reviewedDaysAgo: 45,
    status: 'published',
  },
  {
    key: 'northbrook-slcn-resource-base',
    organisation: 'northbrook-primary',
    name: { en: 'Speech and Language Resource Base at Northbrook Primary' },
    summary: {
      en: 'Fourteen places for children aged 4 to 11 with a severe speech and language disorder. They learn partly in a small base and partly in their mainstream class.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Children call the resource base "The Lighthouse". It is for children whose main need is a developmental language disorder or a severe speech disorder. They can learn in a mainstream school with a lot of specialist support. Each child belongs to a mainstream class and joins it for at least half of the week.',
        },
        {
          kind: 'list',
          items: [
            'Small-group lessons in literacy and maths in the base every day, with a specialist teacher and two Elklan-trained teaching assistants',
            'An NHS speech and language therapist in the base three days a week. They plan therapy with the team and see children one to one',
            'Signing, symbols and colourful semantics used all through the day',
            'A home-school book, and a therapy session each term that parents are invited to watch',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Places are named in an EHC plan. Children do not have to live in Northbrook. If your child is eligible, the council’s travel assistance team can help with getting to school.',
        },
      ],
    },
    category: 'education',
    subCategories: ['resource-bases', 'mainstream-schools'],
    ageRange: { minimum: 4, maximum: 11 },
    areasOfNeed: ['communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['ehc-plan'],
      ehcPlanRequired: true,
      referralRequired: false,
      howToAccess: {
        en: 'Places are agreed at the council’s SEND placement panel after your EHCP coordinator consults the school. If you would like the base considered, tell your coordinator and ask the SENCO for a visit.',
      },
    },
    eligibility: {
      en: 'Children in Reception to Year 6 with an EHC plan whose primary need is speech, language and communication, where NHS speech and language therapy advice confirms a severe, persistent language or speech disorder. Children whose main need is autism are usually better served by other provision, and the panel will talk this through with you.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        name: 'Sarah Khan',
        role: { en: 'SENCO' },
        phone: '020 7946 0211',
        email: 'senco@northbrookprimary.example.org.uk',
      },
      {
        name: 'Owen Price',
        role: { en: 'Resource base teacher' },
        email: 'owen.price@northbrookprimary.example.org.uk',
      },
    ],
    website: 'https://www.northbrookprimary.example.org.uk/lighthouse',
    locations: [northbrookPrimary],
    openingTimes: [
      { days: mondayToFriday, opens: '08:45', closes: '15:15', note: { en: 'Term time only' } },
    ],
    senInformationReportUrl:
      'https://www.northbrookprimary.example.org.uk/send/sen-information-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Teaching in the base is structured, visual and repetitive, with new words taught explicitly using colourful semantics and shape coding. Staff model language all day and check understanding rather than relying on instructions alone.',
      },
      adaptingCurriculum: {
        en: 'The national curriculum is followed, broken into smaller steps. Class teachers adapt mainstream lessons with word banks, visual supports and pre-teaching in the base the day before, so children can take part alongside their peers.',
      },
      additionalSupport: {
        en: 'An NHS speech and language therapist three days a week, a specialist teacher and two teaching assistants for 14 children, plus access to the school’s full range of interventions.',
      },
      assessingProgress: {
        en: 'Therapy targets are set with parents each term. Progress against EHC plan outcomes is reviewed at a termly meeting and the annual review, where children share their views with photos and symbols.',
      },
      evaluatingProvision: {
        en: 'The team measures language progress with standardised assessments twice a year and reports to governors. Parents complete a short questionnaire after each annual review, and the council’s specialist teaching service reviews the base every year.',
      },
      facilities: {
        en: 'A dedicated base with a teaching room, a small therapy room and a quiet room, on the ground floor with level access.',
      },
      activities: {
        en: 'Children join their mainstream class for PE, music, clubs and trips. Staff prepare them with social stories and photos before new activities.',
      },
      wellbeing: {
        en: 'Small groups, predictable routines and a named adult help children feel safe. The base team meets parents informally at pick-up every Friday.',
      },
      staffExpertise: {
        en: 'The base teacher has a postgraduate certificate in speech and language needs; teaching assistants hold Elklan Level 3. Staff train together with the NHS therapist each half term.',
      },
      emotionalSupport: {
        en: 'Children learn words for feelings and how to repair misunderstandings with friends. The school ELSA and playground buddies support friendships in mainstream classes.',
      },
    },
    reviewedDaysAgo: 352,
    status: 'published',
  },
  {
    key: 'willows-school',
    organisation: 'willows-school',
    name: {
      en: 'The Willows School (special school, ages 2 to 19)',
      pl: 'Szkoła The Willows (szkoła specjalna, wiek 2–19 lat)',
      ar: 'مدرسة ذا ويلوز (مدرسة خاصة لذوي الاحتياجات، من عمر 2 إلى 19 عامًا)',
    },
    summary: {
      en: 'A special school in Riverside for pupils with severe or profound and multiple learning difficulties. Many of them are autistic. We have therapy, nursing and a hydrotherapy pool on site.',
      pl: 'Szkoła specjalna w Riverside dla uczniów ze znaczną lub głęboką i sprzężoną niepełnosprawnością intelektualną, w tym wielu uczniów autystycznych, z terapią, opieką pielęgniarską i basenem do hydroterapii na miejscu.',
      ar: 'مدرسة خاصة في ريفرسايد للتلاميذ ذوي صعوبات التعلم الشديدة أو العميقة والمتعددة، وكثير منهم مصابون بالتوحد، مع توفر العلاج والتمريض ومسبح للعلاج المائي داخل المدرسة.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Willows is a maintained special school for 120 pupils from nursery to age 19. Classes have six to nine pupils, with a teacher and at least three teaching assistants. We group classes by age and by how each pupil learns best, not by diagnosis.',
        },
        { kind: 'heading', text: 'What your child will find here' },
        {
          kind: 'list',
          items: [
            'Pupils with the most complex needs learn through their senses (a sensory curriculum). Other pupils learn through play and life skills (a semi-formal curriculum)',
            'Speech and language therapists, an occupational therapist and a physiotherapist are in school four days a week',
            'A full-time school nurse team for tube feeding (gastrostomy), epilepsy care and other health needs',
            'Total Communication: we use signs (Makaton and Signalong), symbols, objects of reference and talking aids',
            'A hydrotherapy pool, a trampoline for rebound therapy, sensory rooms and a sensory garden',
            'A sixth form (16 to 19) that builds independence, work experience and preparing for adulthood',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Places are for children and young people with an EHC plan. The council names the school in the plan after asking us. If you are thinking about The Willows, talk to your EHCP coordinator. Then come and visit. We run family tours every other Thursday morning.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'The Willows to publiczna szkoła specjalna dla 120 uczniów, od przedszkola do 19. roku życia. Klasy liczą od sześciu do dziewięciu uczniów, z nauczycielem i co najmniej trzema asystentami, i są tworzone według wieku oraz tego, jak każdy uczeń najlepiej się uczy, a nie według diagnozy.',
        },
        { kind: 'heading', text: 'Co czeka na Twoje dziecko' },
        {
          kind: 'list',
          items: [
            'Program sensoryczny dla uczniów z głęboką i sprzężoną niepełnosprawnością intelektualną oraz półformalny program oparty na zabawie i umiejętnościach życiowych dla pozostałych',
            'Logopedzi, terapeuta zajęciowy i fizjoterapeuta pracujący w szkole cztery dni w tygodniu',
            'Zespół pielęgniarek szkolnych na pełen etat: karmienie przez gastrostomię, opieka przy padaczce i inne potrzeby medyczne',
            'Komunikacja totalna: znaki (Makaton i Signalong), symbole, przedmioty-symbole i pomoce do komunikacji',
            'Basen do hydroterapii, trampolina do terapii (rebound therapy), sale sensoryczne i ogród sensoryczny',
            'Oddział dla młodzieży w wieku 16–19 lat skupiony na samodzielności, praktykach zawodowych i przygotowaniu do dorosłości',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Miejsca są przeznaczone dla dzieci i młodzieży z planem EHC. Samorząd wskazuje szkołę w planie po konsultacji z nami, dlatego jeśli myślisz o The Willows, porozmawiaj z koordynatorem planu EHC i najpierw odwiedź szkołę – co drugi czwartek rano oprowadzamy rodziny.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'ذا ويلوز مدرسة خاصة حكومية تستقبل 120 تلميذًا من مرحلة الحضانة حتى سن 19 عامًا. يتراوح عدد التلاميذ في كل صف بين ستة وتسعة، مع معلم وثلاثة مساعدي تدريس على الأقل، ويُوزَّع التلاميذ على الصفوف بحسب العمر والطريقة التي يتعلم بها كل منهم على أفضل وجه، لا بحسب التشخيص.',
        },
        { kind: 'heading', text: 'ما الذي سيجده طفلك هنا' },
        {
          kind: 'list',
          items: [
            'منهج حسي للتلاميذ ذوي صعوبات التعلم العميقة والمتعددة، ومنهج شبه رسمي قائم على اللعب ومهارات الحياة للآخرين',
            'أخصائيو نطق ولغة وأخصائي علاج وظيفي وأخصائي علاج طبيعي يعملون في المدرسة أربعة أيام في الأسبوع',
            'فريق تمريض مدرسي بدوام كامل للتغذية عبر أنبوب المعدة ورعاية مرضى الصرع وغيرها من الاحتياجات الطبية',
            'التواصل الشامل: الإشارات (ماكاتون وسيغنالونغ) والرموز والأشياء المرجعية وأجهزة التواصل',
            'مسبح للعلاج المائي وترامبولين للعلاج بالارتداد وغرف حسية وحديقة حسية',
            'قسم للطلاب بين 16 و19 عامًا يركّز على الاستقلالية والخبرة العملية والاستعداد لمرحلة البلوغ',
          ],
        },
        {
          kind: 'paragraph',
          text: 'الأماكن مخصصة للأطفال والشباب الذين لديهم خطة التعليم والصحة والرعاية (EHC). يحدد المجلس المحلي اسم المدرسة في الخطة بعد التشاور معنا، لذلك إن كنت تفكر في مدرسة ذا ويلوز فتحدث إلى منسق خطة EHC الخاص بطفلك وقم بزيارتنا أولًا، إذ ننظم جولات للعائلات صباح يوم الخميس كل أسبوعين.',
        },
      ],
    },
    category: 'education',
    subCategories: ['special-schools'],
    ageRange: { minimum: 2, maximum: 19 },
    areasOfNeed: ['cognition-learning', 'communication-interaction', 'sensory-physical'],
    languages: ['en', 'pl', 'ar', 'ur'],
    access: {
      routes: ['ehc-plan'],
      ehcPlanRequired: true,
      referralRequired: false,
      howToAccess: {
        en: 'Places are agreed through the EHC plan process: ask your child’s EHCP coordinator to consult The Willows. To visit, call the school office or email admissions@willowsschool.example.org.uk to book a family tour.',
        pl: 'Miejsca przyznawane są w ramach procesu planu EHC: poproś koordynatora planu EHC dziecka o skonsultowanie się ze szkołą The Willows. Aby odwiedzić szkołę, zadzwoń do sekretariatu lub napisz na adres admissions@willowsschool.example.org.uk i zarezerwuj wizytę dla rodziny.',
        ar: 'تُمنح الأماكن من خلال إجراءات خطة EHC: اطلب من منسق خطة EHC الخاص بطفلك التشاور مع مدرسة ذا ويلوز. لزيارة المدرسة، اتصل بمكتب المدرسة أو راسل admissions@willowsschool.example.org.uk لحجز جولة عائلية.',
      },
    },
    eligibility: {
      en: 'Children and young people aged 2 to 19 with an EHC plan whose main need is a severe or profound learning difficulty. The council decides which school is named in the plan, taking account of your preference, after consulting the school.',
      pl: 'Dzieci i młodzież w wieku od 2 do 19 lat z planem EHC, których główną potrzebą jest znaczna lub głęboka niepełnosprawność intelektualna. Samorząd decyduje, która szkoła zostanie wskazana w planie, biorąc pod uwagę Twoje preferencje, po konsultacji ze szkołą.',
      ar: 'الأطفال والشباب من عمر 2 إلى 19 عامًا الذين لديهم خطة EHC وتتمثل حاجتهم الرئيسية في صعوبة تعلم شديدة أو عميقة. يقرر المجلس المحلي المدرسة التي تُذكر في الخطة بعد التشاور مع المدرسة ومع مراعاة رغبتك.',
    },
    howToComplain: {
      en: 'Talk to your child’s class teacher or the family liaison officer first. The school’s complaints policy is on its website; if you disagree with the school named in an EHC plan, you can appeal to the SEND Tribunal.',
      pl: 'Najpierw porozmawiaj z wychowawcą klasy dziecka lub z koordynatorką ds. kontaktu z rodzinami. Procedura rozpatrywania skarg jest dostępna na stronie internetowej szkoły; jeśli nie zgadzasz się ze szkołą wskazaną w planie EHC, możesz odwołać się do Trybunału SEND.',
      ar: 'تحدّث أولًا مع معلم صف طفلك أو مع مسؤولة التواصل مع الأسر. تجد سياسة الشكاوى الخاصة بالمدرسة على موقعها الإلكتروني، وإذا كنت لا توافق على المدرسة المذكورة في خطة EHC، فيمكنك الاستئناف أمام محكمة الاحتياجات الخاصة والإعاقة.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free. Home to school travel assistance is arranged separately by the council’s travel assistance team.',
        pl: 'Bezpłatne. Pomoc w dojeździe do szkoły organizuje osobno zespół ds. transportu samorządu.',
        ar: 'مجاني. يتولى فريق المساعدة في التنقل التابع للمجلس المحلي ترتيب المواصلات من المنزل إلى المدرسة بشكل منفصل.',
      },
    },
    contacts: [
      {
        name: 'Joanna Nowak',
        role: {
          en: 'Family liaison officer',
          pl: 'Koordynatorka ds. kontaktu z rodzinami',
          ar: 'مسؤولة التواصل مع الأسر',
        },
        phone: '020 7946 0251',
        email: 'joanna.nowak@willowsschool.example.org.uk',
      },
      {
        role: {
          en: 'School office and admissions',
          pl: 'Sekretariat szkoły i rekrutacja',
          ar: 'مكتب المدرسة والقبول',
        },
        phone: '020 7946 0250',
        email: 'admissions@willowsschool.example.org.uk',
      },
    ],
    website: 'https://www.willowsschool.example.org.uk',
    locations: [willowsSchool],
    openingTimes: [
      {
        days: mondayToFriday,
        opens: '09:00',
        closes: '15:30',
        note: {
          en: 'Term time only',
          pl: 'Tylko w okresie nauki szkolnej',
          ar: 'خلال الفصول الدراسية فقط',
        },
      },
    ],
    senInformationReportUrl:
      'https://www.willowsschool.example.org.uk/about/sen-information-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Every pupil follows one of three pathways – sensory, semi-formal or formal – chosen with parents. Teaching is highly personalised, built around each pupil’s EHC plan outcomes and their way of communicating.',
        pl: 'Każdy uczeń realizuje jedną z trzech ścieżek – sensoryczną, półformalną lub formalną – wybraną wspólnie z rodzicami. Nauczanie jest w dużym stopniu indywidualne i opiera się na celach z planu EHC ucznia oraz na jego sposobie komunikowania się.',
        ar: 'يتبع كل تلميذ أحد ثلاثة مسارات – حسي أو شبه رسمي أو رسمي – يُختار بالاتفاق مع الوالدين. والتدريس مُكيَّف إلى حد كبير لكل تلميذ، ويقوم على النتائج المحددة في خطة EHC الخاصة به وعلى طريقته في التواصل.',
      },
      adaptingCurriculum: {
        en: 'Learning happens through routines, play, sensory stories, cooking, community visits and work experience. Classrooms are low-arousal, with workstations for autistic pupils and ceiling hoists and standing frames for pupils with physical needs.',
        pl: 'Uczniowie uczą się poprzez stałe codzienne czynności, zabawę, historyjki sensoryczne, gotowanie, wyjścia do okolicy i praktyki zawodowe. Sale są urządzone tak, by ograniczać nadmiar bodźców; są w nich osobne stanowiska pracy dla uczniów autystycznych oraz podnośniki sufitowe i pionizatory dla uczniów z niepełnosprawnością ruchową.',
        ar: 'يجري التعلم من خلال الروتين اليومي واللعب والقصص الحسية والطهي والزيارات في المجتمع المحلي والخبرة العملية. الصفوف هادئة وقليلة المثيرات، وفيها أماكن عمل فردية للتلاميذ المصابين بالتوحد، ورافعات سقفية وأجهزة مساعدة على الوقوف للتلاميذ ذوي الاحتياجات الجسدية.',
      },
      additionalSupport: {
        en: 'High staff ratios, in-school speech and language therapy, occupational therapy and physiotherapy, a school nursing team, music therapy one day a week and a behaviour support lead who writes positive behaviour plans with families.',
        pl: 'Duża liczba pracowników na każdego ucznia, terapia logopedyczna, terapia zajęciowa i fizjoterapia na miejscu w szkole, zespół pielęgniarek szkolnych, muzykoterapia raz w tygodniu oraz specjalista ds. wspierania zachowania, który razem z rodzinami opracowuje plany pozytywnego wsparcia zachowania.',
        ar: 'عدد كبير من الموظفين مقارنةً بعدد التلاميذ، وعلاج النطق واللغة والعلاج الوظيفي والعلاج الطبيعي داخل المدرسة، وفريق تمريض مدرسي، وعلاج بالموسيقى يومًا واحدًا في الأسبوع، ومسؤول عن دعم السلوك يضع مع الأسر خططًا لدعم السلوك الإيجابي.',
      },
      assessingProgress: {
        en: 'Progress is measured in small steps against EHC plan outcomes and shared with parents through an online learning journal with photos and videos. Annual reviews are person-centred, and pupils take part in the way that suits them best.',
        pl: 'Postępy mierzymy małymi krokami w odniesieniu do celów z planu EHC i dzielimy się nimi z rodzicami w internetowym dzienniku nauki ze zdjęciami i filmami. Przeglądy roczne skupiają się na uczniu, a uczeń bierze w nich udział w sposób, który najbardziej mu odpowiada.',
        ar: 'يُقاس التقدم بخطوات صغيرة مقارنةً بالنتائج المحددة في خطة EHC، ونشاركه مع الوالدين من خلال سجل تعلم إلكتروني يتضمن صورًا ومقاطع فيديو. تتمحور المراجعات السنوية حول التلميذ نفسه، ويشارك فيها كل تلميذ بالطريقة التي تناسبه أكثر.',
      },
      evaluatingProvision: {
        en: 'Leaders review outcomes for every pupil each term. The parent forum meets half-termly with the headteacher, and pupil voice is gathered through the school council using symbols and choices.',
        pl: 'Kierownictwo szkoły co semestr analizuje wyniki każdego ucznia. Forum rodziców spotyka się z dyrektorem co pół semestru, a opinie uczniów zbiera samorząd uczniowski za pomocą symboli i wyboru spośród kilku możliwości.',
        ar: 'تراجع إدارة المدرسة نتائج كل تلميذ في كل فصل دراسي. ويجتمع منتدى أولياء الأمور مع مدير المدرسة كل نصف فصل دراسي، ويُستطلع رأي التلاميذ عبر مجلس التلاميذ باستخدام الرموز والاختيار بين البدائل.',
      },
      facilities: {
        en: 'Single-storey accessible site with hydrotherapy pool, two sensory rooms, soft play, rebound therapy, a sensory garden, a training flat for sixth formers and a Changing Places toilet.',
        pl: 'Dostępny, parterowy budynek z basenem do hydroterapii, dwiema salami sensorycznymi, salą zabaw z miękkim wyposażeniem, trampoliną do terapii (rebound therapy), ogrodem sensorycznym, mieszkaniem treningowym dla uczniów w wieku 16–19 lat i toaletą Changing Places.',
        ar: 'مبنى من طابق واحد مهيأ لذوي الإعاقة، فيه مسبح للعلاج المائي وغرفتان حسيتان ومنطقة لعب لينة وترامبولين للعلاج بالارتداد وحديقة حسية وشقة تدريبية لطلاب المرحلة من 16 إلى 19 عامًا ودورة مياه Changing Places.',
      },
      activities: {
        en: 'Swimming or hydrotherapy every week, rebound therapy, boccia, horse riding through Riding for the Disabled, after-school club twice a week and a holiday scheme in the Easter and summer holidays.',
        pl: 'Co tydzień pływanie lub hydroterapia, terapia na trampolinie (rebound therapy), boccia, jazda konna z organizacją Riding for the Disabled, zajęcia pozalekcyjne dwa razy w tygodniu oraz program zajęć w ferie wielkanocne i wakacje letnie.',
        ar: 'السباحة أو العلاج المائي كل أسبوع، والعلاج بالارتداد على الترامبولين، ولعبة البوتشيا، وركوب الخيل مع جمعية Riding for the Disabled، ونادٍ بعد المدرسة مرتين في الأسبوع، وبرنامج أنشطة في عطلتي عيد الفصح والصيف.',
      },
      wellbeing: {
        en: 'The nursing team manages care plans, medicines and feeding. Staff are trained in intimate care, moving and handling and epilepsy rescue medication, and every pupil has a named keyworker.',
        pl: 'Zespół pielęgniarek prowadzi plany opieki, podaje leki i zajmuje się karmieniem. Pracownicy są przeszkoleni w zakresie pomocy w czynnościach higienicznych, bezpiecznego podnoszenia i przemieszczania oraz podawania leków ratunkowych przy napadach padaczki, a każdy uczeń ma swojego stałego opiekuna.',
        ar: 'يتولى فريق التمريض خطط الرعاية والأدوية والتغذية. والموظفون مدرَّبون على الرعاية الشخصية، وعلى رفع التلاميذ ونقلهم بأمان، وعلى إعطاء أدوية الطوارئ لنوبات الصرع، ولكل تلميذ موظف محدد يتابعه باستمرار.',
      },
      staffExpertise: {
        en: 'All staff complete a two-year induction covering autism, PMLD, communication, positive behaviour support and moving and handling. Several teachers hold specialist qualifications in multi-sensory impairment and autism.',
        pl: 'Wszyscy pracownicy przechodzą dwuletnie szkolenie wprowadzające z zakresu autyzmu, głębokiej i sprzężonej niepełnosprawności intelektualnej (PMLD), komunikacji, pozytywnego wspierania zachowania oraz bezpiecznego podnoszenia i przemieszczania. Kilku nauczycieli ma specjalistyczne kwalifikacje w zakresie sprzężonych niepełnosprawności wzroku i słuchu oraz autyzmu.',
        ar: 'يُكمل جميع الموظفين برنامجًا تعريفيًا مدته عامان يشمل التوحد وصعوبات التعلم العميقة والمتعددة (PMLD) والتواصل ودعم السلوك الإيجابي ورفع الأشخاص ونقلهم بأمان. ويحمل عدد من المعلمين مؤهلات متخصصة في الإعاقات الحسية المتعددة وفي التوحد.',
      },
      emotionalSupport: {
        en: 'Intensive Interaction and Attention Autism sessions build connection and shared attention. Pupils are helped to recognise and communicate feelings, and a play therapist works with pupils who have experienced trauma or loss.',
        pl: 'Zajęcia metodami Intensive Interaction i Attention Autism budują więź i wspólną uwagę. Pomagamy uczniom rozpoznawać i wyrażać uczucia, a terapeuta zabawą pracuje z uczniami, którzy przeżyli traumę lub stratę bliskiej osoby.',
        ar: 'تساعد جلسات التفاعل المكثف (Intensive Interaction) وجلسات Attention Autism على بناء التواصل والانتباه المشترك. ونساعد التلاميذ على التعرف إلى مشاعرهم والتعبير عنها، ويعمل معالج باللعب مع التلاميذ الذين مرّوا بصدمة أو فقدوا شخصًا عزيزًا.',
      },
    },
    reviewedDaysAgo: 120,
    status: 'published',
  },
  {
    key: 'willows-outreach',
    organisation: 'willows-school',
    name: { en: 'The Willows Outreach Service for mainstream schools' },
    summary: {
      en: 'Specialist teachers from The Willows visit mainstream schools and nurseries. They give advice on pupils with complex learning needs, so more children can stay in their local school.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The outreach team shares what works in a special school with mainstream staff. An outreach teacher watches the pupil and talks to the family and staff. They leave practical, written advice – often with resources made on the spot.',
        },
        {
          kind: 'list',
          items: [
            'Up to six visits a term for one pupil, including showing staff how to use ideas in class',
            'Advice on sensory regulation, ways to communicate and teaching life skills',
            'Training after school for staff on autism and severe learning difficulties',
            'Help when a pupil moves to a new school or up to secondary (transition)',
          ],
        },
      ],
    },
    category: 'education',
    subCategories: ['specialist-teaching'],
    ageRange: { minimum: 3, maximum: 16 },
    areasOfNeed: ['cognition-learning', 'communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'The school or nursery’s SENCO makes the referral using the outreach request form, with the parent’s agreement. Parents can ask their child’s SENCO to refer.',
      },
    },
    eligibility: {
      en: 'Pupils in Westbridge schools and early years settings with significant learning or communication difficulties whose needs are not being met by the school’s usual SEN support. An EHC plan is not needed.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free to Westbridge maintained schools, academies and funded nurseries; the council funds the service.',
      },
    },
    contacts: [
      {
        name: 'Mark Adeyemi',
        role: { en: 'Outreach lead' },
        phone: '020 7946 0252',
        email: 'outreach@willowsschool.example.org.uk',
      },
    ],
    locations: [],
    openingTimes: [
      { days: mondayToFriday, opens: '08:30', closes: '16:30', note: { en: 'Term time only' } },
    ],
    senInformationReportUrl:
      'https://www.willowsschool.example.org.uk/about/sen-information-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Outreach teachers share the structured, visual and highly personalised teaching used at The Willows, adapted so that a mainstream class teacher can use it every day.',
      },
      adaptingCurriculum: {
        en: 'We help schools break learning into small steps, build in life skills and sensory breaks, and set up a workstation or quiet area where a pupil needs one.',
      },
      additionalSupport: {
        en: 'Modelling in class, resources made for the individual pupil, and advice to teaching assistants on communication systems such as symbols and objects of reference.',
      },
      assessingProgress: {
        en: 'Each block of outreach starts with targets agreed with the SENCO and parents and ends with a review meeting and a written summary of progress and next steps.',
      },
      evaluatingProvision: {
        en: 'Schools and parents complete a short evaluation at the end of each block; the results are reported to The Willows governors and the council every year.',
      },
      facilities: {
        en: 'Outreach takes place in the pupil’s own school. Staff from mainstream schools can visit The Willows to see approaches and resources in use.',
      },
      activities: {
        en: 'We advise on making clubs, playtimes and trips accessible, and can share visual stories for school trips.',
      },
      wellbeing: {
        en: 'Advice on sensory regulation, toileting and eating routines, and on planning a calm start and end to the school day.',
      },
      staffExpertise: {
        en: 'Outreach teachers are experienced special school teachers with qualifications in autism or severe learning difficulties, and they deliver twilight training for mainstream staff.',
      },
      emotionalSupport: {
        en: 'We help schools understand what behaviour may be communicating and plan proactive support, including friendship and turn-taking activities with classmates.',
      },
    },
    reviewedDaysAgo: 210,
    status: 'published',
  },
  {
    key: 'college-foundation-learning',
    organisation: 'westbridge-college',
    name: { en: 'Foundation Learning at Westbridge College (Pathways programmes)' },
    summary: {
      en: 'Full-time courses for students aged 16 to 25 with learning difficulties. Students build English, maths, independence and work skills at Entry Levels 1 to 3.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Pathways courses are for young people who are not yet ready for a vocational course at Level 1. Students study three days a week in small groups of up to ten. Each has a personal tutor who knows them well. Most go on to a vocational course, a supported internship or a community course.',
        },
        { kind: 'heading', text: 'The three pathways' },
        {
          kind: 'list',
          items: [
            'Pathway to Independence: cooking, budgeting, travel, staying safe and making friends',
            'Pathway to Work: the college café and shop, work experience and skills for work',
            'Pathway to Vocational Study: tasters in horticulture, construction, hair and beauty and computing (ICT)',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Come to one of our Inclusive Learning open evenings in November and March, or ask for your own visit. If you have an EHC plan, the council asks the college first. Then we meet you to plan support before you start.',
        },
      ],
    },
    category: 'education',
    subCategories: ['colleges'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: [
      'cognition-learning',
      'communication-interaction',
      'social-emotional-mental-health',
    ],
    languages: ['en', 'pl', 'so'],
    access: {
      routes: ['self-referral', 'ehc-plan'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Apply online or on paper by the end of February for a September start. We invite every applicant to an informal interview and a taster day; families are welcome to come too.',
      },
      referralUrl: 'https://www.westbridgecollege.example.ac.uk/apply',
      onlineLinkPurpose: 'apply',
    },
    eligibility: {
      en: 'Young people aged 16 to 25 with a learning difficulty or disability who are working at Entry Level. Students aged 19 to 25 usually need an EHC plan to study free of charge.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free for students aged 16 to 18, and for students aged 19 to 25 with an EHC plan. Students from low-income families can apply to the bursary fund for help with travel, meals and equipment.',
      },
    },
    contacts: [
      {
        name: 'Aisha Rahman',
        role: { en: 'Head of Inclusive Learning' },
        phone: '020 7946 0401',
        email: 'aisha.rahman@westbridgecollege.example.ac.uk',
      },
    ],
    website: 'https://www.westbridgecollege.example.ac.uk/pathways',
    locations: [westbridgeCollege],
    openingTimes: [
      {
        days: ['monday', 'tuesday', 'wednesday'],
        opens: '09:30',
        closes: '15:00',
        note: { en: 'Term time; timetable varies by pathway' },
      },
    ],
    senInformationReportUrl: 'https://www.westbridgecollege.example.ac.uk/support/send-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Small groups, practical learning in real settings and a personal tutor for every student. Each student has an individual learning plan built around their aspirations for adult life, not just qualifications.',
      },
      adaptingCurriculum: {
        en: 'English and maths are taught through everyday tasks such as shopping, timetables and recipes. Sessions use visual timetables, shorter tasks, movement breaks and assistive technology such as text-to-speech.',
      },
      additionalSupport: {
        en: 'Learning support assistants in every group, speech and language support bought in from the NHS trust, a specialist autism mentor, and personal care support for students who need it.',
      },
      assessingProgress: {
        en: 'Students agree targets with their tutor in the first six weeks and review them each term. Parents receive a termly report and are invited to two progress evenings a year; annual reviews for EHC plans are held at college.',
      },
      evaluatingProvision: {
        en: 'Student focus groups and a parent survey each spring feed into the department’s self-assessment report. We track where students go after college and share the results at open evenings.',
      },
      facilities: {
        en: 'Inclusive Learning base with a calm room and Changing Places toilet, a training kitchen, the college café and shop for work experience, and lifts to every floor.',
      },
      activities: {
        en: 'Enrichment on Thursday afternoons: football with the Westbridge Town community trust, drama, the student council and a weekly lunchtime games club.',
      },
      wellbeing: {
        en: 'The student wellbeing team offers drop-in support, counselling and a safe space at lunchtime. Medical care plans are written with families and the student before they start.',
      },
      staffExpertise: {
        en: 'Tutors hold teaching qualifications with SEND specialisms; all support staff complete autism and mental health first aid training. Staff spend time each year at The Willows and with the council’s specialist teams.',
      },
      emotionalSupport: {
        en: 'Tutorials cover relationships, online safety and managing anxiety. A mentor supports students through changes, and transition days in June help new students settle.',
      },
    },
    reviewedDaysAgo: 200,
    status: 'published',
  },
  {
    key: 'college-learning-support',
    organisation: 'westbridge-college',
    name: { en: 'Learning support for students on any Westbridge College course' },
    summary: {
      en: 'Help for students with SEN or disabilities on mainstream courses. It covers exam arrangements, support in class, assistive technology and a quiet study space.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'You do not need to be on a specialist course to get support. Tell us about your needs on your application form or at interview. An adviser will meet you before term starts to agree what will help.',
        },
        {
          kind: 'list',
          items: [
            'Learning support and note-taking in class',
            'Access arrangements for exams, such as extra time, a reader or a separate room',
            'Loans of assistive technology, such as laptops with dictation software',
            'Study skills sessions and a quiet study room in the library',
            'British Sign Language interpreters for Deaf students',
          ],
        },
      ],
    },
    category: 'education',
    subCategories: ['colleges'],
    ageRange: { minimum: 16, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'bfi'],
    access: {
      routes: ['self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Tick the learning support box on your application, or email the Learning Support team at any time during the year. Current students can drop in to the Learning Support office in the library.',
      },
    },
    eligibility: {
      en: 'Any Westbridge College student with a learning difficulty, disability or long-term health condition. Support is agreed after a conversation with an adviser; a diagnosis is not needed.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Learning Support team' },
        phone: '020 7946 0402',
        email: 'learning.support@westbridgecollege.example.ac.uk',
      },
    ],
    website: 'https://www.westbridgecollege.example.ac.uk/support',
    locations: [westbridgeCollege],
    openingTimes: [
      { days: ['monday', 'tuesday', 'wednesday', 'thursday'], opens: '09:00', closes: '17:00' },
      { days: ['friday'], opens: '09:00', closes: '16:00' },
    ],
    senInformationReportUrl: 'https://www.westbridgecollege.example.ac.uk/support/send-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Teachers are expected to plan inclusive lessons with clear structure, materials shared in advance on the college’s online platform and recorded key explanations. Learning support is additional to good teaching, not a replacement for it.',
      },
      adaptingCurriculum: {
        en: 'Course materials are available in accessible formats, assignment deadlines can be adjusted, and practical courses adapt equipment and workspaces for students with physical needs.',
      },
      additionalSupport: {
        en: 'In-class support, specialist study skills tutors for dyslexia, mentoring for autistic students, BSL interpreters and communication support workers, and exam access arrangements.',
      },
      assessingProgress: {
        en: 'Students review their support plan with an adviser each term and can ask for a review at any time. With the student’s agreement, parents are kept informed and invited to reviews.',
      },
      evaluatingProvision: {
        en: 'Students rate their support in an online survey each term; results are reported to governors and used to plan staff training.',
      },
      facilities: {
        en: 'Lifts in all buildings, accessible toilets on every floor, a Changing Places toilet, hearing loops at reception and in lecture theatres, and a quiet study room.',
      },
      activities: {
        en: 'All clubs, trips and the student union are open to every student, with support arranged where needed.',
      },
      wellbeing: {
        en: 'Counselling, a wellbeing drop-in, a multi-faith room and a named safeguarding team.',
      },
      staffExpertise: {
        en: 'All teaching staff complete annual training on inclusive practice. Specialist tutors hold recognised qualifications in specific learning difficulties and deaf education.',
      },
      emotionalSupport: {
        en: 'Mentors and the wellbeing team help students manage stress, friendships and the move from school to college, with extra transition visits in the summer term.',
      },
    },
    reviewedDaysAgo: 410,
    status: 'published',
  },
  {
    key: 'portage-home-visiting',
    organisation: 'westbridge-send',
    name: {
      en: 'Portage home visiting for babies and young children with SEND',
      pl: 'Portage – wizyty domowe dla niemowląt i małych dzieci ze specjalnymi potrzebami',
      ar: 'برنامج بورتاج للزيارات المنزلية للرضّع والأطفال الصغار ذوي الاحتياجات الخاصة',
    },
    summary: {
      en: 'Trained Portage home visitors come to your home every two weeks. They help you and your child learn through play. It is for children under 4 with significant developmental delay or a diagnosed disability.',
      pl: 'Przeszkoleni terapeuci Portage odwiedzają Twój dom co dwa tygodnie, aby pomóc Tobie i dziecku uczyć się przez zabawę. Dla dzieci poniżej 4 lat ze znacznym opóźnieniem rozwoju lub zdiagnozowaną niepełnosprawnością.',
      ar: 'تزورك أخصائية بورتاج مدرّبة في منزلك كل أسبوعين لتساعدك وطفلك على التعلم من خلال اللعب، وذلك للأطفال دون سن الرابعة الذين يعانون من تأخر نمائي ملحوظ أو إعاقة مشخّصة.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Portage is a home-visiting education service for pre-school children. You know your child best, so your Portage home visitor works alongside you. Together you set small goals, like reaching for a toy, choosing between two snacks or taking turns. They show you play activities to practise between visits.',
        },
        {
          kind: 'list',
          items: [
            'Visits of about an hour every two weeks, at home or at a family hub if you prefer',
            'A simple shared record of what your child can do and what you are working on next',
            'Help to get ready for nursery, including a visit to the setting together',
            'Monthly Stay and Play sessions at Northbrook and Southmere Family Hubs, where you can meet other families',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Most families use Portage for 12 to 18 months. When your child starts nursery, the visitor tells the setting’s SENCO what works, if you agree. Your child may need an EHC needs assessment. If so, the visitor can give advice as part of it.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Portage to program edukacyjny realizowany w domu dla dzieci w wieku przedszkolnym. Terapeutka Portage pracuje razem z Tobą – bo to Ty najlepiej znasz swoje dziecko – nad małymi, osiągalnymi celami, takimi jak sięganie po zabawkę, wybór jednej z dwóch przekąsek czy czekanie na swoją kolej, i pokazuje zabawy, które możecie ćwiczyć między wizytami.',
        },
        {
          kind: 'list',
          items: [
            'Wizyty trwające około godziny co dwa tygodnie, w domu lub – jeśli wolisz – w centrum rodzinnym (family hub)',
            'Prosty wspólny zapis tego, co dziecko już potrafi i nad czym pracujecie dalej',
            'Pomoc w przygotowaniu do przedszkola, w tym wspólna wizyta w placówce',
            'Comiesięczne spotkania „Stay and Play” w centrach rodzinnych w Northbrook i Southmere, na których możesz poznać inne rodziny',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Większość rodzin korzysta z Portage przez 12–18 miesięcy. Gdy dziecko zaczyna chodzić do przedszkola, terapeutka przekazuje (za Twoją zgodą) koordynatorowi ds. specjalnych potrzeb edukacyjnych (SENCO) w placówce informacje o tym, co się sprawdza, a jeśli dziecko prawdopodobnie będzie potrzebować oceny potrzeb EHC, może przygotować opinię w ramach tej oceny.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'بورتاج خدمة تعليمية منزلية للأطفال في سن ما قبل المدرسة. تعمل أخصائية بورتاج جنبًا إلى جنب معك، لأنك أكثر من يعرف طفلك، لوضع أهداف صغيرة قابلة للتحقيق، مثل مدّ اليد نحو لعبة أو الاختيار بين وجبتين خفيفتين أو انتظار الدور، وتعرض عليك أنشطة لعب تتدربان عليها بين الزيارات.',
        },
        {
          kind: 'list',
          items: [
            'زيارات مدتها ساعة تقريبًا كل أسبوعين، في المنزل أو في أحد مراكز الأسرة إن كنت تفضل ذلك',
            'سجل مشترك بسيط لما يستطيع طفلك فعله وما تعملان عليه بعد ذلك',
            'المساعدة في الاستعداد للحضانة، بما في ذلك زيارة مشتركة إلى دار الحضانة',
            'جلسات شهرية للعب واللقاء في مركزي الأسرة في نورثبروك وساوثمير حيث يمكنك التعرف إلى عائلات أخرى',
          ],
        },
        {
          kind: 'paragraph',
          text: 'تستفيد معظم العائلات من بورتاج لمدة تتراوح بين 12 و18 شهرًا. وعندما يبدأ طفلك الذهاب إلى الحضانة، تنقل الأخصائية (بموافقتك) ما ينجح معه إلى منسق الاحتياجات التعليمية الخاصة (SENCO) في الحضانة، وإذا كان طفلك سيحتاج على الأرجح إلى تقييم احتياجات EHC، فيمكنها تقديم رأيها المهني ضمن هذا التقييم.',
        },
      ],
    },
    category: 'education',
    subCategories: ['early-years', 'specialist-teaching'],
    ageRange: { minimum: 0, maximum: 4 },
    areasOfNeed: ['communication-interaction', 'cognition-learning', 'sensory-physical'],
    languages: ['en', 'pl', 'ar', 'ro'],
    access: {
      routes: ['self-referral', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'You can refer your child yourself by phoning or emailing the Early Years Inclusion Team, or ask your health visitor, GP, paediatrician or therapist to refer. We will call you within two weeks to talk about your child and arrange a first visit.',
        pl: 'Możesz sam(a) zgłosić dziecko, dzwoniąc lub pisząc do Zespołu ds. Włączania we Wczesnym Dzieciństwie, albo poprosić o skierowanie pielęgniarkę środowiskową (health visitor), lekarza rodzinnego, pediatrę lub terapeutę. Zadzwonimy do Ciebie w ciągu dwóch tygodni, aby porozmawiać o dziecku i umówić pierwszą wizytę.',
        ar: 'يمكنك إحالة طفلك بنفسك عبر الاتصال بفريق الدمج في الطفولة المبكرة أو مراسلته بالبريد الإلكتروني، أو أن تطلب من الزائرة الصحية أو طبيب الأسرة أو طبيب الأطفال أو المعالج إحالته. سنتصل بك خلال أسبوعين للحديث عن طفلك وترتيب الزيارة الأولى.',
      },
    },
    eligibility: {
      en: 'Children from birth until they start nursery or school (usually before their 4th birthday) who live in Westbridge and have a significant delay in two or more areas of development, or a diagnosed condition likely to lead to SEN. The team decides at a weekly allocation meeting; if Portage is not the right fit, we will tell you what else might help.',
      pl: 'Dzieci od urodzenia do rozpoczęcia przedszkola lub szkoły (zwykle przed ukończeniem 4 lat), mieszkające w Westbridge, ze znacznym opóźnieniem w co najmniej dwóch obszarach rozwoju lub ze zdiagnozowanym schorzeniem, które prawdopodobnie spowoduje specjalne potrzeby edukacyjne. Zespół podejmuje decyzję na cotygodniowym spotkaniu; jeśli Portage nie jest odpowiednim wsparciem, powiemy Ci, co jeszcze może pomóc.',
      ar: 'الأطفال منذ الولادة وحتى التحاقهم بالحضانة أو المدرسة (عادةً قبل بلوغهم 4 سنوات) المقيمون في ويستبريدج والذين يعانون من تأخر ملحوظ في مجالين أو أكثر من مجالات النمو، أو من حالة مشخّصة يُرجَّح أن تؤدي إلى احتياجات تعليمية خاصة. يتخذ الفريق قراره في اجتماع أسبوعي لتوزيع الحالات، وإذا لم يكن بورتاج مناسبًا فسنخبرك بما قد يساعد غير ذلك.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Free. There is no charge for visits or for Stay and Play sessions.',
        pl: 'Bezpłatne. Wizyty i spotkania „Stay and Play” nic nie kosztują.',
        ar: 'مجاني. لا توجد أي رسوم على الزيارات أو جلسات اللعب واللقاء.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Early Years Inclusion Team',
          pl: 'Zespół ds. Włączania we Wczesnym Dzieciństwie',
          ar: 'فريق الدمج في الطفولة المبكرة',
        },
        phone: '020 7946 0110',
        email: 'earlyyears.inclusion@westbridge.example.org.uk',
      },
    ],
    website: 'https://www.westbridge.example.org.uk/send/portage',
    locations: [northbrookFamilyHub, southmereFamilyHub],
    openingTimes: [officeHours],
    reviewedDaysAgo: 60,
    status: 'published',
  },
  {
    key: 'early-years-inclusion-fund',
    organisation: 'westbridge-send',
    name: { en: 'Early years inclusion support and the SEN Inclusion Fund (SENIF)' },
    summary: {
      en: 'Advice, training and extra funding for nurseries, pre-schools and childminders. It helps young children with SEND take up their funded early education hours.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Every childcare provider that offers funded hours must have a way to find and support children with SEN. The Early Years Inclusion Team helps them do this well. The SEN Inclusion Fund (SENIF) pays for extra support, often extra staff time. It is for children who need more than the setting can give from its usual budget.',
        },
        {
          kind: 'list',
          items: [
            'Visits from an area SENCO to watch, advise and help write a support plan',
            'Inclusion funding paid to the setting for up to a year at a time, then reviewed',
            'Free training for staff on communication, sensory needs and coping with change',
            'Help to plan the move to Reception, including a transition meeting with the new school',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Parents do not apply for SENIF themselves. But you can ask your child’s setting if they have applied. You should be involved in the support plan the funding pays for.',
        },
      ],
    },
    category: 'education',
    subCategories: ['early-years'],
    ageRange: { minimum: 0, maximum: 5 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Your child’s nursery, pre-school or childminder applies using the SENIF form, with your signed consent, by the 15th of any month; the panel meets on the last Tuesday of the month.',
      },
      referralUrl: 'https://www.westbridge.example.org.uk/send/senif',
      onlineLinkPurpose: 'refer',
    },
    eligibility: {
      en: 'Children aged 0 to 5 attending a funded place with a Westbridge early years provider, with emerging or identified SEN. The panel considers the setting’s support plan and any advice from health professionals.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Early Years Inclusion Team' },
        phone: '020 7946 0110',
        email: 'earlyyears.inclusion@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 95,
    status: 'published',
  },
  {
    key: 'educational-psychology-service',
    organisation: 'westbridge-send',
    name: { en: 'Westbridge Educational Psychology Service' },
    summary: {
      en: 'Educational psychologists work with schools, settings and families. They help to understand a child’s learning, behaviour or wellbeing, and what will help.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Educational psychologists (EPs) use psychology to help children and young people learn and thrive. Most of our work is through schools and settings. Each has some EP time each term. By law, we also give advice as part of every EHC needs assessment.',
        },
        {
          kind: 'list',
          items: [
            'Meetings with parents and school staff to agree next steps',
            'Watching and assessing a child’s learning and thinking, one to one',
            'Training for schools on topics such as attachment, anxiety and precision teaching',
            'Support for schools after a death (bereavement) or a traumatic event',
            'A monthly phone advice line for parents, on the first Wednesday afternoon of the month',
          ],
        },
      ],
    },
    category: 'education',
    subCategories: ['specialist-teaching'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'cognition-learning',
      'social-emotional-mental-health',
      'communication-interaction',
    ],
    languages: ['en'],
    access: {
      routes: ['professional-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Speak to your child’s SENCO, who can ask for EP involvement using the school’s allocated time. Parents can also call the parent advice line without a referral.',
      },
    },
    eligibility: {
      en: 'Children and young people aged 0 to 25 in Westbridge schools, settings and colleges. Schools decide which pupils to prioritise for their allocated time, with advice from their link EP.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Educational Psychology Service' },
        phone: '020 7946 0111',
        email: 'eps@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [
      officeHours,
      {
        days: ['wednesday'],
        opens: '13:30',
        closes: '16:00',
        note: { en: 'Parent advice line, first Wednesday of each month' },
      },
    ],
    reviewedDaysAgo: 150,
    status: 'published',
  },
  {
    key: 'sensory-support-service',
    organisation: 'westbridge-send',
    name: {
      en: 'Sensory Support Service: teachers of the deaf and of children with vision impairment',
    },
    summary: {
      en: 'Qualified teachers of deaf children and of children with sight loss. They support babies, children and young people at home, in nursery, school and college.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'A baby or child may be diagnosed with a permanent hearing loss or a vision impairment. The hearing (audiology) or eye clinic then tells us. A specialist teacher will get in touch. We work with families from then until the young person leaves school or college.',
        },
        {
          kind: 'list',
          items: [
            'Home visits for babies and pre-school children. We help with hearing aids and early talking and signing',
            'Advice to schools on seating, lighting, sound, radio aids and adapted books',
            'Habilitation training for children with sight loss: mobility and living skills',
            'Braille and large print, and loans of specialist equipment',
            'British Sign Language (BSL) sessions for families, and a Deaf role model who visits schools',
          ],
        },
      ],
    },
    category: 'education',
    subCategories: ['specialist-teaching'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: ['sensory-physical'],
    languages: ['en', 'bfi'],
    access: {
      routes: ['professional-referral', 'self-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Most children are referred by the audiology service or eye clinic at diagnosis. Parents and schools can also contact us directly if a child has a diagnosed hearing or vision loss and is not already known to us.',
      },
    },
    eligibility: {
      en: 'Children and young people resident in Westbridge with a diagnosed permanent hearing loss or a vision impairment that is not corrected by glasses. How often we visit depends on need, using the national NatSIP eligibility framework.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Sensory Support Service' },
        phone: '020 7946 0112',
        email: 'sensory.support@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 390,
    status: 'published',
  },
  {
    key: 'westbridge-tuition-centre',
    organisation: 'westbridge-send',
    name: { en: 'Westbridge Tuition Centre (alternative provision and medical needs)' },
    summary: {
      en: 'Education for secondary-age pupils who cannot go to school because of illness, anxiety or exclusion. Teaching is in small groups or at home, with a plan to return to school if possible.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The council must arrange suitable full-time education for children who would not get it because of illness, exclusion or other reasons. The Tuition Centre is our pupil referral unit for Key Stages 3 and 4. It has two parts. The medical needs part is for pupils too unwell to go to school. The short-stay part is for pupils who have been permanently excluded or are at risk of it.',
        },
        {
          kind: 'list',
          items: [
            'Groups of no more than six, with GCSEs in English, maths, science and a choice of options',
            'Home or online teaching for pupils too unwell to come to the centre',
            'A plan to go back, agreed with the pupil’s school from the first week',
            'Careers advice and college taster days for Year 11',
          ],
        },
      ],
    },
    category: 'education',
    subCategories: ['alternative-provision'],
    ageRange: { minimum: 11, maximum: 16 },
    areasOfNeed: ['social-emotional-mental-health', 'cognition-learning'],
    languages: ['en'],
    access: {
      routes: ['professional-referral'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'The pupil’s school refers to the medical needs strand with medical evidence from a consultant or CAMHS. Places in the short-stay strand are agreed by the council’s Fair Access panel after an exclusion or a managed move.',
      },
    },
    eligibility: {
      en: 'Westbridge secondary pupils who will miss 15 or more school days because of illness, with medical evidence, or who have been permanently excluded. Decisions are made at a weekly panel and explained to families in writing.',
    },
    howToComplain: {
      en: 'Contact the head of centre first. You can then use the council’s complaints procedure; if your child has SEN, SENDIASS can help you.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Head of centre' },
        phone: '020 7946 0115',
        email: 'tuition.centre@westbridge.example.org.uk',
      },
    ],
    locations: [
      {
        name: { en: 'Westbridge Tuition Centre' },
        addressLine1: '2 Mill Lane',
        addressLine2: 'Eastfield',
        town: 'Westbridge',
        postcode: 'WB5 3JH',
        venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space'],
      },
    ],
    openingTimes: [
      { days: mondayToFriday, opens: '09:15', closes: '14:45', note: { en: 'Term time only' } },
    ],
    senInformationReportUrl:
      'https://www.westbridge.example.org.uk/tuition-centre/sen-information-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Teaching is calm, relational and paced to each pupil. Staff start from the pupil’s interests and rebuild confidence before pushing for exam outcomes.',
      },
      adaptingCurriculum: {
        en: 'A reduced, flexible timetable at first, building to full time; lessons in short blocks with movement breaks; online lessons for pupils at home.',
      },
      additionalSupport: {
        en: 'Small groups, a learning mentor for every pupil, literacy catch-up and access to the educational psychologist and CAMHS link worker.',
      },
      assessingProgress: {
        en: 'A baseline in the first two weeks, then reviews every six weeks with the pupil, parents and home school, focused on attendance, wellbeing and learning.',
      },
      evaluatingProvision: {
        en: 'The management committee reviews outcomes termly, including successful returns to school. Pupils and parents complete exit questionnaires.',
      },
      facilities: {
        en: 'A small ground-floor building with a quiet room, kitchen classroom and garden.',
      },
      activities: {
        en: 'Weekly sport at Westbridge Pools and Fitness, a gardening project and Duke of Edinburgh Bronze.',
      },
      wellbeing: {
        en: 'A CAMHS link worker visits weekly. Medical needs are managed through individual healthcare plans.',
      },
      staffExpertise: {
        en: 'Staff are trained in trauma-informed practice, anxiety-based school avoidance and de-escalation, with supervision from the educational psychology service.',
      },
      emotionalSupport: {
        en: 'Daily check-ins with a mentor, group work on emotional regulation and a gradual, supported return to school or on to college.',
      },
    },
    reviewedDaysAgo: 33,
    status: 'published',
  },
  {
    key: 'oakfield-house-school',
    organisation: 'westbridge-send',
    name: {
      en: 'Oakfield House School, Kingsmead (independent special school outside Westbridge)',
    },
    summary: {
      en: 'An independent day special school for autistic pupils aged 7 to 19 with anxiety. It is about 40 minutes from Westbridge, and some Westbridge families use it.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The council lists Oakfield House because Westbridge pupils go there. The law asks us to include schools outside the borough that our children and young people are likely to use. It is an independent special school approved under section 41 of the Children and Families Act 2014. So parents can ask for it to be named in an EHC plan.',
        },
        {
          kind: 'list',
          items: [
            'There are 64 pupils in classes of up to eight, in a calm, low-arousal building and grounds',
            'An on-site therapy team: speech and language therapy, occupational therapy and a clinical psychologist',
            'GCSEs, Entry Level and vocational (BTEC) qualifications, and a sixth form with supported work placements',
          ],
        },
        {
          kind: 'paragraph',
          text: 'The council decides on places through the EHC plan process. Travel is arranged under the home to school transport policy. The school gave us this information, so please check details with them.',
        },
      ],
    },
    category: 'education',
    subCategories: ['independent-specialist', 'special-schools'],
    ageRange: { minimum: 7, maximum: 19 },
    areasOfNeed: ['communication-interaction', 'social-emotional-mental-health'],
    languages: ['en'],
    access: {
      routes: ['ehc-plan'],
      ehcPlanRequired: true,
      referralRequired: false,
      howToAccess: {
        en: 'Tell your EHCP coordinator if you would like the council to consult Oakfield House. You can arrange a visit directly with the school’s admissions officer.',
      },
    },
    eligibility: {
      en: 'Autistic children and young people with an EHC plan whose needs cannot be met in a local school. The council decides whether to name the school, taking account of your preference, suitability and cost.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'There is no charge to families when the school is named in an EHC plan; the council pays the fees.',
      },
    },
    contacts: [
      {
        role: { en: 'Admissions officer' },
        phone: '020 7946 0901',
        email: 'admissions@oakfieldhouse.example.org.uk',
      },
    ],
    website: 'https://www.oakfieldhouse.example.org.uk',
    locations: [
      {
        name: { en: 'Oakfield House School' },
        addressLine1: 'Oakfield Lane',
        town: 'Kingsmead',
        postcode: 'KT2 7AE',
        venueFeatures: ['step-free', 'accessible-toilet', 'quiet-space'],
      },
    ],
    openingTimes: [
      { days: mondayToFriday, opens: '09:00', closes: '15:00', note: { en: 'Term time only' } },
    ],
    senInformationReportUrl: 'https://www.oakfieldhouse.example.org.uk/sen-information-report',
    educationOffer: {
      approachToTeaching: {
        en: 'Structured teaching based on the SCERTS framework, with predictable routines and a strong focus on communication and emotional regulation.',
      },
      adaptingCurriculum: {
        en: 'A broad curriculum delivered in small classes, with individual workstations, visual supports and sensory breaks built into every day.',
      },
      additionalSupport: {
        en: 'An on-site therapy team delivers the therapy in each pupil’s EHC plan, in class and individually.',
      },
      assessingProgress: {
        en: 'Termly reports against EHC plan outcomes, daily home-school communication and annual reviews attended by the Westbridge EHCP coordinator.',
      },
      evaluatingProvision: {
        en: 'The school publishes an annual outcomes report and surveys parents and pupils each year; the council visits every pupil’s placement at least once a year.',
      },
      facilities: {
        en: 'Quiet classrooms, a sensory integration room, a sports hall and extensive grounds with a forest school area.',
      },
      activities: {
        en: 'Forest school, climbing, swimming, a gaming club and a music studio.',
      },
      wellbeing: {
        en: 'A clinical psychologist supports pupils with high anxiety, and every pupil has a key adult.',
      },
      staffExpertise: {
        en: 'All staff complete accredited autism training in their first year and are supervised by the therapy team.',
      },
      emotionalSupport: {
        en: 'Zones of Regulation, social thinking groups and individual sessions with the psychologist.',
      },
    },
    reviewedDaysAgo: 260,
    status: 'published',
  },
]
