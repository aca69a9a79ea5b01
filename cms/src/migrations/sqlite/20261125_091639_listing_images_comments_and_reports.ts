import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`comment\` text NOT NULL,
  	\`anonymised_text\` text,
  	\`anonymised_text_edited\` integer DEFAULT false,
  	\`redaction_summary\` text,
  	\`respondent\` text DEFAULT 'prefer-not-to-say' NOT NULL,
  	\`topic\` text DEFAULT 'general' NOT NULL,
  	\`locale\` text,
  	\`reporting_year\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`not_published_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`comments_reporting_year_idx\` ON \`comments\` (\`reporting_year\`);`,
  )
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_reports_themes_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`feedback_reports_themes_quotes_order_idx\` ON \`feedback_reports_themes_quotes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_themes_quotes_parent_id_idx\` ON \`feedback_reports_themes_quotes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback_reports_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`topic\` text,
  	\`status\` text DEFAULT 'planned',
  	\`comment_count\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`feedback_reports_themes_order_idx\` ON \`feedback_reports_themes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_themes_parent_id_idx\` ON \`feedback_reports_themes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback_reports_themes_locales\` (
  	\`title\` text,
  	\`what_people_said\` text,
  	\`response\` text,
  	\`action\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`feedback_reports_themes_locales_locale_parent_id_unique\` ON \`feedback_reports_themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` text,
  	\`comments_received\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`feedback_reports_year_idx\` ON \`feedback_reports\` (\`year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_updated_at_idx\` ON \`feedback_reports\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_created_at_idx\` ON \`feedback_reports\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports__status_idx\` ON \`feedback_reports\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback_reports_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`feedback_reports_locales_locale_parent_id_unique\` ON \`feedback_reports_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`comments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`feedback_reports_rels_order_idx\` ON \`feedback_reports_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_rels_parent_idx\` ON \`feedback_reports_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_rels_path_idx\` ON \`feedback_reports_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_rels_comments_id_idx\` ON \`feedback_reports_rels\` (\`comments_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_themes_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v_version_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_themes_quotes_order_idx\` ON \`_feedback_reports_v_version_themes_quotes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_themes_quotes_parent_id_idx\` ON \`_feedback_reports_v_version_themes_quotes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`topic\` text,
  	\`status\` text DEFAULT 'planned',
  	\`comment_count\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_themes_order_idx\` ON \`_feedback_reports_v_version_themes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_themes_parent_id_idx\` ON \`_feedback_reports_v_version_themes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_themes_locales\` (
  	\`title\` text,
  	\`what_people_said\` text,
  	\`response\` text,
  	\`action\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v_version_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_feedback_reports_v_version_themes_locales_locale_parent_id_\` ON \`_feedback_reports_v_version_themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` text,
  	\`version_comments_received\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_parent_idx\` ON \`_feedback_reports_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_version_year_idx\` ON \`_feedback_reports_v\` (\`version_year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_version_updated_at_idx\` ON \`_feedback_reports_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_version_created_at_idx\` ON \`_feedback_reports_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_version__status_idx\` ON \`_feedback_reports_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_created_at_idx\` ON \`_feedback_reports_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_updated_at_idx\` ON \`_feedback_reports_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_snapshot_idx\` ON \`_feedback_reports_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_published_locale_idx\` ON \`_feedback_reports_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_latest_idx\` ON \`_feedback_reports_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_feedback_reports_v_locales_locale_parent_id_unique\` ON \`_feedback_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`comments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_feedback_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_rels_order_idx\` ON \`_feedback_reports_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_rels_parent_idx\` ON \`_feedback_reports_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_rels_path_idx\` ON \`_feedback_reports_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_rels_comments_id_idx\` ON \`_feedback_reports_v_rels\` (\`comments_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`services\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`services_image_idx\` ON \`services\` (\`image_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_services_v\` ADD \`version_image_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_image_idx\` ON \`_services_v\` (\`version_image_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_reports_id\` integer REFERENCES feedback_reports(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_feedback_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_reports_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_themes_quotes\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_themes\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_themes_quotes\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`age_range_minimum\` numeric,
  	\`age_range_maximum\` numeric,
  	\`access_ehc_plan_required\` integer DEFAULT false,
  	\`access_referral_required\` integer DEFAULT false,
  	\`access_referral_url\` text,
  	\`cost_type\` text DEFAULT 'free',
  	\`website\` text,
  	\`sen_information_report_url\` text,
  	\`slug\` text,
  	\`organisation_id\` integer,
  	\`moderation\` text DEFAULT 'draft',
  	\`moderation_comment\` text,
  	\`review_status\` text DEFAULT 'current',
  	\`last_reviewed\` text,
  	\`review_interval_months\` numeric,
  	\`responsible_officer_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_services\`("id", "category", "age_range_minimum", "age_range_maximum", "access_ehc_plan_required", "access_referral_required", "access_referral_url", "cost_type", "website", "sen_information_report_url", "slug", "organisation_id", "moderation", "moderation_comment", "review_status", "last_reviewed", "review_interval_months", "responsible_officer_id", "updated_at", "created_at", "_status") SELECT "id", "category", "age_range_minimum", "age_range_maximum", "access_ehc_plan_required", "access_referral_required", "access_referral_url", "cost_type", "website", "sen_information_report_url", "slug", "organisation_id", "moderation", "moderation_comment", "review_status", "last_reviewed", "review_interval_months", "responsible_officer_id", "updated_at", "created_at", "_status" FROM \`services\`;`,
  )
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`services_category_idx\` ON \`services\` (\`category\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`services_organisation_idx\` ON \`services\` (\`organisation_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`services_moderation_idx\` ON \`services\` (\`moderation\`);`)
  await db.run(
    sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_last_reviewed_idx\` ON \`services\` (\`last_reviewed\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_responsible_officer_idx\` ON \`services\` (\`responsible_officer_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_category\` text,
  	\`version_age_range_minimum\` numeric,
  	\`version_age_range_maximum\` numeric,
  	\`version_access_ehc_plan_required\` integer DEFAULT false,
  	\`version_access_referral_required\` integer DEFAULT false,
  	\`version_access_referral_url\` text,
  	\`version_cost_type\` text DEFAULT 'free',
  	\`version_website\` text,
  	\`version_sen_information_report_url\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` integer,
  	\`version_moderation\` text DEFAULT 'draft',
  	\`version_moderation_comment\` text,
  	\`version_review_status\` text DEFAULT 'current',
  	\`version_last_reviewed\` text,
  	\`version_review_interval_months\` numeric,
  	\`version_responsible_officer_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_responsible_officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_category", "version_age_range_minimum", "version_age_range_maximum", "version_access_ehc_plan_required", "version_access_referral_required", "version_access_referral_url", "version_cost_type", "version_website", "version_sen_information_report_url", "version_slug", "version_organisation_id", "version_moderation", "version_moderation_comment", "version_review_status", "version_last_reviewed", "version_review_interval_months", "version_responsible_officer_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_category", "version_age_range_minimum", "version_age_range_maximum", "version_access_ehc_plan_required", "version_access_referral_required", "version_access_referral_url", "version_cost_type", "version_website", "version_sen_information_report_url", "version_slug", "version_organisation_id", "version_moderation", "version_moderation_comment", "version_review_status", "version_last_reviewed", "version_review_interval_months", "version_responsible_officer_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_services_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_category_idx\` ON \`_services_v\` (\`version_category\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_organisation_idx\` ON \`_services_v\` (\`version_organisation_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_moderation_idx\` ON \`_services_v\` (\`version_moderation\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_last_reviewed_idx\` ON \`_services_v\` (\`version_last_reviewed\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_responsible_officer_idx\` ON \`_services_v\` (\`version_responsible_officer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`address_line1\` text,
  	\`address_line2\` text,
  	\`address_town\` text,
  	\`address_postcode\` text,
  	\`registration_number\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_organisations\`("id", "name", "type", "website", "email", "phone", "address_line1", "address_line2", "address_town", "address_postcode", "registration_number", "slug", "updated_at", "created_at") SELECT "id", "name", "type", "website", "email", "phone", "address_line1", "address_line2", "address_town", "address_postcode", "registration_number", "slug", "updated_at", "created_at" FROM \`organisations\`;`,
  )
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`organisations_id\` integer,
  	\`pages_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`review_reminders_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_reminders_id\`) REFERENCES \`review_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id", "audit_log_id", "review_reminders_id") SELECT "id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id", "audit_log_id", "review_reminders_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`,
  )
}
