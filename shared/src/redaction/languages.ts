/**
 * Names and schools where English capital letters cannot be leaned on: Polish (declined forms,
 * diacritics), Arabic (no capitals at all) and English typed in lower case. Each detector starts
 * from a cue word a family writes before a name or a school ("mój syn", "ma na imię", "ابني",
 * "اسمها", "مدرسة", "my son", "goes to") and takes the words after it that are not ordinary words.
 *
 * JavaScript's \b only knows ASCII letters, so these patterns use Unicode letter classes with
 * look-arounds instead: "Wiśniewska" is one word, not "Wi" and "niewska".
 */
import type { Candidate } from './types.js'

const L = '[\\p{L}\\p{M}]'
const START = '(?<![\\p{L}\\p{M}])'
const END = '(?![\\p{L}\\p{M}])'
const UPPER_WORD = `\\p{Lu}[\\p{Ll}\\p{M}'’-]+`
const ANY_WORD = `${L}[\\p{L}\\p{M}'’-]*`

function spansOf(
  text: string,
  pattern: RegExp,
  kind: Candidate['kind'],
  keep: (word: string, index: number) => boolean,
  maxWords: number,
): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(pattern)) {
    const group = match[1]
    if (!group) continue
    let offset = match.index + match[0].length - group.length
    const words = [...group.matchAll(/\S+/g)]
    let start = -1
    let end = -1
    for (const [i, w] of words.entries()) {
      if (i >= maxWords) break
      const word = w[0].replace(/[.,;:!?)]+$/, '')
      if (!keep(word, i)) break
      if (start === -1) start = offset + w.index
      end = offset + w.index + word.length
      if (word.length !== w[0].length) break
    }
    if (start !== -1) found.push({ kind, start, end })
    offset = 0
  }
  return found
}

// ---------------------------------------------------------------- Polish

/** Words that follow "syn", "córka", "imię" without being names (verbs, particles, pronouns). */
const POLISH_NOT_NAMES = new Set(
  'ma|mam|jest|był|była|nie|też|już|się|i|a|w|we|z|ze|do|na|od|o|że|to|ten|ta|który|która|chodzi|chodził|chodziła|urodził|urodziła|potrzebuje|czeka|czekał|czekała|dostał|dostała|został|została|lat|lata|rok|roku|miesięcy|nazywa|ma na|mój|moja|moje|mojego|mojej|nasz|nasza|naszego|naszej|jego|jej|ich|ma|przez|bardzo|jeszcze|tylko|teraz|obecnie|mówi|uczy|lubi|kocha|boi|potrzebowała|pani|pan|syn|syna|córka|córki|dziecko|autyzm|adhd|dysleksję|uczeń|uczennica|szkoły|szkole|szkoła'.split(
    '|',
  ),
)
const PL_RELATION =
  'syn|syna|synem|synowi|synu|córka|córki|córką|córce|córkę|córeczka|córeczki|dziecko|dziecka|dzieckiem|wnuk|wnuka|wnuczka|wnuczki|brat|brata|siostra|siostry|mąż|męża|żona|żony|chłopiec|chłopca|dziewczynka|dziewczynki|podopieczny|podopieczna'
const PL_INTRO =
  'ma\\s+na\\s+imię|mam\\s+na\\s+imię|nazywa\\s+się|nazywam\\s+się|nazywają\\s+się|imię\\s+(?:syna|córki|dziecka)\\s*(?:to|:)?|na\\s+imię\\s+(?:mu|jej)|synem\\s+jest|córką\\s+jest'
const PL_TITLE = 'pani|pan|panią|panu|pana|panem|pani\\s+doktor|doktor|dr'

const notPolishWord = (word: string) => !POLISH_NOT_NAMES.has(word.toLowerCase())
const capitalisedName = (word: string) => /^\p{Lu}/u.test(word) && notPolishWord(word)

