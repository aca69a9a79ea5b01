import { validateEmail, validateServerAddress, validateUkPostcode } from '@local-offer/shared'
import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { staffOnly } from '../../access/staffOnly'
import { emailField, phoneField, websiteField } from '../../fields/contactDetails'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { fieldValidator } from '../../fields/validators'
import { validateBrandColour } from './brandColour'

/** The two addresses this installation is reached at (localhost is fine while trying it). */
const SERVER_ADDRESS_HINT =
  'A full web address, like https://localoffer.example.gov.uk; http://localhost:4321 (the site) and http://localhost:3000 (the CMS) while you try it on this computer.'

export const COUNCIL_SETTINGS_SLUG = 'council-settings'

/** Localized text the site shows: required in English, translations fall back to it. */
const shownText = (name: string, label: string, message: string, description?: string): Field => ({
  name,
  label,
  type: 'text',
  localized: true,
  validate: requiredInDefaultLocale(message),
  admin: description ? { description } : undefined,
})

/**
 * Who the council is, as the public site and the e-mails say it: everything that used to be
 * written in code for the demo council. Officers set it; anyone may read it, because every field
 * here is shown on the public site (give a field its own read access before adding anything
 * private). The site's build reads it through its global loader and refuses to publish while a
 * required value is missing (site/src/loader/councilSettings.ts).
 */
export const CouncilSettings: GlobalConfig = {
  slug: COUNCIL_SETTINGS_SLUG,
  label: 'Council settings',
  admin: {
    group: 'Administration',
    // Anyone may read it (the public site does), but only staff can change it: a provider's
    // dashboard showed a Council settings card that opened a form they could not save.
    hidden: hiddenFromNonStaff,
    description:
      'Your council’s name, look and contact details, as the Local Offer website and its e-mails show them. Text in Polish and Arabic falls back to English until translated. Saving rebuilds the website with these values (see Site builds).',
  },
  access: { read: anyone, update: staffOnly },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Name and look',
          fields: [
            shownText(
              'councilName',
              'Council name',
              'Enter the council’s full name, like “London Borough of Anytown”',
              'The full name, shown at the top of every page.',
            ),
            shownText(
              'shortName',
              'Short name',
              'Enter the short name, like “Anytown”',
              'Used in the site’s name (“Anytown Local Offer”) and the page titles.',
            ),
            {
              name: 'footerNote',
              label: 'Footer note',
              type: 'textarea',
              localized: true,
              admin: {
                description:
                  'Optional: a sentence under the footer links, like who publishes the content.',
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'logo',
                  type: 'upload',
                  relationTo: 'media',
                  admin: {
                    width: '50%',
                    description:
                      'Optional: shown beside the council name. Its alternative text (in Media) is read out instead.',
                  },
                },
                {
                  name: 'favicon',
                  type: 'upload',
                  relationTo: 'media',
                  admin: {
                    width: '50%',
                    description: 'Optional: the small square icon browsers show in the tab.',
                  },
                },
              ],
            },
            {
              name: 'brandColour',
              label: 'Brand colour',
              type: 'text',
              required: true,
              defaultValue: '#005a70',
              validate: validateBrandColour,
              admin: {
                description:
                  'A six-digit hex code, like #005a70. The header is white text on this colour, so it must be dark enough for WCAG AA (contrast of at least 4.5:1).',
              },
            },
            {
              name: 'examplePostcode',
              label: 'Example postcode',
              type: 'text',
              required: true,
              validate: fieldValidator(validateUkPostcode, 'Enter a postcode in your area'),
              admin: {
                description:
                  'A postcode in your area, shown in the search form’s hint (“For example, …”).',
              },
            },
          ],
        },
        {
          label: 'Contact details',
          fields: [
            {
              name: 'contact',
              label: 'The SEND team',
              type: 'group',
              admin: {
                description:
                  'Where families reach the council about the Local Offer: shown on the site and in e-mails.',
              },
              fields: [
                emailField({
                  required: true,
                  validate: fieldValidator(validateEmail, 'Enter the SEND team’s e-mail address'),
                }),
                phoneField({ required: true }),
                {
                  name: 'address',
                  type: 'textarea',
                  admin: { description: 'The postal address, one line a line.' },
                },
              ],
            },
            {
              name: 'sendiass',
              label: 'SENDIASS helpline',
              type: 'group',
              admin: {
                description:
                  'Your area’s SEND Information, Advice and Support Service: free, impartial advice for families.',
              },
              fields: [
                shownText('name', 'Name', 'Enter the SENDIASS service’s name'),
                phoneField({ required: true }),
                websiteField({ name: 'url', label: 'Website', required: true }),
              ],
            },
            {
              name: 'addresses',
              label: 'Web addresses',
              type: 'group',
              fields: [
                websiteField({
                  name: 'localOffer',
                  label: 'The Local Offer website',
                  required: true,
                  validate: fieldValidator(validateServerAddress),
                  admin: { description: SERVER_ADDRESS_HINT },
                }),
                websiteField({
                  name: 'cms',
                  label: 'This CMS',
                  required: true,
                  validate: fieldValidator(validateServerAddress),
                  admin: { description: SERVER_ADDRESS_HINT },
                }),
              ],
            },
          ],
        },
        {
          label: 'Accessibility statement',
          description:
            'The facts the Public Sector Bodies Accessibility Regulations 2018 require in the statement.',
          fields: [
            {
              name: 'accessibility',
              type: 'group',
              label: false,
              fields: [
                emailField({
                  name: 'contactEmail',
                  label: 'Who to contact: e-mail',
                  required: true,
                }),
                phoneField({ name: 'contactPhone', label: 'Who to contact: phone' }),
                {
                  name: 'responseDays',
                  label: 'We answer within (working days)',
                  type: 'number',
                  required: true,
                  min: 1,
                  max: 60,
                  defaultValue: 5,
                },
                {
                  name: 'enforcement',
                  label: 'Enforcement procedure',
                  type: 'textarea',
                  localized: true,
                  validate: requiredInDefaultLocale(
                    'Enter the enforcement procedure (who enforces the regulations and where to complain)',
                  ),
                  admin: {
                    description:
                      'In England: the Equality and Human Rights Commission enforces the regulations; people who are unhappy with your answer contact the Equality Advisory and Support Service (EASS).',
                  },
                },
                {
                  name: 'lastReviewed',
                  label: 'Date last reviewed',
                  type: 'date',
                  required: true,
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
                },
              ],
            },
          ],
        },
        {
          label: 'Footer links',
          fields: [
            {
              name: 'footerLinks',
              label: 'Footer links',
              type: 'array',
              labels: { singular: 'Footer link', plural: 'Footer links' },
              admin: {
                description:
                  'Links to the council’s own pages (privacy notice, cookies, complaints), after the site’s own links.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'label',
                      type: 'text',
                      localized: true,
                      validate: requiredInDefaultLocale('Enter the link’s text'),
                      admin: { width: '50%' },
                    },
                    websiteField({ name: 'url', required: true, admin: { width: '50%' } }),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
