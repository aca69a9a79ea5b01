import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_problem_reports_problem" AS ENUM('out-of-date', 'service-closed', 'wrong-contact-details', 'something-else');
  CREATE TYPE "public"."enum_problem_reports_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_problem_reports_status" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_search_misses_locale" AS ENUM('en', 'pl', 'ar');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'searchMissRetention';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'searchMissRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  CREATE TABLE "listing_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"listing_id" integer NOT NULL,
  	"note" varchar NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "problem_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"listing_id" integer NOT NULL,
  	"problem" "enum_problem_reports_problem" NOT NULL,
  	"details" varchar,
  	"redaction_summary" varchar,
  	"locale" "enum_problem_reports_locale" DEFAULT 'en',
  	"notified" varchar,
  	"status" "enum_problem_reports_status" DEFAULT 'open' NOT NULL,
  	"resolved_at" timestamp(3) with time zone,
  	"resolved_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_misses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"locale" "enum_search_misses_locale" NOT NULL,
  	"day" varchar NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "council_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "council_settings_footer_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "council_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"logo_id" integer,
  	"favicon_id" integer,
  	"brand_colour" varchar DEFAULT '#005a70' NOT NULL,
  	"example_postcode" varchar NOT NULL,
  	"contact_email" varchar NOT NULL,
  	"contact_phone" varchar NOT NULL,
  	"contact_address" varchar,
  	"sendiass_phone" varchar NOT NULL,
  	"sendiass_url" varchar NOT NULL,
  	"addresses_local_offer" varchar NOT NULL,
  	"addresses_cms" varchar NOT NULL,
  	"accessibility_contact_email" varchar NOT NULL,
  	"accessibility_contact_phone" varchar,
  	"accessibility_response_days" numeric DEFAULT 5 NOT NULL,
  	"accessibility_last_reviewed" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "council_settings_locales" (
  	"council_name" varchar,
  	"short_name" varchar,
  	"footer_note" varchar,
  	"sendiass_name" varchar,
  	"accessibility_enforcement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "services" ADD COLUMN "temporary_closure_closed" boolean DEFAULT false;
  ALTER TABLE "services" ADD COLUMN "temporary_closure_reopens" timestamp(3) with time zone;
  ALTER TABLE "services_locales" ADD COLUMN "temporary_closure_note" varchar;
  ALTER TABLE "services_locales" ADD COLUMN "text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_temporary_closure_closed" boolean DEFAULT false;
  ALTER TABLE "_services_v" ADD COLUMN "version_temporary_closure_reopens" timestamp(3) with time zone;
  ALTER TABLE "_services_v_locales" ADD COLUMN "version_temporary_closure_note" varchar;
  ALTER TABLE "_services_v_locales" ADD COLUMN "version_text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "pages_locales" ADD COLUMN "text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "pages_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "listing_notes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "problem_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_misses_id" integer;
  ALTER TABLE "listing_notes" ADD CONSTRAINT "listing_notes_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "listing_notes" ADD CONSTRAINT "listing_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_settings_footer_links" ADD CONSTRAINT "council_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_settings_footer_links_locales" ADD CONSTRAINT "council_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_settings" ADD CONSTRAINT "council_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_settings" ADD CONSTRAINT "council_settings_favicon_id_media_id_fk" FOREIGN KEY ("favicon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_settings_locales" ADD CONSTRAINT "council_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "listing_notes_listing_idx" ON "listing_notes" USING btree ("listing_id");
  CREATE INDEX "listing_notes_author_idx" ON "listing_notes" USING btree ("author_id");
  CREATE INDEX "listing_notes_updated_at_idx" ON "listing_notes" USING btree ("updated_at");
  CREATE INDEX "listing_notes_created_at_idx" ON "listing_notes" USING btree ("created_at");
  CREATE INDEX "problem_reports_listing_idx" ON "problem_reports" USING btree ("listing_id");
  CREATE INDEX "problem_reports_status_idx" ON "problem_reports" USING btree ("status");
  CREATE INDEX "problem_reports_resolved_by_idx" ON "problem_reports" USING btree ("resolved_by_id");
  CREATE INDEX "problem_reports_updated_at_idx" ON "problem_reports" USING btree ("updated_at");
  CREATE INDEX "problem_reports_created_at_idx" ON "problem_reports" USING btree ("created_at");
  CREATE INDEX "search_misses_day_idx" ON "search_misses" USING btree ("day");
  CREATE UNIQUE INDEX "term_locale_day_idx" ON "search_misses" USING btree ("term","locale","day");
  CREATE INDEX "council_settings_footer_links_order_idx" ON "council_settings_footer_links" USING btree ("_order");
  CREATE INDEX "council_settings_footer_links_parent_id_idx" ON "council_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "council_settings_footer_links_locales_locale_parent_id_uniqu" ON "council_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "council_settings_logo_idx" ON "council_settings" USING btree ("logo_id");
  CREATE INDEX "council_settings_favicon_idx" ON "council_settings" USING btree ("favicon_id");
  CREATE UNIQUE INDEX "council_settings_locales_locale_parent_id_unique" ON "council_settings_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_listing_notes_fk" FOREIGN KEY ("listing_notes_id") REFERENCES "public"."listing_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_problem_reports_fk" FOREIGN KEY ("problem_reports_id") REFERENCES "public"."problem_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_misses_fk" FOREIGN KEY ("search_misses_id") REFERENCES "public"."search_misses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_rels_pages_id_idx" ON "pages_rels" USING btree ("pages_id");
  CREATE INDEX "_pages_v_rels_pages_id_idx" ON "_pages_v_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_listing_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("listing_notes_id");
  CREATE INDEX "payload_locked_documents_rels_problem_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("problem_reports_id");
  CREATE INDEX "payload_locked_documents_rels_search_misses_id_idx" ON "payload_locked_documents_rels" USING btree ("search_misses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listing_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "problem_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_misses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "council_settings_footer_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "council_settings_footer_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "council_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "council_settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "listing_notes" CASCADE;
  DROP TABLE "problem_reports" CASCADE;
  DROP TABLE "search_misses" CASCADE;
  DROP TABLE "council_settings_footer_links" CASCADE;
  DROP TABLE "council_settings_footer_links_locales" CASCADE;
  DROP TABLE "council_settings" CASCADE;
  DROP TABLE "council_settings_locales" CASCADE;
  ALTER TABLE "pages_rels" DROP CONSTRAINT "pages_rels_pages_fk";
  
  ALTER TABLE "_pages_v_rels" DROP CONSTRAINT "_pages_v_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_listing_notes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_problem_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_misses_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewReminders', 'commentRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewReminders', 'commentRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "pages_rels_pages_id_idx";
  DROP INDEX "_pages_v_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_listing_notes_id_idx";
  DROP INDEX "payload_locked_documents_rels_problem_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_misses_id_idx";
  ALTER TABLE "services" DROP COLUMN "temporary_closure_closed";
  ALTER TABLE "services" DROP COLUMN "temporary_closure_reopens";
  ALTER TABLE "services_locales" DROP COLUMN "temporary_closure_note";
  ALTER TABLE "services_locales" DROP COLUMN "text_changed_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_temporary_closure_closed";
  ALTER TABLE "_services_v" DROP COLUMN "version_temporary_closure_reopens";
  ALTER TABLE "_services_v_locales" DROP COLUMN "version_temporary_closure_note";
  ALTER TABLE "_services_v_locales" DROP COLUMN "version_text_changed_at";
  ALTER TABLE "pages_locales" DROP COLUMN "text_changed_at";
  ALTER TABLE "pages_rels" DROP COLUMN "pages_id";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_text_changed_at";
  ALTER TABLE "_pages_v_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "listing_notes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "problem_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_misses_id";
  DROP TYPE "public"."enum_problem_reports_problem";
  DROP TYPE "public"."enum_problem_reports_locale";
  DROP TYPE "public"."enum_problem_reports_status";
  DROP TYPE "public"."enum_search_misses_locale";`)
}
