import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { localitiesFromListings } from '../frozen/localitiesFromListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`localities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`localities_slug_idx\` ON \`localities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`localities_updated_at_idx\` ON \`localities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`localities_created_at_idx\` ON \`localities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`localities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`localities_locales_locale_parent_id_unique\` ON \`localities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`localities_locales_parent_idx\` ON \`localities_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`localities_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`localities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`localities_texts_order_parent\` ON \`localities_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`localities_texts_text_idx\` ON \`localities_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`feedback_reports_local_offer_counts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`rows\` text DEFAULT 'category',
  	\`columns\` text DEFAULT 'age',
  	\`count_again\` integer DEFAULT false,
  	\`taken_at\` text,
  	\`counts\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`feedback_reports_local_offer_counts_order_idx\` ON \`feedback_reports_local_offer_counts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_local_offer_counts_parent_id_idx\` ON \`feedback_reports_local_offer_counts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback_reports_local_offer_counts_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports_local_offer_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`feedback_reports_local_offer_counts_locales_locale_parent_id\` ON \`feedback_reports_local_offer_counts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_local_offer_counts_locales_parent_idx\` ON \`feedback_reports_local_offer_counts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_local_offer_counts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rows\` text DEFAULT 'category',
  	\`columns\` text DEFAULT 'age',
  	\`count_again\` integer DEFAULT false,
  	\`taken_at\` text,
  	\`counts\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_local_offer_counts_order_idx\` ON \`_feedback_reports_v_version_local_offer_counts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_local_offer_counts_parent_id_idx\` ON \`_feedback_reports_v_version_local_offer_counts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_local_offer_counts_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v_version_local_offer_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_feedback_reports_v_version_local_offer_counts_locales_local\` ON \`_feedback_reports_v_version_local_offer_counts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_local_offer_counts_l_parent_idx\` ON \`_feedback_reports_v_version_local_offer_counts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`account_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_name\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`offer\` text NOT NULL,
  	\`registration_number\` text,
  	\`locale\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'waiting' NOT NULL,
  	\`organisation_id\` integer,
  	\`organisation_type\` text,
  	\`decline_reason\` text,
  	\`decided_at\` text,
  	\`decided_by_id\` integer,
  	\`invited_user_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invited_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`account_requests_status_idx\` ON \`account_requests\` (\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`account_requests_organisation_idx\` ON \`account_requests\` (\`organisation_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`account_requests_decided_by_idx\` ON \`account_requests\` (\`decided_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`account_requests_invited_user_idx\` ON \`account_requests\` (\`invited_user_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`account_requests_updated_at_idx\` ON \`account_requests\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`account_requests_created_at_idx\` ON \`account_requests\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`import_sorting\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`open_referral_id\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`summary\` text,
  	\`organisation_name\` text,
  	\`status\` text DEFAULT 'waiting' NOT NULL,
  	\`source\` text,
  	\`imported_at\` text NOT NULL,
  	\`reasons\` text,
  	\`foreign_terms\` text,
  	\`suggested\` text,
  	\`listing_id\` integer,
  	\`classification\` text,
  	\`dismiss_reason\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`record\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`listing_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`import_sorting_open_referral_id_idx\` ON \`import_sorting\` (\`open_referral_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`import_sorting_status_idx\` ON \`import_sorting\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`import_sorting_listing_idx\` ON \`import_sorting\` (\`listing_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`import_sorting_decided_by_idx\` ON \`import_sorting\` (\`decided_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`import_sorting_updated_at_idx\` ON \`import_sorting\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`import_sorting_created_at_idx\` ON \`import_sorting\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`invitation_status\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invited_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invited_by_id\` integer REFERENCES users(id);`)
  await db.run(
    sql`CREATE INDEX \`users_invitation_status_idx\` ON \`users\` (\`invitation_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`users_invited_by_idx\` ON \`users\` (\`invited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`localities_id\` integer REFERENCES localities(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`account_requests_id\` integer REFERENCES account_requests(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_sorting_id\` integer REFERENCES import_sorting(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_account_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`account_requests_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_import_sorting_id_idx\` ON \`payload_locked_documents_rels\` (\`import_sorting_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_contacts_locales_parent_idx\` ON \`services_contacts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_locations_locality_idx\` ON \`services_locations\` (\`locality\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_locations_locales_parent_idx\` ON \`services_locations_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_opening_times_locales_parent_idx\` ON \`services_opening_times_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_locales_parent_idx\` ON \`services_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_contacts_locales_parent_idx\` ON \`_services_v_version_contacts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_locations_locality_idx\` ON \`_services_v_version_locations\` (\`locality\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_locations_locales_parent_idx\` ON \`_services_v_version_locations_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_opening_times_locales_parent_idx\` ON \`_services_v_version_opening_times_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_locales_parent_idx\` ON \`_services_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_locales_parent_idx\` ON \`organisations_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_locales_parent_idx\` ON \`pages_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_locales_parent_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`glossary_terms_aliases_locales_parent_idx\` ON \`glossary_terms_aliases_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`glossary_terms_locales_parent_idx\` ON \`glossary_terms_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_themes_locales_parent_idx\` ON \`feedback_reports_themes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`feedback_reports_locales_parent_idx\` ON \`feedback_reports_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_version_themes_locales_parent_idx\` ON \`_feedback_reports_v_version_themes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_feedback_reports_v_locales_parent_idx\` ON \`_feedback_reports_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`council_settings_footer_links_locales_parent_idx\` ON \`council_settings_footer_links_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`council_settings_locales_parent_idx\` ON \`council_settings_locales\` (\`_parent_id\`);`,
  )
  // The localities in use become data, with the postcode districts of their venues.
  await localitiesFromListings({
    run: async (statement) => {
      await db.run(sql.raw(statement))
    },
    rows: async (statement) => (await db.all(sql.raw(statement))) as Record<string, unknown>[],
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`localities\`;`)
  await db.run(sql`DROP TABLE \`localities_locales\`;`)
  await db.run(sql`DROP TABLE \`localities_texts\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_local_offer_counts\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_local_offer_counts_locales\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_local_offer_counts\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_local_offer_counts_locales\`;`)
  await db.run(sql`DROP TABLE \`account_requests\`;`)
  await db.run(sql`DROP TABLE \`import_sorting\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'provider' NOT NULL,
  	\`organisation_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_users\`("id", "name", "role", "organisation_id", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "organisation_id", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`,
  )
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
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
  	\`listing_notes_id\` integer,
  	\`postcodes_id\` integer,
  	\`review_reminders_id\` integer,
  	\`site_builds_id\` integer,
  	\`problem_reports_id\` integer,
  	\`search_misses_id\` integer,
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
  	FOREIGN KEY (\`listing_notes_id\`) REFERENCES \`listing_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`postcodes_id\`) REFERENCES \`postcodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_reminders_id\`) REFERENCES \`review_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`problem_reports_id\`) REFERENCES \`problem_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_misses_id\`) REFERENCES \`search_misses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "listing_notes_id", "postcodes_id", "review_reminders_id", "site_builds_id", "problem_reports_id", "search_misses_id") SELECT "id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "listing_notes_id", "postcodes_id", "review_reminders_id", "site_builds_id", "problem_reports_id", "search_misses_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`,
  )
  await db.run(sql`DROP INDEX \`services_contacts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`services_locations_locality_idx\`;`)
  await db.run(sql`DROP INDEX \`services_locations_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`services_opening_times_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`services_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_contacts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_locations_locality_idx\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_locations_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_opening_times_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_services_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`organisations_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`glossary_terms_aliases_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`glossary_terms_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_reports_themes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_reports_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_feedback_reports_v_version_themes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_feedback_reports_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`council_settings_footer_links_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`council_settings_locales_parent_idx\`;`)
}