export function findPolishNames(text: string): Candidate[] {
  const found: Candidate[] = []
  // "mój syn Jakub", "moja córka zuzanna", "syna Mikołaja", "Córka (Ola)": lower case is a name
  // here when it is not an ordinary word, as families type on phones.
  found.push(
    ...spansOf(
      text,
      new RegExp(`${START}(?:${PL_RELATION})${END}\\s*\\(?\\s*((?:${ANY_WORD}\\s*){1,2})`, 'giu'),
      'name',
      (word, i) => (i === 0 ? notPolishWord(word) && !/\d/.test(word) : capitalisedName(word)),
      2,
    ),
  )
  // "w imieniu wnuczki, Zuzanny Pawłowskiej", "syn – Tomek": after a comma or dash only a
  // capitalised word is a name ("córki, ale" is not).
  found.push(
    ...spansOf(
      text,
      new RegExp(
        `${START}(?:${PL_RELATION})${END}\\s*[,:–—-]\\s*((?:${UPPER_WORD}\\s*){1,2})`,
        'giu',
      ),
      'name',
      capitalisedName,
      2,
    ),
  )
  // "ma na imię Wojciech", "Nazywam się Agnieszka Wiśniewska", "Moim synem jest Bartosz Wójcik".
  found.push(
    ...spansOf(
      text,
      new RegExp(`${START}(?:${PL_INTRO})${END}\\s*((?:${ANY_WORD}[,.]?\\s*){1,3})`, 'giu'),
      'name',
      (word, i) => (i === 0 ? notPolishWord(word) : capitalisedName(word)),
      2,
    ),
  )
  // "Pani Małgorzata Dąbrowska", "pani Joannie Kamińskiej" (a capitalised name after the title).
  found.push(
    ...spansOf(
      text,
      new RegExp(`${START}(?:${PL_TITLE})${END}\\.?\\s+((?:${UPPER_WORD}\\s*){1,2})`, 'giu'),
      'name',
      capitalisedName,
      2,
    ),
  )
  // "Pozdrawiam, Katarzyna Lewandowska": a sign-off.
  found.push(
    ...spansOf(
      text,
      new RegExp(
        `${START}(?:pozdrawiam|pozdrowienia|z\\s+poważaniem|dziękuję|dziękujemy|serdecznie)${END}[,!.\\s-]+((?:${UPPER_WORD}\\s*){1,2})`,
        'giu',
      ),
      'name',
      capitalisedName,
      2,
    ),
  )
  return found
}

/** With and without Polish letters: phones without a Polish keyboard type "szkoly", "zlobek". */
export const POLISH_SCHOOL_CUE =
  'szkoła|szkoły|szkole|szkołą|szkołę|szkół|szkola|szkoly|szkolą|szkołe|szkol|przedszkole|przedszkola|przedszkolu|przedszkolem|żłobek|żłobka|żłobku|zlobek|zlobka|zlobku|akademia|akademii|college|koledż|koledżu|koledz|koledzu'
/**
 * How English place names end (-field, -brook, -wood…), and so the names of most English schools.
 * After a Polish school word, a lower-case word ending so is a school's name ("w szkole
 * greenfield"), where a Polish word ("w szkole mówią") is not: no Polish word of six letters or
 * more ends in these.
 */
const ENGLISH_PLACE_ENDING =
  /^\p{Ll}{2,}(?:field|fields|brook|wood|woods|side|mead|meadow|ton|ham|bury|borough|ford|ley|well|dale|gate|hurst|worth|stead|bridge|hill|hills|croft|lands|view|park|green|vale|minster|cliffe|cliff|combe|moor|acre|acres|cross|oak|oaks|heath|grove|wick|thorpe|stone|mount|holme|shaw|leigh|den|dene|water|lake|way)$/u
const ENGLISH_INSTITUTION =
  /^(?:primary|academy|school|college|nursery|infants?|juniors?|high|special|community|grammar|secondary)$/i

/** "szkoły Ashfield Academy", "ze szkołą Oakfield Junior", "szkoły hollybrook primary". */
export function findPolishSchools(text: string): Candidate[] {
  const pattern = new RegExp(
    `${START}(?:${POLISH_SCHOOL_CUE})${END}\\s+((?:${ANY_WORD}\\s*){1,4})`,
    'giu',
  )
  const found: Candidate[] = []
  for (const c of spansOf(
    text,
    pattern,
    'school',
    (word, i) => (i === 0 ? notPolishWord(word) : true),
    4,
  )) {
    const words = text.slice(c.start, c.end).split(/\s+/)
    // Capitalised words are a name; lower-case ones only when an English school word follows
    // ("hollybrook primary"), so "w szkole mówią" is left alone.
    let n = 0
    while (
      n < words.length &&
      (/^\p{Lu}/u.test(words[n] ?? '') || ENGLISH_INSTITUTION.test(words[n] ?? ''))
    )
      n++
    if (n === 0) {
      const institution = words.findIndex((w) => ENGLISH_INSTITUTION.test(w))
      if (institution > 0) n = institution + 1
      else if ((words[0] ?? '').length >= 6 && ENGLISH_PLACE_ENDING.test(words[0] ?? '')) n = 1
      else continue
    }
    const kept = words.slice(0, n).join(' ')
    if (!kept.split(/\s+/).some((w) => !ENGLISH_INSTITUTION.test(w))) continue
    found.push({ kind: 'school', start: c.start, end: c.start + kept.length })
  }
  return found
}

