import type { Access } from 'payload'

/** No one through the API; server code that needs to passes overrideAccess. */
export const nobody: Access = () => false
