import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillReviewAndModeration } from '../frozen/reviewAndModerationBackfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`listing_id\` integer,
  	\`listing_name\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`comment\` text,
  	\`version_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`listing_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_listing_idx\` ON \`audit_log\` (\`listing_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`listing_id\` integer,
  	\`kind\` text NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`state\` text NOT NULL,
  	\`recipients\` text,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`claimed_at\` text,
  	\`sent_at\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`listing_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`review_reminders_key_idx\` ON \`review_reminders\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`review_reminders_listing_idx\` ON \`review_reminders\` (\`listing_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`review_reminders_state_idx\` ON \`review_reminders\` (\`state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`review_reminders_updated_at_idx\` ON \`review_reminders\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`review_reminders_created_at_idx\` ON \`review_reminders\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`review_settings_category_intervals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`interval_months\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`review_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`review_settings_category_intervals_order_idx\` ON \`review_settings_category_intervals\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`review_settings_category_intervals_parent_id_idx\` ON \`review_settings_category_intervals\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`review_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`default_interval_months\` numeric DEFAULT 12 NOT NULL,
  	\`grace_period_days\` numeric DEFAULT 60 NOT NULL,
  	\`overdue_alert_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  // Hand-written rather than generated: the generated SQLite migration rebuilt the services
  // tables (copying columns that do not exist yet, and with foreign keys on inside the migration
  // transaction a DROP TABLE would cascade-delete translations and arrays). Adding columns keeps
  // every row. SQLite cannot drop a column default, so review_interval_months keeps DEFAULT 12;
  // Payload writes null for an empty field, so the default never applies (migrationUpgrade test).
  await db.run(sql`ALTER TABLE \`services\` ADD \`moderation\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`moderation_comment\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`review_status\` text DEFAULT 'current';`)
  await db.run(
    sql`ALTER TABLE \`services\` ADD \`responsible_officer_id\` integer REFERENCES users(id) ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_moderation\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_moderation_comment\` text;`)
  await db.run(
    sql`ALTER TABLE \`_services_v\` ADD \`version_review_status\` text DEFAULT 'current';`,
  )
  await db.run(
    sql`ALTER TABLE \`_services_v\` ADD \`version_responsible_officer_id\` integer REFERENCES users(id) ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`services_moderation_idx\` ON \`services\` (\`moderation\`);`)
  await db.run(
    sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`services_responsible_officer_idx\` ON \`services\` (\`responsible_officer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_moderation_idx\` ON \`_services_v\` (\`version_moderation\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_services_v_version_version_responsible_officer_idx\` ON \`_services_v\` (\`version_responsible_officer_id\`);`,
  )
  await backfillReviewAndModeration({
    run: async (statement) => {
      await db.run(sql.raw(statement))
    },
    rows: async (statement) => (await db.all(sql.raw(statement))) as Record<string, unknown>[],
  })
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_reminders_id\` integer REFERENCES review_reminders(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`review_reminders\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`review_settings_category_intervals\`;`)
  await db.run(sql`DROP TABLE \`review_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  // Columns with foreign keys (responsible_officer_id, and the locked-documents columns) cannot be
  // dropped in SQLite without rebuilding the table; they are left in place, unused.
  await db.run(sql`DROP INDEX IF EXISTS \`services_moderation_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`services_review_status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_services_v_version_version_moderation_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_services_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`moderation\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`moderation_comment\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_moderation\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_moderation_comment\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(
    sql`UPDATE \`services\` SET \`review_interval_months\` = 12 WHERE \`review_interval_months\` IS NULL;`,
  )
  await db.run(
    sql`UPDATE \`_services_v\` SET \`version_review_interval_months\` = 12 WHERE \`version_review_interval_months\` IS NULL;`,
  )
}
