/**
 * Comments of the kind families, young people and professionals send about a Local Offer,
 * written in their varied styles. `gone` lists every piece of personal data that must not survive
 * redaction; `kept` lists words that carry the meaning and must survive it.
 */
export interface RedactionCase {
  readonly from: 'parent' | 'young person' | 'professional'
  readonly comment: string
  readonly gone: readonly string[]
  readonly kept: readonly string[]
}

/** The LA's schools and settings, as the CMS passes them from its organisations. */
export const laSchools = [
  'Northbrook Primary School',
  'Eastfield Academy',
  'Westbridge College',
  'Riverside Special School',
  'Little Acorns Nursery',
  "St Anne's Catholic Primary School",
]

export const redactionCases: readonly RedactionCase[] = [
  {
    from: 'parent',
    comment:
      'My son Jake (7) goes to Northbrook Primary and has waited 18 months for speech therapy.',
    gone: ['Jake', 'Northbrook'],
    kept: ['My son', 'waited 18 months for speech therapy'],
  },
  {
    from: 'parent',
    comment:
      "Jake's teacher Mrs Patel was brilliant but nobody told us short breaks existed until Year 4.",
    gone: ['Jake', 'Patel'],
    kept: ['teacher', 'nobody told us short breaks existed'],
  },
  {
    from: 'young person',
    comment:
      "I'm Amira and I'm 15. The bus to college is always late and the driver doesn't know about my anxiety.",
    gone: ['Amira'],
    kept: ['15', 'The bus to college is always late', 'anxiety'],
  },
  {
    from: 'parent',
    comment:
      'Our daughter Zofia Kowalska was born on 3rd March 2014 and the Polish translation of the EHC page helped us a lot.',
    gone: ['Zofia', 'Kowalska', '3rd March 2014'],
    kept: ['Polish translation', 'EHC page helped us'],
  },
  {
    from: 'parent',
    comment:
      'Please call me back on 07700 900123 or email sarah.jones@example.com, nobody answers the transport line.',
    gone: ['07700 900123', 'sarah.jones@example.com'],
    kept: ['nobody answers the transport line'],
  },
  {
    from: 'parent',
    comment:
      'We live at 14 Acacia Road, Westbridge, WB3 4QT and there is no accessible play park within walking distance.',
    gone: ['14 Acacia Road', 'Acacia', 'WB3 4QT'],
    kept: ['no accessible play park within walking distance'],
  },
  {
    from: 'parent',
    comment:
      'my kid oliver, born in March 2016, was refused an EHC needs assessment and the letter did not say why. Thanks, Sarah',
    gone: ['oliver', 'March 2016', 'Sarah'],
    kept: ['refused an EHC needs assessment', 'the letter did not say why'],
  },
  {
    from: 'parent',
    comment:
      'I rang SENDIASS on 12 May 2025 and Dr. Hughes said they could not help with transport.',
    gone: ['12 May 2025', 'Hughes'],
    kept: ['SENDIASS', 'could not help with transport'],
  },
  {
    from: 'professional',
    comment:
      'As SENCO at Eastfield Academy I find the resource base criteria unclear. Contact me on 0121 496 0123. Kind regards, Tom Okafor',
    gone: ['Eastfield', '0121 496 0123', 'Tom', 'Okafor'],
    kept: ['SENCO', 'resource base criteria unclear'],
  },
  {
    from: 'young person',
    comment:
      'hi my name is keisha and i go to riverside special school. the website is hard to read on my phone',
    gone: ['keisha', 'riverside special school'],
    kept: ['the website is hard to read on my phone'],
  },
  {
    from: 'parent',
    comment:
      'My twins Ella and Finn both have ADHD and the parenting course was full for the whole year.',
    gone: ['Ella', 'Finn'],
    kept: ['My twins', 'ADHD', 'parenting course was full'],
  },
  {
    from: 'parent',
    comment:
      'DOB 03/03/2014. Child: Harvey Nicholls. Postcode wb2 7hx. We were told the overnight short breaks unit has a two year waiting list.',
    gone: ['03/03/2014', 'Harvey', 'Nicholls', 'wb2 7hx'],
    kept: ['overnight short breaks unit has a two year waiting list'],
  },
  {
    from: 'professional',
    comment:
      'Health visitors need a simple list of who takes referrals for under 5s. Our team leader Priya Shah raised this at the SEND board.',
    gone: ['Priya', 'Shah'],
    kept: ['simple list of who takes referrals for under 5s', 'SEND board'],
  },
  {
    from: 'parent',
    comment:
      'The personal budgets page uses too much jargon. My husband Mohammed and I could not work out what a direct payment is.',
    gone: ['Mohammed'],
    kept: ['personal budgets page uses too much jargon', 'direct payment'],
  },
  {
    from: 'young person',
    comment:
      'I am 17 and autistic. I want to know about supported internships but the page only talks about apprenticeships. - Callum',
    gone: ['Callum'],
    kept: ['autistic', 'supported internships', 'apprenticeships'],
  },
  {
    from: 'parent',
    comment:
      "Little Acorns Nursery were amazing with my daughter Grace's tube feeding, please list more nurseries that can do this.",
    gone: ['Little Acorns', 'Grace'],
    kept: ['tube feeding', 'please list more nurseries that can do this'],
  },
  {
    from: 'parent',
    comment:
      'Email me at j.m.obrien@mail.example.co.uk or text 07911123456 — the tribunal page is missing the 2 month deadline.',
    gone: ['j.m.obrien@mail.example.co.uk', '07911123456'],
    kept: ['tribunal page is missing the 2 month deadline'],
  },
  {
    from: 'parent',
    comment:
      "St Anne's Catholic Primary refused to apply for top-up funding for my son Leo even though he has an EHCP.",
    gone: ["St Anne's", 'Leo'],
    kept: ['refused to apply for top-up funding', 'EHCP'],
  },
  {
    from: 'professional',
    comment:
      'Educational psychologists get asked by parents where the mediation information is. It should be linked from every EHC page.',
    gone: [],
    kept: [
      'Educational psychologists get asked by parents where the mediation information is',
      'linked from every EHC page',
    ],
  },
  {
    from: 'parent',
    comment:
      'We moved to Brookfield Estate last year and nobody told us the school transport had to be reapplied for.',
    gone: ['Brookfield Estate'],
    kept: ['nobody told us the school transport had to be reapplied for'],
  },
  {
    from: 'parent',
    comment:
      'My grandson Oluwaseun Adeyemi, who is 9, loves the inclusive swimming sessions. More please!',
    gone: ['Oluwaseun', 'Adeyemi'],
    kept: ['My grandson', 'who is 9', 'inclusive swimming sessions'],
  },
  {
    from: 'young person',
    comment:
      'its me tyler from year 10 at Hollybush High School, the youth club is the best thing in my week',
    gone: ['tyler', 'Hollybush'],
    kept: ['year 10', 'the youth club is the best thing in my week'],
  },
  {
    from: 'parent',
    comment:
      'Our social worker Dave Robinson said the disabled children’s team criteria are not on the website. They should be.',
    gone: ['Dave', 'Robinson'],
    kept: ['disabled children’s team criteria are not on the website'],
  },
  {
    from: 'parent',
    comment:
      'I am a single mum, my number is +44 7700 900 456, my son is called Kacper and he is non-verbal. Is there any support at home?',
    gone: ['7700 900 456', 'Kacper'],
    kept: ['single mum', 'non-verbal', 'Is there any support at home?'],
  },
  {
    from: 'professional',
    comment:
      'From the Westbridge College SEN team: the post-16 transport application deadline is buried on page 3. Ms Lewis, learning support manager',
    gone: ['Westbridge College', 'Lewis'],
    kept: [
      'post-16 transport application deadline is buried on page 3',
      'learning support manager',
    ],
  },
  {
    from: 'parent',
    comment:
      'Flat 2, 31b Mill Lane, WB1 3QS. I have asked three times for the paper copy of the local offer because I have no internet.',
    gone: ['31b Mill Lane', 'Mill Lane', 'WB1 3QS'],
    kept: ['paper copy of the local offer', 'I have no internet'],
  },
  {
    from: 'parent',
    comment:
      'The holiday scheme was great for my daughter. Her birthday is 12th August so she missed the summer sign up.',
    gone: ['12th August'],
    kept: ['holiday scheme was great for my daughter', 'missed the summer sign up'],
  },
  {
    from: 'young person',
    comment:
      'I want the site in Arabic. My brother Yusuf reads it to my mum because she does not read English.',
    gone: ['Yusuf'],
    kept: ['I want the site in Arabic', 'reads it to my mum', 'does not read English'],
  },
  {
    from: 'parent',
    comment:
      'Mr and Mrs Thompson here. Our son Alfie, DOB 14.06.2011, has been out of school since September with no tuition offered.',
    gone: ['Thompson', 'Alfie', '14.06.2011'],
    kept: ['out of school since September', 'no tuition offered'],
  },
  {
    from: 'professional',
    comment:
      'Physiotherapy referral routes are listed twice with different phone numbers. Please check with the team at Eastfield Therapies.',
    gone: [],
    kept: ['Physiotherapy referral routes are listed twice with different phone numbers'],
  },
  {
    from: 'parent',
    comment:
      'The glossary is really helpful. I finally understand what "provision" means! Best wishes, Hannah',
    gone: ['Hannah'],
    kept: ['The glossary is really helpful', 'provision'],
  },
  {
    from: 'parent',
    comment:
      'Contact: rachel [at] example [dot] com. The mediation section should say it is free for parents.',
    gone: ['rachel [at] example [dot] com'],
    kept: ['mediation section should say it is free for parents'],
  },
  {
    from: 'young person',
    comment:
      'My name is Jayden Clarke and I was born in 2008. I want to live independently but there is nothing about housing for people like me.',
    gone: ['Jayden', 'Clarke', '2008'],
    kept: ['I want to live independently', 'nothing about housing for people like me'],
  },
  {
    from: 'parent',
    comment:
      'Our eldest, Maisie, has cerebral palsy. The equipment service took 11 months to deliver her wheelchair.',
    gone: ['Maisie'],
    kept: ['cerebral palsy', 'equipment service took 11 months to deliver her wheelchair'],
  },
  {
    from: 'professional',
    comment:
      'I work at Oakfield Primary Academy. Our families want clearer information on what SEN support looks like without an EHC plan.',
    gone: ['Oakfield'],
    kept: ['clearer information on what SEN support looks like without an EHC plan'],
  },
  {
    from: 'parent',
    comment:
      "<script>alert('x')</script> My daughter Lily-Mae goes to Northbrook and the school nurse is lovely.",
    gone: ['Lily-Mae', 'Northbrook'],
    kept: ["<script>alert('x')</script>", 'the school nurse is lovely'],
  },
  {
    from: 'parent',
    comment:
      'we are at 7 Kingfisher Close and the council taxi for my son Ibrahim (12) keeps changing drivers which upsets him',
    gone: ['7 Kingfisher Close', 'Kingfisher', 'Ibrahim'],
    kept: ['council taxi', 'keeps changing drivers which upsets him'],
  },
  {
    from: 'parent',
    comment:
      'Thank you to Miss Okonkwo at the parent carer forum for explaining annual reviews. Call me on 020 7946 0000 if you want to hear more.',
    gone: ['Okonkwo', '020 7946 0000'],
    kept: ['parent carer forum for explaining annual reviews'],
  },
  {
    from: 'young person',
    comment: 'im deaf and the videos on the site dont have subtitles. sort it out pls. from chloe',
    gone: ['chloe'],
    kept: ['deaf', 'videos on the site dont have subtitles'],
  },
  {
    from: 'parent',
    comment:
      'Our foster son, Marcus, moved here from another borough and his EHCP transfer took 6 months. The Local Offer did not explain the process.',
    gone: ['Marcus'],
    kept: ['moved here from another borough', 'EHCP transfer took 6 months', 'Local Offer'],
  },
  {
    from: 'professional',
    comment:
      'Speech and language therapy waiting times should be published. I am the paediatrician Dr Anjali Mehta and families ask me every day.',
    gone: ['Anjali', 'Mehta'],
    kept: [
      'Speech and language therapy waiting times should be published',
      'families ask me every day',
    ],
  },
  {
    from: 'parent',
    comment:
      'Hi, Emma here (mum of Noah, 6). The SENCO at Northbrook Primary School, Mrs Begum, told us about this site. Our postcode is WB4 9NP.',
    gone: ['Emma', 'Noah', 'Northbrook', 'Begum', 'WB4 9NP'],
    kept: ['mum of', 'told us about this site'],
  },
  {
    from: 'parent',
    comment:
      'The short breaks statement says eligibility is decided by a panel but not who is on it or how to appeal.',
    gone: [],
    kept: [
      'The short breaks statement says eligibility is decided by a panel but not who is on it or how to appeal.',
    ],
  },
  {
    from: 'young person',
    comment:
      'Me and my sister Ruby go to the Saturday club at the leisure centre. Ruby says the changing places toilet is always locked.',
    gone: ['Ruby'],
    kept: ['Saturday club at the leisure centre', 'changing places toilet is always locked'],
  },
  {
    from: 'parent',
    comment:
      'My son was born 21/11/2015 and we applied for transport on 1 September 2025. Still nothing. Regards, Agnieszka Nowak, agnieszka.nowak@example.pl',
    gone: ['21/11/2015', '1 September 2025', 'Agnieszka', 'Nowak', 'agnieszka.nowak@example.pl'],
    kept: ['we applied for transport on', 'Still nothing'],
  },
  {
    from: 'parent',
    comment:
      'My son Oliver, DOB 12/05/2014, still has no school place after his EHCP was finalised in March.',
    gone: ['Oliver', '12/05/2014'],
    kept: ['My son', 'DOB', 'still has no school place after his EHCP was finalised in March'],
  },
]
