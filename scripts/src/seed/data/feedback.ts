import type { SeedComment, SeedFeedbackReport } from '../types.js'

/**
 * Comments sent to Westbridge's Local Offer in 2025-26 and the published "You said, we did"
 * report for that year. The comments are written as people write them, personal details and all:
 * the CMS anonymises each one as it is stored, and the report quotes only the anonymised text.
 */
export const comments: SeedComment[] = [
  {
    key: 'salt-wait-jake',
    comment:
      'My son Jake has been on the speech and language therapy waiting list for 14 months. Nobody can tell us where he is on the list. Please call me on 07700 900214.',
    respondent: 'parent-carer',
    topic: 'health',
    sentOn: '2025-09-18',
  },
  {
    key: 'salt-wait-school',
    comment:
      'As a SENCO I would like the Local Offer to show current waiting times for therapies so I can give families honest information.',
    respondent: 'professional',
    topic: 'health',
    sentOn: '2025-10-07',
  },
  {
    key: 'salt-advice-line',
    comment:
      'The speech and language advice line was brilliant while we waited. More people should know it exists.',
    respondent: 'parent-carer',
    topic: 'health',
    sentOn: '2026-01-21',
  },
  {
    key: 'transport-deadline',
    comment:
      'Nobody told us we had to reapply for transport when our daughter Amira moved up to Westbridge College. We found out the week before term.',
    respondent: 'parent-carer',
    topic: 'transport',
    sentOn: '2025-09-04',
  },
  {
    key: 'transport-driver',
    comment:
      'The taxi to school keeps changing drivers and it upsets me. I like to know who is coming.',
    respondent: 'child-young-person',
    topic: 'transport',
    sentOn: '2025-11-12',
  },
  {
    key: 'transport-policy',
    comment:
      'The post-16 transport policy is a 30 page PDF. Please put the key dates and who is eligible on the page itself.',
    respondent: 'parent-carer',
    topic: 'transport',
    sentOn: '2026-02-02',
  },
  {
    key: 'phone-reading',
    comment:
      "i'm 15 and the site is really hard to use on my phone, the menus cover everything and the writing is tiny",
    respondent: 'child-young-person',
    topic: 'website',
    sentOn: '2025-10-20',
  },
  {
    key: 'phone-search',
    comment:
      'Searching for "autism" gave me nothing useful but "ASD" gave lots of results. The search should know they mean the same thing.',
    respondent: 'parent-carer',
    topic: 'website',
    sentOn: '2025-12-03',
  },
  {
    key: 'short-breaks-criteria',
    comment:
      'We were turned down for short breaks but the letter did not say why. The short breaks statement does not explain how the panel decides. Kind regards, Sarah Thompson',
    respondent: 'parent-carer',
    topic: 'short-breaks',
    sentOn: '2025-11-27',
  },
  {
    key: 'short-breaks-holiday',
    comment:
      'The holiday scheme at the leisure centre was the best thing my son did all summer. Please run it for longer.',
    respondent: 'parent-carer',
    topic: 'short-breaks',
    sentOn: '2025-09-10',
  },
  {
    key: 'pfa-internships',
    comment:
      'I want to do a supported internship but the website only talks about apprenticeships. I did not know internships existed until my teacher Mr Davies told me.',
    respondent: 'child-young-person',
    topic: 'preparing-for-adulthood',
    sentOn: '2026-03-09',
  },
  {
    key: 'pfa-housing',
    comment:
      'There is nothing about housing or living independently for young adults like my daughter, who is 19 and has a learning disability. We live at 42 Kestrel Way, WB3 6TN if someone can visit.',
    respondent: 'parent-carer',
    topic: 'preparing-for-adulthood',
    sentOn: '2026-04-15',
  },
  {
    key: 'languages-polish',
    comment:
      'Dziękuję for the Polish pages. My husband reads English slowly and the translated EHC page helped us a lot, but most listings are still only in English.',
    respondent: 'parent-carer',
    topic: 'general',
    locale: 'pl',
    sentOn: '2025-12-15',
  },
  {
    key: 'languages-paper',
    comment:
      'My mum does not use the internet. She asked at the library for a paper copy of the Local Offer and they did not know what it was.',
    respondent: 'child-young-person',
    topic: 'general',
    sentOn: '2026-05-06',
  },
  {
    key: 'languages-arabic',
    comment:
      'The Arabic pages read well on my phone. Please translate the information about EHC needs assessments too. Email me at layla.haddad@example.com if you need help checking the translation.',
    respondent: 'parent-carer',
    topic: 'general',
    locale: 'ar',
    sentOn: '2026-06-11',
  },
  {
    key: 'individual-case',
    comment:
      'My son Oliver, DOB 12/05/2014, still has no school place after his EHCP was finalised in March. I need someone to ring me today.',
    respondent: 'parent-carer',
    topic: 'education',
    sentOn: '2026-05-20',
    status: 'not-published',
    notPublishedReason: 'individual-case',
  },
]

