import { ValidationError } from 'payload'

/**
 * Whether an error is the database refusing a duplicate value of `field` (a unique index), on any
 * adapter: Payload's ValidationError from create/update, or the driver's own error (SQLite
 * SQLITE_CONSTRAINT_UNIQUE, PostgreSQL 23505, MongoDB 11000) from a raw adapter call such as an
 * atomic updateOne, which Payload passes through unchanged.
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (error instanceof ValidationError) return error.data.errors.some((e) => e.path === field)
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505' || code === 11000) return true
    if (typeof message === 'string' && /UNIQUE constraint failed|duplicate key/i.test(message)) {
      return true
    }
    current = cause
  }
  return false
}
