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
  await db.run(sql`CREATE INDEX \`comments_reporting_year_idx\` ON \`comments\` (\`reporting_year\`);`)
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
  await db.run(sql`CREATE INDEX \`feedback_reports_themes_quotes_order_idx\` ON \`feedback_reports_themes_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_themes_quotes_parent_id_idx\` ON \`feedback_reports_themes_quotes\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`feedback_reports_themes_order_idx\` ON \`feedback_reports_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_themes_parent_id_idx\` ON \`feedback_reports_themes\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_reports_themes_locales_locale_parent_id_unique\` ON \`feedback_reports_themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` text,
  	\`comments_received\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_reports_year_idx\` ON \`feedback_reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_updated_at_idx\` ON \`feedback_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_created_at_idx\` ON \`feedback_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports__status_idx\` ON \`feedback_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`feedback_reports_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_reports_locales_locale_parent_id_unique\` ON \`feedback_reports_locales\` (\`_locale\`,\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`feedback_reports_rels_order_idx\` ON \`feedback_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_rels_parent_idx\` ON \`feedback_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_rels_path_idx\` ON \`feedback_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_rels_comments_id_idx\` ON \`feedback_reports_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_themes_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v_version_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_themes_quotes_order_idx\` ON \`_feedback_reports_v_version_themes_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_themes_quotes_parent_id_idx\` ON \`_feedback_reports_v_version_themes_quotes\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_themes_order_idx\` ON \`_feedback_reports_v_version_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_themes_parent_id_idx\` ON \`_feedback_reports_v_version_themes\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE UNIQUE INDEX \`_feedback_reports_v_version_themes_locales_locale_parent_id_\` ON \`_feedback_reports_v_version_themes_locales\` (\`_locale\`,\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_parent_idx\` ON \`_feedback_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_version_year_idx\` ON \`_feedback_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_version_updated_at_idx\` ON \`_feedback_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_version_created_at_idx\` ON \`_feedback_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_version__status_idx\` ON \`_feedback_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_created_at_idx\` ON \`_feedback_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_updated_at_idx\` ON \`_feedback_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_snapshot_idx\` ON \`_feedback_reports_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_published_locale_idx\` ON \`_feedback_reports_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_latest_idx\` ON \`_feedback_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_feedback_reports_v_locales_locale_parent_id_unique\` ON \`_feedback_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_rels_order_idx\` ON \`_feedback_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_rels_parent_idx\` ON \`_feedback_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_rels_path_idx\` ON \`_feedback_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_rels_comments_id_idx\` ON \`_feedback_reports_v_rels\` (\`comments_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_reports_id\` integer REFERENCES feedback_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_reports_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
