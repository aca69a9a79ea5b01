import type { CollectionBeforeValidateHook } from 'payload'

/**
 * The first account created on an empty CMS (the admin panel's "create first user" screen)
 * is an administrator, so a new installation can always be managed.
 */
export const makeFirstUserAdmin: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin', organisation: null } : data
}
