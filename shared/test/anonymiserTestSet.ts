/**
 * The anonymiser's test set: comments written the way families, young people and professionals
 * write to a Local Offer (tired, on a phone, in a second language: lower case, typos, mixed
 * languages), in the three site languages. All people, schools, addresses and numbers are
 * fictional; NHS numbers and UPNs are made up but pass their check digits, because real ones do.
 *
 * `gone`: every identifying detail, exactly as written, that must not survive anonymising.
 * `kept`: ordinary words and numbers (service names, places, durations, ages) that must survive:
 * over-removal is measured on them.
 *
 * The set was written before the anonymiser was improved for issue 16, not tuned to it.
 */
export interface AnonymiserCase {
  readonly comment: string
  readonly gone: readonly string[]
  readonly kept: readonly string[]
}

/** The council's own organisations of school types (what the CMS passes from Organisations). */
export const councilSchools = [
  'Northbrook Primary School',
  'Eastfield Academy',
  'Westbridge College',
  'Riverside Special School',
  'Little Acorns Nursery',
  "St Anne's Catholic Primary School",
]

/** Names from the schools list the council loads (see fixtures/gias-sample.csv). */
export const loadedSchools = [
  'Hollybrook Primary School',
  'Kingsmead Academy',
  'Oakfield Church of England Junior School',
  "St Bartholomew's Catholic High School",
  'Meadowview Community Infant School',
  'Brambleside School',
  'Elmstead Park Nursery School',
]