export const feedbackReports: SeedFeedbackReport[] = [
  {
    year: '2025-26',
    status: 'published',
    title: {
      en: 'You said, we did 2025-26',
      pl: 'Powiedzieliście, zrobiliśmy 2025-26',
      ar: 'قلتم، ففعلنا 2025-26',
    },
    introduction: {
      en: 'Between September 2025 and August 2026 children, young people, parents, carers and professionals told us what they think of the Westbridge Local Offer, through the comment form on every page, at parent carer forum meetings and at our drop-in events. Thank you. This is what you told us, what we think, and what we are doing about it. We have removed anything that could identify anyone.',
      pl: 'Od września 2025 do sierpnia 2026 dzieci, młodzież, rodzice, opiekunowie i specjaliści mówili nam, co myślą o Local Offer w Westbridge. Dziękujemy. Oto, co nam powiedzieliście i co z tym robimy. Usunęliśmy wszystko, co mogłoby kogokolwiek zidentyfikować.',
    },
    themes: [
      {
        title: {
          en: 'Waiting times for speech and language therapy',
          pl: 'Czas oczekiwania na terapię mowy i języka',
        },
        topic: 'health',
        whatPeopleSaid: {
          en: 'Families waiting for speech and language therapy could not find out how long the wait would be, and school staff wanted honest figures to share. Families who found the advice line valued it.',
        },
        response: {
          en: 'You are right that families should know how long they are likely to wait. The NHS trust now publishes its waiting times every month and has agreed that we show them on the Local Offer.',
        },
        action: {
          en: 'The speech and language therapy listing shows the current waiting time, updated monthly, and the advice line is now on every therapy page.',
        },
        status: 'in-progress',
        comments: ['salt-wait-jake', 'salt-wait-school', 'salt-advice-line'],
        quoted: ['salt-wait-jake', 'salt-advice-line'],
      },
      {
        title: { en: 'Applying for school and college transport' },
        topic: 'transport',
        whatPeopleSaid: {
          en: 'Parents did not know they had to apply again for transport when their child moved to college, and the key dates were hidden in a long policy document. Young people told us that changes of driver upset them.',
        },
        response: {
          en: 'We agree the deadline was too hard to find. Changes of driver should be rare, and families should be told in advance.',
        },
        action: {
          en: 'The transport pages now give the deadlines and eligibility on the page, we email families in Year 11 in March to remind them to apply, and our transport contracts now require drivers to stay the same wherever possible.',
        },
        status: 'done',
        comments: ['transport-deadline', 'transport-driver', 'transport-policy'],
        quoted: ['transport-deadline', 'transport-driver'],
      },
      {
        title: {
          en: 'Using the Local Offer on a phone',
          pl: 'Korzystanie z Local Offer na telefonie',
        },
        topic: 'website',
        whatPeopleSaid: {
          en: 'Young people found the site hard to read on a phone, and parents found that search did not understand different words for the same thing.',
        },
        response: {
          en: 'Most people now visit on a phone, so the site must work well on one. We tested the new site with young people from the youth forum.',
        },
        action: {
          en: 'The new site has larger text, a simpler menu and a search that knows common abbreviations such as ASD, ADHD and EHCP.',
        },
        status: 'done',
        comments: ['phone-reading', 'phone-search'],
        quoted: ['phone-reading'],
      },
      {
        title: { en: 'How short breaks are decided' },
        topic: 'short-breaks',
        whatPeopleSaid: {
          en: 'Families turned down for short breaks did not understand why, and the short breaks services statement did not explain how decisions are made. Families who used the holiday scheme asked for more of it.',
        },
        response: {
          en: 'Everyone should be able to see how decisions about short breaks are made and how to ask for one to be looked at again.',
        },
        action: {
          en: 'We are rewriting the short breaks services statement with the parent carer forum to explain the criteria and the panel, and every decision letter will give the reasons. We will run the holiday scheme for two extra weeks in summer 2027.',
        },
        status: 'planned',
        comments: ['short-breaks-criteria', 'short-breaks-holiday'],
        quoted: ['short-breaks-criteria'],
      },
      {
        title: { en: 'Preparing for adulthood: internships and housing' },
        topic: 'preparing-for-adulthood',
        whatPeopleSaid: {
          en: 'Young people did not know supported internships existed, and parents of young adults found nothing about housing and living independently.',
        },
        response: {
          en: 'Supported internships and housing options are part of the Local Offer and should be as easy to find as apprenticeships.',
        },
        action: {
          en: 'We have added supported internships from three employers and are writing a guide to housing and independent living with adult social care, due in spring 2027.',
        },
        status: 'in-progress',
        comments: ['pfa-internships', 'pfa-housing'],
        quoted: ['pfa-internships', 'pfa-housing'],
      },
      {
        title: {
          en: 'Information in other languages and on paper',
          pl: 'Informacje w innych językach i na papierze',
          ar: 'المعلومات بلغات أخرى وعلى الورق',
        },
        topic: 'general',
        whatPeopleSaid: {
          en: 'Families welcomed the Polish and Arabic pages and asked for more to be translated. People without the internet could not get a paper copy.',
          pl: 'Rodziny z zadowoleniem przyjęły strony po polsku i po arabsku i prosiły o więcej tłumaczeń. Osoby bez internetu nie mogły dostać wersji papierowej.',
        },
        response: {
          en: 'Everyone has the right to this information, whatever language they read and whether or not they are online.',
          pl: 'Każdy ma prawo do tych informacji, niezależnie od języka i dostępu do internetu.',
        },
        action: {
          en: 'We are translating the EHC needs assessment pages into Polish and Arabic, and libraries and family hubs can now print any page of the Local Offer on request, free of charge.',
          pl: 'Tłumaczymy strony o ocenie potrzeb EHC na polski i arabski, a biblioteki i centra rodzinne drukują bezpłatnie każdą stronę Local Offer na prośbę.',
        },
        status: 'done',
        comments: ['languages-polish', 'languages-paper', 'languages-arabic'],
        quoted: ['languages-polish', 'languages-arabic'],
      },
    ],
    localOfferCounts: [
      {
        rows: 'category',
        columns: 'age',
        note: {
          en: 'You told us there is too little for young adults. These are the services on the Local Offer for each age group on the day we published this report: fewer serve 19 to 25 year olds than any other age, so that is where we are looking for new provision first.',
          pl: 'Mówiliście nam, że dla młodych dorosłych jest za mało usług. Oto usługi z Local Offer dla każdej grupy wiekowej w dniu publikacji tego raportu: najmniej jest ich dla osób w wieku od 19 do 25 lat, dlatego tam najpierw szukamy nowych usług.',
          ar: 'أخبرتمونا أن الخدمات المتاحة للشباب البالغين قليلة. هذه هي الخدمات في العرض المحلي لكل فئة عمرية في يوم نشر هذا التقرير: الخدمات لمن تتراوح أعمارهم بين 19 و25 عامًا أقل من أي فئة عمرية أخرى، ولذلك نبحث عن خدمات جديدة لهم أولًا.',
        },
      },
    ],
  },
]
