import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`council_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`council_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`council_settings_footer_links_order_idx\` ON \`council_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`council_settings_footer_links_parent_id_idx\` ON \`council_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`council_settings_footer_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`council_settings_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`council_settings_footer_links_locales_locale_parent_id_uniqu\` ON \`council_settings_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`council_settings_logo_idx\` ON \`council_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`council_settings_favicon_idx\` ON \`council_settings\` (\`favicon_id\`);`)
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
  await db.run(sql`CREATE UNIQUE INDEX \`council_settings_locales_locale_parent_id_unique\` ON \`council_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`council_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`council_settings_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`council_settings\`;`)
  await db.run(sql`DROP TABLE \`council_settings_locales\`;`)
}
