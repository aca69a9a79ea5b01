/** The demo's officer, signed in through the CMS's REST API as the admin's sign-in form does. */
import { expect } from '@playwright/test'

import { cmsUrl } from './ports'

export const OFFICER = { email: 'officer@westbridge.example.gov.uk', password: 'local-offer-demo' }

/** The officer's token for `Authorization: JWT <token>` (or the `payload-token` cookie). */
export async function officerToken(): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OFFICER),
  })
  expect(response.status, 'officer sign-in').toBe(200)
  return ((await response.json()) as { token: string }).token
}
