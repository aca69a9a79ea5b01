import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`listing_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`listing_id\` integer NOT NULL,
  	\`note\` text NOT NULL,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`listing_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`listing_notes_listing_idx\` ON \`listing_notes\` (\`listing_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`listing_notes_author_idx\` ON \`listing_notes\` (\`author_id\`);`)
  await db.run(
    sql`CREATE INDEX \`listing_notes_updated_at_idx\` ON \`listing_notes\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`listing_notes_created_at_idx\` ON \`listing_notes\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`problem_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`listing_id\` integer NOT NULL,
  	\`problem\` text NOT NULL,
  	\`details\` text,
  	\`redaction_summary\` text,
  	\`locale\` text DEFAULT 'en',
  	\`notified\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`resolved_at\` text,
  	\`resolved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`listing_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`problem_reports_listing_idx\` ON \`problem_reports\` (\`listing_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`problem_reports_status_idx\` ON \`problem_reports\` (\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`problem_reports_resolved_by_idx\` ON \`problem_reports\` (\`resolved_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`problem_reports_updated_at_idx\` ON \`problem_reports\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`problem_reports_created_at_idx\` ON \`problem_reports\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`search_misses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`count\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_misses_day_idx\` ON \`search_misses\` (\`day\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`term_locale_day_idx\` ON \`search_misses\` (\`term\`,\`locale\`,\`day\`);`,
  )
  await db.run(sql`CREATE TABLE \`council_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`council_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`council_settings_footer_links_order_idx\` ON \`council_settings_footer_links\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`council_settings_footer_links_parent_id_idx\` ON \`council_settings_footer_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`council_settings_footer_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`council_settings_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`council_settings_footer_links_locales_locale_parent_id_uniqu\` ON \`council_settings_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`council_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`logo_id\` integer,
  	\`favicon_id\` integer,
  	\`brand_colour\` text DEFAULT '#005a70' NOT NULL,
  	\`example_postcode\` text NOT NULL,
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text NOT NULL,
  	\`contact_address\` text,
  	\`sendiass_phone\` text NOT NULL,
  	\`sendiass_url\` text NOT NULL,
  	\`addresses_local_offer\` text NOT NULL,
  	\`addresses_cms\` text NOT NULL,
  	\`accessibility_contact_email\` text NOT NULL,
  	\`accessibility_contact_phone\` text,
  	\`accessibility_response_days\` numeric DEFAULT 5 NOT NULL,
  	\`accessibility_last_reviewed\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`favicon_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`council_settings_logo_idx\` ON \`council_settings\` (\`logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`council_settings_favicon_idx\` ON \`council_settings\` (\`favicon_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`council_settings_locales\` (
  	\`council_name\` text,
  	\`short_name\` text,
  	\`footer_note\` text,
  	\`sendiass_name\` text,
  	\`accessibility_enforcement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`council_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`council_settings_locales_locale_parent_id_unique\` ON \`council_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`services\` ADD \`temporary_closure_closed\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`services\` ADD \`temporary_closure_reopens\` text;`)
  await db.run(sql`ALTER TABLE \`services_locales\` ADD \`temporary_closure_note\` text;`)
  await db.run(sql`ALTER TABLE \`services_locales\` ADD \`text_changed_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_services_v\` ADD \`version_temporary_closure_closed\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_temporary_closure_reopens\` text;`)
  await db.run(
    sql`ALTER TABLE \`_services_v_locales\` ADD \`version_temporary_closure_note\` text;`,
  )
  await db.run(sql`ALTER TABLE \`_services_v_locales\` ADD \`version_text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`pages_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`pages_rels_pages_id_idx\` ON \`pages_rels\` (\`pages_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`pages_id\` integer REFERENCES pages(id);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_rels_pages_id_idx\` ON \`_pages_v_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`listing_notes_id\` integer REFERENCES listing_notes(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`problem_reports_id\` integer REFERENCES problem_reports(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_misses_id\` integer REFERENCES search_misses(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_listing_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`listing_notes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`listing_notes\`;`)
  await db.run(sql`DROP TABLE \`problem_reports\`;`)
  await db.run(sql`DROP TABLE \`search_misses\`;`)
  await db.run(sql`DROP TABLE \`council_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`council_settings_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`council_settings\`;`)
  await db.run(sql`DROP TABLE \`council_settings_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_pages_rels\`("id", "order", "parent_id", "path", "services_id") SELECT "id", "order", "parent_id", "path", "services_id" FROM \`pages_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages_rels\` RENAME TO \`pages_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`pages_rels_services_id_idx\` ON \`pages_rels\` (\`services_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__pages_v_rels\`("id", "order", "parent_id", "path", "services_id") SELECT "id", "order", "parent_id", "path", "services_id" FROM \`_pages_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v_rels\` RENAME TO \`_pages_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_rels_services_id_idx\` ON \`_pages_v_rels\` (\`services_id\`);`,
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
  	\`comments_id\` integer,
  	\`feedback_reports_id\` integer,
  	\`audit_log_id\` integer,
  	\`school_names_id\` integer,
  	\`postcodes_id\` integer,
  	\`review_reminders_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_reports_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`school_names_id\`) REFERENCES \`school_names\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`postcodes_id\`) REFERENCES \`postcodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_reminders_id\`) REFERENCES \`review_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "postcodes_id", "review_reminders_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "postcodes_id", "review_reminders_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_feedback_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_school_names_id_idx\` ON \`payload_locked_documents_rels\` (\`school_names_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_postcodes_id_idx\` ON \`payload_locked_documents_rels\` (\`postcodes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`temporary_closure_closed\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`temporary_closure_reopens\`;`)
  await db.run(sql`ALTER TABLE \`services_locales\` DROP COLUMN \`temporary_closure_note\`;`)
  await db.run(sql`ALTER TABLE \`services_locales\` DROP COLUMN \`text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_temporary_closure_closed\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_temporary_closure_reopens\`;`)
  await db.run(
    sql`ALTER TABLE \`_services_v_locales\` DROP COLUMN \`version_temporary_closure_note\`;`,
  )
  await db.run(sql`ALTER TABLE \`_services_v_locales\` DROP COLUMN \`version_text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_text_changed_at\`;`)
}
