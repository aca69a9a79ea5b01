import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { localitiesFromListings } from '../frozen/localitiesFromListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_invitation_status" AS ENUM('invited', 'joined');
  CREATE TYPE "public"."enum_feedback_reports_local_offer_counts_rows" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum_feedback_reports_local_offer_counts_columns" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_rows" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_columns" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum_account_requests_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_account_requests_status" AS ENUM('waiting', 'approved', 'declined');
  CREATE TYPE "public"."enum_account_requests_organisation_type" AS ENUM('local-authority', 'school', 'early-years', 'college', 'nhs', 'charity', 'independent', 'transport');
  CREATE TYPE "public"."enum_import_sorting_status" AS ENUM('waiting', 'listed', 'imported', 'dismissed');
  CREATE TABLE "localities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "localities_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "localities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "feedback_reports_local_offer_counts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rows" "enum_feedback_reports_local_offer_counts_rows" DEFAULT 'category',
  	"columns" "enum_feedback_reports_local_offer_counts_columns" DEFAULT 'age',
  	"count_again" boolean DEFAULT false,
  	"taken_at" timestamp(3) with time zone,
  	"counts" jsonb
  );
  
  CREATE TABLE "feedback_reports_local_offer_counts_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_feedback_reports_v_version_local_offer_counts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"rows" "enum__feedback_reports_v_version_local_offer_counts_rows" DEFAULT 'category',
  	"columns" "enum__feedback_reports_v_version_local_offer_counts_columns" DEFAULT 'age',
  	"count_again" boolean DEFAULT false,
  	"taken_at" timestamp(3) with time zone,
  	"counts" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_feedback_reports_v_version_local_offer_counts_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "account_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_name" varchar NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"offer" varchar NOT NULL,
  	"registration_number" varchar,
  	"locale" "enum_account_requests_locale" DEFAULT 'en',
  	"status" "enum_account_requests_status" DEFAULT 'waiting' NOT NULL,
  	"organisation_id" integer,
  	"organisation_type" "enum_account_requests_organisation_type",
  	"decline_reason" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"invited_user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_sorting" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"open_referral_id" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"summary" varchar,
  	"organisation_name" varchar,
  	"status" "enum_import_sorting_status" DEFAULT 'waiting' NOT NULL,
  	"source" varchar,
  	"imported_at" timestamp(3) with time zone NOT NULL,
  	"reasons" jsonb,
  	"foreign_terms" jsonb,
  	"suggested" jsonb,
  	"listing_id" integer,
  	"classification" jsonb,
  	"dismiss_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"record" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services_locations" ALTER COLUMN "locality" SET DATA TYPE varchar;
  ALTER TABLE "_services_v_version_locations" ALTER COLUMN "locality" SET DATA TYPE varchar;
  ALTER TABLE "users" ADD COLUMN "invitation_status" "enum_users_invitation_status";
  ALTER TABLE "users" ADD COLUMN "invited_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "invited_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "localities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_sorting_id" integer;
  ALTER TABLE "localities_locales" ADD CONSTRAINT "localities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "localities_texts" ADD CONSTRAINT "localities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_local_offer_counts" ADD CONSTRAINT "feedback_reports_local_offer_counts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_local_offer_counts_locales" ADD CONSTRAINT "feedback_reports_local_offer_counts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports_local_offer_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_local_offer_counts" ADD CONSTRAINT "_feedback_reports_v_version_local_offer_counts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_local_offer_counts_locales" ADD CONSTRAINT "_feedback_reports_v_version_local_offer_counts_locales_pa_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v_version_local_offer_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_invited_user_id_users_id_fk" FOREIGN KEY ("invited_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_sorting" ADD CONSTRAINT "import_sorting_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_sorting" ADD CONSTRAINT "import_sorting_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "localities_slug_idx" ON "localities" USING btree ("slug");
  CREATE INDEX "localities_updated_at_idx" ON "localities" USING btree ("updated_at");
  CREATE INDEX "localities_created_at_idx" ON "localities" USING btree ("created_at");
  CREATE UNIQUE INDEX "localities_locales_locale_parent_id_unique" ON "localities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "localities_locales_parent_idx" ON "localities_locales" USING btree ("_parent_id");
  CREATE INDEX "localities_texts_order_parent" ON "localities_texts" USING btree ("order","parent_id");
  CREATE INDEX "localities_texts_text_idx" ON "localities_texts" USING btree ("text");
  CREATE INDEX "feedback_reports_local_offer_counts_order_idx" ON "feedback_reports_local_offer_counts" USING btree ("_order");
  CREATE INDEX "feedback_reports_local_offer_counts_parent_id_idx" ON "feedback_reports_local_offer_counts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "feedback_reports_local_offer_counts_locales_locale_parent_id" ON "feedback_reports_local_offer_counts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "feedback_reports_local_offer_counts_locales_parent_idx" ON "feedback_reports_local_offer_counts_locales" USING btree ("_parent_id");
  CREATE INDEX "_feedback_reports_v_version_local_offer_counts_order_idx" ON "_feedback_reports_v_version_local_offer_counts" USING btree ("_order");
  CREATE INDEX "_feedback_reports_v_version_local_offer_counts_parent_id_idx" ON "_feedback_reports_v_version_local_offer_counts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_feedback_reports_v_version_local_offer_counts_locales_local" ON "_feedback_reports_v_version_local_offer_counts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_feedback_reports_v_version_local_offer_counts_l_parent_idx" ON "_feedback_reports_v_version_local_offer_counts_locales" USING btree ("_parent_id");
  CREATE INDEX "account_requests_status_idx" ON "account_requests" USING btree ("status");
  CREATE INDEX "account_requests_organisation_idx" ON "account_requests" USING btree ("organisation_id");
  CREATE INDEX "account_requests_decided_by_idx" ON "account_requests" USING btree ("decided_by_id");
  CREATE INDEX "account_requests_invited_user_idx" ON "account_requests" USING btree ("invited_user_id");
  CREATE INDEX "account_requests_updated_at_idx" ON "account_requests" USING btree ("updated_at");
  CREATE INDEX "account_requests_created_at_idx" ON "account_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "import_sorting_open_referral_id_idx" ON "import_sorting" USING btree ("open_referral_id");
  CREATE INDEX "import_sorting_status_idx" ON "import_sorting" USING btree ("status");
  CREATE INDEX "import_sorting_listing_idx" ON "import_sorting" USING btree ("listing_id");
  CREATE INDEX "import_sorting_decided_by_idx" ON "import_sorting" USING btree ("decided_by_id");
  CREATE INDEX "import_sorting_updated_at_idx" ON "import_sorting" USING btree ("updated_at");
  CREATE INDEX "import_sorting_created_at_idx" ON "import_sorting" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_requests_fk" FOREIGN KEY ("account_requests_id") REFERENCES "public"."account_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_sorting_fk" FOREIGN KEY ("import_sorting_id") REFERENCES "public"."import_sorting"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_contacts_locales_parent_idx" ON "services_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "services_locations_locality_idx" ON "services_locations" USING btree ("locality");
  CREATE INDEX "services_locations_locales_parent_idx" ON "services_locations_locales" USING btree ("_parent_id");
  CREATE INDEX "services_opening_times_locales_parent_idx" ON "services_opening_times_locales" USING btree ("_parent_id");
  CREATE INDEX "services_locales_parent_idx" ON "services_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_contacts_locales_parent_idx" ON "_services_v_version_contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_locations_locality_idx" ON "_services_v_version_locations" USING btree ("locality");
  CREATE INDEX "_services_v_version_locations_locales_parent_idx" ON "_services_v_version_locations_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_opening_times_locales_parent_idx" ON "_services_v_version_opening_times_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_locales_parent_idx" ON "_services_v_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_locales_parent_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_aliases_locales_parent_idx" ON "glossary_terms_aliases_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_locales_parent_idx" ON "glossary_terms_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "users_invitation_status_idx" ON "users" USING btree ("invitation_status");
  CREATE INDEX "users_invited_by_idx" ON "users" USING btree ("invited_by_id");
  CREATE INDEX "feedback_reports_themes_locales_parent_idx" ON "feedback_reports_themes_locales" USING btree ("_parent_id");
  CREATE INDEX "feedback_reports_locales_parent_idx" ON "feedback_reports_locales" USING btree ("_parent_id");
  CREATE INDEX "_feedback_reports_v_version_themes_locales_parent_idx" ON "_feedback_reports_v_version_themes_locales" USING btree ("_parent_id");
  CREATE INDEX "_feedback_reports_v_locales_parent_idx" ON "_feedback_reports_v_locales" USING btree ("_parent_id");
  CREATE INDEX "payload_locked_documents_rels_localities_id_idx" ON "payload_locked_documents_rels" USING btree ("localities_id");
  CREATE INDEX "payload_locked_documents_rels_account_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("account_requests_id");
  CREATE INDEX "payload_locked_documents_rels_import_sorting_id_idx" ON "payload_locked_documents_rels" USING btree ("import_sorting_id");
  CREATE INDEX "council_settings_footer_links_locales_parent_idx" ON "council_settings_footer_links_locales" USING btree ("_parent_id");
  CREATE INDEX "council_settings_locales_parent_idx" ON "council_settings_locales" USING btree ("_parent_id");
  DROP TYPE "public"."enum_services_locations_locality";
  DROP TYPE "public"."enum__services_v_version_locations_locality";`)
  // The localities in use become data, with the postcode districts of their venues.
  await localitiesFromListings({
    run: async (statement) => {
      await db.execute(sql.raw(statement))
    },
    rows: async (statement) => (await db.execute(sql.raw(statement))).rows,
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_locations_locality" AS ENUM('westbridge-central', 'northbrook', 'eastfield', 'southmere', 'riverside', 'out-of-area');
  CREATE TYPE "public"."enum__services_v_version_locations_locality" AS ENUM('westbridge-central', 'northbrook', 'eastfield', 'southmere', 'riverside', 'out-of-area');
  ALTER TABLE "localities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "localities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "localities_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_local_offer_counts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_reports_local_offer_counts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_version_local_offer_counts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_feedback_reports_v_version_local_offer_counts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "account_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_sorting" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "localities" CASCADE;
  DROP TABLE "localities_locales" CASCADE;
  DROP TABLE "localities_texts" CASCADE;
  DROP TABLE "feedback_reports_local_offer_counts" CASCADE;
  DROP TABLE "feedback_reports_local_offer_counts_locales" CASCADE;
  DROP TABLE "_feedback_reports_v_version_local_offer_counts" CASCADE;
  DROP TABLE "_feedback_reports_v_version_local_offer_counts_locales" CASCADE;
  DROP TABLE "account_requests" CASCADE;
  DROP TABLE "import_sorting" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_invited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_localities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_sorting_fk";
  
  DROP INDEX "services_contacts_locales_parent_idx";
  DROP INDEX "services_locations_locality_idx";
  DROP INDEX "services_locations_locales_parent_idx";
  DROP INDEX "services_opening_times_locales_parent_idx";
  DROP INDEX "services_locales_parent_idx";
  DROP INDEX "_services_v_version_contacts_locales_parent_idx";
  DROP INDEX "_services_v_version_locations_locality_idx";
  DROP INDEX "_services_v_version_locations_locales_parent_idx";
  DROP INDEX "_services_v_version_opening_times_locales_parent_idx";
  DROP INDEX "_services_v_locales_parent_idx";
  DROP INDEX "organisations_locales_parent_idx";
  DROP INDEX "pages_locales_parent_idx";
  DROP INDEX "_pages_v_locales_parent_idx";
  DROP INDEX "glossary_terms_aliases_locales_parent_idx";
  DROP INDEX "glossary_terms_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "users_invitation_status_idx";
  DROP INDEX "users_invited_by_idx";
  DROP INDEX "feedback_reports_themes_locales_parent_idx";
  DROP INDEX "feedback_reports_locales_parent_idx";
  DROP INDEX "_feedback_reports_v_version_themes_locales_parent_idx";
  DROP INDEX "_feedback_reports_v_locales_parent_idx";
  DROP INDEX "payload_locked_documents_rels_localities_id_idx";
  DROP INDEX "payload_locked_documents_rels_account_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_sorting_id_idx";
  DROP INDEX "council_settings_footer_links_locales_parent_idx";
  DROP INDEX "council_settings_locales_parent_idx";
  ALTER TABLE "services_locations" ALTER COLUMN "locality" SET DATA TYPE "public"."enum_services_locations_locality" USING "locality"::"public"."enum_services_locations_locality";
  ALTER TABLE "_services_v_version_locations" ALTER COLUMN "locality" SET DATA TYPE "public"."enum__services_v_version_locations_locality" USING "locality"::"public"."enum__services_v_version_locations_locality";
  ALTER TABLE "users" DROP COLUMN "invitation_status";
  ALTER TABLE "users" DROP COLUMN "invited_at";
  ALTER TABLE "users" DROP COLUMN "invited_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "localities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_sorting_id";
  DROP TYPE "public"."enum_users_invitation_status";
  DROP TYPE "public"."enum_feedback_reports_local_offer_counts_rows";
  DROP TYPE "public"."enum_feedback_reports_local_offer_counts_columns";
  DROP TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_rows";
  DROP TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_columns";
  DROP TYPE "public"."enum_account_requests_locale";
  DROP TYPE "public"."enum_account_requests_status";
  DROP TYPE "public"."enum_account_requests_organisation_type";
  DROP TYPE "public"."enum_import_sorting_status";`)
}
