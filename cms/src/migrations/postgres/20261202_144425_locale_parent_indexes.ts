import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "services_contacts_locales_parent_idx" ON "services_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "services_locations_locales_parent_idx" ON "services_locations_locales" USING btree ("_parent_id");
  CREATE INDEX "services_opening_times_locales_parent_idx" ON "services_opening_times_locales" USING btree ("_parent_id");
  CREATE INDEX "services_locales_parent_idx" ON "services_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_contacts_locales_parent_idx" ON "_services_v_version_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_locations_locales_parent_idx" ON "_services_v_version_locations_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_opening_times_locales_parent_idx" ON "_services_v_version_opening_times_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_locales_parent_idx" ON "_services_v_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_locales_parent_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_aliases_locales_parent_idx" ON "glossary_terms_aliases_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_locales_parent_idx" ON "glossary_terms_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "feedback_reports_themes_locales_parent_idx" ON "feedback_reports_themes_locales" USING btree ("_parent_id");
  CREATE INDEX "feedback_reports_locales_parent_idx" ON "feedback_reports_locales" USING btree ("_parent_id");
  CREATE INDEX "_feedback_reports_v_version_themes_locales_parent_idx" ON "_feedback_reports_v_version_themes_locales" USING btree ("_parent_id");
  CREATE INDEX "_feedback_reports_v_locales_parent_idx" ON "_feedback_reports_v_locales" USING btree ("_parent_id");
  CREATE INDEX "council_settings_footer_links_locales_parent_idx" ON "council_settings_footer_links_locales" USING btree ("_parent_id");
  CREATE INDEX "council_settings_locales_parent_idx" ON "council_settings_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "services_contacts_locales_parent_idx";
  DROP INDEX "services_locations_locales_parent_idx";
  DROP INDEX "services_opening_times_locales_parent_idx";
  DROP INDEX "services_locales_parent_idx";
  DROP INDEX "_services_v_version_contacts_locales_parent_idx";
  DROP INDEX "_services_v_version_locations_locales_parent_idx";
  DROP INDEX "_services_v_version_opening_times_locales_parent_idx";
  DROP INDEX "_services_v_locales_parent_idx";
  DROP INDEX "organisations_locales_parent_idx";
  DROP INDEX "pages_locales_parent_idx";
  DROP INDEX "_pages_v_locales_parent_idx";
  DROP INDEX "glossary_terms_aliases_locales_parent_idx";
  DROP INDEX "glossary_terms_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "feedback_reports_themes_locales_parent_idx";
  DROP INDEX "feedback_reports_locales_parent_idx";
  DROP INDEX "_feedback_reports_v_version_themes_locales_parent_idx";
  DROP INDEX "_feedback_reports_v_locales_parent_idx";
  DROP INDEX "council_settings_footer_links_locales_parent_idx";
  DROP INDEX "council_settings_locales_parent_idx";`)
}
