import type { ValidationResult } from '@local-offer/shared'

/**
 * Adapts a shared validator (value → true | message) to a Payload field validate function,
 * adding the "required" check Payload would otherwise do itself.
 */
export function fieldValidator(
  check: (value: unknown) => ValidationResult,
  requiredMessage?: string,
): (value: unknown) => true | string {
  return (value) => {
    const blank = value === undefined || value === null || value === ''
    if (blank) return requiredMessage ?? true
    return check(value)
  }
}
