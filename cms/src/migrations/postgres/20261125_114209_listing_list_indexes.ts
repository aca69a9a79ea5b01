import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_createdAt_idx" ON "services" USING btree ("_status","created_at");
  CREATE INDEX "category__status_lastReviewed_createdAt_idx" ON "services" USING btree ("category","_status","last_reviewed","created_at");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_services_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "compound_index_idx" ON "_services_v" USING btree ("version_category","version__status","version_last_reviewed","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_createdAt_idx";
  DROP INDEX "category__status_lastReviewed_createdAt_idx";
  DROP INDEX "version__status_version_createdAt_idx";
  DROP INDEX "compound_index_idx";`)
}
