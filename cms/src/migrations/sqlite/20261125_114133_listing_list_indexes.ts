import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`_status_createdAt_idx\` ON \`services\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`category__status_lastReviewed_createdAt_idx\` ON \`services\` (\`category\`,\`_status\`,\`last_reviewed\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_createdAt_idx\` ON \`_services_v\` (\`version__status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`compound_index_idx\` ON \`_services_v\` (\`version_category\`,\`version__status\`,\`version_last_reviewed\`,\`version_created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`category__status_lastReviewed_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
}
