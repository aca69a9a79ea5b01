import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { adminOnlyField } from '../../access/adminOnlyField'
import { hiddenFromNonStaff } from '../../access/hiddenFromNonStaff'
import { roles, userHasRole, userIsStaff } from '../../access/userRoles'
import { answerLockedLikeWrongPassword } from './hooks/answerLockedLikeWrongPassword'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { validateRoleOrganisation } from './validateRoleOrganisation'

/**
 * People who sign in: administrators (manage users), LA officers (manage and publish all content)
 * and providers (bound to one organisation; keep its listings up to date).
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'organisation'],
    group: 'Administration',
    // A provider can only read and change their own account, which the admin's Account page
    // (/admin/account) shows; a Users card or link on their dashboard led to a list of one.
    hidden: hiddenFromNonStaff,
  },
  auth: {
    // Five wrong passwords in a row lock the account for 15 minutes (documented in the README); a
    // locked account is answered like a wrong password, so the lock never confirms an address.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  hooks: {
    beforeValidate: [makeFirstUserAdmin],
    afterError: [answerLockedLikeWrongPassword],
  },
  access: {
    read: ({ req: { user } }) => {
      if (userIsStaff(user)) return true
      if (user) return { id: { equals: user.id } }
      return false
    },
    create: adminOnly,
    update: ({ req: { user } }) => {
      if (userHasRole(user, 'admin')) return true
      if (user) return { id: { equals: user.id } }
      return false
    },
    delete: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'provider',
      options: roles.map(({ value, label }) => ({ value, label })),
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        validateRoleOrganisation(value, siblingData.organisation),
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description: 'Providers must belong to one organisation; LA staff belong to none.',
        condition: (data) => data?.role === 'provider',
      },
    },
  ],
}
