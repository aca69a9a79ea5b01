import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`CREATE INDEX \`feedback_reports_local_offer_counts_order_idx\` ON \`feedback_reports_local_offer_counts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_reports_local_offer_counts_parent_id_idx\` ON \`feedback_reports_local_offer_counts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_reports_local_offer_counts_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback_reports_local_offer_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_reports_local_offer_counts_locales_locale_parent_id\` ON \`feedback_reports_local_offer_counts_locales\` (\`_locale\`,\`_parent_id\`);`)
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
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_local_offer_counts_order_idx\` ON \`_feedback_reports_v_version_local_offer_counts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_feedback_reports_v_version_local_offer_counts_parent_id_idx\` ON \`_feedback_reports_v_version_local_offer_counts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_feedback_reports_v_version_local_offer_counts_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_feedback_reports_v_version_local_offer_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_feedback_reports_v_version_local_offer_counts_locales_local\` ON \`_feedback_reports_v_version_local_offer_counts_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback_reports_local_offer_counts\`;`)
  await db.run(sql`DROP TABLE \`feedback_reports_local_offer_counts_locales\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_local_offer_counts\`;`)
  await db.run(sql`DROP TABLE \`_feedback_reports_v_version_local_offer_counts_locales\`;`)
}
