import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'quote-checked';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'original-deleted';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'erasure';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'subject-access';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'commentRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'commentRetention';
  CREATE TABLE "comment_retention" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"months_after_report" numeric DEFAULT 12 NOT NULL,
  	"months_without_report" numeric DEFAULT 24 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "comments" ALTER COLUMN "comment" DROP NOT NULL;
  ALTER TABLE "comments" ADD COLUMN "original_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "comments" ADD COLUMN "quote_checked" boolean DEFAULT false;
  ALTER TABLE "comments" ADD COLUMN "quote_checked_by" varchar;
  ALTER TABLE "comments" ADD COLUMN "quote_checked_at" timestamp(3) with time zone;
  ALTER TABLE "feedback_reports_themes_quotes" ADD COLUMN "comment_id" numeric;
  ALTER TABLE "feedback_reports_themes_quotes" ADD COLUMN "checked" boolean;
  ALTER TABLE "feedback_reports" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_feedback_reports_v_version_themes_quotes" ADD COLUMN "comment_id" numeric;
  ALTER TABLE "_feedback_reports_v_version_themes_quotes" ADD COLUMN "checked" boolean;
  ALTER TABLE "_feedback_reports_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  CREATE INDEX "comments_quote_checked_idx" ON "comments" USING btree ("quote_checked");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_retention" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comment_retention" CASCADE;
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('publish', 'return', 'withdraw', 'confirm');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "comments_quote_checked_idx";
  ALTER TABLE "comments" ALTER COLUMN "comment" SET NOT NULL;
  ALTER TABLE "comments" DROP COLUMN "original_deleted_at";
  ALTER TABLE "comments" DROP COLUMN "quote_checked";
  ALTER TABLE "comments" DROP COLUMN "quote_checked_by";
  ALTER TABLE "comments" DROP COLUMN "quote_checked_at";
  ALTER TABLE "feedback_reports_themes_quotes" DROP COLUMN "comment_id";
  ALTER TABLE "feedback_reports_themes_quotes" DROP COLUMN "checked";
  ALTER TABLE "feedback_reports" DROP COLUMN "first_published_at";
  ALTER TABLE "_feedback_reports_v_version_themes_quotes" DROP COLUMN "comment_id";
  ALTER TABLE "_feedback_reports_v_version_themes_quotes" DROP COLUMN "checked";
  ALTER TABLE "_feedback_reports_v" DROP COLUMN "version_first_published_at";`)
}
