import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { localitiesFromListings } from '../frozen/localitiesFromListings'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "services_locations" ALTER COLUMN "locality" SET DATA TYPE varchar;
  ALTER TABLE "_services_v_version_locations" ALTER COLUMN "locality" SET DATA TYPE varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "localities_id" integer;
  ALTER TABLE "localities_locales" ADD CONSTRAINT "localities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "localities_texts" ADD CONSTRAINT "localities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "localities_slug_idx" ON "localities" USING btree ("slug");
  CREATE INDEX "localities_updated_at_idx" ON "localities" USING btree ("updated_at");
  CREATE INDEX "localities_created_at_idx" ON "localities" USING btree ("created_at");
  CREATE UNIQUE INDEX "localities_locales_locale_parent_id_unique" ON "localities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "localities_texts_order_parent" ON "localities_texts" USING btree ("order","parent_id");
  CREATE INDEX "localities_texts_text_idx" ON "localities_texts" USING btree ("text");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_locations_locality_idx" ON "services_locations" USING btree ("locality");
  CREATE INDEX "_services_v_version_locations_locality_idx" ON "_services_v_version_locations" USING btree ("locality");
  CREATE INDEX "payload_locked_documents_rels_localities_id_idx" ON "payload_locked_documents_rels" USING btree ("localities_id");
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
  DROP TABLE "localities" CASCADE;
  DROP TABLE "localities_locales" CASCADE;
  DROP TABLE "localities_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_localities_fk";
  
  DROP INDEX "services_locations_locality_idx";
  DROP INDEX "_services_v_version_locations_locality_idx";
  DROP INDEX "payload_locked_documents_rels_localities_id_idx";
  ALTER TABLE "services_locations" ALTER COLUMN "locality" SET DATA TYPE "public"."enum_services_locations_locality" USING "locality"::"public"."enum_services_locations_locality";
  ALTER TABLE "_services_v_version_locations" ALTER COLUMN "locality" SET DATA TYPE "public"."enum__services_v_version_locations_locality" USING "locality"::"public"."enum__services_v_version_locations_locality";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "localities_id";`)
}
