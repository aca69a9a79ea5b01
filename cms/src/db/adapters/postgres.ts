import { postgresAdapter } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { withExclusiveJobClaims } from '../exclusiveJobClaims'
import { indexValueParents } from '../localeParentIndexes'
import { withLostConnectionsLogged } from '../lostConnections'

type SchemaHook = NonNullable<
  NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]
>

/** The parent-column indexes Payload leaves out (`indexValueParents` says why). */
const indexValueParentsPostgres: SchemaHook = ({ extendTable, schema }) => {
  indexValueParents(schema.tables, (table, name, parent) =>
    extendTable({
      table,
      extraConfig: (columns) => ({ [name]: index(name).on(columns[parent]!) }),
    }),
  )
  return schema
}

/**
 * PostgreSQL, the production store. Several CMS instances share one database: two runs of a
 * queue never claim one job. A restart of the database server costs the connections it held, not
 * the process.
 */
export function postgresAdapterFor(url: string, migrationsDir: string): DatabaseAdapterObj {
  return withExclusiveJobClaims(
    withLostConnectionsLogged(
      postgresAdapter({
        pool: { connectionString: url },
        push: false,
        migrationDir: path.join(migrationsDir, 'postgres'),
        afterSchemaInit: [indexValueParentsPostgres],
      }),
    ),
    'postgres',
  )
}
