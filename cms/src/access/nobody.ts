import type { Access } from 'payload'

/** Nobody through the API: the server writes these records itself (with overrideAccess). */
export const nobody: Access = () => false
