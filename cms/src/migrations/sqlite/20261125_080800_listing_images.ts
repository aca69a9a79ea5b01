import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`services\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`services_image_idx\` ON \`services\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_image_idx\` ON \`_services_v\` (\`version_image_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`last_reviewed\` text,
  	\`review_interval_months\` numeric DEFAULT 12,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "category", "age_range_minimum", "age_range_maximum", "access_ehc_plan_required", "access_referral_required", "access_referral_url", "cost_type", "website", "sen_information_report_url", "slug", "organisation_id", "last_reviewed", "review_interval_months", "updated_at", "created_at", "_status") SELECT "id", "category", "age_range_minimum", "age_range_maximum", "access_ehc_plan_required", "access_referral_required", "access_referral_url", "cost_type", "website", "sen_information_report_url", "slug", "organisation_id", "last_reviewed", "review_interval_months", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`services_category_idx\` ON \`services\` (\`category\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_organisation_idx\` ON \`services\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`services_last_reviewed_idx\` ON \`services\` (\`last_reviewed\`);`)
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
  	\`version_last_reviewed\` text,
  	\`version_review_interval_months\` numeric DEFAULT 12,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_category", "version_age_range_minimum", "version_age_range_maximum", "version_access_ehc_plan_required", "version_access_referral_required", "version_access_referral_url", "version_cost_type", "version_website", "version_sen_information_report_url", "version_slug", "version_organisation_id", "version_last_reviewed", "version_review_interval_months", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_category", "version_age_range_minimum", "version_age_range_maximum", "version_access_ehc_plan_required", "version_access_referral_required", "version_access_referral_url", "version_cost_type", "version_website", "version_sen_information_report_url", "version_slug", "version_organisation_id", "version_last_reviewed", "version_review_interval_months", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_category_idx\` ON \`_services_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_organisation_idx\` ON \`_services_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_last_reviewed_idx\` ON \`_services_v\` (\`version_last_reviewed\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
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
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "name", "type", "website", "email", "phone", "address_line1", "address_line2", "address_town", "address_postcode", "registration_number", "slug", "updated_at", "created_at") SELECT "id", "name", "type", "website", "email", "phone", "address_line1", "address_line2", "address_town", "address_postcode", "registration_number", "slug", "updated_at", "created_at" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
}
