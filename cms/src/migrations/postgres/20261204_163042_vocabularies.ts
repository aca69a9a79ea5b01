import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import {
  listingTextsToValues,
  listingValuesToTexts,
  starterVocabularies,
} from '../frozen/vocabulariesAsData'
import type { SqlRunner } from '../frozen/reviewAndModerationBackfill'

const runner = (db: MigrateUpArgs['db']): SqlRunner => ({
  run: async (statement) => {
    await db.execute(sql.raw(statement))
  },
  rows: async (statement) => (await db.execute(sql.raw(statement))).rows,
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sub_categories_category" AS ENUM('education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TABLE "services_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_services_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sub_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum_sub_categories_category" NOT NULL,
  	"order" numeric DEFAULT 0,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sub_categories_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sub_categories_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "venue_features" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 0,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "venue_features_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "service_languages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_languages_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "services_sub_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_locations_venue_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_sub_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_locations_venue_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sub_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "venue_features_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_languages_id" integer;
  ALTER TABLE "services_texts" ADD CONSTRAINT "services_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_texts" ADD CONSTRAINT "_services_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sub_categories_locales" ADD CONSTRAINT "sub_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sub_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sub_categories_texts" ADD CONSTRAINT "sub_categories_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sub_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venue_features_locales" ADD CONSTRAINT "venue_features_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venue_features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_languages_locales" ADD CONSTRAINT "service_languages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_languages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_texts_order_parent" ON "services_texts" USING btree ("order","parent_id");
  CREATE INDEX "services_texts_text_idx" ON "services_texts" USING btree ("text");
  CREATE INDEX "_services_v_texts_order_parent" ON "_services_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "sub_categories_category_idx" ON "sub_categories" USING btree ("category");
  CREATE INDEX "sub_categories_order_idx" ON "sub_categories" USING btree ("order");
  CREATE UNIQUE INDEX "sub_categories_key_idx" ON "sub_categories" USING btree ("key");
  CREATE INDEX "sub_categories_updated_at_idx" ON "sub_categories" USING btree ("updated_at");
  CREATE INDEX "sub_categories_created_at_idx" ON "sub_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "sub_categories_locales_locale_parent_id_unique" ON "sub_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sub_categories_locales_parent_idx" ON "sub_categories_locales" USING btree ("_parent_id");
  CREATE INDEX "sub_categories_texts_order_parent" ON "sub_categories_texts" USING btree ("order","parent_id");
  CREATE INDEX "venue_features_order_idx" ON "venue_features" USING btree ("order");
  CREATE UNIQUE INDEX "venue_features_key_idx" ON "venue_features" USING btree ("key");
  CREATE INDEX "venue_features_updated_at_idx" ON "venue_features" USING btree ("updated_at");
  CREATE INDEX "venue_features_created_at_idx" ON "venue_features" USING btree ("created_at");
  CREATE UNIQUE INDEX "venue_features_locales_locale_parent_id_unique" ON "venue_features_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venue_features_locales_parent_idx" ON "venue_features_locales" USING btree ("_parent_id");
  CREATE INDEX "service_languages_order_idx" ON "service_languages" USING btree ("order");
  CREATE UNIQUE INDEX "service_languages_key_idx" ON "service_languages" USING btree ("key");
  CREATE INDEX "service_languages_updated_at_idx" ON "service_languages" USING btree ("updated_at");
  CREATE INDEX "service_languages_created_at_idx" ON "service_languages" USING btree ("created_at");
  CREATE UNIQUE INDEX "service_languages_locales_locale_parent_id_unique" ON "service_languages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "service_languages_locales_parent_idx" ON "service_languages_locales" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sub_categories_fk" FOREIGN KEY ("sub_categories_id") REFERENCES "public"."sub_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_venue_features_fk" FOREIGN KEY ("venue_features_id") REFERENCES "public"."venue_features"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_languages_fk" FOREIGN KEY ("service_languages_id") REFERENCES "public"."service_languages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sub_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("sub_categories_id");
  CREATE INDEX "payload_locked_documents_rels_venue_features_id_idx" ON "payload_locked_documents_rels" USING btree ("venue_features_id");
  CREATE INDEX "payload_locked_documents_rels_service_languages_id_idx" ON "payload_locked_documents_rels" USING btree ("service_languages_id");`)
  // The listings' values move to the text tables, and the collections get their terms;
  // then the old tables and their types go.
  await listingValuesToTexts(runner(db))
  await starterVocabularies(runner(db))
  await db.execute(sql`
  DROP TABLE "services_sub_categories" CASCADE;
  DROP TABLE "services_languages" CASCADE;
  DROP TABLE "services_locations_venue_features" CASCADE;
  DROP TABLE "_services_v_version_sub_categories" CASCADE;
  DROP TABLE "_services_v_version_languages" CASCADE;
  DROP TABLE "_services_v_version_locations_venue_features" CASCADE;
  DROP TYPE "public"."enum_services_sub_categories";
  DROP TYPE "public"."enum_services_languages";
  DROP TYPE "public"."enum_services_locations_venue_features";
  DROP TYPE "public"."enum__services_v_version_sub_categories";
  DROP TYPE "public"."enum__services_v_version_languages";
  DROP TYPE "public"."enum__services_v_version_locations_venue_features";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_sub_categories" AS ENUM('early-years', 'mainstream-schools', 'special-schools', 'resource-bases', 'colleges', 'independent-specialist', 'alternative-provision', 'specialist-teaching', 'speech-language-therapy', 'occupational-therapy', 'physiotherapy', 'community-nursing', 'mental-health', 'paediatrics', 'sensory-services', 'equipment', 'disabled-children-team', 'early-help', 'carers', 'transition-adult-care', 'personal-budgets', 'home-to-school', 'post-16-transport', 'travel-training', 'blue-badge-mobility', 'apprenticeships', 'supported-internships', 'employment', 'housing-independent-living', 'higher-education', 'community-participation', 'day-activities', 'holiday-schemes', 'overnight-breaks', 'home-based-support', 'sendiass', 'parent-carer-forum', 'support-groups', 'training-for-parents', 'childcare', 'sport-leisure', 'arts-culture', 'youth-clubs', 'mediation', 'disagreement-resolution', 'complaints', 'send-tribunal', 'appeal-support');
  CREATE TYPE "public"."enum_services_languages" AS ENUM('en', 'bfi', 'pl', 'ar', 'ur', 'pa', 'bn', 'so', 'ro', 'uk', 'gu', 'ta', 'zh', 'fr', 'es', 'pt', 'tr', 'fa', 'ps', 'ti');
  CREATE TYPE "public"."enum_services_locations_venue_features" AS ENUM('step-free', 'accessible-toilet', 'changing-places', 'hearing-loop', 'accessible-parking', 'quiet-space', 'lift');
  CREATE TYPE "public"."enum__services_v_version_sub_categories" AS ENUM('early-years', 'mainstream-schools', 'special-schools', 'resource-bases', 'colleges', 'independent-specialist', 'alternative-provision', 'specialist-teaching', 'speech-language-therapy', 'occupational-therapy', 'physiotherapy', 'community-nursing', 'mental-health', 'paediatrics', 'sensory-services', 'equipment', 'disabled-children-team', 'early-help', 'carers', 'transition-adult-care', 'personal-budgets', 'home-to-school', 'post-16-transport', 'travel-training', 'blue-badge-mobility', 'apprenticeships', 'supported-internships', 'employment', 'housing-independent-living', 'higher-education', 'community-participation', 'day-activities', 'holiday-schemes', 'overnight-breaks', 'home-based-support', 'sendiass', 'parent-carer-forum', 'support-groups', 'training-for-parents', 'childcare', 'sport-leisure', 'arts-culture', 'youth-clubs', 'mediation', 'disagreement-resolution', 'complaints', 'send-tribunal', 'appeal-support');
  CREATE TYPE "public"."enum__services_v_version_languages" AS ENUM('en', 'bfi', 'pl', 'ar', 'ur', 'pa', 'bn', 'so', 'ro', 'uk', 'gu', 'ta', 'zh', 'fr', 'es', 'pt', 'tr', 'fa', 'ps', 'ti');
  CREATE TYPE "public"."enum__services_v_version_locations_venue_features" AS ENUM('step-free', 'accessible-toilet', 'changing-places', 'hearing-loop', 'accessible-parking', 'quiet-space', 'lift');
  CREATE TABLE "services_sub_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_sub_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_locations_venue_features" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_services_locations_venue_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_sub_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_sub_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_locations_venue_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_locations_venue_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "services_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sub_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sub_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sub_categories_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "venue_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "venue_features_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_languages_locales" DISABLE ROW LEVEL SECURITY;`)
  await listingTextsToValues(runner(db), true)
  // The tables' CASCADE has dropped the locked-documents constraints already: IF EXISTS.
  await db.execute(sql`
  DROP TABLE "services_texts" CASCADE;
  DROP TABLE "_services_v_texts" CASCADE;
  DROP TABLE "sub_categories" CASCADE;
  DROP TABLE "sub_categories_locales" CASCADE;
  DROP TABLE "sub_categories_texts" CASCADE;
  DROP TABLE "venue_features" CASCADE;
  DROP TABLE "venue_features_locales" CASCADE;
  DROP TABLE "service_languages" CASCADE;
  DROP TABLE "service_languages_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sub_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_venue_features_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_service_languages_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_sub_categories_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_venue_features_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_service_languages_id_idx";
  ALTER TABLE "services_sub_categories" ADD CONSTRAINT "services_sub_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_languages" ADD CONSTRAINT "services_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_locations_venue_features" ADD CONSTRAINT "services_locations_venue_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_sub_categories" ADD CONSTRAINT "_services_v_version_sub_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_languages" ADD CONSTRAINT "_services_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_locations_venue_features" ADD CONSTRAINT "_services_v_version_locations_venue_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v_version_locations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_sub_categories_order_idx" ON "services_sub_categories" USING btree ("order");
  CREATE INDEX "services_sub_categories_parent_idx" ON "services_sub_categories" USING btree ("parent_id");
  CREATE INDEX "services_languages_order_idx" ON "services_languages" USING btree ("order");
  CREATE INDEX "services_languages_parent_idx" ON "services_languages" USING btree ("parent_id");
  CREATE INDEX "services_locations_venue_features_order_idx" ON "services_locations_venue_features" USING btree ("order");
  CREATE INDEX "services_locations_venue_features_parent_idx" ON "services_locations_venue_features" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_sub_categories_order_idx" ON "_services_v_version_sub_categories" USING btree ("order");
  CREATE INDEX "_services_v_version_sub_categories_parent_idx" ON "_services_v_version_sub_categories" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_languages_order_idx" ON "_services_v_version_languages" USING btree ("order");
  CREATE INDEX "_services_v_version_languages_parent_idx" ON "_services_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_locations_venue_features_order_idx" ON "_services_v_version_locations_venue_features" USING btree ("order");
  CREATE INDEX "_services_v_version_locations_venue_features_parent_idx" ON "_services_v_version_locations_venue_features" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sub_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "venue_features_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_languages_id";
  DROP TYPE "public"."enum_sub_categories_category";`)
}
