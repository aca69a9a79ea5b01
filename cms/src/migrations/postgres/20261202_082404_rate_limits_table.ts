import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The comment rate limits' shared count (src/endpoints/rateLimiter.ts), in the committed schema
 * rather than created by rate-limiter-flexible when the first comment arrives: the same table
 * and columns the library would create (it is told `tableCreated: true`). Not a Payload
 * collection, so the schema snapshot beside this file is unchanged. `IF NOT EXISTS`: a database
 * whose CMS already counted comments has the table from that library.
 * PostgreSQL only: on SQLite the CMS is one process and counts in memory (or in Redis).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "rate_limits" (
  	"key" varchar(255) PRIMARY KEY NOT NULL,
  	"points" integer DEFAULT 0 NOT NULL,
  	"expire" bigint
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "rate_limits";`)
}
