import { normaliseUkPostcode, validateUkPostcode } from '@local-offer/shared'
import type { TextField } from 'payload'

import { fieldValidator } from './validators'

/** A UK postcode, validated and stored in its standard form ("SW1A 1AA"). */
export const postcodeField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'postcode',
    type: 'text',
    validate: fieldValidator(
      validateUkPostcode,
      overrides.required ? 'Enter a postcode' : undefined,
    ),
    hooks: {
      beforeValidate: [
        ({ value }) =>
          typeof value === 'string' && validateUkPostcode(value) === true
            ? normaliseUkPostcode(value)
            : value,
      ],
    },
    ...overrides,
  }) as TextField
