import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  CREATE TABLE "listing_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"listing_id" integer NOT NULL,
  	"note" varchar NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services" ADD COLUMN "temporary_closure_closed" boolean DEFAULT false;
  ALTER TABLE "services" ADD COLUMN "temporary_closure_reopens" timestamp(3) with time zone;
  ALTER TABLE "services_locales" ADD COLUMN "temporary_closure_note" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_temporary_closure_closed" boolean DEFAULT false;
  ALTER TABLE "_services_v" ADD COLUMN "version_temporary_closure_reopens" timestamp(3) with time zone;
  ALTER TABLE "_services_v_locales" ADD COLUMN "version_temporary_closure_note" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "listing_notes_id" integer;
  ALTER TABLE "listing_notes" ADD CONSTRAINT "listing_notes_listing_id_services_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "listing_notes" ADD CONSTRAINT "listing_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "listing_notes_listing_idx" ON "listing_notes" USING btree ("listing_id");
  CREATE INDEX "listing_notes_author_idx" ON "listing_notes" USING btree ("author_id");
  CREATE INDEX "listing_notes_updated_at_idx" ON "listing_notes" USING btree ("updated_at");
  CREATE INDEX "listing_notes_created_at_idx" ON "listing_notes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_listing_notes_fk" FOREIGN KEY ("listing_notes_id") REFERENCES "public"."listing_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_listing_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("listing_notes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "listing_notes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "listing_notes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_listing_notes_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'reviewReminders', 'commentRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'reviewReminders', 'commentRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_listing_notes_id_idx";
  ALTER TABLE "services" DROP COLUMN "temporary_closure_closed";
  ALTER TABLE "services" DROP COLUMN "temporary_closure_reopens";
  ALTER TABLE "services_locales" DROP COLUMN "temporary_closure_note";
  ALTER TABLE "_services_v" DROP COLUMN "version_temporary_closure_closed";
  ALTER TABLE "_services_v" DROP COLUMN "version_temporary_closure_reopens";
  ALTER TABLE "_services_v_locales" DROP COLUMN "version_temporary_closure_note";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "listing_notes_id";`)
}
