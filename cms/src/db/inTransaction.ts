import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * The one way the CMS, the seed and the importers run work in a transaction: all of it happens,
 * or none. Exported to the scripts as `@local-offer/cms/transaction`.
 *
 * Where the database has no transactions (Payload runs SQLite without them), or `req` is already
 * inside one that someone else will commit, the work simply runs; `work` is told which, so code
 * that must undo its own writes without a transaction (the Open Referral import) can.
 */
export interface TransactionOptions {
  /** Roll the transaction back even when the work succeeds: a dry run that writes nothing. */
  rollBack?: boolean
}

export async function inTransaction<T>(
  req: PayloadRequest,
  work: (transaction: { started: boolean }) => Promise<T>,
  { rollBack = false }: TransactionOptions = {},
): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work({ started })
    if (started) {
      if (rollBack) await killTransaction(req)
      else await commitTransaction(req)
    }
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
