import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_postcodes_source" AS ENUM('ons', 'codepoint', 'geocoder', 'demo');
  CREATE TABLE "postcodes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"postcode" varchar NOT NULL,
  	"district" varchar NOT NULL,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"source" "enum_postcodes_source" DEFAULT 'ons' NOT NULL,
  	"imported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services_locations" ADD COLUMN "latitude" numeric;
  ALTER TABLE "services_locations" ADD COLUMN "longitude" numeric;
  ALTER TABLE "services_locations" ADD COLUMN "place_warning" varchar;
  ALTER TABLE "_services_v_version_locations" ADD COLUMN "latitude" numeric;
  ALTER TABLE "_services_v_version_locations" ADD COLUMN "longitude" numeric;
  ALTER TABLE "_services_v_version_locations" ADD COLUMN "place_warning" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "postcodes_id" integer;
  CREATE UNIQUE INDEX "postcodes_postcode_idx" ON "postcodes" USING btree ("postcode");
  CREATE INDEX "postcodes_district_idx" ON "postcodes" USING btree ("district");
  CREATE INDEX "postcodes_updated_at_idx" ON "postcodes" USING btree ("updated_at");
  CREATE INDEX "postcodes_created_at_idx" ON "postcodes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_postcodes_fk" FOREIGN KEY ("postcodes_id") REFERENCES "public"."postcodes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_postcodes_id_idx" ON "payload_locked_documents_rels" USING btree ("postcodes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "postcodes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "postcodes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_postcodes_fk";
  
  DROP INDEX "payload_locked_documents_rels_postcodes_id_idx";
  ALTER TABLE "services_locations" DROP COLUMN "latitude";
  ALTER TABLE "services_locations" DROP COLUMN "longitude";
  ALTER TABLE "services_locations" DROP COLUMN "place_warning";
  ALTER TABLE "_services_v_version_locations" DROP COLUMN "latitude";
  ALTER TABLE "_services_v_version_locations" DROP COLUMN "longitude";
  ALTER TABLE "_services_v_version_locations" DROP COLUMN "place_warning";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "postcodes_id";
  DROP TYPE "public"."enum_postcodes_source";`)
}
