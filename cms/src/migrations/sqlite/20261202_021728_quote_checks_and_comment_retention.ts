import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit's table rebuild selected the new columns from the old table; they start empty.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comment_retention\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`months_after_report\` numeric DEFAULT 12 NOT NULL,
  	\`months_without_report\` numeric DEFAULT 24 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`comment\` text,
  	\`original_deleted_at\` text,
  	\`anonymised_text\` text,
  	\`quote_checked\` integer DEFAULT false,
  	\`quote_checked_by\` text,
  	\`quote_checked_at\` text,
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
    sql`INSERT INTO \`__new_comments\`("id", "comment", "original_deleted_at", "anonymised_text", "quote_checked", "quote_checked_by", "quote_checked_at", "anonymised_text_edited", "redaction_summary", "respondent", "topic", "locale", "reporting_year", "status", "not_published_reason", "updated_at", "created_at") SELECT "id", "comment", NULL, "anonymised_text", false, NULL, NULL, "anonymised_text_edited", "redaction_summary", "respondent", "topic", "locale", "reporting_year", "status", "not_published_reason", "updated_at", "created_at" FROM \`comments\`;`,
  )
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`comments_quote_checked_idx\` ON \`comments\` (\`quote_checked\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`comments_reporting_year_idx\` ON \`comments\` (\`reporting_year\`);`,
  )
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback_reports_themes_quotes\` ADD \`comment_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`feedback_reports_themes_quotes\` ADD \`checked\` integer;`)
  await db.run(sql`ALTER TABLE \`feedback_reports\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_feedback_reports_v_version_themes_quotes\` ADD \`comment_id\` numeric;`,
  )
  await db.run(
    sql`ALTER TABLE \`_feedback_reports_v_version_themes_quotes\` ADD \`checked\` integer;`,
  )
  await db.run(sql`ALTER TABLE \`_feedback_reports_v\` ADD \`version_first_published_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comment_retention\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
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
    sql`INSERT INTO \`__new_comments\`("id", "comment", "anonymised_text", "anonymised_text_edited", "redaction_summary", "respondent", "topic", "locale", "reporting_year", "status", "not_published_reason", "updated_at", "created_at") SELECT "id", "comment", "anonymised_text", "anonymised_text_edited", "redaction_summary", "respondent", "topic", "locale", "reporting_year", "status", "not_published_reason", "updated_at", "created_at" FROM \`comments\`;`,
  )
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`comments_reporting_year_idx\` ON \`comments\` (\`reporting_year\`);`,
  )
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback_reports_themes_quotes\` DROP COLUMN \`comment_id\`;`)
  await db.run(sql`ALTER TABLE \`feedback_reports_themes_quotes\` DROP COLUMN \`checked\`;`)
  await db.run(sql`ALTER TABLE \`feedback_reports\` DROP COLUMN \`first_published_at\`;`)
  await db.run(
    sql`ALTER TABLE \`_feedback_reports_v_version_themes_quotes\` DROP COLUMN \`comment_id\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_feedback_reports_v_version_themes_quotes\` DROP COLUMN \`checked\`;`,
  )
  await db.run(sql`ALTER TABLE \`_feedback_reports_v\` DROP COLUMN \`version_first_published_at\`;`)
}
