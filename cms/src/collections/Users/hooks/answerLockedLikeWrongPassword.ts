import { AuthenticationError, formatErrors, LockedAuth, type CollectionConfig } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<CollectionConfig['hooks']>['afterError']>[number]

/**
 * A locked account is answered exactly as a wrong e-mail address or password is (same status, same
 * words), so a sign-in form cannot be used to find out which addresses have accounts: Payload's own
 * "This user is locked due to having too many failed login attempts." confirms that the address
 * exists. The lock itself is unchanged (maxLoginAttempts / lockTime on Users, see the README).
 */
export const answerLockedLikeWrongPassword: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth) && error.name !== 'LockedAuth') return
  const wrongPassword = new AuthenticationError(req.t)
  return { response: formatErrors(wrongPassword), status: wrongPassword.status }
}
