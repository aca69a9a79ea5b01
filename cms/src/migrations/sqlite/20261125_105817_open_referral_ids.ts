import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** A random (version 4) UUID in SQL, for rows that exist before this migration. */
const randomUuid = sql.raw(
  "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))",
)

/** Every existing listing and organisation gets its Open Referral id (a random UUID). */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`services\` ADD \`open_referral_id\` text;`)
  await db.run(
    sql`UPDATE \`services\` SET \`open_referral_id\` = ${randomUuid} WHERE \`open_referral_id\` IS NULL;`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`services_open_referral_id_idx\` ON \`services\` (\`open_referral_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_open_referral_id\` text;`)
  await db.run(
    sql`UPDATE \`_services_v\` SET \`version_open_referral_id\` = (SELECT \`open_referral_id\` FROM \`services\` WHERE \`services\`.\`id\` = \`_services_v\`.\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_open_referral_id_idx\` ON \`_services_v\` (\`version_open_referral_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`open_referral_id\` text;`)
  await db.run(
    sql`UPDATE \`organisations\` SET \`open_referral_id\` = ${randomUuid} WHERE \`open_referral_id\` IS NULL;`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`organisations_open_referral_id_idx\` ON \`organisations\` (\`open_referral_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`services_open_referral_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`open_referral_id\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_version_open_referral_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_open_referral_id\`;`)
  await db.run(sql`DROP INDEX \`organisations_open_referral_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`open_referral_id\`;`)
}
