import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_problem_reports_problem" AS ENUM('out-of-date', 'service-closed', 'wrong-contact-details', 'something-else');
  CREATE TYPE "public"."enum_problem_reports_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_problem_reports_status" AS ENUM('open', 'resolved');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "problem_reports_id" integer;
  ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "problem_reports_listing_idx" ON "problem_reports" USING btree ("listing_id");
  CREATE INDEX "problem_reports_status_idx" ON "problem_reports" USING btree ("status");
  CREATE INDEX "problem_reports_resolved_by_idx" ON "problem_reports" USING btree ("resolved_by_id");
  CREATE INDEX "problem_reports_updated_at_idx" ON "problem_reports" USING btree ("updated_at");
  CREATE INDEX "problem_reports_created_at_idx" ON "problem_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_problem_reports_fk" FOREIGN KEY ("problem_reports_id") REFERENCES "public"."problem_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_problem_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("problem_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "problem_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "problem_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_problem_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_problem_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "problem_reports_id";
  DROP TYPE "public"."enum_problem_reports_problem";
  DROP TYPE "public"."enum_problem_reports_locale";
  DROP TYPE "public"."enum_problem_reports_status";`)
}