export const anonymiserTestSet: Readonly<Record<'en' | 'pl' | 'ar', readonly AnonymiserCase[]>> = {
  en: [
    {
      comment:
        'my son jake is 9 and has been waiting 14 months for an ehcp assessment. his nhs number is 577 463 7069 if that helps',
      gone: ['jake', '577 463 7069'],
      kept: ['9', 'waiting 14 months', 'ehcp assessment', 'nhs number'],
    },
    {
      comment:
        'we live at 12 corbett close, westbridge. poppy was refused transport even tho the bus stop is 2 miles away',
      gone: ['12 corbett close', 'poppy'],
      kept: ['westbridge', 'refused transport', '2 miles away'],
    },
    {
      comment:
        'Hi, my daughter goes to hollybrook primary and the senco there has been great. NHS no 4330445298. thanks, Michelle',
      gone: ['hollybrook', '4330445298', 'Michelle'],
      kept: ['senco there has been great', 'NHS no'],
    },
    {
      comment:
        'our boy tyler (dob 4th of june 2015) got a place at riverside special after 2 tribunals. took nearly 2 years',
      gone: ['tyler', '4th of june 2015', 'riverside special'],
      kept: ['got a place', '2 tribunals', 'nearly 2 years'],
    },
    {
      comment:
        'The speech and language therapy waiting list is 18 months in Westbridge. This is not acceptable for children with autism.',
      gone: [],
      kept: ['speech and language therapy', '18 months', 'Westbridge', 'children with autism'],
    },
    {
      comment:
        'Please can someone ring me back about short breaks, my number is 07700 900 456. My son is called Oliver Brennan, he is 12.',
      gone: ['07700 900 456', 'Oliver', 'Brennan'],
      kept: ['short breaks', 'he is 12'],
    },
    {
      comment:
        'his UPN is X774000364861 and the school keep losing his paperwork. NI number for me is AB 12 34 56 C if you need it for the direct payment',
      gone: ['X774000364861', 'AB 12 34 56 C'],
      kept: ['the school keep losing his paperwork', 'direct payment'],
    },
    {
      comment:
        'kingsmead academy excluded my son 3 times this term. nobody from SENDIASS called back',
      gone: ['kingsmead'],
      kept: ['excluded my son 3 times this term', 'SENDIASS'],
    },
    {
      comment:
        'The local offer website is hard to use on my phone. The search for "after school clubs" found nothing for under 5s.',
      gone: [],
      kept: ['local offer website', 'search', 'after school clubs', 'under 5s'],
    },
    {
      comment:
        'we moved to 7 Larch Avenue in march. ruby starts at oakfield junior in september and still no EHCP named school',
      gone: ['7 Larch Avenue', 'ruby', 'oakfield junior'],
      kept: ['in march', 'starts at', 'in september', 'EHCP'],
    },
    {
      comment:
        'my twins were born on the twelfth of august two thousand and sixteen and both have ASD. the paediatrician said 40 weeks wait',
      gone: ['twelfth of august two thousand and sixteen'],
      kept: ['both have ASD', 'paediatrician', '40 weeks wait'],
    },
    {
      comment:
        'nhs number 943 476 5919 (my daughter isla). CAMHS discharged her after 2 appointments.',
      gone: ['943 476 5919', 'isla'],
      kept: ['CAMHS discharged her after 2 appointments'],
    },
    {
      comment:
        'As a SENCo at Brambleside School I would like the Local Offer to list the Educational Psychology service contact hours.',
      gone: ['Brambleside'],
      kept: ['SENCo', 'Local Offer', 'Educational Psychology service contact hours'],
    },
    {
      comment:
        'address is Flat 3, 22 Mill Road, WB4 7TT. Amelia is deaf and the council has not sent a teacher of the deaf since may',
      gone: ['22 Mill Road', 'WB4 7TT', 'Amelia'],
      kept: ['is deaf', 'teacher of the deaf', 'since may'],
    },
    {
      comment:
        'Reference number 1234567890 from the council letter, no reply for 6 weeks about my appeal.',
      gone: [],
      kept: ['Reference number 1234567890', '6 weeks', 'appeal'],
    },
    {
      comment:
        'my name is dawn kerr, mum of 3. my youngest freddie is at little acorns and they are brilliant with him',
      gone: ['dawn', 'kerr', 'freddie', 'little acorns'],
      kept: ['mum of 3', 'brilliant with him'],
    },
    {
      comment:
        'Brilliant help from the Portage team and the Westbridge Carers Centre. 10/10 would recommend to other parents.',
      gone: [],
      kept: ['Portage team', 'Westbridge Carers Centre', '10/10', 'other parents'],
    },
    {
      comment:
        'Dear council, I am writing on behalf of my grandson Kacper. He was born in 2013 and goes to st bartholomews catholic high. He needs a wheelchair accessible taxi.',
      gone: ['Kacper', '2013', 'st bartholomews catholic high'],
      kept: ['grandson', 'wheelchair accessible taxi'],
    },
    {
      comment:
        'the ot said aiden needs a sensory diet but the 3 month review never happened. email me kelly.w at hotmail dot co dot uk',
      gone: ['aiden', 'kelly.w at hotmail dot co dot uk'],
      kept: ['sensory diet', '3 month review never happened'],
    },
    {
      comment:
        'I am 16 and autistic. college is ok but the bus pass form asks for too much. The Youth Hub on Station Road is good.',
      gone: [],
      kept: ['I am 16 and autistic', 'bus pass form', 'Youth Hub', 'Station Road'],
    },
    {
      comment:
        'meadowview infants wont let my son mason go on the school trip without me, is that allowed?? phone 01632 960 112',
      gone: ['meadowview', 'mason', '01632 960 112'],
      kept: ['school trip', 'is that allowed'],
    },
    {
      comment:
        'My daughter Hana Nowak (born twenty third of January 2012) was offered 4 hours of tuition a week, nothing else.',
      gone: ['Hana', 'Nowak', 'twenty third of January 2012'],
      kept: ['4 hours of tuition a week'],
    },
    {
      comment:
        'Our social worker, Gemma, moved on and we had no contact for 5 months. Case ref 2024-118.',
      gone: ['Gemma'],
      kept: ['social worker', '5 months', 'Case ref 2024-118'],
    },
    {
      comment:
        'we went to the drop in at elmstead park nursery, lovely staff. my little girl sofia loved the sensory room',
      gone: ['elmstead park', 'sofia'],
      kept: ['drop in', 'lovely staff', 'sensory room'],
    },
    {
      comment:
        'The transport policy says 3 miles for over 8s. Page 12 of the PDF contradicts the website. Please fix.',
      gone: [],
      kept: ['transport policy', '3 miles for over 8s', 'Page 12', 'PDF contradicts the website'],
    },
    {
      comment:
        'nhs num 0410 853 720 for my son. we live on Hazel Grove. Daniel has been out of school since easter.',
      gone: ['0410 853 720', 'Hazel Grove', 'Daniel'],
      kept: ['out of school since easter'],
    },
    {
      comment:
        'Thank you to Mr Okafor at Eastfield Academy for the annual review, he really listened to us.',
      gone: ['Okafor', 'Eastfield'],
      kept: ['annual review', 'really listened to us'],
    },
    // Added with the year-group cue (after the held-out set showed "in year 3 at northbrook").
    {
      comment:
        'hi, my son is in year 6 at eastfield and the transition plan for secondary is not happening. we live in northbrook so travel is ok',
      gone: ['eastfield'],
      kept: ['year 6', 'transition plan', 'we live in northbrook'],
    },
    {
      comment: 'she is in reception at little acorns and loves it, the SENCO is brilliant',
      gone: ['little acorns'],
      kept: ['reception', 'loves it', 'SENCO'],
    },
    // Written while auditing issue 16 and then used to fix the detectors (so here, not held out):
    // odd NHS spacing, "Her name is", lower-case schools, dates of birth in words.
    {
      comment:
        'our boy is called reuben, nhs no is 94 34 76 59 19 and hes at st mary magdalene primary in yr 4. the bus is always late',
      gone: ['reuben', '94 34 76 59 19', 'st mary magdalene'],
      kept: ['bus is always late', 'yr 4'],
    },
    {
      comment:
        'My daughter was born on the twenty-third of June two thousand and fifteen and attends larkspur academy. Her name is ellie-mae. NHS: 485-777-3457.',
      gone: [
        'twenty-third of June',
        'two thousand and fifteen',
        'larkspur',
        'ellie-mae',
        '485-777-3457',
      ],
      kept: ['attends', 'NHS'],
    },
    {
      comment:
        "I'm writing about transport. We are at 7 Wren Gardens, AN4 7TT. Isla has cerebral palsy and the taxi didn't come three times in March.",
      gone: ['7 Wren Gardens', 'AN4 7TT', 'Isla'],
      kept: ['cerebral palsy', 'three times in March'],
    },
    {
      comment:
        'the senco at greenacre infants said we had to prove his dob which is 2nd of feb 2017. my husbands national insurance no is jr 45 67 89 b if you need it',
      gone: ['greenacre', '2nd of feb 2017', 'jr 45 67 89 b'],
      kept: ['senco', 'prove his dob'],
    },
    {
      comment: 'Her name is on the waiting list since March, she is in year 5.',
      gone: [],
      kept: ['Her name is on the waiting list since March', 'year 5'],
    },
  ],
  pl: [
    {
      comment:
        'Mój syn ma na imię Wojciech i ma 8 lat. Czekamy na diagnozę autyzmu już 16 miesięcy.',
      gone: ['Wojciech'],
      kept: ['Mój syn', '8 lat', 'diagnozę autyzmu', '16 miesięcy'],
    },
    {
      comment:
        'moja córka zuzanna chodzi do szkoły hollybrook primary i nie dostała pomocy asystenta',
      gone: ['zuzanna', 'hollybrook'],
      kept: ['moja córka', 'nie dostała pomocy asystenta'],
    },
    {
      comment:
        'Nazywam się Agnieszka Wiśniewska, mieszkam przy 15 Oak Street. Proszę o kontakt: 07700 900 321.',
      gone: ['Agnieszka', 'Wiśniewska', '15 Oak Street', '07700 900 321'],
      kept: ['Proszę o kontakt'],
    },
    {
      comment:
        'Strona Local Offer po polsku bardzo pomogła. Dziękuję za tłumaczenie informacji o transporcie.',
      gone: [],
      kept: ['Strona Local Offer po polsku', 'tłumaczenie informacji o transporcie'],
    },
    {
      comment:
        'Syn urodził się 3 marca 2014 roku, numer NHS 4457712701. Terapia mowy została przerwana.',
      gone: ['3 marca 2014', '4457712701'],
      kept: ['Terapia mowy została przerwana'],
    },
    {
      comment: 'w szkole kingsmead academy nikt nie czytał planu EHCP mojego syna Mikołaja',
      gone: ['kingsmead', 'Mikołaja'],
      kept: ['nikt nie czytał planu EHCP'],
    },
    {
      comment:
        'Czekaliśmy 2 lata na miejsce w szkole specjalnej. Urzędnicy w Westbridge nie odpowiadają na maile.',
      gone: [],
      kept: ['2 lata', 'szkole specjalnej', 'Westbridge', 'nie odpowiadają na maile'],
    },
    {
      comment:
        'Moja córka nazywa się Łucja Zielińska, urodzona dwudziestego piątego października 2015.',
      gone: ['Łucja', 'Zielińska', 'dwudziestego piątego października 2015'],
      kept: ['Moja córka'],
    },
    {
      comment: 'Pani Małgorzata Dąbrowska z poradni była bardzo miła, ale czekaliśmy 9 miesięcy.',
      gone: ['Małgorzata', 'Dąbrowska'],
      kept: ['z poradni', 'bardzo miła', '9 miesięcy'],
    },
    {
      comment: 'Numer NHS mojego syna: 023 650 8067. Mieszkamy na Hazel Grove od roku.',
      gone: ['023 650 8067', 'Hazel Grove'],
      kept: ['Numer NHS mojego syna', 'od roku'],
    },
    {
      comment:
        'Brakuje informacji o przerwach wytchnieniowych (short breaks) dla dzieci powyżej 11 lat.',
      gone: [],
      kept: ['przerwach wytchnieniowych', 'short breaks', 'powyżej 11 lat'],
    },
    {
      comment:
        'mój syn jakub chodzi do northbrook primary, pani nauczycielka bardzo pomaga. email: ewa.kowalczyk@example.com',
      gone: ['jakub', 'northbrook', 'ewa.kowalczyk@example.com'],
      kept: ['pani nauczycielka bardzo pomaga'],
    },
    {
      comment:
        'Dzień dobry, piszę w sprawie transportu do szkoły. Autobus spóźnia się codziennie o 20 minut.',
      gone: [],
      kept: ['Dzień dobry', 'transportu do szkoły', 'spóźnia się codziennie o 20 minut'],
    },
    {
      comment:
        'Moim synem jest Bartosz Wójcik, uczeń szkoły Brambleside School. Nie ma wsparcia od września.',
      gone: ['Bartosz', 'Wójcik', 'Brambleside'],
      kept: ['Nie ma wsparcia od września'],
    },
    {
      comment: 'Córka (Ola) ma dysleksję i ADHD. W szkole mówią, że nie ma pieniędzy na asystenta.',
      gone: ['Ola'],
      kept: ['dysleksję i ADHD', 'nie ma pieniędzy na asystenta'],
    },
    {
      comment: 'Pozdrawiam, Katarzyna Lewandowska. Tel. 01632 960 774',
      gone: ['Katarzyna', 'Lewandowska', '01632 960 774'],
      kept: ['Pozdrawiam'],
    },
    {
      comment:
        'Nasz syn Szymon urodził się w 2016. Chodzi do przedszkola Little Acorns i bardzo je lubi.',
      gone: ['Szymon', '2016', 'Little Acorns'],
      kept: ['Nasz syn', 'bardzo je lubi'],
    },
    {
      comment:
        'Proszę dodać więcej zajęć sportowych dla dzieci niepełnosprawnych w weekendy, np. pływanie.',
      gone: [],
      kept: ['zajęć sportowych', 'dzieci niepełnosprawnych', 'pływanie'],
    },
    {
      comment:
        'Mamy problem ze szkołą Oakfield Junior, nie chcą realizować planu EHC naszej córki Marii.',
      gone: ['Oakfield Junior', 'Marii'],
      kept: ['nie chcą realizować planu EHC'],
    },
    {
      comment:
        'UPN syna: F316141762632, numer ubezpieczenia NI: CD 65 43 21 A. Proszę o szybką odpowiedź.',
      gone: ['F316141762632', 'CD 65 43 21 A'],
      kept: ['Proszę o szybką odpowiedź'],
    },
    {
      comment: 'mieszkam w Westbridge od 5 lat, syn ma 14 lat i nadal nie ma miejsca w college.',
      gone: [],
      kept: ['Westbridge', 'od 5 lat', '14 lat', 'college'],
    },
    {
      comment:
        'Mój syn Krzysztof ma padaczkę. Lekarz z Westbridge Hospital powiedział, że Krzysztofa trzeba zbadać ponownie.',
      gone: ['Krzysztof', 'Krzysztofa'],
      kept: ['ma padaczkę', 'Westbridge Hospital'],
    },
    {
      comment:
        'Moja córka Zofia ma 10 lat. Zofii nikt nie pomógł w szkole Riverside Special School.',
      gone: ['Zofia', 'Zofii', 'Riverside'],
      kept: ['10 lat', 'nikt nie pomógł'],
    },
    {
      comment: 'nr NHS 7794 345 464, adres 9 Cedar Lane. Dziecko nie dostaje terapii zajęciowej.',
      gone: ['7794 345 464', '9 Cedar Lane'],
      kept: ['terapii zajęciowej'],
    },
    {
      comment:
        'Dziękujemy pani Joannie Kamińskiej ze szkoły Eastfield Academy za pomoc w przejściu do szkoły średniej.',
      gone: ['Joannie', 'Kamińskiej', 'Eastfield'],
      kept: ['Dziękujemy', 'za pomoc w przejściu do szkoły średniej'],
    },
    {
      comment: 'Informacja o mediacji jest tylko po angielsku. 3 z 5 stron nie ma po polsku.',
      gone: [],
      kept: ['mediacji', 'po angielsku', '3 z 5 stron', 'po polsku'],
    },
    {
      comment:
        'córka jest w 2 klasie w hollybrook, mieszkamy w Northbrook i czekamy na terapię od roku',
      gone: ['hollybrook'],
      kept: ['mieszkamy w Northbrook', 'czekamy na terapię od roku'],
    },
    // Written while auditing issue 16 and then used to fix the detectors: a name after a relation
    // and a comma, a school typed without Polish letters or in lower case, a year in words.
    {
      comment:
        'Piszę w imieniu wnuczki, Zuzanny Pawłowskiej — jest w 4 klasie w szkole greenfield. Numer NHS: 401 023 2137. Zuzanna bardzo lubi pływanie.',
      gone: ['Zuzanny', 'Pawłowskiej', 'greenfield', '401 023 2137', 'Zuzanna'],
      kept: ['w 4 klasie', 'pływanie'],
    },
    {
      comment:
        'Nazywam się Agnieszka Wróbel, mój syn Igor urodził się dwunastego marca dwa tysiące szesnastego roku. Igorowi odmówiono transportu do szkoły.',
      gone: [
        'Agnieszka',
        'Wróbel',
        'Igor',
        'dwunastego marca',
        'dwa tysiące szesnastego roku',
        'Igorowi',
      ],
      kept: ['odmówiono transportu do szkoły'],
    },
    {
      comment:
        'syn chodzi do szkoly heathfield, numer nhs 6543 2109 82 (pisze bez polskich znakow). opiekunka pani ela powiedziala ze nie ma miejsc',
      gone: ['heathfield', '6543 2109 82', 'ela'],
      kept: ['nie ma miejsc', 'opiekunka'],
    },
    {
      comment:
        'Nauczyciele w szkole mówią, że brakuje asystentów. Dla córki, ale też dla innych dzieci, to za mało.',
      gone: [],
      kept: ['w szkole mówią', 'Dla córki, ale też dla innych dzieci'],
    },
  ],
  ar: [
    {
      comment: 'ابني اسمه يوسف وعمره ٩ سنوات، ينتظر تقييم التوحد منذ ١٤ شهراً.',
      gone: ['يوسف'],
      kept: ['ابني', 'تقييم التوحد', '١٤ شهراً'],
    },
    {
      comment: 'ابنتي مريم تذهب إلى مدرسة هوليبروك الابتدائية ولا تحصل على مساعدة.',
      gone: ['مريم', 'مدرسة هوليبروك'],
      kept: ['ابنتي', 'لا تحصل على مساعدة'],
    },
    {
      comment: 'اسمي فاطمة الزهراء، رقم هاتفي 07700 900 654، أرجو الاتصال بي.',
      gone: ['فاطمة', 'الزهراء', '07700 900 654'],
      kept: ['أرجو الاتصال بي'],
    },
    {
      comment: 'موقع العرض المحلي باللغة العربية مفيد جداً. شكراً على الترجمة.',
      gone: [],
      kept: ['موقع العرض المحلي', 'مفيد جداً', 'الترجمة'],
    },
    {
      comment: 'رقم NHS لابني هو 957 813 5114 وقد تم إلغاء موعده مرتين.',
      gone: ['957 813 5114'],
      kept: ['رقم NHS', 'إلغاء موعده مرتين'],
    },
    {
      comment: 'ولد ابني في ٣ مارس ٢٠١٤ وهو في مدرسة نورثبروك.',
      gone: ['٣ مارس ٢٠١٤', 'مدرسة نورثبروك'],
      kept: ['ابني'],
    },
    {
      comment: 'انتظرنا سنتين للحصول على مكان في مدرسة خاصة بالاحتياجات الخاصة.',
      gone: [],
      kept: ['انتظرنا سنتين', 'الاحتياجات الخاصة'],
    },
    {
      comment: 'اسمها سارة وتاريخ ميلادها 12/05/2013. لا يوجد مساعد في الفصل.',
      gone: ['سارة', '12/05/2013'],
      kept: ['لا يوجد مساعد في الفصل'],
    },
    {
      comment: 'نسكن في 4 Willow Close منذ سنة. ابني علي لا يستطيع ركوب الحافلة وحده.',
      gone: ['4 Willow Close', 'علي'],
      kept: ['منذ سنة', 'لا يستطيع ركوب الحافلة وحده'],
    },
    {
      comment: 'بريدي الإلكتروني: ahmed.saleh@example.com أرجو الرد على طلبي بخصوص النقل.',
      gone: ['ahmed.saleh@example.com'],
      kept: ['أرجو الرد على طلبي بخصوص النقل'],
    },
    {
      comment: 'المعالجة في خدمة النطق كانت ممتازة، لكن قائمة الانتظار ١٨ شهراً.',
      gone: [],
      kept: ['خدمة النطق', 'ممتازة', 'قائمة الانتظار', '١٨ شهراً'],
    },
    {
      comment: 'ابني عمر في أكاديمية كينغزميد وتم استبعاده ٣ مرات.',
      gone: ['عمر', 'أكاديمية كينغزميد'],
      kept: ['تم استبعاده ٣ مرات'],
    },
    {
      comment: 'ابنتي اسمها ليلى حسن، ولدت في الخامس عشر من يناير ٢٠١٥.',
      gone: ['ليلى', 'حسن', 'الخامس عشر من يناير ٢٠١٥'],
      kept: ['ابنتي'],
    },
    {
      comment: 'شكراً للسيدة أمينة على المساعدة في المراجعة السنوية.',
      gone: ['أمينة'],
      kept: ['شكراً', 'المساعدة في المراجعة السنوية'],
    },
    {
      comment: 'أحتاج معلومات عن فترات الراحة القصيرة للأطفال فوق ١١ سنة في ويستبريدج.',
      gone: [],
      kept: ['فترات الراحة القصيرة', 'فوق ١١ سنة', 'ويستبريدج'],
    },
    {
      comment: 'my son ahmed goes to riverside special school, رقمه في NHS هو 8130601060',
      gone: ['ahmed', 'riverside', '8130601060'],
      kept: ['my son', 'NHS'],
    },
    {
      comment: 'ابني خالد يدرس في كلية ويستبريدج ويحتاج إلى دعم في الامتحانات.',
      gone: ['خالد', 'كلية ويستبريدج'],
      kept: ['يحتاج إلى دعم في الامتحانات'],
    },
    {
      comment: 'لم نتلق أي رد من المجلس منذ ٦ أسابيع حول خطة EHC.',
      gone: [],
      kept: ['المجلس', '٦ أسابيع', 'خطة EHC'],
    },
    {
      comment: 'الرمز البريدي WB2 3QZ، والعنوان 18 Birch Road. الطفل اسمه آدم.',
      gone: ['WB2 3QZ', '18 Birch Road', 'آدم'],
      kept: ['الرمز البريدي'],
    },
    {
      comment: 'ابنتي نور عمرها ٧ سنوات وتحب السباحة، هل توجد نوادي سباحة للأطفال ذوي الإعاقة؟',
      gone: ['نور'],
      kept: ['٧ سنوات', 'نوادي سباحة', 'ذوي الإعاقة'],
    },
    {
      comment: 'رقم التأمين الوطني EF 98 76 54 B ورقم UPN هو W266836257263.',
      gone: ['EF 98 76 54 B', 'W266836257263'],
      kept: ['رقم التأمين الوطني'],
    },
    {
      comment: 'المدرسة لا تطبق خطة التعليم والصحة والرعاية. المعلمة تقول لا يوجد تمويل.',
      gone: [],
      kept: ['المدرسة لا تطبق', 'لا يوجد تمويل'],
    },
    {
      comment: 'ابني اسمه محمد عبد الله، يذهب إلى مدرسة إلمستيد بارك. الهاتف ٠٧٧٠٠٩٠٠٨٨٨',
      gone: ['محمد', 'عبد الله', 'مدرسة إلمستيد بارك', '٠٧٧٠٠٩٠٠٨٨٨'],
      kept: ['ابني', 'الهاتف'],
    },
    {
      comment: 'أنا أم لثلاثة أطفال، اثنان منهم مصابان بالتوحد. نحتاج إلى مزيد من الدعم.',
      gone: [],
      kept: ['أم لثلاثة أطفال', 'مصابان بالتوحد', 'مزيد من الدعم'],
    },
    {
      comment: 'مع الشكر، زينب إبراهيم',
      gone: ['زينب', 'إبراهيم'],
      kept: ['مع الشكر'],
    },
    {
      comment: 'الطبيب في مستشفى ويستبريدج قال إن ابنتي رنا تحتاج جهاز سمع، وتاريخ ميلادها ٢٠١٦.',
      gone: ['رنا', '٢٠١٦'],
      kept: ['مستشفى ويستبريدج', 'جهاز سمع'],
    },
    {
      comment: 'ابني في الصف الرابع في kingsmead ونحن ننتظر التقييم منذ سنة',
      gone: ['kingsmead'],
      kept: ['ننتظر التقييم منذ سنة'],
    },
    // Written while auditing issue 16 and then used to fix the detectors: "اسم ابني" (my son's
    // name) before a two-word name, "الطفلة" (the child) before a name, digits spaced one by one.
    {
      comment:
        'اسم ابني محمد علي، وهو في مدرسة سانت جوزيف الابتدائية. رقم NHS الخاص به 4 0 1 0 2 3 2 1 3 7',
      gone: ['محمد', 'علي', 'مدرسة سانت جوزيف', '4 0 1 0 2 3 2 1 3 7'],
      kept: ['اسم ابني', 'رقم NHS'],
    },
    {
      comment:
        'أنا والدة الطفلة نور، تاريخ ميلادها العاشر من أبريل ٢٠١٦، وتدرس في مدرسة بيتشوود. نحتاج إلى دعم في النطق.',
      gone: ['نور', 'العاشر من أبريل ٢٠١٦', 'مدرسة بيتشوود'],
      kept: ['نحتاج إلى دعم في النطق'],
    },
    {
      comment:
        'زوجي حسام يعمل ليلاً، يرجى الاتصال على 07700 900 812. ابننا يوسف رقمه الصحي ٧٣١٢٠٤٥٨٩٨ وينتظر منذ سنة.',
      gone: ['حسام', '07700 900 812', 'يوسف', '٧٣١٢٠٤٥٨٩٨'],
      kept: ['يعمل ليلاً', 'وينتظر منذ سنة'],
    },
    {
      comment:
        'ولدت ابنتي في الخامس من مايو عام ألفين وخمسة عشر، والطفل المصاب بالتوحد يحتاج إلى مدرسة خاصة.',
      gone: ['الخامس من مايو', 'ألفين وخمسة عشر'],
      kept: ['والطفل المصاب بالتوحد', 'مدرسة خاصة'],
    },
  ],
}