/**
 * Polish names change their ending with their role in the sentence: Zofia, Zofii, Zofią;
 * Krzysztof, Krzysztofa; Kamińska, Kamińskiej. Once a name is found, its other forms are too.
 */
const POLISH_ENDINGS = '(?:a|e|i|ii|y|ą|ę|u|o|owi|em|om|ie|iej|ej|ego|emu|iego|iemu|im|ym|ą)?'
export function declinedForms(text: string, names: readonly string[]): Candidate[] {
  const found: Candidate[] = []
  for (const name of new Set(names)) {
    if (name.length < 3 || !/^\p{Lu}/u.test(name)) continue
    const stem = name.replace(/(?:ia|a|e|o|y|i)$/u, (ending) => (ending === 'ia' ? 'i' : ''))
    if (stem.length < 3) continue
    const pattern = new RegExp(
      `${START}${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${POLISH_ENDINGS}${END}`,
      'gu',
    )
    for (const m of text.matchAll(pattern)) {
      found.push({ kind: 'name', start: m.index, end: m.index + m[0].length })
    }
  }
  return found
}

// ---------------------------------------------------------------- Arabic

/** Words after "ابني" or "اسمه" that are not names: verbs, prepositions, "his name", "his age". */
const ARABIC_NOT_NAMES = new Set(
  'اسمه|اسمها|اسمي|عمره|عمرها|عمري|في|من|إلى|الى|على|عن|لا|لم|لن|هو|هي|و|يذهب|تذهب|يدرس|تدرس|يحتاج|تحتاج|كان|كانت|مصاب|مصابة|عنده|عندها|لديه|لديها|ولد|ولدت|يعاني|تعاني|ينتظر|تنتظر|الذي|التي|أيضا|أيضاً|يحب|تحب|قد|منذ|مع|بعد|قبل|الصغير|الصغيرة|الكبير|الكبيرة|الأكبر|الأصغر|البالغ|البالغة|ذو|ذات|طالب|طالبة|يستطيع|تستطيع|وهو|وهي|المدرسة|مدرسة|اسم'.split(
    '|',
  ),
)
const AR_RELATION =
  'ابني|ابنتي|ابنه|ابنها|ابننا|ابنتنا|ابنته|ابنتها|طفلي|طفلتي|طفلنا|طفلتنا|ولدي|بنتي|حفيدي|حفيدتي|أخي|أختي|اخي|اختي|زوجي|زوجتي|لابني|لابنتي|وابني|وابنتي'
/** "the child" / "the pupil": "والدة الطفلة نور" (the mother of the child Nour). */
const AR_CHILD =
  'الطفل|الطفلة|للطفل|للطفلة|والطفل|والطفلة|التلميذ|التلميذة|الطالب|الطالبة|طفلي|طفلتي'
/** "اسمه", "اسم ابني" (my son's name), "اسم ابنتي": a name of up to three words follows. */
const AR_NAME_CUE = `اسمه|اسمها|اسمي|واسمه|واسمها|واسمي|يدعى|تدعى|يُدعى|تُدعى|(?:و?اسم)\\s+(?:${AR_RELATION}|الطفل|الطفلة)`
const AR_TITLE =
  'السيد|السيدة|للسيد|للسيدة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|للأستاذ|للأستاذة|الدكتور|الدكتورة|للدكتور|للدكتورة|د\\.|المعلمة|المعلم|الأخت|الأخ|السيدة/|الآنسة'
/** A word of Arabic letters and their vowel marks (not digits or punctuation). */
const AR_WORD = '(?:(?=\\p{Script=Arabic})[\\p{L}\\p{M}])+'
const ARABIC_WORD = new RegExp(`^${AR_WORD}$`, 'u')

const arabicName = (word: string, i: number) =>
  ARABIC_WORD.test(word) &&
  !ARABIC_NOT_NAMES.has(word) &&
  // A second word joined by "و" ("وعمره") starts a new clause; "عبد" joins the next word.
  !(i > 0 && word.startsWith('و'))

