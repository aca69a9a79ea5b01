import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "services_texts_parent_idx" ON "services_texts" USING btree ("parent_id");
  CREATE INDEX "_services_v_texts_parent_idx" ON "_services_v_texts" USING btree ("parent_id");
  CREATE INDEX "localities_texts_parent_idx" ON "localities_texts" USING btree ("parent_id");
  CREATE INDEX "sub_categories_texts_parent_idx" ON "sub_categories_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "services_texts_parent_idx";
  DROP INDEX "_services_v_texts_parent_idx";
  DROP INDEX "localities_texts_parent_idx";
  DROP INDEX "sub_categories_texts_parent_idx";`)
}
