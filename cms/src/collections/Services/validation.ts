import {
  categories,
  isCategoryValue,
  validateAge,
  validateAgeRange,
  validateTimeOfDay,
} from '@local-offer/shared'

type Siblings = Record<string, unknown> | undefined

export function validateCategory(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return 'Choose a category'
  if (!isCategoryValue(value)) {
    return `"${String(value)}" is not a Local Offer category. Choose one of: ${categories
      .map((c) => c.value)
      .join(', ')}`
  }
  return true
}

export function validateMinimumAge(value: unknown): true | string {
  if (value === undefined || value === null) return 'Enter the youngest age the service is for'
  return validateAge(value)
}

export function validateMaximumAge(value: unknown, siblings: Siblings): true | string {
  if (value === undefined || value === null) return 'Enter the oldest age the service is for'
  const age = validateAge(value)
  if (age !== true) return age
  return validateAgeRange(siblings?.minimum, value)
}

export function validateClosingTime(value: unknown, siblings: Siblings): true | string {
  const time = validateTimeOfDay(value)
  if (time !== true) return time
  const opens = siblings?.opens
  if (typeof opens === 'string' && typeof value === 'string' && value <= opens) {
    return `The closing time (${value}) must be later than the opening time (${opens})`
  }
  return true
}
