import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Every existing listing and organisation gets its Open Referral id (a random UUID). */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" ADD COLUMN "open_referral_id" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_open_referral_id" varchar;
  ALTER TABLE "organisations" ADD COLUMN "open_referral_id" varchar;
  UPDATE "services" SET "open_referral_id" = gen_random_uuid()::text WHERE "open_referral_id" IS NULL;
  UPDATE "_services_v" SET "version_open_referral_id" = "services"."open_referral_id"
    FROM "services" WHERE "services"."id" = "_services_v"."parent_id";
  UPDATE "organisations" SET "open_referral_id" = gen_random_uuid()::text WHERE "open_referral_id" IS NULL;
  CREATE UNIQUE INDEX "services_open_referral_id_idx" ON "services" USING btree ("open_referral_id");
  CREATE INDEX "_services_v_version_version_open_referral_id_idx" ON "_services_v" USING btree ("version_open_referral_id");
  CREATE UNIQUE INDEX "organisations_open_referral_id_idx" ON "organisations" USING btree ("open_referral_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "services_open_referral_id_idx";
  DROP INDEX "_services_v_version_version_open_referral_id_idx";
  DROP INDEX "organisations_open_referral_id_idx";
  ALTER TABLE "services" DROP COLUMN "open_referral_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_open_referral_id";
  ALTER TABLE "organisations" DROP COLUMN "open_referral_id";`)
}
