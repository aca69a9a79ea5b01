import type { SeedService } from '../../types.js'
import {
  civicCentre,
  familyLinkHub,
  northbrookFamilyHub,
  officeHours,
  southmereFamilyHub,
} from './venues.js'

export const socialCareServices: SeedService[] = [
  {
    key: 'disabled-childrens-team',
    organisation: 'westbridge-send',
    name: {
      en: 'Disabled Children’s Team (social care)',
      pl: 'Zespół ds. Dzieci z Niepełnosprawnościami (opieka społeczna)',
      ar: 'فريق الأطفال ذوي الإعاقة (الرعاية الاجتماعية)',
    },
    summary: {
      en: 'Social workers who assess the needs of disabled children and their families. They arrange support such as specialist short breaks, personal budgets and help at home.',
      pl: 'Pracownicy socjalni, którzy oceniają potrzeby dzieci z niepełnosprawnościami i ich rodzin oraz organizują wsparcie, takie jak specjalistyczne krótkie przerwy wytchnieniowe, budżety osobiste i pomoc w domu.',
      ar: 'أخصائيون اجتماعيون يقيّمون احتياجات الأطفال ذوي الإعاقة وأسرهم ويرتّبون الدعم، مثل فترات الراحة القصيرة المتخصصة والميزانيات الشخصية والمساعدة في المنزل.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Disabled Children’s Team works with children and young people whose disability has a substantial and long-term effect on their everyday life. A social worker will meet your family and listen to what life is like for you all. Then they do a child and family assessment. The council must assess a disabled child’s needs when asked. It must think about a parent carer’s needs too.',
        },
        {
          kind: 'list',
          items: [
            'A child and family assessment, done within 45 working days',
            'A parent carer needs assessment, if you would like one',
            'A support plan. It may include specialist short breaks, a personal budget or direct payments, or care at home',
            'Reviews at least every six months. From age 14, we plan the move to adult services',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Many families do not need a social worker to get support. The Short Breaks Card and universal activities are open without an assessment. If you are not sure, call us and a duty social worker will talk it through.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Zespół ds. Dzieci z Niepełnosprawnościami pracuje z dziećmi i młodzieżą, których niepełnosprawność ma znaczący i długotrwały wpływ na codzienne życie. Pracownik socjalny spotka się z Twoją rodziną, wysłucha, jak wygląda Wasze życie, i przeprowadzi ocenę potrzeb dziecka i rodziny. Samorząd ma obowiązek ocenić potrzeby dziecka z niepełnosprawnością na wniosek rodziny i musi także wziąć pod uwagę potrzeby rodzica-opiekuna.',
        },
        {
          kind: 'list',
          items: [
            'Ocena potrzeb dziecka i rodziny, przeprowadzana w ciągu 45 dni roboczych',
            'Ocena potrzeb rodzica-opiekuna, jeśli chcesz z niej skorzystać',
            'Plan wsparcia, który może obejmować specjalistyczne krótkie przerwy wytchnieniowe, budżet osobisty lub płatności bezpośrednie albo opiekę w domu',
            'Przeglądy co najmniej co sześć miesięcy oraz planowanie – od 14. roku życia – przejścia do usług dla dorosłych',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Wiele rodzin nie potrzebuje pracownika socjalnego, aby otrzymać wsparcie: Karta Krótkich Przerw (Short Breaks Card) i ogólnodostępne zajęcia są dostępne bez oceny potrzeb. Jeśli nie masz pewności, zadzwoń do nas – dyżurny pracownik socjalny wszystko z Tobą omówi.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يعمل فريق الأطفال ذوي الإعاقة مع الأطفال والشباب الذين تؤثر إعاقتهم تأثيرًا كبيرًا وطويل الأمد في حياتهم اليومية. سيلتقي أخصائي اجتماعي بأسرتك، ويستمع إلى ما تعيشونه جميعًا، ويجري تقييمًا للطفل والأسرة. ويجب على المجلس المحلي تقييم احتياجات الطفل ذي الإعاقة عند الطلب، كما يجب عليه النظر في احتياجات الوالد مقدم الرعاية أيضًا.',
        },
        {
          kind: 'list',
          items: [
            'تقييم للطفل والأسرة يُنجَز خلال 45 يوم عمل',
            'تقييم لاحتياجات الوالد مقدم الرعاية إن رغبت في ذلك',
            'خطة دعم قد تشمل فترات راحة قصيرة متخصصة أو ميزانية شخصية أو مدفوعات مباشرة أو رعاية في المنزل',
            'مراجعات كل ستة أشهر على الأقل، والتخطيط منذ سن 14 للانتقال إلى خدمات البالغين',
          ],
        },
        {
          kind: 'paragraph',
          text: 'لا تحتاج عائلات كثيرة إلى أخصائي اجتماعي للحصول على الدعم، فبطاقة فترات الراحة القصيرة والأنشطة العامة متاحة دون تقييم. إذا لم تكن متأكدًا، فاتصل بنا وسيناقش معك الأخصائي الاجتماعي المناوب وضعك.',
        },
      ],
    },
    category: 'social-care',
    subCategories: ['disabled-children-team', 'carers'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: ['cognition-learning', 'sensory-physical', 'communication-interaction'],
    languages: ['en', 'pl', 'ar', 'ur', 'so'],
    access: {
      routes: ['self-referral', 'professional-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the Westbridge Children’s Front Door on 020 7946 0130 and ask for the Disabled Children’s Team, or ask a professional who knows your family to make a referral. You can also email the team.',
        pl: 'Zadzwoń do punktu kontaktowego ds. dzieci (Children’s Front Door) w Westbridge pod numer 020 7946 0130 i poproś o Zespół ds. Dzieci z Niepełnosprawnościami albo poproś specjalistę, który zna Twoją rodzinę, o skierowanie. Możesz też napisać do zespołu e-mail.',
        ar: 'اتصل بنقطة الاتصال الموحدة لخدمات الأطفال في ويستبريدج على الرقم 020 7946 0130 واطلب فريق الأطفال ذوي الإعاقة، أو اطلب من أحد المختصين الذين يعرفون أسرتك إحالتك. يمكنك أيضًا مراسلة الفريق بالبريد الإلكتروني.',
      },
    },
    eligibility: {
      en: 'Children and young people aged 0 to 18 living in Westbridge with a permanent and substantial disability, such as a severe learning disability, a significant physical or sensory impairment or a complex health condition. What support is offered depends on the assessment, using the eligibility criteria in the short breaks services statement.',
      pl: 'Dzieci i młodzież w wieku od 0 do 18 lat mieszkające w Westbridge, z trwałą i znaczną niepełnosprawnością, taką jak głęboka niepełnosprawność intelektualna, poważna niepełnosprawność ruchowa lub sensoryczna albo złożona choroba. Zakres wsparcia zależy od wyniku oceny i kryteriów opisanych w informacji o usługach krótkich przerw wytchnieniowych (short breaks services statement).',
      ar: 'الأطفال والشباب من عمر 0 إلى 18 عامًا المقيمون في ويستبريدج ولديهم إعاقة دائمة وكبيرة، مثل إعاقة ذهنية شديدة أو إعاقة جسدية أو حسية كبيرة أو حالة صحية معقدة. يعتمد الدعم المقدَّم على نتيجة التقييم ومعايير الأهلية الواردة في بيان خدمات فترات الراحة القصيرة.',
    },
    howToComplain: {
      en: 'Talk to your social worker or their team manager first. You can then use the council’s children’s social care complaints procedure, which has three stages and an independent investigator at stage 2.',
      pl: 'Najpierw porozmawiaj z pracownikiem socjalnym lub kierownikiem jego zespołu. Następnie możesz skorzystać z procedury skargowej samorządu dotyczącej opieki społecznej dla dzieci. Ma ona trzy etapy, a na drugim etapie skargę wyjaśnia niezależna osoba.',
      ar: 'تحدّث أولًا مع الأخصائي الاجتماعي أو مع مدير فريقه. بعد ذلك يمكنك اتباع إجراءات الشكاوى الخاصة بالرعاية الاجتماعية للأطفال لدى المجلس المحلي، وهي من ثلاث مراحل، ويتولى محقق مستقل النظر في الشكوى في المرحلة الثانية.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'Assessments are free. Support arranged under a children’s social care plan is not charged for.',
        pl: 'Ocena potrzeb jest bezpłatna. Za wsparcie zapewniane w ramach planu opieki społecznej dla dzieci nie pobiera się opłat.',
        ar: 'التقييمات مجانية، ولا تُفرض رسوم على الدعم المقدَّم ضمن خطة الرعاية الاجتماعية للأطفال.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Children’s Front Door',
          pl: 'Punkt kontaktowy ds. dzieci (Children’s Front Door)',
          ar: 'نقطة الاتصال الموحدة لخدمات الأطفال',
        },
        phone: '020 7946 0130',
        email: 'childrens.frontdoor@westbridge.example.org.uk',
      },
      {
        role: {
          en: 'Disabled Children’s Team duty social worker',
          pl: 'Dyżurny pracownik socjalny Zespołu ds. Dzieci z Niepełnosprawnościami',
          ar: 'الأخصائي الاجتماعي المناوب في فريق الأطفال ذوي الإعاقة',
        },
        phone: '020 7946 0135',
        email: 'dct@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 75,
    status: 'published',
  },
  {
    key: 'personal-budgets-direct-payments',
    organisation: 'westbridge-send',
    name: {
      en: 'Personal budgets and direct payments for families',
      pl: 'Budżety osobiste i płatności bezpośrednie dla rodzin',
      ar: 'الميزانيات الشخصية والمدفوعات المباشرة للأسر',
    },
    summary: {
      en: 'If your child has an EHC plan or assessed social care needs, you can ask for a personal budget. You can choose to get it as a direct payment and arrange support yourself.',
      pl: 'Jeśli Twoje dziecko ma plan EHC lub ocenione potrzeby w zakresie opieki społecznej, możesz poprosić o budżet osobisty, a jeśli chcesz, otrzymać go jako płatność bezpośrednią i samodzielnie organizować wsparcie.',
      ar: 'إذا كان لدى طفلك خطة EHC أو احتياجات رعاية اجتماعية تم تقييمها، يمكنك طلب ميزانية شخصية، وإن شئت استلامها على شكل مدفوعات مباشرة لترتيب الدعم بنفسك.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'A personal budget is the amount of money set aside to pay for some of the support your child or young person needs. Parents of a child with an EHC plan can ask for one when the plan is written or reviewed. Young people with a plan have this right too. The council must consider the request.',
        },
        {
          kind: 'list',
          items: [
            'Direct payments: money paid into a separate bank account or onto a prepaid card. You can use it to employ a personal assistant or buy agreed activities',
            'Managed arrangements: the council holds the money, but you choose how it is spent',
            'Third-party arrangements: a provider you choose manages the money for you',
            'A mix of these',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Our Direct Payments Support Service helps you find and employ a personal assistant. It also helps with payroll, insurance and keeping records. The personal budgets information page tells you more, including what a personal budget cannot pay for.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Budżet osobisty to kwota przeznaczona na pokrycie części wsparcia, którego potrzebuje Twoje dziecko lub młoda osoba. Rodzice dziecka z planem EHC oraz młodzi ludzie z planem mają prawo poprosić o budżet osobisty podczas sporządzania lub przeglądu planu, a samorząd musi rozpatrzyć taką prośbę.',
        },
        {
          kind: 'list',
          items: [
            'Płatności bezpośrednie: pieniądze wpłacane na osobne konto bankowe lub kartę przedpłaconą, aby można było zatrudnić osobistego asystenta lub opłacić uzgodnione zajęcia',
            'Rozwiązanie zarządzane: samorząd przechowuje pieniądze, ale to Ty decydujesz, na co są wydawane',
            'Zarządzanie przez osobę trzecią: wybrany przez Ciebie usługodawca zarządza pieniędzmi w Twoim imieniu',
            'Połączenie tych form',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Nasz Zespół Wsparcia Płatności Bezpośrednich pomaga w rekrutacji i zatrudnieniu osobistego asystenta, w sprawach płacowych, ubezpieczeniu i prowadzeniu dokumentacji. Więcej informacji, w tym o tym, czego nie można opłacić z budżetu osobistego, znajdziesz na stronie o budżetach osobistych.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'الميزانية الشخصية هي مبلغ من المال يُحدَّد لتغطية جزء من الدعم الذي يحتاج إليه طفلك أو ابنك الشاب. يحق لوالدي الطفل الذي لديه خطة EHC، وللشباب الذين لديهم خطة، طلب ميزانية شخصية عند إعداد الخطة أو مراجعتها، ويجب على المجلس المحلي النظر في الطلب.',
        },
        {
          kind: 'list',
          items: [
            'المدفوعات المباشرة: أموال تُودَع في حساب مصرفي منفصل أو على بطاقة مسبقة الدفع لتتمكن من توظيف مساعد شخصي أو شراء أنشطة متفق عليها',
            'الترتيبات المُدارة: يحتفظ المجلس المحلي بالمال لكنك تختار أوجه إنفاقه',
            'ترتيبات الطرف الثالث: يدير مقدم خدمة تختاره المال نيابة عنك',
            'مزيج من هذه الخيارات',
          ],
        },
        {
          kind: 'paragraph',
          text: 'تساعدك خدمة دعم المدفوعات المباشرة لدينا في توظيف مساعد شخصي وإدارة الرواتب والتأمين وحفظ السجلات. وتشرح صفحة المعلومات الخاصة بالميزانيات الشخصية المزيد من التفاصيل، بما في ذلك ما لا يمكن استخدام الميزانية الشخصية له.',
        },
      ],
    },
    category: 'social-care',
    subCategories: ['personal-budgets'],
    ageRange: { minimum: 0, maximum: 25 },
    areasOfNeed: [
      'communication-interaction',
      'cognition-learning',
      'social-emotional-mental-health',
      'sensory-physical',
    ],
    languages: ['en', 'pl', 'ar'],
    access: {
      routes: ['ehc-plan', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Ask your EHCP coordinator when an EHC plan is being written or reviewed, or your social worker at your child’s assessment or review. For help managing direct payments you already receive, contact the Direct Payments Support Service.',
        pl: 'Zapytaj koordynatora planu EHC podczas sporządzania lub przeglądu planu albo pracownika socjalnego podczas oceny potrzeb lub przeglądu. Jeśli już otrzymujesz płatności bezpośrednie i potrzebujesz pomocy w zarządzaniu nimi, skontaktuj się z Zespołem Wsparcia Płatności Bezpośrednich.',
        ar: 'اسأل منسق خطة EHC عند إعداد الخطة أو مراجعتها، أو الأخصائي الاجتماعي عند تقييم طفلك أو مراجعة حالته. وإذا كنت تتلقى مدفوعات مباشرة بالفعل وتحتاج إلى مساعدة في إدارتها، فتواصل مع خدمة دعم المدفوعات المباشرة.',
      },
    },
    eligibility: {
      en: 'Parents of children with an EHC plan or being assessed for one, young people aged 16 to 25 with a plan, and families whose needs have been assessed as eligible by children’s social care. The council can refuse a direct payment for part of a plan if it would harm provision for other children, but it must explain why in writing.',
      pl: 'Rodzice dzieci z planem EHC lub w trakcie oceny potrzeb EHC, młodzi ludzie w wieku 16–25 lat z planem oraz rodziny, których potrzeby zostały ocenione przez opiekę społeczną dla dzieci jako kwalifikujące się do wsparcia. Samorząd może odmówić płatności bezpośredniej na część planu, jeśli zaszkodziłoby to wsparciu innych dzieci, ale musi wyjaśnić powody na piśmie.',
      ar: 'والدا الأطفال الذين لديهم خطة EHC أو يخضعون لتقييم للحصول عليها، والشباب من عمر 16 إلى 25 عامًا الذين لديهم خطة، والأسر التي قيّمت خدمات الرعاية الاجتماعية للأطفال احتياجاتها ووجدتها مؤهلة. يجوز للمجلس المحلي رفض المدفوعات المباشرة لجزء من الخطة إذا كان ذلك سيضر بالخدمات المقدمة لأطفال آخرين، لكن يجب عليه توضيح الأسباب كتابيًا.',
    },
    cost: {
      type: 'free',
      detail: {
        en: 'There is no charge to families. The direct payment covers the cost of the agreed support, including a personal assistant’s employer costs.',
        pl: 'Rodziny nic nie płacą. Płatność bezpośrednia pokrywa koszt uzgodnionego wsparcia, w tym koszty pracodawcy związane z zatrudnieniem osobistego asystenta.',
        ar: 'لا تتحمل الأسر أي تكاليف. تغطي المدفوعات المباشرة تكلفة الدعم المتفق عليه، بما في ذلك تكاليف صاحب العمل المرتبطة بتوظيف مساعد شخصي.',
      },
    },
    contacts: [
      {
        role: {
          en: 'Direct Payments Support Service',
          pl: 'Zespół Wsparcia Płatności Bezpośrednich',
          ar: 'خدمة دعم المدفوعات المباشرة',
        },
        phone: '020 7946 0133',
        email: 'directpayments@westbridge.example.org.uk',
      },
    ],
    website: 'https://www.westbridge.example.org.uk/send/personal-budgets',
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 160,
    status: 'published',
  },
  {
    key: 'early-help-family-support',
    organisation: 'westbridge-send',
    name: { en: 'Early Help family support' },
    summary: {
      en: 'A family support worker who helps with whatever makes family life hard, before problems grow. For example, routines, sleep, behaviour, school attendance or money worries.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Early Help is for families who need a bit more support, but not a social worker. Many of our families have a child with SEND. Some have a diagnosis and some do not. Together we write a family plan that says what you want to change. We meet often until things are better. We can meet at home, at a family hub or somewhere else you feel at ease.',
        },
        {
          kind: 'list',
          items: [
            'Help with sleep, routines and behaviour. You can join our six-week "Understanding your child’s behaviour" course',
            'Support with school attendance and getting on better with school',
            'Help to claim benefits such as Disability Living Allowance and Carer’s Allowance',
            'A lead professional who brings together everyone who helps you, so you only tell your story once',
          ],
        },
      ],
    },
    category: 'social-care',
    subCategories: ['early-help'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: ['social-emotional-mental-health', 'communication-interaction'],
    languages: ['en', 'pl', 'ro', 'so'],
    access: {
      routes: ['self-referral', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Call the Early Help hub or drop in to any family hub and ask to speak to the Early Help duty worker. Schools, health visitors and GPs can also refer with your consent. Early Help is voluntary: we only work with families who want us to.',
      },
    },
    eligibility: {
      en: 'Families living in Westbridge with a child aged 0 to 18 (or up to 25 with SEND) whose needs are beyond what a school or health visitor alone can help with, but who do not need statutory social care.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Early Help hub' },
        phone: '020 7946 0131',
        email: 'earlyhelp@westbridge.example.org.uk',
      },
    ],
    locations: [northbrookFamilyHub, southmereFamilyHub],
    openingTimes: [
      officeHours,
      {
        days: ['thursday'],
        opens: '17:00',
        closes: '19:00',
        note: { en: 'Late opening at Southmere Family Hub' },
      },
    ],
    reviewedDaysAgo: 70,
    status: 'published',
  },
  {
    key: 'parent-carer-needs-assessment',
    organisation: 'westbridge-send',
    name: { en: 'Parent carer needs assessments and carers’ support' },
    summary: {
      en: 'If you care for a disabled child, you can ask the council to assess your own needs as a carer. It covers your health, work, sleep and time for yourself, and what would help you keep caring.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Under the Children and Families Act 2014, the council must assess your needs for support if you ask. It must also do so if you seem to have needs. The assessment is a talk about you, not your parenting. It covers how caring affects your wellbeing, whether you can work or study, and what would make a difference.',
        },
        {
          kind: 'list',
          items: [
            'A carer’s assessment in person or by video call, at a time that suits you',
            'A written summary of the support agreed. It may include short breaks, a one-off carer’s grant or help to plan for emergencies',
            'A Westbridge Carers’ Emergency Card, so someone knows to step in if you are suddenly unwell',
            'Links to carer wellbeing sessions run by Westbridge Family Link',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Young people caring for a parent, brother or sister can have a young carer’s needs assessment too. See Westbridge Young Carers.',
        },
      ],
    },
    category: 'social-care',
    subCategories: ['carers'],
    ageRange: { minimum: 0, maximum: 18 },
    areasOfNeed: [],
    languages: ['en'],
    access: {
      routes: ['self-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Ask your child’s social worker, or call the Children’s Front Door and ask for a parent carer needs assessment. You do not need your child to have a social worker already.',
      },
    },
    eligibility: {
      en: 'Any parent or carer of a disabled child aged under 18 living in Westbridge. Support after the assessment depends on the needs identified and the short breaks eligibility criteria.',
    },
    cost: { type: 'free' },
    contacts: [
      {
        role: { en: 'Children’s Front Door' },
        phone: '020 7946 0130',
        email: 'carers@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 240,
    status: 'published',
  },
  {
    key: 'westbridge-young-carers',
    organisation: 'family-link',
    name: { en: 'Westbridge Young Carers' },
    summary: {
      en: 'Clubs, trips and one-to-one support for children and teenagers who help look after a disabled brother, sister or parent.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Many brothers and sisters of disabled children help out at home more than their friends do. Westbridge Young Carers gives them time to be children, to meet others who understand, and someone to talk to.',
        },
        {
          kind: 'list',
          items: [
            'Fortnightly clubs for ages 8 to 12 (Tuesdays) and 13 to 18 (Wednesdays)',
            'Days out in the school holidays, from bowling to the seaside',
            'One-to-one support from a young carers worker, including help to talk to school',
            'Young carers’ needs assessments, completed on behalf of the council',
          ],
        },
      ],
    },
    category: 'social-care',
    subCategories: ['carers'],
    ageRange: { minimum: 8, maximum: 18 },
    areasOfNeed: [],
    languages: ['en'],
    access: {
      routes: ['self-referral', 'professional-referral'],
      ehcPlanRequired: false,
      referralRequired: false,
      howToAccess: {
        en: 'Young people, parents, schools or any professional can fill in our short referral form or give us a call. We visit every new young carer at home or school before they join a club.',
      },
    },
    eligibility: {
      en: 'Young people aged 8 to 18 who live in Westbridge and help care for someone in their family with a disability, illness, mental health condition or addiction.',
    },
    cost: { type: 'free', detail: { en: 'Free, including transport to clubs and trips.' } },
    contacts: [
      {
        role: { en: 'Young carers team' },
        phone: '020 7946 0520',
        email: 'youngcarers@westbridgefamilylink.example.org.uk',
      },
    ],
    locations: [familyLinkHub],
    openingTimes: [
      {
        days: ['tuesday', 'wednesday'],
        opens: '16:30',
        closes: '18:30',
        note: { en: 'Clubs, term time' },
      },
      {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        opens: '09:30',
        closes: '16:30',
        note: { en: 'Office' },
      },
    ],
    reviewedDaysAgo: 130,
    status: 'published',
  },
  {
    key: 'transitions-team',
    organisation: 'westbridge-send',
    name: { en: '14 to 25 Transitions Team (moving to adult social care)' },
    summary: {
      en: 'Social workers who plan the move from children’s to adult social care with young people and families. They start at 14, so nothing stops suddenly at 18.',
    },
    description: {
      en: [
        {
          kind: 'paragraph',
          text: 'Adult social care works differently from children’s services. Decisions follow the Care Act 2014. Once a young person turns 18, they are at the centre, not their parents. The Transitions Team gets to know young people from Year 9 and joins their annual reviews. We do a Care Act assessment before their 18th birthday, so support goes on without a gap.',
        },
        {
          kind: 'list',
          items: [
            'A transitions worker from age 14 for young people likely to need adult care',
            'A Care Act needs assessment, usually at 17',
            'Information about mental capacity, and about making decisions when a young person turns 16',
            'Links with adult health services, housing and supported employment',
          ],
        },
      ],
    },
    category: 'social-care',
    subCategories: ['transition-adult-care'],
    ageRange: { minimum: 14, maximum: 25 },
    areasOfNeed: ['cognition-learning', 'sensory-physical', 'communication-interaction'],
    languages: ['en'],
    access: {
      routes: ['professional-referral', 'assessment'],
      ehcPlanRequired: false,
      referralRequired: true,
      howToAccess: {
        en: 'Young people known to the Disabled Children’s Team are referred automatically at 14. Others can be referred by their EHCP coordinator, school, college or GP, or can contact the team themselves.',
      },
    },
    eligibility: {
      en: 'Young people aged 14 to 25 living in Westbridge who are likely to have eligible needs for care and support as adults under the Care Act 2014.',
    },
    cost: {
      type: 'free-and-charged',
      detail: {
        en: 'Assessments are free. From 18, adult social care services may be charged for depending on a financial assessment of the young person’s own income, not their parents’.',
      },
    },
    contacts: [
      {
        role: { en: 'Transitions Team' },
        phone: '020 7946 0134',
        email: 'transitions@westbridge.example.org.uk',
      },
    ],
    locations: [civicCentre],
    openingTimes: [officeHours],
    reviewedDaysAgo: 420,
    status: 'published',
  },
]
