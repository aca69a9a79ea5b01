import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_reports_local_offer_counts_rows" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum_feedback_reports_local_offer_counts_columns" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_rows" AS ENUM('category', 'need', 'age', 'locality');
  CREATE TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_columns" AS ENUM('category', 'need', 'age', 'locality');
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
  
  ALTER TABLE "feedback_reports_local_offer_counts" ADD CONSTRAINT "feedback_reports_local_offer_counts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_reports_local_offer_counts_locales" ADD CONSTRAINT "feedback_reports_local_offer_counts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."feedback_reports_local_offer_counts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_local_offer_counts" ADD CONSTRAINT "_feedback_reports_v_version_local_offer_counts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_feedback_reports_v_version_local_offer_counts_locales" ADD CONSTRAINT "_feedback_reports_v_version_local_offer_counts_locales_pa_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_feedback_reports_v_version_local_offer_counts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_reports_local_offer_counts_order_idx" ON "feedback_reports_local_offer_counts" USING btree ("_order");
  CREATE INDEX "feedback_reports_local_offer_counts_parent_id_idx" ON "feedback_reports_local_offer_counts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "feedback_reports_local_offer_counts_locales_locale_parent_id" ON "feedback_reports_local_offer_counts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_feedback_reports_v_version_local_offer_counts_order_idx" ON "_feedback_reports_v_version_local_offer_counts" USING btree ("_order");
  CREATE INDEX "_feedback_reports_v_version_local_offer_counts_parent_id_idx" ON "_feedback_reports_v_version_local_offer_counts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_feedback_reports_v_version_local_offer_counts_locales_local" ON "_feedback_reports_v_version_local_offer_counts_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "feedback_reports_local_offer_counts" CASCADE;
  DROP TABLE "feedback_reports_local_offer_counts_locales" CASCADE;
  DROP TABLE "_feedback_reports_v_version_local_offer_counts" CASCADE;
  DROP TABLE "_feedback_reports_v_version_local_offer_counts_locales" CASCADE;
  DROP TYPE "public"."enum_feedback_reports_local_offer_counts_rows";
  DROP TYPE "public"."enum_feedback_reports_local_offer_counts_columns";
  DROP TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_rows";
  DROP TYPE "public"."enum__feedback_reports_v_version_local_offer_counts_columns";`)
}
