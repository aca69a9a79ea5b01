import { validateEmail, validateUkPhone, validateWebsite } from '@local-offer/shared'
import type { TextField, EmailField } from 'payload'

import { fieldValidator } from './validators'

export const phoneField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'phone',
    type: 'text',
    validate: fieldValidator(validateUkPhone),
    admin: { description: 'A UK phone number, like 0121 496 0000' },
    ...overrides,
  }) as TextField

export const emailField = (overrides: Partial<EmailField> = {}): EmailField =>
  ({
    name: 'email',
    type: 'email',
    validate: fieldValidator(validateEmail),
    ...overrides,
  }) as EmailField

export const websiteField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'website',
    type: 'text',
    validate: fieldValidator(validateWebsite),
    admin: { description: 'A full web address starting with https://' },
    ...overrides,
  }) as TextField