function arabicSpans(text: string, cue: string, maxWords: number): Candidate[] {
  return spansOf(
    text,
    new RegExp(`${START}(?:${cue})${END}\\s*[:،,]?\\s*((?:${AR_WORD}\\s*){1,${maxWords}})`, 'gu'),
    'name',
    arabicName,
    maxWords,
  )
}

export function findArabicNames(text: string): Candidate[] {
  const found: Candidate[] = [
    // "ابني يوسف", "ابنتي رنا", "الطفلة نور": one word, or "عبد" and the word after it. A word
    // with the article after them describes the child ("ابني الأكبر", "الطفلة المصابة").
    ...arabicSpans(text, `${AR_RELATION}|${AR_CHILD}`, 1).filter(
      (c) => !text.slice(c.start, c.end).startsWith('ال'),
    ),
    // "اسمها ليلى حسن", "اسمي فاطمة الزهراء": up to three words, up to punctuation or "و…".
    ...arabicSpans(text, AR_NAME_CUE, 3),
    // "للسيدة أمينة", "الدكتور سمير".
    ...arabicSpans(text, AR_TITLE, 2),
  ]
  // "مع الشكر، زينب إبراهيم": a sign-off at the end of the comment.
  const signOff = new RegExp(
    `(?:مع\\s+(?:الشكر|تحياتي|التحية|خالص\\s+الشكر)|شكراً|شكرا|تحياتي|المخلص(?:ة)?)\\s*[،,:-]\\s*((?:${AR_WORD}\\s*){1,3})[.!]?\\s*$`,
    'u',
  ).exec(text)
  if (signOff?.[1] && arabicName(signOff[1].trim().split(/\s+/)[0] ?? '', 0)) {
    const start = signOff.index + signOff[0].lastIndexOf(signOff[1])
    found.push({ kind: 'name', start, end: start + signOff[1].trimEnd().length })
  }
  // "عبد الله" is one name: a name that ends in "عبد" takes the next word too.
  return found.map((c) => {
    const after = /^\s+(?:(?=\p{Script=Arabic})\p{L})+/u.exec(text.slice(c.end))
    return text.slice(c.start, c.end).endsWith('عبد') && after
      ? { ...c, end: c.end + after[0].length }
      : c
  })
}

/** Words after "مدرسة" that describe a school without naming it: "مدرسة خاصة", "مدرسة ابتدائية". */
const ARABIC_GENERIC_SCHOOL = new Set(
  'خاصة|ابتدائية|الابتدائية|ثانوية|الثانوية|حكومية|عادية|جديدة|أخرى|اخرى|قريبة|محلية|داخلية|متخصصة|للأطفال|لذوي|للاحتياجات|بالاحتياجات|الاحتياجات|دينية|إسلامية|عربية|أطفال|ابني|ابنتي|في|من|لا|لم|هي|هو|و'.split(
    '|',
  ),
)
const AR_SCHOOL_CUE =
  'مدرسة|بمدرسة|لمدرسة|ومدرسة|أكاديمية|اكاديمية|بأكاديمية|كلية|بكلية|لكلية|حضانة|بحضانة|روضة|بروضة|معهد|بمعهد'

/** "مدرسة هوليبروك", "أكاديمية كينغزميد", "كلية ويستبريدج": one or two words after the cue. */
export function findArabicSchools(text: string): Candidate[] {
  const pattern = new RegExp(`${START}(${AR_SCHOOL_CUE})${END}\\s+((?:${AR_WORD}\\s*){1,2})`, 'gu')
  const found: Candidate[] = []
  for (const m of text.matchAll(pattern)) {
    const words = (m[2] ?? '').trim().split(/\s+/)
    const first = words[0] ?? ''
    if (ARABIC_GENERIC_SCHOOL.has(first) || ARABIC_NOT_NAMES.has(first)) continue
    const second = words[1]
    const take =
      second &&
      !second.startsWith('و') &&
      !ARABIC_NOT_NAMES.has(second) &&
      !/^(?:ال)?(?:ابتدائية|ثانوية)$/u.test(second)
        ? `${first} ${second}`
        : first
    const start = m.index
    const nameStart = m.index + m[0].indexOf(first, (m[1] ?? '').length)
    found.push({ kind: 'school', start, end: nameStart + take.length })
  }
  return found
}

// ---------------------------------------------------------------- English in lower case

