import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`services_texts_parent_idx\` ON \`services_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_texts_parent_idx\` ON \`_services_v_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`localities_texts_parent_idx\` ON \`localities_texts\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sub_categories_texts_parent_idx\` ON \`sub_categories_texts\` (\`parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`services_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_services_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`localities_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sub_categories_texts_parent_idx\`;`)
}
