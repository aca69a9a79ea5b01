import type { SeedGlossaryTerm } from '../types.js'

/** Plain-English explanations of the words used in the Local Offer. */
export const glossary: SeedGlossaryTerm[] = [
  {
    term: {
      en: 'Education, Health and Care plan (EHC plan)',
      pl: 'Plan edukacji, zdrowia i opieki (plan EHC)',
      ar: 'خطة التعليم والصحة والرعاية (خطة EHC)',
    },
    definition: {
      en: 'A legal document for a child or young person aged 0 to 25 with special educational needs who needs more support than their school or college can usually provide. It describes their needs, the outcomes they are working towards and the support they must receive, and names their school or college. The council must make sure the education support in the plan is provided.',
      pl: 'Dokument prawny dla dziecka lub młodej osoby w wieku od 0 do 25 lat ze specjalnymi potrzebami edukacyjnymi, która potrzebuje więcej wsparcia, niż zwykle może zapewnić szkoła lub college. Opisuje potrzeby, cele, do których dąży dziecko, oraz wsparcie, które musi otrzymać, a także wskazuje szkołę lub college. Samorząd musi zapewnić, aby wsparcie edukacyjne opisane w planie było realizowane.',
      ar: 'وثيقة قانونية لطفل أو شاب من عمر 0 إلى 25 عامًا من ذوي الاحتياجات التعليمية الخاصة يحتاج إلى دعم يفوق ما تستطيع مدرسته أو كليته تقديمه عادةً. تصف الخطة احتياجاته والنتائج التي يسعى إلى تحقيقها والدعم الذي يجب أن يحصل عليه، وتحدد اسم مدرسته أو كليته. ويجب على المجلس المحلي ضمان تقديم الدعم التعليمي الوارد في الخطة.',
    },
    aliases: ['EHCP', 'EHC plan', 'Education Health and Care Plan'],
  },
  {
    term: { en: 'EHC needs assessment', pl: 'Ocena potrzeb EHC', ar: 'تقييم احتياجات EHC' },
    definition: {
      en: 'A detailed assessment by the council, with advice from education, health and social care professionals, to decide whether a child or young person needs an EHC plan. The council must decide whether to assess within 6 weeks of a request, and must issue any final plan within 20 weeks.',
      pl: 'Szczegółowa ocena przeprowadzana przez samorząd z udziałem specjalistów z zakresu edukacji, zdrowia i opieki społecznej, która ma ustalić, czy dziecko lub młoda osoba potrzebuje planu EHC. Samorząd musi zdecydować o przeprowadzeniu oceny w ciągu 6 tygodni od złożenia wniosku, a ewentualny ostateczny plan wydać w ciągu 20 tygodni.',
      ar: 'تقييم مفصّل يجريه المجلس المحلي، بمشورة مختصين في التعليم والصحة والرعاية الاجتماعية، لتحديد ما إذا كان الطفل أو الشاب يحتاج إلى خطة EHC. ويجب على المجلس أن يقرر ما إذا كان سيجري التقييم خلال 6 أسابيع من الطلب، وأن يصدر الخطة النهائية، إن وُجدت، خلال 20 أسبوعًا.',
    },
    aliases: ['statutory assessment', 'EHCNA', 'needs assessment'],
  },
  {
    term: {
      en: 'SEN support',
      pl: 'Wsparcie SEN',
      ar: 'دعم الاحتياجات التعليمية الخاصة (SEN support)',
    },
    definition: {
      en: 'The extra help a nursery, school or college gives a child or young person with special educational needs who does not have an EHC plan. It follows the graduated approach of assess, plan, do, review, and parents should be involved at every step.',
      pl: 'Dodatkowa pomoc, którą przedszkole, szkoła lub college zapewnia dziecku lub młodej osobie ze specjalnymi potrzebami edukacyjnymi bez planu EHC. Opiera się na podejściu stopniowym – ocena, planowanie, działanie, przegląd – a rodzice powinni uczestniczyć w każdym etapie.',
      ar: 'المساعدة الإضافية التي تقدمها الحضانة أو المدرسة أو الكلية لطفل أو شاب من ذوي الاحتياجات التعليمية الخاصة ليست لديه خطة EHC. ويتبع هذا الدعم النهج المتدرج: التقييم والتخطيط والتنفيذ والمراجعة، وينبغي إشراك الوالدين في كل خطوة.',
    },
    aliases: ['school support', 'SEN provision'],
  },
  {
    term: {
      en: 'Special educational needs co-ordinator (SENCO)',
      pl: 'Koordynator ds. specjalnych potrzeb edukacyjnych (SENCO)',
      ar: 'منسق الاحتياجات التعليمية الخاصة (SENCO)',
    },
    definition: {
      en: 'The teacher in a school or early years setting who co-ordinates support for children with SEN, advises other staff and works with parents and outside professionals. Every mainstream school must have a qualified SENCO.',
      pl: 'Nauczyciel w szkole lub placówce wczesnej edukacji, który koordynuje wsparcie dla dzieci ze specjalnymi potrzebami edukacyjnymi, doradza innym pracownikom i współpracuje z rodzicami oraz specjalistami z zewnątrz. Każda szkoła ogólnodostępna musi mieć wykwalifikowanego koordynatora SENCO.',
      ar: 'المعلم في المدرسة أو مؤسسة الطفولة المبكرة الذي ينسّق الدعم للأطفال ذوي الاحتياجات التعليمية الخاصة، ويقدم المشورة لسائر الموظفين، ويعمل مع الآباء والمختصين من خارج المدرسة. ويجب أن يكون لدى كل مدرسة عادية منسق مؤهل.',
    },
    aliases: ['SENCO', 'SENDCo', 'SEN coordinator'],
  },
  {
    term: {
      en: 'SEND Information, Advice and Support Service (SENDIASS)',
      pl: 'Serwis Informacji, Porad i Wsparcia SEND (SENDIASS)',
      ar: 'خدمة المعلومات والمشورة والدعم للاحتياجات الخاصة والإعاقة (SENDIASS)',
    },
    definition: {
      en: 'A free, impartial and confidential service that every council must arrange, giving children, young people and parents information and advice about SEN and disability, including help with meetings, EHC plans and appeals.',
      pl: 'Bezpłatna, bezstronna i poufna usługa, którą musi zapewnić każdy samorząd. Udziela dzieciom, młodzieży i rodzicom informacji i porad dotyczących specjalnych potrzeb edukacyjnych i niepełnosprawności, w tym pomocy przy spotkaniach, planach EHC i odwołaniach.',
      ar: 'خدمة مجانية ومحايدة وسرية يجب على كل مجلس محلي توفيرها، تقدم للأطفال والشباب والآباء المعلومات والمشورة بشأن الاحتياجات التعليمية الخاصة والإعاقة، بما في ذلك المساعدة في الاجتماعات وخطط EHC والاستئنافات.',
    },
    aliases: ['SENDIASS', 'IASS', 'Parent Partnership'],
  },
  {
    term: {
      en: 'Local Offer',
      pl: 'Oferta Lokalna (Local Offer)',
      ar: 'العرض المحلي (Local Offer)',
    },
    definition: {
      en: 'The information every council must publish about the services and support available for children and young people aged 0 to 25 with SEN or disabilities, in its area and outside it, including for those without an EHC plan. This website is Westbridge’s Local Offer.',
      pl: 'Informacje, które każdy samorząd musi publikować na temat usług i wsparcia dostępnych dla dzieci i młodzieży w wieku od 0 do 25 lat ze specjalnymi potrzebami edukacyjnymi lub niepełnosprawnościami, na swoim terenie i poza nim, także dla osób bez planu EHC. Ta strona internetowa to Oferta Lokalna Westbridge.',
      ar: 'المعلومات التي يجب على كل مجلس محلي نشرها عن الخدمات والدعم المتاح للأطفال والشباب من عمر 0 إلى 25 عامًا من ذوي الاحتياجات التعليمية الخاصة أو الإعاقة، داخل منطقته وخارجها، بما في ذلك لمن ليست لديهم خطة EHC. وهذا الموقع هو العرض المحلي لويستبريدج.',
    },
    aliases: ['SEND Local Offer'],
  },
  {
    term: { en: 'Annual review', pl: 'Przegląd roczny', ar: 'المراجعة السنوية' },
    definition: {
      en: 'A meeting to review an EHC plan with the child or young person, their family and professionals. It must happen at least every 12 months, and the Code of Practice advises every 3 to 6 months for children under 5. The council must then decide within 4 weeks whether to keep, change or stop the plan.',
      pl: 'Spotkanie, na którym dziecko lub młoda osoba, rodzina i specjaliści przeglądają plan EHC. Musi się odbywać co najmniej raz na 12 miesięcy, a w przypadku dzieci poniżej 5 lat Kodeks postępowania zaleca przegląd co 3–6 miesięcy. Następnie samorząd musi w ciągu 4 tygodni zdecydować, czy plan utrzymać, zmienić, czy zakończyć.',
      ar: 'اجتماع لمراجعة خطة EHC مع الطفل أو الشاب وأسرته والمختصين. ويجب أن يُعقد مرة كل 12 شهرًا على الأقل، وتوصي مدونة الممارسة بعقده كل 3 إلى 6 أشهر للأطفال دون سن الخامسة. ثم يجب على المجلس المحلي أن يقرر خلال 4 أسابيع ما إذا كان سيُبقي الخطة كما هي أو يعدّلها أو يوقفها.',
    },
    aliases: ['EHCP review', 'review of an EHC plan'],
  },
  {
    term: {
      en: 'Graduated approach',
      pl: 'Podejście stopniowe (graduated approach)',
      ar: 'النهج المتدرج',
    },
    definition: {
      en: 'The four-stage cycle nurseries, schools and colleges use to support children with SEN: assess the child’s needs, plan support with the family, do it, and review how well it has worked. The cycle repeats, with more specialist help brought in if needed.',
      pl: 'Czteroetapowy cykl, który przedszkola, szkoły i college stosują, aby wspierać dzieci ze specjalnymi potrzebami edukacyjnymi: ocena potrzeb dziecka, zaplanowanie wsparcia z rodziną, jego realizacja i przegląd skuteczności. Cykl się powtarza, a w razie potrzeby angażuje się bardziej wyspecjalizowaną pomoc.',
      ar: 'دورة من أربع مراحل تتبعها الحضانات والمدارس والكليات لدعم الأطفال ذوي الاحتياجات التعليمية الخاصة: تقييم احتياجات الطفل، والتخطيط للدعم مع الأسرة، وتنفيذه، ومراجعة مدى نجاحه. وتتكرر الدورة مع الاستعانة بمساعدة أكثر تخصصًا عند الحاجة.',
    },
    aliases: ['assess, plan, do, review', 'APDR'],
  },
  {
    term: { en: 'Personal budget', pl: 'Budżet osobisty', ar: 'الميزانية الشخصية' },
    definition: {
      en: 'An amount of money identified by the council to pay for some of the support in an EHC plan, where the parent or young person wants to be involved in choosing and arranging it. It can be paid as a direct payment, held by the council or a school, or managed by a third party.',
      pl: 'Kwota wskazana przez samorząd na pokrycie części wsparcia opisanego w planie EHC, gdy rodzic lub młoda osoba chce uczestniczyć w jego wyborze i organizacji. Może być wypłacana jako płatność bezpośrednia, przechowywana przez samorząd lub szkołę albo zarządzana przez osobę trzecią.',
      ar: 'مبلغ من المال يحدده المجلس المحلي لتغطية جزء من الدعم الوارد في خطة EHC، عندما يرغب الوالد أو الشاب في المشاركة في اختياره وترتيبه. ويمكن دفعه على شكل مدفوعات مباشرة، أو أن يحتفظ به المجلس المحلي أو المدرسة، أو أن يديره طرف ثالث.',
    },
    aliases: ['PB'],
  },
  {
    term: { en: 'Direct payment', pl: 'Płatność bezpośrednia', ar: 'المدفوعات المباشرة' },
    definition: {
      en: 'Money paid by the council to a parent or young person so they can buy agreed support themselves, such as employing a personal assistant. It must be used for what was agreed, and you need to keep records of spending.',
      pl: 'Pieniądze wypłacane przez samorząd rodzicowi lub młodej osobie, aby mogli samodzielnie kupić uzgodnione wsparcie, na przykład zatrudnić osobistego asystenta. Trzeba je wydać na uzgodniony cel i prowadzić ewidencję wydatków.',
      ar: 'أموال يدفعها المجلس المحلي للوالد أو الشاب ليشتري بنفسه الدعم المتفق عليه، مثل توظيف مساعد شخصي. ويجب استخدامها لما تم الاتفاق عليه والاحتفاظ بسجلات للنفقات.',
    },
    aliases: ['DP', 'direct payments'],
  },
  {
    term: {
      en: 'Short breaks',
      pl: 'Krótkie przerwy wytchnieniowe (short breaks)',
      ar: 'فترات الراحة القصيرة',
    },
    definition: {
      en: 'Activities and care that give disabled children and young people enjoyable experiences away from their parents, and give parents and carers a break from caring. They range from after-school clubs to overnight stays.',
      pl: 'Zajęcia i opieka, które dają dzieciom i młodzieży z niepełnosprawnościami przyjemne doświadczenia z dala od rodziców, a rodzicom i opiekunom – odpoczynek od opieki. Obejmują zarówno zajęcia pozaszkolne, jak i pobyty z noclegiem.',
      ar: 'أنشطة ورعاية تمنح الأطفال والشباب ذوي الإعاقة تجارب ممتعة بعيدًا عن والديهم، وتمنح الآباء ومقدمي الرعاية استراحة من أعباء الرعاية. وتتراوح بين النوادي بعد المدرسة والإقامة لليلة أو أكثر.',
    },
    aliases: ['respite', 'respite care'],
  },
  {
    term: {
      en: 'First-tier Tribunal (SEND)',
      pl: 'Trybunał Pierwszej Instancji (SEND)',
      ar: 'محكمة الدرجة الأولى (الاحتياجات الخاصة والإعاقة)',
    },
    definition: {
      en: 'The independent court that hears appeals from parents and young people against council decisions about EHC needs assessments and plans, and claims of disability discrimination against schools. Appeals must usually be made within 2 months of the decision.',
      pl: 'Niezależny sąd rozpatrujący odwołania rodziców i młodych ludzi od decyzji samorządu dotyczących oceny potrzeb i planów EHC, a także skargi na dyskryminację ze względu na niepełnosprawność w szkołach. Odwołanie zwykle trzeba złożyć w ciągu 2 miesięcy od decyzji.',
      ar: 'المحكمة المستقلة التي تنظر في استئنافات الآباء والشباب ضد قرارات المجلس المحلي المتعلقة بتقييمات احتياجات EHC وخططها، وفي دعاوى التمييز ضد ذوي الإعاقة في المدارس. ويجب عادةً تقديم الاستئناف خلال شهرين من صدور القرار.',
    },
    aliases: ['SEND Tribunal', 'SENDIST', 'tribunal'],
  },
  {
    term: { en: 'Mediation', pl: 'Mediacja', ar: 'الوساطة' },
    definition: {
      en: 'A meeting led by an independent mediator to help parents or young people and the council reach agreement about an EHC needs assessment or plan. It is free and voluntary, but you must consider it before most Tribunal appeals.',
      pl: 'Spotkanie prowadzone przez niezależnego mediatora, które ma pomóc rodzicom lub młodym ludziom i samorządowi dojść do porozumienia w sprawie oceny potrzeb lub planu EHC. Mediacja jest bezpłatna i dobrowolna, ale przed większością odwołań do Trybunału trzeba ją rozważyć.',
      ar: 'اجتماع يديره وسيط مستقل لمساعدة الآباء أو الشباب والمجلس المحلي على التوصل إلى اتفاق بشأن تقييم احتياجات EHC أو خطتها. وهي مجانية وطوعية، لكن يجب النظر فيها قبل معظم الاستئنافات أمام المحكمة.',
    },
    aliases: ['SEND mediation'],
  },
  {
    term: {
      en: 'Parent carer forum',
      pl: 'Forum rodziców i opiekunów',
      ar: 'منتدى الآباء ومقدمي الرعاية',
    },
    definition: {
      en: 'An independent group of parents and carers of disabled children who work with the council, schools and the NHS to make sure services meet families’ needs. Westbridge’s forum is open to any parent or carer.',
      pl: 'Niezależna grupa rodziców i opiekunów dzieci z niepełnosprawnościami, która współpracuje z samorządem, szkołami i NHS, aby usługi odpowiadały potrzebom rodzin. Forum w Westbridge jest otwarte dla każdego rodzica i opiekuna.',
      ar: 'مجموعة مستقلة من آباء الأطفال ذوي الإعاقة ومقدمي الرعاية لهم، تعمل مع المجلس المحلي والمدارس وهيئة NHS لضمان أن تلبي الخدمات احتياجات الأسر. والمنتدى في ويستبريدج مفتوح لأي والد أو مقدم رعاية.',
    },
    aliases: ['PCF', 'parent forum'],
  },
  {
    term: { en: 'Special educational needs and disabilities (SEND)' },
    definition: {
      en: 'A child or young person has special educational needs if they have a learning difficulty or disability that calls for special educational provision. A disability is a physical or mental impairment with a long-term and substantial effect on everyday life. Many children have both.',
    },
    aliases: ['SEN', 'SEND', 'special educational needs'],
  },
  {
    term: { en: 'Mediation certificate' },
    definition: {
      en: 'A certificate from the mediation service showing that you have received information about mediation, or have taken part in it. You need one before you can appeal to the SEND Tribunal, unless the appeal is only about the school or college named in a plan. It must be issued within 3 working days.',
    },
    aliases: [],
  },
  {
    term: { en: 'Disagreement resolution' },
    definition: {
      en: 'An independent, free service the council must provide to help settle disagreements about SEN provision – for example between parents and a school – whether or not the child has an EHC plan.',
    },
    aliases: ['disagreement resolution service'],
  },
  {
    term: { en: 'Preparing for adulthood' },
    definition: {
      en: 'Planning that helps young people with SEND move towards adult life: work or higher education, independent living, friends and community, and good health. It must be part of every EHC plan review from Year 9.',
    },
    aliases: ['PfA', 'transition to adulthood'],
  },
  {
    term: { en: 'Supported internship' },
    definition: {
      en: 'A structured study programme for young people aged 16 to 24 with an EHC plan, based mainly at an employer and supported by a job coach. It aims to help the young person move into a paid job.',
    },
    aliases: ['internship'],
  },
  {
    term: { en: 'EHCP coordinator' },
    definition: {
      en: 'The council officer who manages an EHC needs assessment and the EHC plan. They gather professional advice, write the draft plan with the family and make sure reviews and changes happen. Families should always know who their coordinator is.',
    },
    aliases: ['caseworker', 'SEND caseworker', 'case officer', 'EHC coordinator'],
  },
  {
    term: { en: 'Educational psychologist' },
    definition: {
      en: 'A psychologist who works with children, schools and families to understand how a child learns, thinks and feels, and what would help. The council must get advice from an educational psychologist as part of every EHC needs assessment.',
    },
    aliases: ['EP'],
  },
  {
    term: { en: 'Speech and language therapy' },
    definition: {
      en: 'NHS therapy for children and young people who have difficulty talking, understanding, using language socially, stammering, or eating and swallowing. Therapists often work through parents and school staff as well as directly with the child.',
    },
    aliases: ['SALT', 'SLT', 'speech therapy'],
  },
  {
    term: { en: 'Occupational therapy' },
    definition: {
      en: 'Therapy that helps children and young people manage everyday activities – dressing, eating, writing, play – when physical, sensory or coordination difficulties make them hard. Occupational therapists also assess for equipment and adaptations.',
    },
    aliases: ['OT'],
  },
  {
    term: { en: 'Child and Adolescent Mental Health Services (CAMHS)' },
    definition: {
      en: 'NHS services that assess and treat children and young people with significant mental health difficulties, such as anxiety, depression, self-harm or eating disorders.',
    },
    aliases: ['CAMHS', 'CYPMHS', 'children and young people’s mental health services'],
  },
  {
    term: { en: 'Alternative provision' },
    definition: {
      en: 'Education arranged for pupils who cannot attend a mainstream or special school, for example because of exclusion or illness. It includes pupil referral units such as the Westbridge Tuition Centre.',
    },
    aliases: ['AP', 'PRU', 'pupil referral unit'],
  },
  {
    term: { en: 'Resource base' },
    definition: {
      en: 'A specialist class within a mainstream school for pupils with a particular type of need, such as speech and language or autism. Pupils usually spend part of their time in mainstream classes, and places are normally agreed through an EHC plan.',
    },
    aliases: ['specialist resource provision', 'SRP', 'unit'],
  },
  {
    term: { en: 'Special school' },
    definition: {
      en: 'A school specifically for children and young people with SEN, usually with smaller classes, specialist staff and therapy on site. Places are usually for pupils with an EHC plan.',
    },
    aliases: ['specialist school'],
  },
  {
    term: { en: 'Mainstream school' },
    definition: {
      en: 'A school or academy that is not a special school and is open to all children. Most children with SEN, including many with an EHC plan, go to mainstream schools.',
    },
    aliases: ['mainstream'],
  },
  {
    term: { en: 'Section 41 institution' },
    definition: {
      en: 'An independent special school or specialist post-16 institution approved by the Secretary of State under section 41 of the Children and Families Act 2014. Parents and young people can ask for it to be named in an EHC plan, just as they can for maintained schools.',
    },
    aliases: ['approved independent school', 'independent specialist provider'],
  },
  {
    term: { en: 'Transition' },
    definition: {
      en: 'A move from one stage to the next – for example nursery to school, primary to secondary, school to college, or children’s to adult services. For pupils with an EHC plan, the plan must be reviewed and amended by 15 February before a move to a new school (31 March for a move to post-16).',
    },
    aliases: ['phase transfer', 'moving on'],
  },
  {
    term: { en: 'Co-production' },
    definition: {
      en: 'Working with children, young people and families as equal partners when planning and reviewing services and plans, rather than only asking their views after decisions have been made.',
    },
    aliases: ['coproduction'],
  },
  {
    term: { en: 'Key worker' },
    definition: {
      en: 'A named person who coordinates support for a family, is their main point of contact and helps them deal with different services, so they do not have to tell their story many times.',
    },
    aliases: ['keyworker', 'lead professional'],
  },
  {
    term: { en: 'Disabled Students’ Allowance (DSA)' },
    definition: {
      en: 'Government support for university students with a disability, long-term health condition, mental health condition or specific learning difficulty such as dyslexia. It can pay for equipment, software and support such as note-takers or mentors, and does not have to be paid back.',
    },
    aliases: ['DSA', 'Disabled Students Allowance'],
  },
  {
    term: { en: 'Travel training' },
    definition: {
      en: 'One-to-one training that teaches a young person to make a regular journey, such as to school, college or work, safely on their own.',
    },
    aliases: ['independent travel training', 'ITT'],
  },
  {
    term: { en: 'SEN information report' },
    definition: {
      en: 'A report that every maintained school and academy must publish on its website, explaining its support for pupils with SEN, how needs are identified, the SENCO’s contact details, and how parents and pupils are involved.',
    },
    aliases: ['SEND information report', 'SEN report'],
  },
  {
    term: { en: 'Early help' },
    definition: {
      en: 'Support for families as soon as problems start to appear, before they need statutory services such as a social worker. It is voluntary and built around what the family wants to change.',
    },
    aliases: ['early intervention'],
  },
  {
    term: { en: 'Integrated care board (ICB)' },
    definition: {
      en: 'The NHS body that plans and pays for health services in an area. It must work with the council on the Local Offer and EHC plans, and must make sure the health provision in a plan is delivered.',
    },
    aliases: ['ICB', 'CCG', 'clinical commissioning group'],
  },
  {
    term: { en: 'Portage' },
    definition: {
      en: 'A home-visiting educational service for pre-school children with SEND, in which a trained visitor helps parents support their child’s learning through play.',
    },
    aliases: ['Portage home visiting'],
  },
]
