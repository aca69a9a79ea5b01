import type { SeedCouncilSettings } from '../types.js'

/**
 * The demo council's settings (the CMS's Council settings global): everything the site and the
 * e-mails say about who the council is. Nothing of this may appear in cms/src, site/src or
 * shared/src; `councilLiterals` below is the list the no-council-literals check forbids there.
 */
export const council: SeedCouncilSettings = {
  councilName: { en: 'London Borough of Westbridge' },
  shortName: { en: 'Westbridge' },
  footerNote: {
    en: 'All content is published by the London Borough of Westbridge. This is a fictional council used to demonstrate the open-source Local Offer platform.',
    pl: 'Wszystkie treści publikuje London Borough of Westbridge. Jest to fikcyjny samorząd, który służy do prezentacji platformy Oferta Lokalna o otwartym kodzie źródłowym.',
    ar: 'جميع المحتويات منشورة من قِبل London Borough of Westbridge، وهو مجلس محلي خيالي يُستخدم لعرض منصة العرض المحلي مفتوحة المصدر.',
  },
  logoAlt: {
    en: 'London Borough of Westbridge',
    pl: 'London Borough of Westbridge',
    ar: 'London Borough of Westbridge',
  },
  brandColour: '#005a70',
  examplePostcode: 'WB1 2AB',
  contact: {
    email: 'send@westbridge.example.org.uk',
    phone: '020 7946 0100',
    address: 'SEND Team\nWestbridge Civic Centre\nMarket Square\nWestbridge\nWB1 1AA',
  },
  sendiass: {
    name: { en: 'Westbridge SENDIASS' },
    phone: '0300 123 4567',
    url: 'https://sendiass.westbridge.example.org.uk',
  },
  addresses: {
    localOffer: 'https://localoffer.westbridge.example.gov.uk',
    cms: 'https://cms.localoffer.westbridge.example.gov.uk',
  },
  accessibility: {
    contactEmail: 'send@westbridge.example.org.uk',
    contactPhone: '020 7946 0100',
    responseDays: 5,
    enforcement: {
      en: 'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
      pl: 'Za egzekwowanie przepisów Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (rozporządzenie z 2018 r. w sprawie dostępności stron internetowych i aplikacji mobilnych podmiotów sektora publicznego) odpowiada Komisja ds. Równości i Praw Człowieka (Equality and Human Rights Commission, EHRC). Jeśli nasza odpowiedź na Twoją skargę Cię nie satysfakcjonuje, skontaktuj się z Equality Advisory and Support Service (EASS) – służbą doradztwa i wsparcia w sprawach równości.',
      ar: 'تتولى لجنة المساواة وحقوق الإنسان (Equality and Human Rights Commission, EHRC) مسؤولية إنفاذ لوائح Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (لوائح إمكانية الوصول إلى المواقع الإلكترونية وتطبيقات الهاتف المحمول لهيئات القطاع العام لعام 2018). إذا لم تكن راضيًا عن طريقة ردّنا على شكواك، فتواصل مع خدمة المشورة والدعم في مجال المساواة (Equality Advisory and Support Service, EASS).',
    },
    lastReviewed: '2026-11-25',
  },
  footerLinks: [
    {
      label: {
        en: 'Westbridge Council privacy notice',
        pl: 'Informacja o ochronie prywatności (Westbridge Council)',
        ar: 'إشعار الخصوصية لمجلس Westbridge',
      },
      url: 'https://www.westbridge.example.gov.uk/privacy',
    },
  ],
}

/**
 * Words that identify the demo council, which the no-council-literals check refuses in cms/src,
 * site/src and shared/src (scripts/src/checks/noCouncilLiterals.ts). Each is matched without
 * regard to case, as a whole word.
 */
export const councilLiterals: readonly string[] = [
  // Its names and its web domain.
  'Westbridge',
  // The demo's areas (localities) and a school the comments name.
  'Northbrook',
  'Eastfield',
  'Southmere',
  // Its phone numbers, with and without spaces.
  council.contact.phone,
  council.contact.phone.replace(/\s+/g, ''),
  council.sendiass.phone,
  council.sendiass.phone.replace(/\s+/g, ''),
  // Its fictional postcode area: WB1, WB2…
  ...Array.from({ length: 9 }, (_, index) => `WB${index + 1}`),
]
