import { defaultLocale } from '@local-offer/shared'

/** What Payload passes a field's validate function: the field's own settings, and the request. */
type ValidateOptions = { req?: { locale?: string | null }; maxLength?: number }

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && isEmptyRichText(value))

function isEmptyRichText(value: object): boolean {
  const root = (value as { root?: { children?: Array<{ children?: unknown[] }> } }).root
  if (!root) return false
  return !root.children?.some((child) => (child.children?.length ?? 0) > 0)
}

/**
 * For localized text: required in English (the default locale), optional in translations,
 * where a missing field falls back to English. Payload's own `required` would demand every
 * field in every language before a translator could save one.
 */
export function requiredInDefaultLocale(
  message: string,
  check?: (value: unknown) => true | string,
): (value: unknown, options: ValidateOptions) => true | string {
  return (value, { req, maxLength } = {}) => {
    const locale = req?.locale
    if (isBlank(value)) {
      return !locale || locale === defaultLocale || locale === 'all' ? message : true
    }
    // A validate function replaces Payload's own, which is what checks the field's maxLength.
    if (typeof value === 'string' && maxLength !== undefined && value.length > maxLength) {
      return `Keep this to ${maxLength} characters or fewer: it has ${value.length}.`
    }
    return check ? check(value) : true
  }
}
