import type { DatabaseAdapterObj } from 'payload'

interface Connection {
  on: (event: 'error', listener: (error: Error) => void) => unknown
}
interface PooledAdapter {
  pool?: {
    on: ((event: 'error', listener: (error: Error) => void) => unknown) &
      ((event: 'connect', listener: (connection: Connection) => void) => unknown)
  }
  payload?: { logger: { warn: (message: string) => void } }
}

/**
 * A PostgreSQL restart (or a network blip) closes the CMS's connections. pg then emits 'error' on
 * each connection, and on the pool for the idle ones; Payload's adapter listens for neither (and
 * drizzle's transactions check connections out without a listener). Node treats an 'error' event
 * nobody listens to as an uncaught exception: it ends a script's process (seed, importers, the
 * Payload CLI) and is only logged by `next start`. The query that was running on the connection
 * fails on its own (so its request answers an error), the pool drops the dead connection and
 * opens a new one for the next query: the loss is worth a warning, nothing more.
 * (Found by the fault test, test/faults/databaseOutage.test.ts.)
 */
export function withLostConnectionsLogged(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (!connect) return db
      db.connect = async function connectAndListen(this: typeof db, options) {
        await connect.call(this, options)
        const pooled = this as unknown as PooledAdapter
        const warn = (error: Error) =>
          pooled.payload?.logger.warn(
            `A database connection was lost (${error.message}); the next query opens a new one`,
          )
        pooled.pool?.on('connect', (connection) => connection.on('error', warn))
        // The same loss, re-emitted by the pool for an idle connection: already warned about.
        pooled.pool?.on('error', () => undefined)
      }
      return db
    },
  }
}