/** Words after "my son" that are not names, for families who type everything in lower case. */
const ENGLISH_LOWER_NOT_NAMES = new Set(
  'is|was|has|had|have|and|but|or|who|which|that|with|goes|went|go|attends|needs|loves|likes|got|gets|can|cannot|cant|could|would|will|did|does|do|doesnt|didnt|isnt|wasnt|are|were|am|been|being|said|says|told|started|starts|struggles|wants|loved|hates|has|aged|age|of|in|at|on|to|for|from|by|about|after|before|since|too|also|still|now|then|just|really|very|so|as|a|an|the|he|she|they|we|it|his|her|their|our|my|your|is|a|both|all|some|no|not|never|always|turned|turns|gone|going|being|getting|seems|seemed|became|becomes|cried|cries|waits|waited|waiting|keeps|kept|uses|used|only|one|two|three|twins|son|daughter|child|boy|girl|when|where|because|if|though|tho|again|here|there|this|these|those|lives|stays|sleeps|eats|plays|finds|found|feels|felt|gets|loves|enjoys'.split(
    '|',
  ),
)
const EN_RELATION =
  'son|daughter|child|kid|boy|girl|grandson|granddaughter|nephew|niece|youngest|eldest|oldest|twin|stepson|stepdaughter|little one'

/** "my son jake", "my little girl sofia", "our boy tyler": a lower-case name after a relation. */
export function findLowerCaseEnglishNames(text: string): Candidate[] {
  return spansOf(
    text,
    new RegExp(
      `${START}(?:my|our|his|her|their)\\s+(?:[a-z]+\\s+){0,2}?(?:${EN_RELATION})${END}\\s*[,(]?\\s*((?:[a-z][a-z'’-]+\\s*){1,2})`,
      'gu',
    ),
    'name',
    (word, i) => i === 0 && word.length >= 2 && !ENGLISH_LOWER_NOT_NAMES.has(word),
    1,
  )
}

/** "my name is dawn kerr", "Her name is ellie-mae": both words, when neither is an ordinary word. */
export function findLowerCaseIntroducedNames(text: string): Candidate[] {
  return spansOf(
    text,
    /(?<![\p{L}\p{M}])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+names?\s+(?:is|are)\s+((?:[a-z][a-z'’-]+\s*){1,2})/gu,
    'name',
    (word) => word.length >= 2 && !ENGLISH_LOWER_NOT_NAMES.has(word),
    2,
  )
}

/** Words before "primary", "academy"… that describe a school without naming it. */
const ENGLISH_GENERIC_SCHOOL = new Set(
  'a|an|the|my|our|his|her|their|your|this|that|primary|secondary|special|mainstream|high|grammar|free|independent|local|new|old|current|previous|sen|send|autism|autistic|good|nearest|nearby|infant|junior|nursery|sixth|form|further|community|catholic|church|state|private|boarding|residential|village|every|each|any|which|what|no|same|other|another|at|to|from|in|and|or|but|i|we|he|she|they|it|when|after|before|then|so|of|for|with|on|by|about|into|out|school|college|academy|bus|pass|his|weekend|summer|holiday|forest|morning|evening|day|night|after-school|before-school|breakfast|holiday|saturday|sunday|home|medical|hospital|ehcp|named|mainstream|is|was|not|one|two|all|some|most|many|few|last|first|next|this|each|both'.split(
    '|',
  ),
)
const LOWER_INSTITUTION =
  'primary school|primary academy|primary|infant school|infants|infant|junior school|juniors|junior|high school|secondary school|academy|school|college|nursery school|nursery|pre-school|preschool'

/** "at riverside primary", "goes to hollybrook primary": a lower-case school after where to. */
export function findLowerCaseEnglishSchools(text: string): Candidate[] {
  const pattern = new RegExp(
    `${START}(?:at|to|from|attends|attended|attending|in)\\s+((?:[a-z][a-z'’-]+\\s+){1,3}(?:${LOWER_INSTITUTION}))${END}`,
    'gu',
  )
  const found: Candidate[] = []
  for (const m of text.matchAll(pattern)) {
    const group = m[1] ?? ''
    const words = group.split(/\s+/)
    let skip = 0
    while (skip < words.length && ENGLISH_GENERIC_SCHOOL.has(words[skip] ?? '')) skip++
    const rest = words.slice(skip)
    if (
      rest.length === 0 ||
      rest.every(
        (w) => ENGLISH_GENERIC_SCHOOL.has(w) || new RegExp(`^(?:${LOWER_INSTITUTION})$`).test(w),
      )
    )
      continue
    const restText = rest.join(' ')
    const start = m.index + m[0].length - restText.length
    found.push({ kind: 'school', start, end: start + restText.length })
  }
  return found
}
