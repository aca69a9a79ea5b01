import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillReviewAndModeration } from '../frozen/reviewAndModerationBackfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_moderation" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_services_review_status" AS ENUM('current', 'due-soon', 'overdue', 'withdrawn');
  CREATE TYPE "public"."enum__services_v_version_moderation" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__services_v_version_review_status" AS ENUM('current', 'due-soon', 'overdue', 'withdrawn');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('publish', 'return', 'withdraw', 'confirm');
  CREATE TYPE "public"."enum_review_reminders_kind" AS ENUM('provider-30-days', 'provider-7-days', 'officer-14-days-overdue');
  CREATE TYPE "public"."enum_review_reminders_state" AS ENUM('sending', 'sent', 'failed', 'no-recipients');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewReminders');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewReminders');
  CREATE TYPE "public"."enum_review_settings_category_intervals_category" AS ENUM('education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"listing_id" integer,
  	"listing_name" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar NOT NULL,
  	"comment" varchar,
  	"version_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"listing_id" integer,
  	"kind" "enum_review_reminders_kind" NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"state" "enum_review_reminders_state" NOT NULL,
  	"recipients" varchar,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_settings_category_intervals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_review_settings_category_intervals_category" NOT NULL,
  	"interval_months" numeric NOT NULL
  );
  
  CREATE TABLE "review_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"default_interval_months" numeric DEFAULT 12 NOT NULL,
  	"grace_period_days" numeric DEFAULT 60 NOT NULL,
  	"overdue_alert_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "services" ALTER COLUMN "review_interval_months" DROP DEFAULT;
  ALTER TABLE "_services_v" ALTER COLUMN "version_review_interval_months" DROP DEFAULT;
  ALTER TABLE "services" ADD COLUMN "moderation" "enum_services_moderation" DEFAULT 'draft';
  ALTER TABLE "services" ADD COLUMN "moderation_comment" varchar;
  ALTER TABLE "services" ADD COLUMN "review_status" "enum_services_review_status" DEFAULT 'current';
  ALTER TABLE "services" ADD COLUMN "responsible_officer_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_moderation" "enum__services_v_version_moderation" DEFAULT 'draft';
  ALTER TABLE "_services_v" ADD COLUMN "version_moderation_comment" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_status" "enum__services_v_version_review_status" DEFAULT 'current';
  ALTER TABLE "_services_v" ADD COLUMN "version_responsible_officer_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_reminders_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_reminders" ADD CONSTRAINT "review_reminders_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_settings_category_intervals" ADD CONSTRAINT "review_settings_category_intervals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."review_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_listing_idx" ON "audit_log" USING btree ("listing_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "review_reminders_key_idx" ON "review_reminders" USING btree ("key");
  CREATE INDEX "review_reminders_listing_idx" ON "review_reminders" USING btree ("listing_id");
  CREATE INDEX "review_reminders_state_idx" ON "review_reminders" USING btree ("state");
  CREATE INDEX "review_reminders_updated_at_idx" ON "review_reminders" USING btree ("updated_at");
  CREATE INDEX "review_reminders_created_at_idx" ON "review_reminders" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "review_settings_category_intervals_order_idx" ON "review_settings_category_intervals" USING btree ("_order");
  CREATE INDEX "review_settings_category_intervals_parent_id_idx" ON "review_settings_category_intervals" USING btree ("_parent_id");
  ALTER TABLE "services" ADD CONSTRAINT "services_responsible_officer_id_users_id_fk" FOREIGN KEY ("responsible_officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_responsible_officer_id_users_id_fk" FOREIGN KEY ("version_responsible_officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_reminders_fk" FOREIGN KEY ("review_reminders_id") REFERENCES "public"."review_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_moderation_idx" ON "services" USING btree ("moderation");
  CREATE INDEX "services_review_status_idx" ON "services" USING btree ("review_status");
  CREATE INDEX "services_responsible_officer_idx" ON "services" USING btree ("responsible_officer_id");
  CREATE INDEX "_services_v_version_version_moderation_idx" ON "_services_v" USING btree ("version_moderation");
  CREATE INDEX "_services_v_version_version_review_status_idx" ON "_services_v" USING btree ("version_review_status");
  CREATE INDEX "_services_v_version_version_responsible_officer_idx" ON "_services_v" USING btree ("version_responsible_officer_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_review_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("review_reminders_id");`)
  await backfillReviewAndModeration({
    run: async (statement) => {
      await db.execute(sql.raw(statement))
    },
    rows: async (statement) => (await db.execute(sql.raw(statement))).rows,
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_reminders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_settings_category_intervals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "review_reminders" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "review_settings_category_intervals" CASCADE;
  DROP TABLE "review_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "services" DROP CONSTRAINT "services_responsible_officer_id_users_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_responsible_officer_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_reminders_fk";
  
  DROP INDEX "services_moderation_idx";
  DROP INDEX "services_review_status_idx";
  DROP INDEX "services_responsible_officer_idx";
  DROP INDEX "_services_v_version_version_moderation_idx";
  DROP INDEX "_services_v_version_version_review_status_idx";
  DROP INDEX "_services_v_version_version_responsible_officer_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_reminders_id_idx";
  UPDATE "services" SET "review_interval_months" = 12 WHERE "review_interval_months" IS NULL;
  UPDATE "_services_v" SET "version_review_interval_months" = 12 WHERE "version_review_interval_months" IS NULL;
  ALTER TABLE "services" ALTER COLUMN "review_interval_months" SET DEFAULT 12;
  ALTER TABLE "_services_v" ALTER COLUMN "version_review_interval_months" SET DEFAULT 12;
  ALTER TABLE "services" DROP COLUMN "moderation";
  ALTER TABLE "services" DROP COLUMN "moderation_comment";
  ALTER TABLE "services" DROP COLUMN "review_status";
  ALTER TABLE "services" DROP COLUMN "responsible_officer_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_moderation";
  ALTER TABLE "_services_v" DROP COLUMN "version_moderation_comment";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_services_v" DROP COLUMN "version_responsible_officer_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_reminders_id";
  DROP TYPE "public"."enum_services_moderation";
  DROP TYPE "public"."enum_services_review_status";
  DROP TYPE "public"."enum__services_v_version_moderation";
  DROP TYPE "public"."enum__services_v_version_review_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_review_reminders_kind";
  DROP TYPE "public"."enum_review_reminders_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_review_settings_category_intervals_category";`)
}
