import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comments_respondent" AS ENUM('child-young-person', 'parent-carer', 'professional', 'prefer-not-to-say');
  CREATE TYPE "public"."enum_comments_topic" AS ENUM('general', 'website', 'education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum_comments_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('new', 'reviewed', 'not-published');
  CREATE TYPE "public"."enum_comments_not_published_reason" AS ENUM('vexatious', 'individual-case', 'duplicate', 'other');
  CREATE TYPE "public"."enum_feedback_reports_themes_topic" AS ENUM('general', 'website', 'education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum_feedback_reports_themes_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum_feedback_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__feedback_reports_v_version_themes_topic" AS ENUM('general', 'website', 'education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum__feedback_reports_v_version_themes_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum__feedback_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__feedback_reports_v_published_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"comment" varchar NOT NULL,
  	"anonymised_text" varchar,
  	"anonymised_text_edited" boolean DEFAULT false,
  	"redaction_summary" varchar,
  	"respondent" "enum_comments_respondent" DEFAULT 'prefer-not-to-say' NOT NULL,
  	"topic" "enum_comments_topic" DEFAULT 'general' NOT NULL,
  	"locale" "enum_comments_locale",
  	"reporting_year" varchar,
  	"status" "enum_comments_status" DEFAULT 'new' NOT NULL,
  	"not_published_reason" "enum_comments_not_published_reason",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_reports_themes_quotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "feedback_reports_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"topic" "enum_feedback_reports_themes_topic",
  	"status" "enum_feedback_reports_themes_status" DEFAULT 'planned',
  	"comment_count" numeric
  );
  
  CREATE TABLE "feedback_reports_themes_locales" (
  	"title" varchar,
  	"what_people_said" varchar,
  	"response" varchar,
  	"action" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "feedback_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" varchar,
  	"comments_received" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_feedback_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "feedback_reports_locales" (
  	"title" varchar,
  	"introduction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "feedback_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"comments_id" integer
  );
  
  CREATE TABLE "_feedback_reports_v_version_themes_quotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_feedback_reports_v_version_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" "enum__feedback_reports_v_version_themes_topic",
  	"status" "enum__feedback_reports_v_version_themes_status" DEFAULT 'planned',
  	"comment_count" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_feedback_reports_v_version_themes_locales" (
  	"title" varchar,
  	"what_people_said" varchar,
  	"response" varchar,
  	"action" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_feedback_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" varchar,
  	"version_comments_received" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__feedback_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__feedback_reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_feedback_reports_v_locales" (
  	"version_title" varchar,
  	"version_introduction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_feedback_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"comments_id" integer
  );
  
  ALTER TABLE "services" ADD COLUMN "image_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "logo_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_reports_id" integer;
  ALTER TABLE "feedback_reports_themes_quotes" ADD CONSTRAINT "feedback_reports_themes_quotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_themes" ADD CONSTRAINT "feedback_reports_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_themes_locales" ADD CONSTRAINT "feedback_reports_themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_locales" ADD CONSTRAINT "feedback_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_rels" ADD CONSTRAINT "feedback_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_rels" ADD CONSTRAINT "feedback_reports_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_themes_quotes" ADD CONSTRAINT "_feedback_reports_v_version_themes_quotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v_version_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_themes" ADD CONSTRAINT "_feedback_reports_v_version_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_themes_locales" ADD CONSTRAINT "_feedback_reports_v_version_themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v_version_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v" ADD CONSTRAINT "_feedback_reports_v_parent_id_feedback_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_locales" ADD CONSTRAINT "_feedback_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_rels" ADD CONSTRAINT "_feedback_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_feedback_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_rels" ADD CONSTRAINT "_feedback_reports_v_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "comments_reporting_year_idx" ON "comments" USING btree ("reporting_year");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "feedback_reports_themes_quotes_order_idx" ON "feedback_reports_themes_quotes" USING btree ("_order");
  CREATE INDEX "feedback_reports_themes_quotes_parent_id_idx" ON "feedback_reports_themes_quotes" USING btree ("_parent_id");
  CREATE INDEX "feedback_reports_themes_order_idx" ON "feedback_reports_themes" USING btree ("_order");
  CREATE INDEX "feedback_reports_themes_parent_id_idx" ON "feedback_reports_themes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "feedback_reports_themes_locales_locale_parent_id_unique" ON "feedback_reports_themes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "feedback_reports_year_idx" ON "feedback_reports" USING btree ("year");
  CREATE INDEX "feedback_reports_updated_at_idx" ON "feedback_reports" USING btree ("updated_at");
  CREATE INDEX "feedback_reports_created_at_idx" ON "feedback_reports" USING btree ("created_at");
  CREATE INDEX "feedback_reports__status_idx" ON "feedback_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "feedback_reports_locales_locale_parent_id_unique" ON "feedback_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "feedback_reports_rels_order_idx" ON "feedback_reports_rels" USING btree ("order");
  CREATE INDEX "feedback_reports_rels_parent_idx" ON "feedback_reports_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_reports_rels_path_idx" ON "feedback_reports_rels" USING btree ("path");
  CREATE INDEX "feedback_reports_rels_comments_id_idx" ON "feedback_reports_rels" USING btree ("comments_id");
  CREATE INDEX "_feedback_reports_v_version_themes_quotes_order_idx" ON "_feedback_reports_v_version_themes_quotes" USING btree ("_order");
  CREATE INDEX "_feedback_reports_v_version_themes_quotes_parent_id_idx" ON "_feedback_reports_v_version_themes_quotes" USING btree ("_parent_id");
  CREATE INDEX "_feedback_reports_v_version_themes_order_idx" ON "_feedback_reports_v_version_themes" USING btree ("_order");
  CREATE INDEX "_feedback_reports_v_version_themes_parent_id_idx" ON "_feedback_reports_v_version_themes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_feedback_reports_v_version_themes_locales_locale_parent_id_" ON "_feedback_reports_v_version_themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_feedback_reports_v_parent_idx" ON "_feedback_reports_v" USING btree ("parent_id");
  CREATE INDEX "_feedback_reports_v_version_version_year_idx" ON "_feedback_reports_v" USING btree ("version_year");
  CREATE INDEX "_feedback_reports_v_version_version_updated_at_idx" ON "_feedback_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_feedback_reports_v_version_version_created_at_idx" ON "_feedback_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_feedback_reports_v_version_version__status_idx" ON "_feedback_reports_v" USING btree ("version__status");
  CREATE INDEX "_feedback_reports_v_created_at_idx" ON "_feedback_reports_v" USING btree ("created_at");
  CREATE INDEX "_feedback_reports_v_updated_at_idx" ON "_feedback_reports_v" USING btree ("updated_at");
  CREATE INDEX "_feedback_reports_v_snapshot_idx" ON "_feedback_reports_v" USING btree ("snapshot");
  CREATE INDEX "_feedback_reports_v_published_locale_idx" ON "_feedback_reports_v" USING btree ("published_locale");
  CREATE INDEX "_feedback_reports_v_latest_idx" ON "_feedback_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_feedback_reports_v_locales_locale_parent_id_unique" ON "_feedback_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_feedback_reports_v_rels_order_idx" ON "_feedback_reports_v_rels" USING btree ("order");
  CREATE INDEX "_feedback_reports_v_rels_parent_idx" ON "_feedback_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_feedback_reports_v_rels_path_idx" ON "_feedback_reports_v_rels" USING btree ("path");
  CREATE INDEX "_feedback_reports_v_rels_comments_id_idx" ON "_feedback_reports_v_rels" USING btree ("comments_id");
  ALTER TABLE "services" ADD CONSTRAINT "services_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_reports_fk" FOREIGN KEY ("feedback_reports_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_image_idx" ON "services" USING btree ("image_id");
  CREATE INDEX "_services_v_version_version_image_idx" ON "_services_v" USING btree ("version_image_id");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_themes_quotes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_themes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_version_themes_quotes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_version_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_version_themes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "feedback_reports_themes_quotes" CASCADE;
  DROP TABLE "feedback_reports_themes" CASCADE;
  DROP TABLE "feedback_reports_themes_locales" CASCADE;
  DROP TABLE "feedback_reports" CASCADE;
  DROP TABLE "feedback_reports_locales" CASCADE;
  DROP TABLE "feedback_reports_rels" CASCADE;
  DROP TABLE "_feedback_reports_v_version_themes_quotes" CASCADE;
  DROP TABLE "_feedback_reports_v_version_themes" CASCADE;
  DROP TABLE "_feedback_reports_v_version_themes_locales" CASCADE;
  DROP TABLE "_feedback_reports_v" CASCADE;
  DROP TABLE "_feedback_reports_v_locales" CASCADE;
  DROP TABLE "_feedback_reports_v_rels" CASCADE;
  ALTER TABLE "services" DROP CONSTRAINT "services_image_id_media_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_image_id_media_id_fk";
  
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_logo_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_reports_fk";
  
  DROP INDEX "services_image_idx";
  DROP INDEX "_services_v_version_version_image_idx";
  DROP INDEX "organisations_logo_idx";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_feedback_reports_id_idx";
  ALTER TABLE "services" DROP COLUMN "image_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_image_id";
  ALTER TABLE "organisations" DROP COLUMN "logo_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_reports_id";
  DROP TYPE "public"."enum_comments_respondent";
  DROP TYPE "public"."enum_comments_topic";
  DROP TYPE "public"."enum_comments_locale";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comments_not_published_reason";
  DROP TYPE "public"."enum_feedback_reports_themes_topic";
  DROP TYPE "public"."enum_feedback_reports_themes_status";
  DROP TYPE "public"."enum_feedback_reports_status";
  DROP TYPE "public"."enum__feedback_reports_v_version_themes_topic";
  DROP TYPE "public"."enum__feedback_reports_v_version_themes_status";
  DROP TYPE "public"."enum__feedback_reports_v_version_status";
  DROP TYPE "public"."enum__feedback_reports_v_published_locale";`)
}
