import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The live Open Referral API's stored list entries (its read model): see
 * src/plugins/openReferralApi/storedDocuments. They are made again from the listings whenever
 * they are missing, so rolling back loses nothing but time.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "open_referral_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"listing_id" varchar NOT NULL,
  	"source_key" varchar NOT NULL,
  	"list_item" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "open_referral_documents_id" integer;
  CREATE UNIQUE INDEX "open_referral_documents_listing_id_idx" ON "open_referral_documents" USING btree ("listing_id");
  CREATE INDEX "open_referral_documents_updated_at_idx" ON "open_referral_documents" USING btree ("updated_at");
  CREATE INDEX "open_referral_documents_created_at_idx" ON "open_referral_documents" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open_referral_documents_fk" FOREIGN KEY ("open_referral_documents_id") REFERENCES "public"."open_referral_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_open_referral_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("open_referral_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_open_referral_documents_fk";
  DROP INDEX "payload_locked_documents_rels_open_referral_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "open_referral_documents_id";
  DROP TABLE "open_referral_documents";`)
}
