import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import {
  listingTextsToValues,
  listingValuesToTexts,
  starterVocabularies,
} from '../frozen/vocabulariesAsData'
import type { SqlRunner } from '../frozen/reviewAndModerationBackfill'

const runner = (db: MigrateUpArgs['db']): SqlRunner => ({
  run: async (statement) => {
    await db.run(sql.raw(statement))
  },
  rows: async (statement) => (await db.all(sql.raw(statement))) as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_texts_order_parent\` ON \`services_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`services_texts_text_idx\` ON \`services_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_texts_order_parent\` ON \`_services_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`sub_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`sub_categories_category_idx\` ON \`sub_categories\` (\`category\`);`,
  )
  await db.run(sql`CREATE INDEX \`sub_categories_order_idx\` ON \`sub_categories\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sub_categories_key_idx\` ON \`sub_categories\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`sub_categories_updated_at_idx\` ON \`sub_categories\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sub_categories_created_at_idx\` ON \`sub_categories\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`sub_categories_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sub_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`sub_categories_locales_locale_parent_id_unique\` ON \`sub_categories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sub_categories_locales_parent_idx\` ON \`sub_categories_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`sub_categories_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sub_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`sub_categories_texts_order_parent\` ON \`sub_categories_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`venue_features\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`venue_features_order_idx\` ON \`venue_features\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`venue_features_key_idx\` ON \`venue_features\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`venue_features_updated_at_idx\` ON \`venue_features\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`venue_features_created_at_idx\` ON \`venue_features\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`venue_features_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venue_features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`venue_features_locales_locale_parent_id_unique\` ON \`venue_features_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`venue_features_locales_parent_idx\` ON \`venue_features_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`service_languages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`service_languages_order_idx\` ON \`service_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`service_languages_key_idx\` ON \`service_languages\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_updated_at_idx\` ON \`service_languages\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_created_at_idx\` ON \`service_languages\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`service_languages_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_languages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`service_languages_locales_locale_parent_id_unique\` ON \`service_languages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_locales_parent_idx\` ON \`service_languages_locales\` (\`_parent_id\`);`,
  )
  // The listings' values move to the text tables, and the collections get their terms.
  await listingValuesToTexts(runner(db))
  await starterVocabularies(runner(db))
  await db.run(sql`DROP TABLE \`services_sub_categories\`;`)
  await db.run(sql`DROP TABLE \`services_languages\`;`)
  await db.run(sql`DROP TABLE \`services_locations_venue_features\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_sub_categories\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_locations_venue_features\`;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sub_categories_id\` integer REFERENCES sub_categories(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`venue_features_id\` integer REFERENCES venue_features(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_languages_id\` integer REFERENCES service_languages(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sub_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`sub_categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_venue_features_id_idx\` ON \`payload_locked_documents_rels\` (\`venue_features_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_service_languages_id_idx\` ON \`payload_locked_documents_rels\` (\`service_languages_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services_sub_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_sub_categories_order_idx\` ON \`services_sub_categories\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_sub_categories_parent_idx\` ON \`services_sub_categories\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_languages_order_idx\` ON \`services_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_languages_parent_idx\` ON \`services_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`services_locations_venue_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`services_locations_venue_features_order_idx\` ON \`services_locations_venue_features\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_locations_venue_features_parent_idx\` ON \`services_locations_venue_features\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_sub_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_sub_categories_order_idx\` ON \`_services_v_version_sub_categories\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_sub_categories_parent_idx\` ON \`_services_v_version_sub_categories\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_languages_order_idx\` ON \`_services_v_version_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_languages_parent_idx\` ON \`_services_v_version_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_services_v_version_locations_venue_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v_version_locations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_services_v_version_locations_venue_features_order_idx\` ON \`_services_v_version_locations_venue_features\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_locations_venue_features_parent_idx\` ON \`_services_v_version_locations_venue_features\` (\`parent_id\`);`,
  )
  await listingTextsToValues(runner(db), false)
  await db.run(sql`DROP TABLE \`services_texts\`;`)
  await db.run(sql`DROP TABLE \`_services_v_texts\`;`)
  await db.run(sql`DROP TABLE \`sub_categories\`;`)
  await db.run(sql`DROP TABLE \`sub_categories_locales\`;`)
  await db.run(sql`DROP TABLE \`sub_categories_texts\`;`)
  await db.run(sql`DROP TABLE \`venue_features\`;`)
  await db.run(sql`DROP TABLE \`venue_features_locales\`;`)
  await db.run(sql`DROP TABLE \`service_languages\`;`)
  await db.run(sql`DROP TABLE \`service_languages_locales\`;`)
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
  	\`localities_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`comments_id\` integer,
  	\`feedback_reports_id\` integer,
  	\`audit_log_id\` integer,
  	\`school_names_id\` integer,
  	\`listing_notes_id\` integer,
  	\`postcodes_id\` integer,
  	\`review_reminders_id\` integer,
  	\`site_builds_id\` integer,
  	\`problem_reports_id\` integer,
  	\`account_requests_id\` integer,
  	\`import_sorting_id\` integer,
  	\`search_misses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`localities_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_reports_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`school_names_id\`) REFERENCES \`school_names\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`listing_notes_id\`) REFERENCES \`listing_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`postcodes_id\`) REFERENCES \`postcodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_reminders_id\`) REFERENCES \`review_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`problem_reports_id\`) REFERENCES \`problem_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`account_requests_id\`) REFERENCES \`account_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_sorting_id\`) REFERENCES \`import_sorting\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_misses_id\`) REFERENCES \`search_misses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "localities_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "listing_notes_id", "postcodes_id", "review_reminders_id", "site_builds_id", "problem_reports_id", "account_requests_id", "import_sorting_id", "search_misses_id") SELECT "id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "localities_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "listing_notes_id", "postcodes_id", "review_reminders_id", "site_builds_id", "problem_reports_id", "account_requests_id", "import_sorting_id", "search_misses_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
    sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_listing_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`listing_notes_id\`);`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_account_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`account_requests_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_import_sorting_id_idx\` ON \`payload_locked_documents_rels\` (\`import_sorting_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`,
  )
}
