import type { AnonymiserCase } from './anonymiserTestSet.js'

/**
 * Comments written after the detectors were finished and never used to change them: how the
 * anonymiser does on text it was not fitted to. Their misses are reported, not fixed here.
 */
export const heldOutSet: Readonly<Record<'en' | 'pl' | 'ar', readonly AnonymiserCase[]>> = {
  en: [
    {
      comment: 'my daughter evie is in year 3 at northbrook, nhs 2432903838, please help',
      gone: ['evie', 'northbrook', '2432903838'],
      kept: ['year 3', 'please help'],
    },
    {
      comment: 'Hi its Leanne, mum to Harvey who is 6. born 2nd feb 2019. no help since the autumn',
      gone: ['Leanne', 'Harvey', '2nd feb 2019'],
      kept: ['who is 6', 'no help since the autumn'],
    },
    {
      comment:
        'we are at 5 primrose way and the taxi never turns up. my son noah misses 2 lessons a week',
      gone: ['5 primrose way', 'noah'],
      kept: ['taxi never turns up', '2 lessons a week'],
    },
    {
      comment: 'The SEND team took 26 weeks to issue the plan. The legal limit is 20 weeks.',
      gone: [],
      kept: ['SEND team', '26 weeks', '20 weeks'],
    },
    {
      comment: 'ni number JK 44 55 66 B, my boy max goes to hollybrook primary school',
      gone: ['JK 44 55 66 B', 'max', 'hollybrook'],
      kept: ['my boy'],
    },
    {
      comment: 'Ms Whitfield the senco at kingsmead has been amazing with our son Theo.',
      gone: ['Whitfield', 'kingsmead', 'Theo'],
      kept: ['senco', 'amazing'],
    },
    {
      comment: 'Short breaks in the summer holidays were full by April. We need 40 more places.',
      gone: [],
      kept: ['Short breaks', 'summer holidays', 'April', '40 more places'],
    },
    {
      comment:
        'grandson born the first of october 2012, lives with me at 3 ash court, his name is kai',
      gone: ['first of october 2012', '3 ash court', 'kai'],
      kept: ['grandson', 'lives with me'],
    },
  ],
  pl: [
    {
      comment: 'Mój syn Antoni chodzi do szkoły Kingsmead Academy od września, ma autyzm.',
      gone: ['Antoni', 'Kingsmead'],
      kept: ['od września', 'ma autyzm'],
    },
    {
      comment: 'córka ma na imię weronika, numer NHS 112 466 0674',
      gone: ['weronika', '112 466 0674'],
      kept: ['córka'],
    },
    {
      comment: 'Dziękuję pani Annie Nowickiej z poradni za pomoc. Pozdrawiam, Tomasz',
      gone: ['Annie', 'Nowickiej', 'Tomasz'],
      kept: ['z poradni za pomoc'],
    },
    {
      comment: 'Czekamy 11 miesięcy na terapię mowy w Westbridge. To za długo.',
      gone: [],
      kept: ['11 miesięcy', 'terapię mowy', 'Westbridge', 'To za długo'],
    },
    {
      comment:
        'Moja córka Hanna urodziła się 14 lutego 2017. Hanny nauczycielka nie zna planu EHC.',
      gone: ['Hanna', '14 lutego 2017', 'Hanny'],
      kept: ['nauczycielka nie zna planu EHC'],
    },
    {
      comment: 'Mieszkamy przy 40 Rowan Street, telefon 07700 900 987.',
      gone: ['40 Rowan Street', '07700 900 987'],
      kept: ['telefon'],
    },
    {
      comment: 'Syna Filipa przyjęto do przedszkola Elmstead Park Nursery, jesteśmy zadowoleni.',
      gone: ['Filipa', 'Elmstead Park'],
      kept: ['jesteśmy zadowoleni'],
    },
    {
      comment: 'Autobus szkolny nie ma pasów dla wózków. Proszę to sprawdzić.',
      gone: [],
      kept: ['Autobus szkolny', 'pasów dla wózków', 'Proszę to sprawdzić'],
    },
  ],
  ar: [
    {
      comment: 'ابني إبراهيم عمره ١٠ سنوات ورقم NHS الخاص به 2432903838.',
      gone: ['إبراهيم', '2432903838'],
      kept: ['١٠ سنوات'],
    },
    {
      comment: 'اسمي هدى، ابنتي جنى تدرس في مدرسة بريمبلسايد.',
      gone: ['هدى', 'جنى', 'مدرسة بريمبلسايد'],
      kept: ['ابنتي'],
    },
    {
      comment: 'لا توجد معلومات كافية عن النقل المدرسي في الموقع.',
      gone: [],
      kept: ['النقل المدرسي', 'في الموقع'],
    },
    {
      comment: 'ولدت ابنتي في العاشر من مايو ٢٠١٨، وهي تحتاج إلى علاج النطق.',
      gone: ['العاشر من مايو ٢٠١٨'],
      kept: ['علاج النطق'],
    },
    {
      comment: 'شكراً للدكتورة سلمى على صبرها مع ابني.',
      gone: ['سلمى'],
      kept: ['على صبرها'],
    },
    {
      comment: 'عنواننا 27 Elm Road، الهاتف 07700 900 246',
      gone: ['27 Elm Road', '07700 900 246'],
      kept: ['الهاتف'],
    },
    {
      comment: 'انتظرنا ٨ أشهر لموعد مع طبيب الأطفال في ويستبريدج.',
      gone: [],
      kept: ['٨ أشهر', 'طبيب الأطفال', 'ويستبريدج'],
    },
    {
      comment: 'طفلي يوسف في حضانة ليتل أكورنز ويحب المعلمين.',
      gone: ['يوسف', 'حضانة ليتل أكورنز'],
      kept: ['ويحب المعلمين'],
    },
  ],
}
