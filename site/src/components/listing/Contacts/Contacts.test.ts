import { describe, expect, it } from 'vitest'

import { render } from '../../../../test/support/render'
import Contacts from './Contacts.astro'

describe('Contacts', () => {
  it('lists each contact’s name and role, phone and email, left to right', async () => {
    const html = await render(Contacts, {
      props: {
        locale: 'en',
        website: undefined,
        contacts: [
          {
            name: 'Sam Patel',
            role: { en: 'Team manager' },
            phone: '01632 960 001',
            email: 'sensory@westbridge.example',
          },
        ],
      },
    })
    expect(html).toMatch(/^<h2 id="contact">Contact<\/h2><dl class="lo-facts">/)
    expect(html).toMatch(/<dt>Name<\/dt><dd>Sam Patel ?, ?Team manager<\/dd>/)
    expect(html).toContain(
      '<dt>Phone</dt><dd><a class="govuk-link" href="tel:01632960001" dir="ltr">01632 960 001</a></dd>',
    )
    expect(html).toContain(
      '<dt>Email</dt><dd><a class="lo-break" href="mailto:sensory@westbridge.example" dir="ltr">sensory@westbridge.example</a></dd>',
    )
  })

  it('leaves out what a contact does not have, and shows the website without its scheme', async () => {
    const html = await render(Contacts, {
      props: {
        locale: 'en',
        website: 'https://westbridge.example/sensory',
        contacts: [{ role: {}, phone: '01632 960 002' }],
      },
    })
    expect(html).not.toContain('<dt>Name</dt>')
    expect(html).not.toContain('<dt>Email</dt>')
    expect(html).toMatch(
      /<dl class="lo-facts"><div><dt>Website<\/dt><dd><a class="lo-break" href="https:\/\/westbridge.example\/sensory" dir="ltr">westbridge.example\/sensory<\/a><\/dd><\/div><\/dl>$/,
    )
  })

  it('shows a role that is not translated in English, marked as English', async () => {
    const html = await render(Contacts, {
      props: {
        locale: 'pl',
        website: undefined,
        contacts: [{ name: 'Sam', role: { en: 'Manager' } }],
      },
    })
    expect(html).toContain('<span lang="en" dir="ltr">Manager</span>')
  })
})
