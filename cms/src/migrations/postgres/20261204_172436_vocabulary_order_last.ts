import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sub_categories" ALTER COLUMN "order" DROP DEFAULT;
  ALTER TABLE "venue_features" ALTER COLUMN "order" DROP DEFAULT;
  ALTER TABLE "service_languages" ALTER COLUMN "order" DROP DEFAULT;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sub_categories" ALTER COLUMN "order" SET DEFAULT 0;
  ALTER TABLE "venue_features" ALTER COLUMN "order" SET DEFAULT 0;
  ALTER TABLE "service_languages" ALTER COLUMN "order" SET DEFAULT 0;`)
}
