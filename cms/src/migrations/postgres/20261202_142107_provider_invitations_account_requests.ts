import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_invitation_status" AS ENUM('invited', 'joined');
  CREATE TYPE "public"."enum_account_requests_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_account_requests_status" AS ENUM('waiting', 'approved', 'declined');
  CREATE TYPE "public"."enum_account_requests_organisation_type" AS ENUM('local-authority', 'school', 'early-years', 'college', 'nhs', 'charity', 'independent', 'transport');
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
  
  ALTER TABLE "users" ADD COLUMN "invitation_status" "enum_users_invitation_status";
  ALTER TABLE "users" ADD COLUMN "invited_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "invited_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_requests_id" integer;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_invited_user_id_users_id_fk" FOREIGN KEY ("invited_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "account_requests_status_idx" ON "account_requests" USING btree ("status");
  CREATE INDEX "account_requests_organisation_idx" ON "account_requests" USING btree ("organisation_id");
  CREATE INDEX "account_requests_decided_by_idx" ON "account_requests" USING btree ("decided_by_id");
  CREATE INDEX "account_requests_invited_user_idx" ON "account_requests" USING btree ("invited_user_id");
  CREATE INDEX "account_requests_updated_at_idx" ON "account_requests" USING btree ("updated_at");
  CREATE INDEX "account_requests_created_at_idx" ON "account_requests" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_requests_fk" FOREIGN KEY ("account_requests_id") REFERENCES "public"."account_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_invitation_status_idx" ON "users" USING btree ("invitation_status");
  CREATE INDEX "users_invited_by_idx" ON "users" USING btree ("invited_by_id");
  CREATE INDEX "payload_locked_documents_rels_account_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("account_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "account_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "account_requests" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_invited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_requests_fk";
  
  DROP INDEX "users_invitation_status_idx";
  DROP INDEX "users_invited_by_idx";
  DROP INDEX "payload_locked_documents_rels_account_requests_id_idx";
  ALTER TABLE "users" DROP COLUMN "invitation_status";
  ALTER TABLE "users" DROP COLUMN "invited_at";
  ALTER TABLE "users" DROP COLUMN "invited_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_requests_id";
  DROP TYPE "public"."enum_users_invitation_status";
  DROP TYPE "public"."enum_account_requests_locale";
  DROP TYPE "public"."enum_account_requests_status";
  DROP TYPE "public"."enum_account_requests_organisation_type";`)
}
