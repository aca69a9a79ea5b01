import type { SeedPage } from '../types.js'

/**
 * The Local Offer's information pages. Statutory duties ("must") are kept apart from good practice
 * ("should"), as families and officers asked for in the consultation on the Code of Practice.
 */
export const pages: SeedPage[] = [
  {
    slug: 'request-an-ehc-needs-assessment',
    relatedPages: [
      'how-sen-is-identified',
      'mediation-and-disagreement-resolution',
      'send-tribunal',
      'personal-budgets',
    ],
    relatedServices: [
      'send-casework-team',
      'westbridge-sendiass',
      'educational-psychology-service',
    ],
    keyJourney: true,
    relatedCategories: [
      'education',
      'information-advice-support',
      'mediation-disagreement',
      'tribunal',
    ],
    title: {
      en: 'Asking for an EHC needs assessment',
      pl: 'Wniosek o ocenę potrzeb EHC',
      ar: 'طلب تقييم احتياجات التعليم والصحة والرعاية (EHC)',
    },
    summary: {
      en: 'Who can ask the council to assess a child or young person for an Education, Health and Care plan, how to do it, what happens in the 20 weeks that follow, and what you can do if the answer is no.',
      pl: 'Kto może poprosić samorząd o ocenę dziecka lub młodej osoby w celu sporządzenia planu edukacji, zdrowia i opieki (EHC), jak to zrobić, co dzieje się w ciągu kolejnych 20 tygodni i co możesz zrobić w przypadku odmowy.',
      ar: 'من يمكنه أن يطلب من المجلس المحلي تقييم طفل أو شاب للحصول على خطة التعليم والصحة والرعاية، وكيفية تقديم الطلب، وما يحدث خلال الأسابيع العشرين التالية، وما يمكنك فعله إذا كان الرد بالرفض.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'An Education, Health and Care (EHC) needs assessment is a detailed look at a child or young person’s special educational needs and the support they need. It is the first step towards an EHC plan. Most children with SEN do not need one: their needs are met through SEN support in their nursery, school or college. An assessment may be needed when a child is not making the expected progress even though the setting has taken relevant and purposeful action over time.',
        },
        { kind: 'heading', text: 'Who can ask' },
        {
          kind: 'list',
          items: [
            'A parent, for any child aged 0 to 16 – you do not need the school’s agreement',
            'A young person aged 16 to 25, for themselves',
            'A school, nursery or college, ideally with the family’s agreement',
            'Anyone else – such as a doctor, health visitor, social worker or family friend – can tell the council that a child may have SEN, and the council must then consider whether to assess',
          ],
        },
        { kind: 'heading', text: 'How to ask' },
        {
          kind: 'paragraph',
          text: 'Write to the SEND Casework Team, or use [the online request form](https://www.westbridge.example.org.uk/send/request-an-assessment). Say why you think your child needs an assessment and include anything that helps: school reports, SEN support plans, letters from doctors or therapists. You do not need all of these – a short letter is enough to start the clock. SENDIASS can help you write it.',
        },
        {
          kind: 'steps',
          heading: 'Asking for an assessment, step by step',
          steps: [
            {
              title: 'You ask the council for an assessment',
              text: 'Write to the SEND Casework Team or use the online request form (the link is under “How to ask” above). The time limits start on the day the council gets your request.',
            },
            {
              title: 'The council decides whether to assess',
              text: 'It must tell you within 6 weeks of your request.',
              branches: [
                { condition: 'If the council says yes', goTo: 3 },
                { condition: 'If the council says no', goTo: 7 },
              ],
            },
            {
              title: 'The council gathers advice',
              text: 'Education, health and social care professionals and an educational psychologist give their advice, usually within 6 weeks. You and your child give your views too.',
            },
            {
              title: 'The council decides whether to issue a plan',
              text: 'If it decides not to, it must tell you within 16 weeks of your request.',
              branches: [
                { condition: 'If it will issue a plan', goTo: 5 },
                { condition: 'If it will not issue a plan', goTo: 7 },
              ],
            },
            {
              title: 'You comment on the draft plan',
              text: 'You have at least 15 days to comment and to say which school or college you would like named.',
            },
            {
              title: 'The council issues the final plan',
              text: 'It must do this within 20 weeks of your request. If you are happy with the plan, the process ends here.',
              branches: [{ condition: 'If you disagree with the final plan', goTo: 7 }],
            },
            {
              title: 'If you disagree with a decision',
              text: 'The council must write to you explaining why. Talk to SENDIASS, ask for mediation, or appeal to the SEND Tribunal within 2 months of the decision letter.',
            },
          ],
        },
        { kind: 'heading', text: 'What happens next – the legal time limits' },
        {
          kind: 'list',
          items: [
            'Within 6 weeks of the request, the council must tell you whether it will carry out an assessment',
            'If it assesses, it must seek advice from education, health and social care and from an educational psychologist; professionals have 6 weeks to give their advice',
            'If the council decides not to issue a plan, it must tell you within 16 weeks of the request',
            'If it decides to issue a plan, it sends you a draft; you have at least 15 days to comment and to say which school or college you would like named',
            'The final plan must be issued within 20 weeks of the request',
          ],
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'If your child has or may have special educational needs and may need an EHC plan, the council must carry out an EHC needs assessment.',
          source: 'Children and Families Act 2014, section 36(8)',
          sourceUrl: 'https://www.legislation.gov.uk/ukpga/2014/6/section/36',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'The council must tell you whether it will carry out an assessment within 6 weeks of your request.',
          source: 'SEND Regulations 2014, regulation 5(1)',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'You must have at least 15 days to comment on the draft plan, and the final plan must be issued within 20 weeks of your request.',
          source: 'SEND Regulations 2014, regulation 13(1)(a) and 13(2)',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
        },
        {
          kind: 'right',
          type: 'goodPractice',
          text: 'The council should keep you updated at every step, and your EHCP coordinator should meet you to hear your views, wishes and feelings, and your child’s.',
          source: 'SEND Code of Practice 0 to 25 years (2015), chapter 9',
          sourceUrl: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
        },
        {
          kind: 'paragraph',
          text: 'These time limits are set in law (the SEND Regulations 2014), so the council must meet them. There are a few exceptions – for example if the school is closed for four weeks or more over the summer when advice is requested, or if there are exceptional personal circumstances – and the council must tell you if one applies. As good practice, the council should also keep you updated at every step, and your EHCP coordinator should meet you to hear your views, wishes and feelings, and your child’s.',
        },
        { kind: 'heading', text: 'If the council says no' },
        {
          kind: 'paragraph',
          text: 'If the council refuses to assess, or assesses but decides not to issue a plan, it must write to you explaining why and telling you about your right to appeal, about mediation and disagreement resolution, and about SENDIASS. You can appeal to the First-tier Tribunal (SEND) within 2 months of the decision letter, or 1 month from your mediation certificate if that is later. The council should also tell the school or setting how your child’s needs can be met through SEN support, and we will offer a meeting to talk this through.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Ocena potrzeb w zakresie edukacji, zdrowia i opieki (EHC) to szczegółowe zbadanie specjalnych potrzeb edukacyjnych dziecka lub młodej osoby oraz wsparcia, którego potrzebuje. To pierwszy krok do uzyskania planu EHC. Większość dzieci ze specjalnymi potrzebami edukacyjnymi go nie potrzebuje: ich potrzeby są zaspokajane w ramach wsparcia SEN (SEN support) w przedszkolu, szkole lub college’u. Ocena może być potrzebna, gdy dziecko nie robi oczekiwanych postępów, mimo że placówka przez dłuższy czas podejmowała odpowiednie i celowe działania.',
        },
        { kind: 'heading', text: 'Kto może złożyć wniosek' },
        {
          kind: 'list',
          items: [
            'Rodzic – w przypadku każdego dziecka w wieku od 0 do 16 lat (zgoda szkoły nie jest potrzebna)',
            'Młoda osoba w wieku od 16 do 25 lat – we własnym imieniu',
            'Szkoła, przedszkole lub college – najlepiej za zgodą rodziny',
            'Każda inna osoba – na przykład lekarz, pielęgniarka środowiskowa, pracownik socjalny lub przyjaciel rodziny – może poinformować samorząd, że dziecko może mieć specjalne potrzeby edukacyjne, a samorząd musi wtedy rozważyć przeprowadzenie oceny',
          ],
        },
        { kind: 'heading', text: 'Jak złożyć wniosek' },
        {
          kind: 'paragraph',
          text: 'Napisz do Zespołu ds. SEND (SEND Casework Team) lub skorzystaj z [formularza online](https://www.westbridge.example.org.uk/send/request-an-assessment). Wyjaśnij, dlaczego uważasz, że dziecko potrzebuje oceny, i dołącz wszystko, co może pomóc: opinie szkolne, plany wsparcia SEN, listy od lekarzy lub terapeutów. Nie musisz mieć wszystkich tych dokumentów – krótki list wystarczy, aby rozpoczął się bieg terminów. SENDIASS może pomóc Ci go napisać.',
        },
        {
          kind: 'steps',
          heading: 'Wniosek o ocenę krok po kroku',
          steps: [
            {
              title: 'Składasz w samorządzie wniosek o ocenę',
              text: 'Napisz do Zespołu ds. SEND (SEND Casework Team) lub skorzystaj z formularza online (link jest powyżej, w części „Jak złożyć wniosek”). Terminy zaczynają biec w dniu, w którym samorząd otrzyma Twój wniosek.',
            },
            {
              title: 'Samorząd decyduje, czy przeprowadzi ocenę',
              text: 'Musi Cię poinformować w ciągu 6 tygodni od złożenia wniosku.',
              branches: [
                { condition: 'Jeśli samorząd się zgodzi', goTo: 3 },
                { condition: 'Jeśli samorząd odmówi', goTo: 7 },
              ],
            },
            {
              title: 'Samorząd zbiera opinie',
              text: 'Specjaliści z zakresu edukacji, zdrowia i opieki społecznej oraz psycholog edukacyjny przekazują opinie, zwykle w ciągu 6 tygodni. Ty i Twoje dziecko również przedstawiacie swoje zdanie.',
            },
            {
              title: 'Samorząd decyduje, czy wyda plan',
              text: 'Jeśli zdecyduje, że go nie wyda, musi Cię o tym poinformować w ciągu 16 tygodni od złożenia wniosku.',
              branches: [
                { condition: 'Jeśli wyda plan', goTo: 5 },
                { condition: 'Jeśli nie wyda planu', goTo: 7 },
              ],
            },
            {
              title: 'Zgłaszasz uwagi do projektu planu',
              text: 'Masz co najmniej 15 dni na zgłoszenie uwag i wskazanie szkoły lub college’u, które mają zostać wpisane do planu.',
            },
            {
              title: 'Samorząd wydaje ostateczny plan',
              text: 'Musi to zrobić w ciągu 20 tygodni od złożenia wniosku. Jeśli plan Ci odpowiada, na tym proces się kończy.',
              branches: [{ condition: 'Jeśli nie zgadzasz się z ostatecznym planem', goTo: 7 }],
            },
            {
              title: 'Jeśli nie zgadzasz się z decyzją',
              text: 'Samorząd musi przekazać Ci na piśmie uzasadnienie. Porozmawiaj z SENDIASS, poproś o mediację lub odwołaj się do Trybunału SEND w ciągu 2 miesięcy od daty pisma z decyzją.',
            },
          ],
        },
        { kind: 'heading', text: 'Co dzieje się dalej – terminy ustawowe' },
        {
          kind: 'list',
          items: [
            'W ciągu 6 tygodni od złożenia wniosku samorząd musi poinformować Cię, czy przeprowadzi ocenę',
            'Jeśli przeprowadza ocenę, musi zasięgnąć opinii specjalistów z zakresu edukacji, zdrowia i opieki społecznej oraz psychologa edukacyjnego; specjaliści mają 6 tygodni na przekazanie opinii',
            'Jeśli samorząd zdecyduje, że nie wyda planu, musi Cię o tym poinformować w ciągu 16 tygodni od złożenia wniosku',
            'Jeśli zdecyduje się wydać plan, przesyła Ci jego projekt; masz co najmniej 15 dni na zgłoszenie uwag i wskazanie szkoły lub college’u, które mają zostać wpisane do planu',
            'Ostateczny plan musi zostać wydany w ciągu 20 tygodni od złożenia wniosku',
          ],
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'Jeśli Twoje dziecko ma lub może mieć specjalne potrzeby edukacyjne i może potrzebować planu EHC, samorząd musi przeprowadzić ocenę potrzeb EHC.',
          source: 'Children and Families Act 2014, section 36(8)',
          sourceUrl: 'https://www.legislation.gov.uk/ukpga/2014/6/section/36',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'Samorząd musi poinformować Cię w ciągu 6 tygodni od złożenia wniosku, czy przeprowadzi ocenę.',
          source: 'SEND Regulations 2014, regulation 5(1)',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'Musisz mieć co najmniej 15 dni na zgłoszenie uwag do projektu planu, a ostateczny plan musi zostać wydany w ciągu 20 tygodni od złożenia wniosku.',
          source: 'SEND Regulations 2014, regulation 13(1)(a) and 13(2)',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
        },
        {
          kind: 'right',
          type: 'goodPractice',
          text: 'Samorząd powinien informować Cię na bieżąco o każdym etapie, a koordynator planu EHC powinien spotkać się z Tobą, aby poznać Twoje poglądy, życzenia i odczucia oraz poglądy dziecka.',
          source: 'SEND Code of Practice 0 to 25 years (2015), chapter 9',
          sourceUrl: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
        },
        {
          kind: 'paragraph',
          text: 'Te terminy są określone w przepisach (SEND Regulations 2014), więc samorząd musi ich dotrzymać. Istnieje kilka wyjątków – na przykład gdy szkoła jest zamknięta przez co najmniej cztery tygodnie w czasie wakacji, kiedy samorząd prosi o opinie, lub w przypadku wyjątkowych okoliczności osobistych – a samorząd musi Cię poinformować, jeśli któryś z nich ma zastosowanie. Zgodnie z dobrą praktyką samorząd powinien też informować Cię na bieżąco o każdym etapie, a koordynator planu EHC powinien spotkać się z Tobą, aby poznać Twoje poglądy, życzenia i odczucia oraz poglądy dziecka.',
        },
        { kind: 'heading', text: 'Jeśli samorząd odmówi' },
        {
          kind: 'paragraph',
          text: 'Jeśli samorząd odmówi przeprowadzenia oceny albo przeprowadzi ją, ale zdecyduje, że nie wyda planu, musi przekazać Ci na piśmie uzasadnienie i poinformować Cię o prawie do odwołania, o mediacji i rozwiązywaniu sporów oraz o SENDIASS. Możesz odwołać się do Trybunału Pierwszej Instancji (SEND) w ciągu 2 miesięcy od daty pisma z decyzją lub w ciągu 1 miesiąca od daty zaświadczenia o mediacji, jeśli ten termin upływa później. Samorząd powinien też wskazać szkole lub placówce, jak można zaspokoić potrzeby dziecka w ramach wsparcia SEN, a my zaproponujemy spotkanie, aby to omówić.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'تقييم احتياجات التعليم والصحة والرعاية (EHC) هو دراسة مفصّلة للاحتياجات التعليمية الخاصة لطفل أو شاب وللدعم الذي يحتاج إليه، وهو الخطوة الأولى نحو الحصول على خطة EHC. لا يحتاج معظم الأطفال ذوي الاحتياجات التعليمية الخاصة إلى هذا التقييم، إذ تُلبّى احتياجاتهم من خلال دعم الاحتياجات التعليمية الخاصة (SEN support) في الحضانة أو المدرسة أو الكلية. وقد يكون التقييم ضروريًا عندما لا يحرز الطفل التقدم المتوقع رغم أن المؤسسة التعليمية اتخذت إجراءات مناسبة وهادفة على مدى فترة من الزمن.',
        },
        { kind: 'heading', text: 'من يحق له تقديم الطلب' },
        {
          kind: 'list',
          items: [
            'الوالدان، لأي طفل من عمر 0 إلى 16 عامًا، ولا تحتاج إلى موافقة المدرسة',
            'الشاب من عمر 16 إلى 25 عامًا، بالأصالة عن نفسه',
            'المدرسة أو الحضانة أو الكلية، ويُفضَّل أن يكون ذلك بموافقة الأسرة',
            'يمكن لأي شخص آخر، مثل الطبيب أو الزائرة الصحية أو الأخصائي الاجتماعي أو صديق الأسرة، إبلاغ المجلس المحلي بأن الطفل قد تكون لديه احتياجات تعليمية خاصة، وعندها يجب على المجلس النظر في إجراء التقييم',
          ],
        },
        { kind: 'heading', text: 'كيف تقدّم الطلب' },
        {
          kind: 'paragraph',
          text: 'اكتب إلى فريق منسقي حالات الاحتياجات الخاصة (SEND Casework Team) أو استخدم [نموذج الطلب الإلكتروني](https://www.westbridge.example.org.uk/send/request-an-assessment). اشرح لماذا تعتقد أن طفلك يحتاج إلى تقييم، وأرفق كل ما قد يفيد: التقارير المدرسية وخطط دعم الاحتياجات التعليمية الخاصة والرسائل من الأطباء أو المعالجين. لست مضطرًا إلى توفير كل ذلك، فرسالة قصيرة تكفي لبدء احتساب المهل. ويمكن لخدمة SENDIASS مساعدتك في كتابتها.',
        },
        {
          kind: 'steps',
          heading: 'طلب التقييم خطوة بخطوة',
          steps: [
            {
              title: 'تطلب من المجلس المحلي إجراء التقييم',
              text: 'اكتب إلى فريق منسقي حالات الاحتياجات الخاصة (SEND Casework Team) أو استخدم نموذج الطلب الإلكتروني (الرابط أعلاه في قسم «كيف تقدّم الطلب»). تبدأ المهل من يوم تسلّم المجلس طلبك.',
            },
            {
              title: 'يقرر المجلس ما إذا كان سيجري التقييم',
              text: 'يجب أن يبلغك خلال 6 أسابيع من تقديم طلبك.',
              branches: [
                { condition: 'إذا وافق المجلس', goTo: 3 },
                { condition: 'إذا رفض المجلس', goTo: 7 },
              ],
            },
            {
              title: 'يجمع المجلس آراء المختصين',
              text: 'يقدّم مختصون في التعليم والصحة والرعاية الاجتماعية وأخصائي علم النفس التربوي آراءهم، عادةً خلال 6 أسابيع. وتقدّم أنت وطفلك آراءكما أيضًا.',
            },
            {
              title: 'يقرر المجلس ما إذا كان سيصدر خطة',
              text: 'إذا قرر عدم إصدارها، فيجب أن يبلغك خلال 16 أسبوعًا من تقديم طلبك.',
              branches: [
                { condition: 'إذا كان سيصدر خطة', goTo: 5 },
                { condition: 'إذا لم يكن سيصدر خطة', goTo: 7 },
              ],
            },
            {
              title: 'تبدي ملاحظاتك على مسودة الخطة',
              text: 'لديك 15 يومًا على الأقل لإبداء ملاحظاتك وتحديد المدرسة أو الكلية التي ترغب في ذكرها.',
            },
            {
              title: 'يصدر المجلس الخطة النهائية',
              text: 'يجب أن يصدرها خلال 20 أسبوعًا من تقديم طلبك. إذا كنت راضيًا عن الخطة، تنتهي العملية هنا.',
              branches: [{ condition: 'إذا كنت لا توافق على الخطة النهائية', goTo: 7 }],
            },
            {
              title: 'إذا كنت لا توافق على قرار',
              text: 'يجب على المجلس أن يكتب إليك موضحًا الأسباب. تحدّث إلى SENDIASS، أو اطلب الوساطة، أو استأنف أمام محكمة الاحتياجات الخاصة والإعاقة خلال شهرين من تاريخ رسالة القرار.',
            },
          ],
        },
        { kind: 'heading', text: 'ماذا يحدث بعد ذلك: المهل القانونية' },
        {
          kind: 'list',
          items: [
            'خلال 6 أسابيع من تقديم الطلب، يجب على المجلس المحلي إبلاغك بما إذا كان سيجري التقييم',
            'إذا أجرى التقييم، فيجب عليه طلب آراء مختصين في التعليم والصحة والرعاية الاجتماعية وأخصائي علم النفس التربوي، ولدى المختصين 6 أسابيع لتقديم آرائهم',
            'إذا قرر المجلس عدم إصدار خطة، فيجب عليه إبلاغك بذلك خلال 16 أسبوعًا من تقديم الطلب',
            'إذا قرر إصدار خطة، فإنه يرسل إليك مسودة، ولديك 15 يومًا على الأقل لإبداء ملاحظاتك وتحديد المدرسة أو الكلية التي ترغب في ذكرها في الخطة',
            'يجب إصدار الخطة النهائية خلال 20 أسبوعًا من تقديم الطلب',
          ],
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'إذا كانت لدى طفلك أو قد تكون لديه احتياجات تعليمية خاصة وقد يحتاج إلى خطة EHC، فيجب على المجلس المحلي إجراء تقييم احتياجات EHC.',
          source: 'Children and Families Act 2014, section 36(8)',
          sourceUrl: 'https://www.legislation.gov.uk/ukpga/2014/6/section/36',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'يجب على المجلس المحلي أن يبلغك خلال 6 أسابيع من تقديم طلبك بما إذا كان سيجري التقييم.',
          source: 'SEND Regulations 2014, regulation 5(1)',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'يجب أن يكون لديك 15 يومًا على الأقل لإبداء ملاحظاتك على مسودة الخطة، ويجب إصدار الخطة النهائية خلال 20 أسبوعًا من تقديم طلبك.',
          source: 'SEND Regulations 2014, regulation 13(1)(a) and 13(2)',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
        },
        {
          kind: 'right',
          type: 'goodPractice',
          text: 'ينبغي للمجلس أن يُطلعك على المستجدات في كل مرحلة، وأن يلتقي بك منسق خطة EHC للاستماع إلى آرائك ورغباتك ومشاعرك، وكذلك آراء طفلك.',
          source: 'SEND Code of Practice 0 to 25 years (2015), chapter 9',
          sourceUrl: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
        },
        {
          kind: 'paragraph',
          text: 'هذه المهل محددة في القانون (لوائح الاحتياجات التعليمية الخاصة والإعاقة لعام 2014)، لذا يجب على المجلس المحلي الالتزام بها. وهناك بعض الاستثناءات، مثل أن تكون المدرسة مغلقة أربعة أسابيع أو أكثر خلال العطلة الصيفية وقت طلب الآراء، أو وجود ظروف شخصية استثنائية، ويجب على المجلس إبلاغك إذا انطبق أحد هذه الاستثناءات. ومن الممارسات الجيدة أيضًا أن يُطلعك المجلس على المستجدات في كل مرحلة، وأن يلتقي بك منسق خطة EHC للاستماع إلى آرائك ورغباتك ومشاعرك، وكذلك آراء طفلك.',
        },
        { kind: 'heading', text: 'إذا رفض المجلس المحلي' },
        {
          kind: 'paragraph',
          text: 'إذا رفض المجلس إجراء التقييم، أو أجراه ثم قرر عدم إصدار خطة، فيجب عليه أن يكتب إليك موضحًا الأسباب، وأن يعلمك بحقك في الاستئناف، وبخدمات الوساطة وحل الخلافات، وبخدمة SENDIASS. ويمكنك الاستئناف أمام محكمة الدرجة الأولى (الاحتياجات الخاصة والإعاقة) خلال شهرين من تاريخ رسالة القرار، أو خلال شهر واحد من تاريخ شهادة الوساطة إذا كان ذلك لاحقًا. كما ينبغي للمجلس أن يوضح للمدرسة أو المؤسسة كيف يمكن تلبية احتياجات طفلك من خلال دعم الاحتياجات التعليمية الخاصة، وسنعرض عليك عقد اجتماع لمناقشة ذلك.',
        },
      ],
    },
  },
  {
    slug: 'not-sure-where-to-start',
    relatedPages: ['how-sen-is-identified', 'sendiass'],
    keyJourney: true,
    relatedCategories: ['information-advice-support', 'education', 'health', 'social-care'],
    title: {
      en: 'Not sure where to start?',
      pl: 'Nie wiesz, od czego zacząć?',
      ar: 'لا تعرف من أين تبدأ؟',
    },
    summary: {
      en: 'If you are worried about your child’s development, learning or behaviour, or you have just had a diagnosis, here are the first people to talk to and the help available without an EHC plan.',
      pl: 'Jeśli martwisz się rozwojem, nauką lub zachowaniem swojego dziecka albo właśnie otrzymaliście diagnozę, oto pierwsze osoby, z którymi warto porozmawiać, i pomoc dostępna bez planu EHC.',
      ar: 'إذا كنت قلقًا بشأن نمو طفلك أو تعلّمه أو سلوكه، أو حصلت للتو على تشخيص، فإليك أول من يمكنك التحدث إليهم والمساعدة المتاحة دون خطة EHC.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'Many families come to the Local Offer because something does not feel quite right – a toddler who is not talking yet, a child who is struggling at school, a teenager who has stopped going in. You do not need a diagnosis, a referral or a label to ask for help, and you are not making a fuss. Here is where most families start.',
        },
        { kind: 'heading', text: 'If your child is under 5' },
        {
          kind: 'paragraph',
          text: 'Talk to your health visitor or GP, or to your child’s nursery or childminder. Every early years setting has a SENCO who can look at how your child is getting on and plan extra support with you. If you are worried about your child’s speech and language, you can also drop in to a Talk Time session at a family hub.',
        },
        { kind: 'heading', text: 'If your child is at school or college' },
        {
          kind: 'paragraph',
          text: 'Start with your child’s class teacher or tutor, then ask to meet the SENCO (the teacher who coordinates support for pupils with SEN). Every school must have one, and must publish an SEN information report on its website explaining the help it offers. Colleges have a learning support or inclusion team instead.',
        },
        { kind: 'heading', text: 'What SEN support means' },
        {
          kind: 'paragraph',
          text: 'If your child has special educational needs, their school or setting must do its best to meet them. This is called SEN support: the school should assess your child’s needs, agree a plan with you, put it into action and review how well it is working, usually every term. Most children’s needs are met this way, without an EHC plan. Read “How special educational needs are identified and supported” to find out more.',
        },
        { kind: 'heading', text: 'Impartial help for you' },
        {
          kind: 'paragraph',
          text: 'Westbridge SENDIASS gives free, confidential advice to parents and young people about anything to do with SEND, and can come with you to meetings. The Parent Carer Forum and local support groups are a good way to meet families who have been through the same things. If things are hard at home, Early Help can offer a family support worker.',
        },
        {
          kind: 'list',
          items: [
            'Westbridge SENDIASS helpline: 0300 123 4567',
            'Family Information Service, for help finding services: 020 7946 0102',
            'If you think your child needs more help than their school can give, read about asking for an EHC needs assessment',
          ],
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Wiele rodzin trafia do Oferty Lokalnej, ponieważ coś wydaje się nie tak – maluch, który jeszcze nie mówi, dziecko, które ma trudności w szkole, nastolatek, który przestał do niej chodzić. Nie potrzebujesz diagnozy, skierowania ani „etykiety”, aby poprosić o pomoc, i wcale nie przesadzasz. Oto od czego zaczyna większość rodzin.',
        },
        { kind: 'heading', text: 'Jeśli Twoje dziecko ma mniej niż 5 lat' },
        {
          kind: 'paragraph',
          text: 'Porozmawiaj z pielęgniarką środowiskową (health visitor) lub lekarzem rodzinnym albo z przedszkolem lub opiekunką dziecka. Każda placówka wczesnej edukacji ma koordynatora SENCO, który może przyjrzeć się postępom dziecka i zaplanować z Tobą dodatkowe wsparcie. Jeśli martwisz się mową i językiem dziecka, możesz też przyjść bez zapisów na spotkanie Talk Time w centrum rodzinnym.',
        },
        { kind: 'heading', text: 'Jeśli Twoje dziecko chodzi do szkoły lub college’u' },
        {
          kind: 'paragraph',
          text: 'Zacznij od rozmowy z wychowawcą lub nauczycielem dziecka, a następnie poproś o spotkanie z SENCO (nauczycielem koordynującym wsparcie dla uczniów ze specjalnymi potrzebami edukacyjnymi). Każda szkoła musi mieć takiego koordynatora i musi opublikować na swojej stronie internetowej raport SEN (SEN information report) opisujący oferowaną pomoc. W college’ach działa zamiast tego zespół wsparcia w nauce lub zespół ds. włączania.',
        },
        { kind: 'heading', text: 'Co oznacza wsparcie SEN' },
        {
          kind: 'paragraph',
          text: 'Jeśli Twoje dziecko ma specjalne potrzeby edukacyjne, szkoła lub placówka musi dołożyć wszelkich starań, aby je zaspokoić. Nazywa się to wsparciem SEN (SEN support): szkoła powinna ocenić potrzeby dziecka, uzgodnić z Tobą plan, wprowadzić go w życie i sprawdzać – zwykle co semestr – jak działa. W ten sposób, bez planu EHC, zaspokajane są potrzeby większości dzieci. Więcej informacji znajdziesz na stronie „Jak rozpoznaje się specjalne potrzeby edukacyjne i jak się je wspiera”.',
        },
        { kind: 'heading', text: 'Bezstronna pomoc dla Ciebie' },
        {
          kind: 'paragraph',
          text: 'Westbridge SENDIASS udziela rodzicom i młodzieży bezpłatnych, poufnych porad we wszystkich sprawach związanych ze SEND i może towarzyszyć Ci na spotkaniach. Forum Rodziców i Opiekunów oraz lokalne grupy wsparcia to dobry sposób, aby poznać rodziny, które przeszły przez to samo. Jeśli w domu jest Ci trudno, zespół Early Help może zapewnić pracownika wsparcia rodziny.',
        },
        {
          kind: 'list',
          items: [
            'Infolinia Westbridge SENDIASS: 0300 123 4567',
            'Family Information Service (pomoc w znalezieniu usług): 020 7946 0102',
            'Jeśli uważasz, że dziecko potrzebuje więcej pomocy, niż może zapewnić szkoła, przeczytaj, jak złożyć wniosek o ocenę potrzeb EHC',
          ],
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'تأتي عائلات كثيرة إلى العرض المحلي لأن شيئًا ما لا يبدو على ما يرام: طفل صغير لم يبدأ الكلام بعد، أو طفل يواجه صعوبات في المدرسة، أو مراهق توقف عن الذهاب إليها. لا تحتاج إلى تشخيص أو إحالة أو تصنيف لتطلب المساعدة، ولست تبالغ في قلقك. إليك من أين تبدأ معظم العائلات.',
        },
        { kind: 'heading', text: 'إذا كان عمر طفلك أقل من 5 سنوات' },
        {
          kind: 'paragraph',
          text: 'تحدّث إلى الزائرة الصحية أو طبيب الأسرة، أو إلى الحضانة أو جليسة الأطفال. في كل مؤسسة للطفولة المبكرة منسق للاحتياجات التعليمية الخاصة (SENCO) يمكنه متابعة تقدم طفلك والتخطيط معك لدعم إضافي. ويمكنك أيضًا حضور جلسة Talk Time المفتوحة في أحد مراكز الأسرة إذا كنت قلقًا بشأن نطق طفلك ولغته.',
        },
        { kind: 'heading', text: 'إذا كان طفلك في المدرسة أو الكلية' },
        {
          kind: 'paragraph',
          text: 'ابدأ بالتحدث إلى معلم صف طفلك أو مرشده، ثم اطلب لقاء منسق الاحتياجات التعليمية الخاصة (SENCO)، وهو المعلم الذي ينسّق الدعم للتلاميذ ذوي الاحتياجات التعليمية الخاصة. يجب أن يكون في كل مدرسة منسق، ويجب على كل مدرسة أن تنشر على موقعها الإلكتروني تقرير معلومات الاحتياجات التعليمية الخاصة الذي يشرح المساعدة التي تقدمها. أما الكليات فلديها بدلًا من ذلك فريق لدعم التعلم أو للدمج.',
        },
        { kind: 'heading', text: 'ما المقصود بدعم الاحتياجات التعليمية الخاصة' },
        {
          kind: 'paragraph',
          text: 'إذا كانت لدى طفلك احتياجات تعليمية خاصة، فيجب على المدرسة أو المؤسسة بذل قصارى جهدها لتلبيتها، ويُسمّى ذلك دعم الاحتياجات التعليمية الخاصة (SEN support): ينبغي أن تقيّم المدرسة احتياجات طفلك، وتتفق معك على خطة، وتنفذها، وتراجع مدى نجاحها، عادةً كل فصل دراسي. وتُلبّى احتياجات معظم الأطفال بهذه الطريقة دون خطة EHC. اقرأ صفحة «كيف تُحدَّد الاحتياجات التعليمية الخاصة وكيف تُدعَم» لمعرفة المزيد.',
        },
        { kind: 'heading', text: 'مساعدة محايدة لك' },
        {
          kind: 'paragraph',
          text: 'تقدم خدمة SENDIASS في ويستبريدج مشورة مجانية وسرية للآباء والشباب في كل ما يتعلق بالاحتياجات الخاصة والإعاقة، ويمكنها مرافقتك إلى الاجتماعات. كما أن منتدى الآباء ومقدمي الرعاية ومجموعات الدعم المحلية وسيلة جيدة للتعرف إلى أسر مرّت بالتجارب نفسها. وإذا كنت تجد صعوبة في المنزل، فيمكن لفريق المساعدة المبكرة (Early Help) توفير موظف لدعم الأسرة.',
        },
        {
          kind: 'list',
          items: [
            'خط مساعدة SENDIASS في ويستبريدج: 0300 123 4567',
            'خدمة معلومات الأسرة (للمساعدة في العثور على الخدمات): 020 7946 0102',
            'إذا كنت تعتقد أن طفلك يحتاج إلى مساعدة أكبر مما تستطيع مدرسته تقديمه، فاقرأ عن كيفية طلب تقييم احتياجات EHC',
          ],
        },
      ],
    },
  },
  {
    slug: 'how-sen-is-identified',
    relatedPages: ['not-sure-where-to-start', 'request-an-ehc-needs-assessment'],
    keyJourney: false,
    relatedCategories: ['education', 'information-advice-support'],
    title: { en: 'How special educational needs are identified and supported' },
    summary: {
      en: 'What counts as special educational needs, the four broad areas of need, and how nurseries, schools and colleges use the graduated approach – assess, plan, do, review – to support children.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'A child or young person has special educational needs (SEN) if they have a learning difficulty or disability that calls for special educational provision – support that is additional to, or different from, what is normally available to others of the same age. Many children need extra help at some point; that does not always mean they have SEN.',
        },
        { kind: 'heading', text: 'The four broad areas of need' },
        {
          kind: 'list',
          items: [
            'Communication and interaction – including speech, language and communication needs and autism',
            'Cognition and learning – including moderate, severe and profound learning difficulties, and specific learning difficulties such as dyslexia',
            'Social, emotional and mental health – including anxiety, attention difficulties and attachment needs',
            'Sensory and/or physical needs – including hearing or vision impairment and physical disability',
          ],
        },
        { kind: 'heading', text: 'The graduated approach: assess, plan, do, review' },
        {
          kind: 'paragraph',
          text: 'When a setting identifies that a child has SEN, it must take action to remove barriers to learning and put effective special educational provision in place. The Code of Practice says this SEN support should take the form of a four-part cycle, repeated and refined over time, with more specialist expertise brought in if the child does not make progress:',
        },
        {
          kind: 'list',
          items: [
            'Assess: the teacher and SENCO look at the child’s needs, drawing on what parents and the child say, the setting’s assessments and any advice from specialists',
            'Plan: together with you, they agree the outcomes they want to see, the support to be given and a date to review it',
            'Do: the class teacher stays responsible for the child’s progress, working closely with teaching assistants and specialists',
            'Review: the effect of the support is reviewed, usually each term, with you and your child, and the plan is changed if it is not working',
          ],
        },
        { kind: 'heading', text: 'What schools must do, and what they should do' },
        {
          kind: 'paragraph',
          text: 'By law, schools must use their best endeavours to make sure a child with SEN gets the support they need, must tell parents when they are making special educational provision for their child, must have a qualified SENCO and must publish an SEN information report. As good practice, the Code of Practice says schools should meet parents at least three times a year to set and review outcomes, and should record what was agreed and give parents a copy.',
        },
        {
          kind: 'paragraph',
          text: 'If a child continues to make less than expected progress despite SEN support that has been reviewed and adapted over time, the school or the parents may ask the council for an EHC needs assessment.',
        },
      ],
    },
  },
  {
    slug: 'personal-budgets',
    relatedPages: ['request-an-ehc-needs-assessment', 'preparing-for-adulthood'],
    relatedServices: [
      'personal-budgets-direct-payments',
      'disabled-childrens-team',
      'westbridge-sendiass',
    ],
    keyJourney: false,
    relatedCategories: ['social-care', 'education', 'health'],
    title: { en: 'Personal budgets' },
    summary: {
      en: 'What a personal budget is, who can have one, how it can be paid, and what it can and cannot be used for.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'A personal budget is an amount of money the council has identified to pay for some of the support in an EHC plan, where the parent or young person wants to be involved in arranging that support. It gives families more choice and control over how needs are met.',
        },
        { kind: 'heading', text: 'Your rights' },
        {
          kind: 'list',
          items: [
            'Parents of a child with an EHC plan, and young people with a plan, have the right to ask for a personal budget when a draft plan is being prepared or a plan is being reviewed',
            'The council must consider the request and, if it agrees, must set out the amount and how it will be used in section J of the plan',
            'If the council refuses a direct payment, it must tell you in writing and explain why; you can ask for the decision to be reviewed',
            'The council must publish its policy on personal budgets as part of the Local Offer',
          ],
        },
        { kind: 'heading', text: 'How a personal budget can be paid' },
        {
          kind: 'list',
          items: [
            'Direct payments – you receive the money and buy the support yourself',
            'An arrangement, sometimes called a notional budget – the council or school holds the money and commissions the support you choose',
            'A third-party arrangement – someone else, such as a charity, manages the money for you',
            'A combination of these',
          ],
        },
        { kind: 'heading', text: 'What it can and cannot be used for' },
        {
          kind: 'paragraph',
          text: 'A personal budget can bring together funding from education, health and social care. Families often use it for a personal assistant, specialist activities, therapy outside school or help getting to college. It cannot be used to pay for a school or college place itself, and a direct payment for support delivered in a school or college can only be agreed if the school or college agrees. Health funding may be offered as a personal health budget, agreed with the NHS.',
        },
        {
          kind: 'paragraph',
          text: 'Talk to your EHCP coordinator or social worker about a personal budget, or call the Direct Payments Support Service on 020 7946 0133. SENDIASS can give you independent advice before you decide.',
        },
      ],
    },
  },
  {
    slug: 'home-to-school-transport-policy',
    keyJourney: false,
    relatedCategories: ['transport'],
    title: { en: 'Home to school transport policy for children and young people with SEND' },
    summary: {
      en: 'Who is entitled to free travel to school or college, what kinds of help the council offers, how to apply and how to appeal. This is a summary of the full policy.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'This page summarises the council’s home to school travel policy as it applies to children and young people with SEND. It follows the Education Act 1996 and the Department for Education’s statutory guidance on travel to school and on post-16 transport. The full policy is available in print and other formats on request.',
        },
        { kind: 'heading', text: 'What the law requires' },
        {
          kind: 'list',
          items: [
            'The council must provide free travel for eligible children of compulsory school age (5 to 16), including those who cannot reasonably be expected to walk to their nearest suitable school because of their SEN, disability or mobility difficulty',
            'Travel arrangements must be safe and reasonably stress-free, so that the child arrives ready to learn',
            'The council must publish a post-16 transport policy statement by 31 May each year, and must make arrangements for learners aged 19 to 25 with an EHC plan where needed for them to attend education or training',
            'The council must have a published appeals process',
          ],
        },
        { kind: 'heading', text: 'How we decide' },
        {
          kind: 'paragraph',
          text: 'We look at each child individually. An EHC plan does not automatically mean a child is eligible, and distance alone is not the test for a child with SEND. We consider the child’s needs, whether they could walk with an adult, the route and the school attended. Where a family prefers a school further away than the nearest suitable one, travel is normally the family’s responsibility.',
        },
        { kind: 'heading', text: 'The help we offer' },
        {
          kind: 'list',
          items: [
            'Independent travel training, which we offer first wherever it is right for the young person',
            'A personal travel budget or mileage payment',
            'A bus pass',
            'A shared minibus or taxi, with a passenger assistant where needed',
            'In exceptional cases, a vehicle for one child only',
          ],
        },
        { kind: 'heading', text: 'Applying and appealing' },
        {
          kind: 'paragraph',
          text: 'Apply using the travel assistance form, ideally by 31 May for a September start; we decide within 20 school days. If you disagree, ask for a stage 1 review within 20 working days of the decision. If you still disagree, you can take a stage 2 appeal to an independent panel of councillors, which will hear it within 40 working days. After that, you can complain to the Local Government and Social Care Ombudsman.',
        },
      ],
    },
  },
  {
    slug: 'short-breaks-services-statement',
    relatedPages: ['personal-budgets'],
    keyJourney: false,
    relatedCategories: ['short-breaks', 'social-care'],
    title: {
      en: 'Short breaks services statement',
      pl: 'Oświadczenie o usługach krótkich przerw wytchnieniowych',
      ar: 'بيان خدمات فترات الراحة القصيرة',
    },
    summary: {
      en: 'The short breaks available for disabled children and their families in Westbridge, the eligibility criteria for each level, how we decide and how to ask for a review.',
      pl: 'Krótkie przerwy wytchnieniowe dostępne w Westbridge dla dzieci z niepełnosprawnościami i ich rodzin, kryteria kwalifikacji na każdym poziomie, sposób podejmowania decyzji i to, jak poprosić o ich ponowne rozpatrzenie.',
      ar: 'فترات الراحة القصيرة المتاحة للأطفال ذوي الإعاقة وأسرهم في ويستبريدج، ومعايير الاستحقاق لكل مستوى، وكيف نتخذ القرار، وكيف تطلب مراجعته.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Breaks for Carers of Disabled Children Regulations 2011 say the council must provide a range of short breaks, must publish a short breaks services statement describing what is available and the eligibility criteria, and must review it taking account of the views of parent carers. This statement was written with the Westbridge Parent Carer Forum and is reviewed every year.',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'The council must publish a short breaks services statement saying what short breaks are available, who can have them and how to ask, and must keep it under review.',
          source: 'Breaks for Carers of Disabled Children Regulations 2011, regulation 5',
          sourceUrl: 'https://www.legislation.gov.uk/uksi/2011/707/regulation/5',
        },
        { kind: 'heading', text: 'Three levels of short breaks' },
        {
          kind: 'list',
          items: [
            'Universal: clubs, leisure and activities open to everyone, which should make reasonable adjustments for disabled children. There are no eligibility criteria.',
            'Targeted: specialist clubs, holiday schemes and sitting services with extra staff, for children with a Westbridge Short Breaks Card. No social care assessment is needed.',
            'Specialist: overnight breaks, Shared Care, specialist holiday schemes and direct payments for children whose needs are assessed by the Disabled Children’s Team.',
          ],
        },
        { kind: 'heading', text: 'Eligibility criteria' },
        {
          kind: 'paragraph',
          text: 'Targeted short breaks are for children and young people aged 0 to 18 living in Westbridge whose disability or SEN means they need significantly more support than others of the same age to take part in activities. Evidence can be a letter from a health professional, a school SEN support plan or EHC plan, or proof of Disability Living Allowance.',
        },
        {
          kind: 'paragraph',
          text: 'Specialist short breaks are for disabled children with substantial and complex needs where a child and family assessment shows that the family needs more than targeted short breaks to carry on caring. The assessment looks at the child’s needs, the parent carer’s needs and the family’s circumstances as a whole.',
        },
        { kind: 'heading', text: 'How decisions are made' },
        {
          kind: 'paragraph',
          text: 'The Short Breaks Team decides Short Breaks Card applications within 15 working days. Specialist short breaks are agreed by the Disabled Children’s Team manager after an assessment and reviewed at least every six months. If you disagree with a decision, you can ask a senior manager to review it within 20 working days, and you can use the children’s social care complaints procedure.',
        },
        {
          kind: 'paragraph',
          text: 'We welcome your views on short breaks at any time: tell us through the Parent Carer Forum, on the “Tell us what you think” page, or by emailing shortbreaks@westbridge.example.org.uk.',
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Przepisy Breaks for Carers of Disabled Children Regulations 2011 stanowią, że samorząd musi zapewniać różnorodne krótkie przerwy wytchnieniowe, musi opublikować oświadczenie o usługach krótkich przerw, opisujące dostępne usługi i kryteria kwalifikacji, oraz musi je przeglądać, biorąc pod uwagę opinie rodziców-opiekunów. To oświadczenie powstało we współpracy z Westbridge Parent Carer Forum (forum rodziców-opiekunów) i jest przeglądane co roku.',
        },
        { kind: 'heading', text: 'Trzy poziomy krótkich przerw' },
        {
          kind: 'list',
          items: [
            'Powszechne: kluby, rekreacja i zajęcia otwarte dla wszystkich, które powinny wprowadzać rozsądne dostosowania dla dzieci z niepełnosprawnościami. Nie ma kryteriów kwalifikacji.',
            'Ukierunkowane: specjalne kluby, programy wakacyjne i opieka w domu z dodatkowym personelem, dla dzieci z Kartą Krótkich Przerw Westbridge. Nie jest potrzebna ocena przez opiekę społeczną.',
            'Specjalistyczne: pobyty z noclegiem, Shared Care, specjalistyczne programy wakacyjne i płatności bezpośrednie dla dzieci, których potrzeby ocenił Zespół ds. Dzieci z Niepełnosprawnościami.',
          ],
        },
        { kind: 'heading', text: 'Kryteria kwalifikacji' },
        {
          kind: 'paragraph',
          text: 'Ukierunkowane krótkie przerwy są dla dzieci i młodzieży w wieku od 0 do 18 lat mieszkających w Westbridge, które z powodu niepełnosprawności lub specjalnych potrzeb edukacyjnych (SEN) potrzebują znacznie więcej wsparcia niż ich rówieśnicy, aby brać udział w zajęciach. Dowodem może być list od pracownika ochrony zdrowia, szkolny plan wsparcia SEN lub plan EHC albo potwierdzenie pobierania zasiłku DLA (Disability Living Allowance).',
        },
        {
          kind: 'paragraph',
          text: 'Specjalistyczne krótkie przerwy są dla dzieci z niepełnosprawnościami o znacznych i złożonych potrzebach, jeśli ocena sytuacji dziecka i rodziny wykaże, że rodzina potrzebuje więcej niż ukierunkowanych krótkich przerw, aby nadal sprawować opiekę. Ocena dotyczy potrzeb dziecka, potrzeb rodzica-opiekuna i sytuacji całej rodziny.',
        },
        { kind: 'heading', text: 'Jak podejmowane są decyzje' },
        {
          kind: 'paragraph',
          text: 'Zespół ds. krótkich przerw rozpatruje wnioski o Kartę Krótkich Przerw w ciągu 15 dni roboczych. Specjalistyczne krótkie przerwy zatwierdza kierownik Zespołu ds. Dzieci z Niepełnosprawnościami po przeprowadzeniu oceny; są one przeglądane co najmniej raz na sześć miesięcy. Jeśli nie zgadzasz się z decyzją, możesz w ciągu 20 dni roboczych poprosić starszego kierownika o jej ponowne rozpatrzenie; możesz też skorzystać z procedury skarg na opiekę społeczną nad dziećmi.',
        },
        {
          kind: 'paragraph',
          text: 'Zawsze chętnie poznamy Twoje zdanie o krótkich przerwach: przekaż je przez Parent Carer Forum, na stronie „Powiedz nam, co myślisz” albo e-mailem na adres shortbreaks@westbridge.example.org.uk.',
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'تنص لوائح فترات الراحة لمقدمي الرعاية للأطفال ذوي الإعاقة لعام 2011 (Breaks for Carers of Disabled Children Regulations 2011) على أن المجلس يجب أن يوفر مجموعة من فترات الراحة القصيرة، ويجب أن ينشر بيانًا لخدمات فترات الراحة القصيرة يصف ما هو متاح ومعايير الاستحقاق، ويجب أن يراجعه آخذًا في الاعتبار آراء الآباء مقدمي الرعاية. كُتب هذا البيان بالتعاون مع منتدى الآباء مقدمي الرعاية في ويستبريدج (Westbridge Parent Carer Forum)، ويُراجَع كل عام.',
        },
        { kind: 'heading', text: 'ثلاثة مستويات لفترات الراحة القصيرة' },
        {
          kind: 'list',
          items: [
            'الشاملة: نوادٍ وأنشطة ترفيهية مفتوحة للجميع، وينبغي أن تُجري تعديلات معقولة للأطفال ذوي الإعاقة. لا توجد معايير استحقاق.',
            'المخصصة: نوادٍ متخصصة وبرامج للعطلات وخدمات رعاية في المنزل بعدد أكبر من الموظفين، للأطفال الذين يحملون بطاقة فترات الراحة القصيرة في ويستبريدج. لا يلزم تقييم من الرعاية الاجتماعية.',
            'المتخصصة: فترات راحة مع المبيت، والرعاية المشتركة (Shared Care)، وبرامج عطلات متخصصة، ودفعات مباشرة للأطفال الذين قيّم فريق الأطفال ذوي الإعاقة احتياجاتهم.',
          ],
        },
        { kind: 'heading', text: 'معايير الاستحقاق' },
        {
          kind: 'paragraph',
          text: 'فترات الراحة القصيرة المخصصة للأطفال والشباب من عمر 0 إلى 18 عامًا الذين يعيشون في ويستبريدج، وتجعلهم إعاقتهم أو احتياجاتهم التعليمية الخاصة بحاجة إلى دعم أكبر بكثير من أقرانهم للمشاركة في الأنشطة. يمكن أن يكون الدليل رسالة من أحد العاملين في المجال الصحي، أو خطة دعم الاحتياجات التعليمية الخاصة في المدرسة أو خطة EHC، أو إثبات الحصول على بدل معيشة ذوي الإعاقة (Disability Living Allowance).',
        },
        {
          kind: 'paragraph',
          text: 'فترات الراحة القصيرة المتخصصة للأطفال ذوي الإعاقة ذوي الاحتياجات الكبيرة والمعقدة، عندما يُظهر تقييم الطفل والأسرة أن الأسرة تحتاج إلى أكثر من فترات الراحة المخصصة لتستمر في تقديم الرعاية. ينظر التقييم في احتياجات الطفل، واحتياجات الوالد مقدم الرعاية، وظروف الأسرة ككل.',
        },
        { kind: 'heading', text: 'كيف تُتخذ القرارات' },
        {
          kind: 'paragraph',
          text: 'يبتّ فريق فترات الراحة القصيرة في طلبات البطاقة خلال 15 يوم عمل. أما فترات الراحة القصيرة المتخصصة فيوافق عليها مدير فريق الأطفال ذوي الإعاقة بعد التقييم، وتُراجَع مرة كل ستة أشهر على الأقل. إذا لم توافق على قرار، يمكنك أن تطلب من مدير أعلى مراجعته خلال 20 يوم عمل، ويمكنك أيضًا استخدام إجراء الشكاوى الخاص بالرعاية الاجتماعية للأطفال.',
        },
        {
          kind: 'paragraph',
          text: 'نرحب بآرائك في فترات الراحة القصيرة في أي وقت: أخبرنا بها عبر منتدى الآباء مقدمي الرعاية، أو في صفحة «أخبرنا برأيك»، أو بالبريد الإلكتروني على shortbreaks@westbridge.example.org.uk.',
        },
      ],
    },
  },
  {
    slug: 'sendiass',
    relatedPages: ['mediation-and-disagreement-resolution', 'send-tribunal'],
    relatedServices: [
      'westbridge-sendiass',
      'sendiass-appeal-support',
      'westbridge-parent-carer-forum',
    ],
    keyJourney: true,
    relatedCategories: ['information-advice-support', 'mediation-disagreement', 'tribunal'],
    title: {
      en: 'SENDIASS: free, impartial information, advice and support',
      pl: 'SENDIASS: bezpłatne i bezstronne informacje, porady i wsparcie',
      ar: 'SENDIASS: معلومات ومشورة ودعم مجاني ومحايد',
    },
    summary: {
      en: 'What the SEND Information, Advice and Support Service is, what the law says it must offer, and how to contact Westbridge SENDIASS.',
      pl: 'Czym jest Serwis Informacji, Porad i Wsparcia SEND (SENDIASS), co zgodnie z prawem musi oferować i jak skontaktować się z Westbridge SENDIASS.',
      ar: 'ما هي خدمة المعلومات والمشورة والدعم للاحتياجات الخاصة والإعاقة (SENDIASS)، وما يلزمها القانون بتقديمه، وكيفية التواصل مع خدمة SENDIASS في ويستبريدج.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'Every local authority must arrange for children, young people and parents to have information and advice about SEN and disability, including matters relating to health and social care. It must be free, impartial, confidential and accessible. In Westbridge this is Westbridge SENDIASS, run by the charity Westbridge Family Link at arm’s length from the council.',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'The council must arrange for children and young people with SEN or disabilities, and their parents, to have information and advice about SEN and disability, including health and social care.',
          source: 'Children and Families Act 2014, section 32',
          sourceUrl: 'https://www.legislation.gov.uk/ukpga/2014/6/section/32',
        },
        { kind: 'heading', text: 'What SENDIASS must offer' },
        {
          kind: 'list',
          items: [
            'Information about the law, local policy and the Local Offer',
            'Advice on SEN support, EHC needs assessments, EHC plans, personal budgets, exclusions and complaints',
            'Information about mediation, disagreement resolution and the SEND Tribunal',
            'A separate, confidential service for young people, who have their own rights from age 16',
            'Staff trained to the national minimum standards for information, advice and support services',
          ],
        },
        { kind: 'heading', text: 'What SENDIASS should also do (good practice)' },
        {
          kind: 'paragraph',
          text: 'The Code of Practice says SENDIASS should offer individual casework and representation where it is needed, help families take part in meetings, and point them to other support such as the Parent Carer Forum. It should also use what it hears from families to tell the council where services need to improve, without identifying anyone.',
        },
        { kind: 'heading', text: 'Contact Westbridge SENDIASS' },
        {
          kind: 'list',
          items: [
            'Helpline: 0300 123 4567 (Monday to Friday, 9:30am to 4:30pm)',
            'Email: sendiass@westbridgefamilylink.example.org.uk',
            'Drop in: Tuesdays 9:30am to 12:30pm at Westbridge Central Library, 24 Market Square',
            'Interpreters, including British Sign Language, are free – just ask',
          ],
        },
      ],
      pl: [
        {
          kind: 'paragraph',
          text: 'Każdy samorząd musi zapewnić dzieciom, młodzieży i rodzicom dostęp do informacji i porad dotyczących specjalnych potrzeb edukacyjnych i niepełnosprawności, w tym spraw związanych ze zdrowiem i opieką społeczną. Usługa ta musi być bezpłatna, bezstronna, poufna i łatwo dostępna. W Westbridge jest to Westbridge SENDIASS, prowadzony niezależnie od samorządu przez organizację charytatywną Westbridge Family Link.',
        },
        { kind: 'heading', text: 'Co SENDIASS musi oferować' },
        {
          kind: 'list',
          items: [
            'Informacje o przepisach, lokalnych zasadach i Ofercie Lokalnej',
            'Porady dotyczące wsparcia SEN, oceny potrzeb EHC, planów EHC, budżetów osobistych, wykluczeń ze szkoły i skarg',
            'Informacje o mediacji, rozwiązywaniu sporów i Trybunale SEND',
            'Osobną, poufną usługę dla młodzieży, która od 16. roku życia ma własne prawa',
            'Personel przeszkolony zgodnie z krajowymi minimalnymi standardami dla służb informacji, porad i wsparcia',
          ],
        },
        { kind: 'heading', text: 'Co SENDIASS powinien także robić (dobra praktyka)' },
        {
          kind: 'paragraph',
          text: 'Zgodnie z Kodeksem postępowania (Code of Practice) SENDIASS powinien w razie potrzeby prowadzić indywidualne sprawy i reprezentować rodziny, pomagać im w udziale w spotkaniach oraz wskazywać inne źródła wsparcia, takie jak Forum Rodziców i Opiekunów. Powinien też wykorzystywać to, co słyszy od rodzin, aby informować samorząd, gdzie usługi wymagają poprawy – bez ujawniania niczyjej tożsamości.',
        },
        { kind: 'heading', text: 'Kontakt z Westbridge SENDIASS' },
        {
          kind: 'list',
          items: [
            'Infolinia: 0300 123 4567 (od poniedziałku do piątku, 9:30–16:30)',
            'E-mail: sendiass@westbridgefamilylink.example.org.uk',
            'Dyżur bez zapisów: we wtorki 9:30–12:30 w Westbridge Central Library, 24 Market Square',
            'Tłumacze, w tym tłumacze brytyjskiego języka migowego, są bezpłatni – wystarczy poprosić',
          ],
        },
      ],
      ar: [
        {
          kind: 'paragraph',
          text: 'يجب على كل مجلس محلي أن يوفّر للأطفال والشباب والآباء معلومات ومشورة بشأن الاحتياجات التعليمية الخاصة والإعاقة، بما في ذلك المسائل المتعلقة بالصحة والرعاية الاجتماعية. ويجب أن تكون هذه الخدمة مجانية ومحايدة وسرية وسهلة الوصول. وفي ويستبريدج تتمثل هذه الخدمة في SENDIASS ويستبريدج، التي تديرها جمعية فاميلي لينك الخيرية باستقلال عن المجلس المحلي.',
        },
        { kind: 'heading', text: 'ما يجب أن تقدمه خدمة SENDIASS' },
        {
          kind: 'list',
          items: [
            'معلومات عن القانون والسياسات المحلية والعرض المحلي',
            'مشورة بشأن دعم الاحتياجات التعليمية الخاصة وتقييمات احتياجات EHC وخطط EHC والميزانيات الشخصية والفصل من المدرسة والشكاوى',
            'معلومات عن الوساطة وحل الخلافات ومحكمة الاحتياجات الخاصة والإعاقة',
            'خدمة منفصلة وسرية للشباب، الذين يتمتعون بحقوقهم الخاصة منذ سن 16',
            'موظفون مدرَّبون وفق المعايير الوطنية الدنيا لخدمات المعلومات والمشورة والدعم',
          ],
        },
        { kind: 'heading', text: 'ما ينبغي أن تقوم به SENDIASS أيضًا (الممارسات الجيدة)' },
        {
          kind: 'paragraph',
          text: 'تنص مدونة الممارسة على أنه ينبغي لخدمة SENDIASS تقديم متابعة فردية للحالات وتمثيل الأسر عند الحاجة، ومساعدة الأسر على المشاركة في الاجتماعات، وإرشادها إلى مصادر دعم أخرى مثل منتدى الآباء ومقدمي الرعاية. كما ينبغي لها أن تستفيد مما تسمعه من الأسر لإبلاغ المجلس المحلي بالمجالات التي تحتاج فيها الخدمات إلى تحسين، دون الكشف عن هوية أي شخص.',
        },
        { kind: 'heading', text: 'التواصل مع SENDIASS ويستبريدج' },
        {
          kind: 'list',
          items: [
            'خط المساعدة: 0300 123 4567 (من الاثنين إلى الجمعة، من 9:30 صباحًا حتى 4:30 مساءً)',
            'البريد الإلكتروني: sendiass@westbridgefamilylink.example.org.uk',
            'الحضور دون موعد: أيام الثلاثاء من 9:30 صباحًا حتى 12:30 ظهرًا في مكتبة ويستبريدج المركزية، 24 Market Square',
            'خدمات الترجمة مجانية، بما فيها لغة الإشارة البريطانية، وما عليك إلا أن تطلبها',
          ],
        },
      ],
    },
  },
  {
    slug: 'mediation-and-disagreement-resolution',
    relatedPages: ['send-tribunal', 'request-an-ehc-needs-assessment', 'sendiass'],
    keyJourney: false,
    relatedCategories: ['mediation-disagreement', 'tribunal'],
    title: { en: 'Mediation and disagreement resolution' },
    summary: {
      en: 'Ways to sort out disagreements about SEN support and EHC plans without going to the Tribunal, and when you must consider mediation before you can appeal.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'Most disagreements can be sorted out by talking. If you are unhappy about the support your child is getting, start with the school’s SENCO or your EHCP coordinator. If that does not work, there are two independent services that the council must make available, free of charge.',
        },
        {
          kind: 'steps',
          heading: 'Sorting out a disagreement, step by step',
          steps: [
            {
              title: 'Talk to the school or your EHCP coordinator',
              text: 'Start with the school’s SENCO, or with your EHCP coordinator if your child has a plan or is being assessed. SENDIASS can help you prepare.',
              branches: [
                {
                  condition:
                    'If you still disagree about a decision you can appeal, such as a refusal to assess',
                  goTo: 3,
                },
              ],
            },
            {
              title: 'Ask for disagreement resolution',
              text: 'For any disagreement about SEN provision, with or without a plan. It is free, voluntary and independent of the council (Compass Mediation). If it does not settle things, you can use the school’s or the council’s complaints procedure.',
              branches: [
                { condition: 'If the disagreement is about a decision you can appeal', goTo: 3 },
              ],
            },
            {
              title: 'Contact the mediation adviser',
              text: 'Do this within 2 months of the council’s decision letter, and say whether you want mediation.',
              branches: [
                { condition: 'If you want mediation', goTo: 4 },
                { condition: 'If you do not want mediation', goTo: 5 },
              ],
            },
            {
              title: 'Mediation meeting',
              text: 'It must take place within 30 days. If it settles the disagreement, you do not need to appeal.',
            },
            {
              title: 'You get a mediation certificate',
              text: 'Within 3 working days of telling the adviser you do not want mediation, or of mediation ending.',
            },
            {
              title: 'Appeal to the SEND Tribunal',
              text: 'You have 2 months from the decision letter or 1 month from the certificate, whichever is later.',
            },
          ],
        },
        { kind: 'heading', text: 'Disagreement resolution' },
        {
          kind: 'paragraph',
          text: 'Disagreement resolution can be used for any disagreement about SEN provision, whether or not the child has an EHC plan – for example between parents and a school, or between the council and health commissioners. It is voluntary, and it must be independent of the council. In Westbridge it is provided by Compass Mediation.',
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'The council must make disagreement resolution available, free of charge, and the people who run it must be independent of the council.',
          source: 'Children and Families Act 2014, section 57',
          sourceUrl: 'https://www.legislation.gov.uk/ukpga/2014/6/section/57',
        },
        { kind: 'heading', text: 'Mediation about EHC needs assessments and plans' },
        {
          kind: 'list',
          items: [
            'Mediation can be about a decision not to assess, not to issue a plan, the content of a plan, not to amend a plan, or to stop maintaining a plan',
            'Before you can appeal to the Tribunal (unless the appeal is only about the school or college named), you must contact the mediation adviser for information about mediation',
            'If you decide not to mediate, you must be given a certificate within 3 working days',
            'If you choose mediation, it must take place within 30 days, and you will get a certificate within 3 working days of it ending',
            'The mediator must be independent, and the council must send someone who can make decisions',
          ],
        },
        {
          kind: 'right',
          type: 'duty',
          text: 'Before you appeal to the Tribunal (unless your appeal is only about the school or college named), you must get a mediation certificate; if you decide not to mediate, the mediation adviser must give you one within 3 working days.',
          source:
            'Children and Families Act 2014, section 55; SEND Regulations 2014, regulation 34(1)',
          sourceUrl: 'https://www.legislation.gov.uk/ukpga/2014/6/section/55',
        },
        { kind: 'heading', text: 'Health and social care' },
        {
          kind: 'paragraph',
          text: 'Mediation can also cover the health and social care parts of a plan. If the disagreement is about health provision, the integrated care board must take part.',
        },
        {
          kind: 'paragraph',
          text: 'Going to mediation does not take away your right to appeal: you have 1 month from the date of the certificate, or 2 months from the original decision, whichever is later. Contact Compass Mediation on 0161 496 0455, and SENDIASS on 0300 123 4567 for impartial advice.',
        },
      ],
    },
  },
  {
    slug: 'send-tribunal',
    relatedPages: ['mediation-and-disagreement-resolution', 'sendiass'],
    keyJourney: false,
    relatedCategories: ['tribunal', 'mediation-disagreement'],
    title: { en: 'Appealing to the SEND Tribunal' },
    summary: {
      en: 'What the First-tier Tribunal (SEND) is, what you can appeal about, the deadlines, and where to get help.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'The First-tier Tribunal (Special Educational Needs and Disability), usually called the SEND Tribunal, is independent of the council. It hears appeals against council decisions about EHC needs assessments and plans, and disability discrimination claims against schools. It is less formal than other courts, and most parents represent themselves.',
        },
        { kind: 'heading', text: 'What you can appeal about' },
        {
          kind: 'list',
          items: [
            'A decision not to carry out an EHC needs assessment or re-assessment',
            'A decision not to issue an EHC plan after an assessment',
            'The description of needs, the provision, or the school or college named in a plan (sections B, F and I)',
            'A decision not to amend a plan after a review',
            'A decision to stop maintaining a plan',
          ],
        },
        { kind: 'heading', text: 'Deadlines' },
        {
          kind: 'paragraph',
          text: 'You must appeal within 2 months of the date of the council’s decision letter, or within 1 month of the date of your mediation certificate, whichever is later. Unless your appeal is only about the school or college named in the plan, you must have a mediation certificate before you appeal. The Tribunal can sometimes accept a late appeal, but do not rely on it.',
        },
        { kind: 'heading', text: 'Health and social care' },
        {
          kind: 'paragraph',
          text: 'If your appeal includes an education part, you can also ask the Tribunal to make recommendations about the health and social care parts of the plan. The council and the NHS must respond to any recommendation within 5 weeks.',
        },
        { kind: 'heading', text: 'After the decision' },
        {
          kind: 'paragraph',
          text: 'If the Tribunal orders the council to do something, the council must do it within the time limits in the regulations – for example, issuing an amended plan within 5 weeks of the order. SENDIASS can help at every stage, from deciding whether to appeal to understanding the decision.',
        },
      ],
    },
  },
  {
    slug: 'preparing-for-adulthood',
    relatedPages: ['personal-budgets', 'short-breaks-services-statement'],
    keyJourney: false,
    relatedCategories: ['preparing-for-adulthood', 'social-care', 'transport'],
    title: { en: 'Preparing for adulthood' },
    summary: {
      en: 'How support changes as young people with SEND grow up: planning from Year 9, rights at 16, moving from children’s to adult services, and the options after school.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'Preparing for adulthood means helping young people with SEND get ready for the lives they want as adults. The Code of Practice sets out four areas to plan for: paid employment and higher education; independent living; friends, relationships and community inclusion; and good health.',
        },
        { kind: 'heading', text: 'From Year 9' },
        {
          kind: 'paragraph',
          text: 'Every EHC plan review from Year 9 (age 13 to 14) onwards must include a focus on preparing for adulthood. Schools should help young people think about what they want to do, and the council should involve adult social care and health services where they are likely to be needed.',
        },
        { kind: 'heading', text: 'At 16: young people’s own rights' },
        {
          kind: 'paragraph',
          text: 'From the end of the school year in which they turn 16, young people have the right to make their own decisions about their education, health and care, as long as they have the mental capacity to do so. They can ask for an assessment, appeal and ask for a personal budget themselves. Parents can still be involved, and many young people want them to be.',
        },
        { kind: 'heading', text: 'Options after 16' },
        {
          kind: 'list',
          items: [
            'School sixth forms, further education colleges and specialist post-16 institutions',
            'Apprenticeships, with adjusted English and maths requirements for apprentices with an EHC plan',
            'Supported internships for 16 to 24-year-olds with an EHC plan',
            'Higher education, with Disabled Students’ Allowance – EHC plans stop when a young person starts university',
            'Supported employment and volunteering',
          ],
        },
        { kind: 'heading', text: 'Moving to adult services' },
        {
          kind: 'paragraph',
          text: 'An EHC plan can continue up to age 25 while a young person stays in education or training, but it ends when they start paid employment, go to university or no longer need special educational provision. Adult social care assessments under the Care Act 2014 should happen before the young person turns 18, so support continues without a gap, and children’s health services should plan the move to adult health services with the young person.',
        },
      ],
    },
  },
  {
    slug: 'tell-us-what-you-think',
    keyJourney: false,
    relatedCategories: ['information-advice-support'],
    title: { en: 'Tell us what you think about the Local Offer' },
    summary: {
      en: 'How to comment on the Local Offer, what we do with your comments, and where to find each year’s “You said, we did” report.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Local Offer is written for families, so we need to hear from you. The law says the council must ask children and young people with SEND and their parents what they think of the Local Offer, and must publish their comments, and what we are going to do about them, at least once a year.',
        },
        { kind: 'heading', text: 'What you can comment on' },
        {
          kind: 'list',
          items: [
            'The content of the Local Offer, including the quality of services and anything that is missing',
            'How easy it is to find and understand the information, in any format or language',
            'How the Local Offer was developed and reviewed, including how families were involved',
          ],
        },
        { kind: 'heading', text: 'How to tell us' },
        {
          kind: 'list',
          items: [
            'Use the feedback form at the bottom of every page',
            'Email localoffer@westbridge.example.org.uk',
            'Call the Family Information Service on 020 7946 0102',
            'Talk to the Parent Carer Forum, who meet us every term',
            'Fill in a comment card at any Westbridge library or family hub',
            'Young people can join the Westbridge Youth SEND Panel, which meets monthly',
          ],
        },
        { kind: 'heading', text: 'You said, we did' },
        {
          kind: 'paragraph',
          text: 'Every year we publish a “You said, we did” report on this website. It groups the comments we received by theme, says what we have changed and what we plan to do, and explains honestly where we cannot make a change and why. We never publish anything that could identify you, and we do not publish comments about the services one child receives – with your permission, we pass those to the right team to reply to you directly.',
        },
        {
          kind: 'paragraph',
          text: 'Last year’s report, for example, led us to add current waiting times to health listings, translate the most-used pages into Polish and Arabic, and open the Family Information desk on Saturday mornings.',
        },
      ],
    },
  },
  {
    slug: 'getting-this-information-without-internet',
    keyJourney: false,
    relatedCategories: ['information-advice-support'],
    title: { en: 'Getting this information without the internet' },
    summary: {
      en: 'You can get everything in the Local Offer by phone, in person, in print, or in another language or format. Here is how.',
    },
    content: {
      en: [
        {
          kind: 'paragraph',
          text: 'The Local Offer must be published on a website, but the council must also make it available to people who do not have internet access, and say how. Nobody should miss out on support because they are not online or find websites hard to use.',
        },
        { kind: 'heading', text: 'By phone' },
        {
          kind: 'paragraph',
          text: 'Call the Family Information Service on 020 7946 0102, Monday to Friday from 9am to 5pm. We can search the Local Offer for you, read information out and post you copies of the pages you need, free of charge.',
        },
        { kind: 'heading', text: 'In person' },
        {
          kind: 'list',
          items: [
            'Westbridge Central Library, 24 Market Square: Family Information desk, Monday to Friday 9am to 5pm and Saturday 10am to 1pm',
            'Any Westbridge library: staff can print Local Offer pages for free and help you use the public computers',
            'Northbrook and Southmere Family Hubs: printed guides to local SEND services',
          ],
        },
        { kind: 'heading', text: 'Other languages and formats' },
        {
          kind: 'paragraph',
          text: 'We can give you Local Offer information in large print, easy read, Braille or audio, and in other languages. Interpreters, including British Sign Language interpreters, can be booked for phone calls and visits at no cost to you. Some pages are already translated into Polish and Arabic on this website; where a page is not yet translated, we say so.',
        },
        {
          kind: 'paragraph',
          text: 'To ask for information in another format, tell us what you need by phone, at a library, or by asking someone to email localoffer@westbridge.example.org.uk for you. We will reply within 10 working days.',
        },
      ],
    },
  },
]
