import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The live Open Referral API's stored list entries (its read model): see
 * src/plugins/openReferralApi/storedDocuments. They are made again from the listings whenever
 * they are missing, so rolling back loses nothing but time.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`open_referral_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`listing_id\` text NOT NULL,
  	\`source_key\` text NOT NULL,
  	\`list_item\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`open_referral_documents_listing_id_idx\` ON \`open_referral_documents\` (\`listing_id\`);`)
  await db.run(sql`CREATE INDEX \`open_referral_documents_updated_at_idx\` ON \`open_referral_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open_referral_documents_created_at_idx\` ON \`open_referral_documents\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`open_referral_documents_id\` integer REFERENCES open_referral_documents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open_referral_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`open_referral_documents_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys off first: the table is dropped after the locked-documents table that refers
  // to it is rebuilt without the reference.
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
  	\`sub_categories_id\` integer,
  	\`venue_features_id\` integer,
  	\`service_languages_id\` integer,
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
  	FOREIGN KEY (\`sub_categories_id\`) REFERENCES \`sub_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venue_features_id\`) REFERENCES \`venue_features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_languages_id\`) REFERENCES \`service_languages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "localities_id", "sub_categories_id", "venue_features_id", "service_languages_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "listing_notes_id", "postcodes_id", "review_reminders_id", "site_builds_id", "problem_reports_id", "account_requests_id", "import_sorting_id", "search_misses_id") SELECT "id", "order", "parent_id", "path", "services_id", "organisations_id", "pages_id", "glossary_terms_id", "localities_id", "sub_categories_id", "venue_features_id", "service_languages_id", "media_id", "users_id", "comments_id", "feedback_reports_id", "audit_log_id", "school_names_id", "listing_notes_id", "postcodes_id", "review_reminders_id", "site_builds_id", "problem_reports_id", "account_requests_id", "import_sorting_id", "search_misses_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`open_referral_documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_localities_id_idx\` ON \`payload_locked_documents_rels\` (\`localities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sub_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`sub_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venue_features_id_idx\` ON \`payload_locked_documents_rels\` (\`venue_features_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_languages_id_idx\` ON \`payload_locked_documents_rels\` (\`service_languages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_school_names_id_idx\` ON \`payload_locked_documents_rels\` (\`school_names_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_listing_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`listing_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_postcodes_id_idx\` ON \`payload_locked_documents_rels\` (\`postcodes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`account_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_sorting_id_idx\` ON \`payload_locked_documents_rels\` (\`import_sorting_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`)
}
