import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_import_sorting_status" AS ENUM('waiting', 'listed', 'imported', 'dismissed');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_sorting_id" integer;
  ALTER TABLE "import_sorting" ADD CONSTRAINT "import_sorting_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_sorting" ADD CONSTRAINT "import_sorting_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "import_sorting_open_referral_id_idx" ON "import_sorting" USING btree ("open_referral_id");
  CREATE INDEX "import_sorting_status_idx" ON "import_sorting" USING btree ("status");
  CREATE INDEX "import_sorting_listing_idx" ON "import_sorting" USING btree ("listing_id");
  CREATE INDEX "import_sorting_decided_by_idx" ON "import_sorting" USING btree ("decided_by_id");
  CREATE INDEX "import_sorting_updated_at_idx" ON "import_sorting" USING btree ("updated_at");
  CREATE INDEX "import_sorting_created_at_idx" ON "import_sorting" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_sorting_fk" FOREIGN KEY ("import_sorting_id") REFERENCES "public"."import_sorting"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_import_sorting_id_idx" ON "payload_locked_documents_rels" USING btree ("import_sorting_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_sorting" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_sorting" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_sorting_fk";
  
  DROP INDEX "payload_locked_documents_rels_import_sorting_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_sorting_id";
  DROP TYPE "public"."enum_import_sorting_status";`)
}
