import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_school_names_source" AS ENUM('gias', 'manual');
  CREATE TABLE "school_names" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"urn" varchar,
  	"source" "enum_school_names_source" DEFAULT 'manual' NOT NULL,
  	"imported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "school_names_id" integer;
  CREATE INDEX "school_names_name_idx" ON "school_names" USING btree ("name");
  CREATE UNIQUE INDEX "school_names_urn_idx" ON "school_names" USING btree ("urn");
  CREATE INDEX "school_names_updated_at_idx" ON "school_names" USING btree ("updated_at");
  CREATE INDEX "school_names_created_at_idx" ON "school_names" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_school_names_fk" FOREIGN KEY ("school_names_id") REFERENCES "public"."school_names"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_school_names_id_idx" ON "payload_locked_documents_rels" USING btree ("school_names_id");`)
  // Issue 16: invisible formatting (bidi overrides and isolates, zero-width characters, soft
  // hyphens; not U+200D, which joins emoji) is now removed before a comment is stored. Comments
  // stored before that lose it here too, so the admin shows what the text says. Copied, not
  // imported, from shared/src/redaction/invisible.ts (migrations never import live code).
  await db.execute(
    sql`UPDATE "comments" SET "comment" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("comment", chr(173), ''), chr(1564), ''), chr(6158), ''), chr(8203), ''), chr(8204), ''), chr(8206), ''), chr(8207), ''), chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), ''), chr(8288), ''), chr(8289), ''), chr(8290), ''), chr(8291), ''), chr(8292), ''), chr(8294), ''), chr(8295), ''), chr(8296), ''), chr(8297), ''), chr(65279), ''), "anonymised_text" = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("anonymised_text", chr(173), ''), chr(1564), ''), chr(6158), ''), chr(8203), ''), chr(8204), ''), chr(8206), ''), chr(8207), ''), chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), ''), chr(8288), ''), chr(8289), ''), chr(8290), ''), chr(8291), ''), chr(8292), ''), chr(8294), ''), chr(8295), ''), chr(8296), ''), chr(8297), ''), chr(65279), '')`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "school_names" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "school_names" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_school_names_fk";
  
  DROP INDEX "payload_locked_documents_rels_school_names_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "school_names_id";
  DROP TYPE "public"."enum_school_names_source";`)
}
