import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "council_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "council_settings_footer_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "council_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"logo_id" integer,
  	"favicon_id" integer,
  	"brand_colour" varchar DEFAULT '#005a70' NOT NULL,
  	"example_postcode" varchar NOT NULL,
  	"contact_email" varchar NOT NULL,
  	"contact_phone" varchar NOT NULL,
  	"contact_address" varchar,
  	"sendiass_phone" varchar NOT NULL,
  	"sendiass_url" varchar NOT NULL,
  	"addresses_local_offer" varchar NOT NULL,
  	"addresses_cms" varchar NOT NULL,
  	"accessibility_contact_email" varchar NOT NULL,
  	"accessibility_contact_phone" varchar,
  	"accessibility_response_days" numeric DEFAULT 5 NOT NULL,
  	"accessibility_last_reviewed" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "council_settings_locales" (
  	"council_name" varchar,
  	"short_name" varchar,
  	"footer_note" varchar,
  	"sendiass_name" varchar,
  	"accessibility_enforcement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "council_settings_footer_links" ADD CONSTRAINT "council_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_settings_footer_links_locales" ADD CONSTRAINT "council_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_settings" ADD CONSTRAINT "council_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_settings" ADD CONSTRAINT "council_settings_favicon_id_media_id_fk" FOREIGN KEY ("favicon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_settings_locales" ADD CONSTRAINT "council_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "council_settings_footer_links_order_idx" ON "council_settings_footer_links" USING btree ("_order");
  CREATE INDEX "council_settings_footer_links_parent_id_idx" ON "council_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "council_settings_footer_links_locales_locale_parent_id_uniqu" ON "council_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "council_settings_logo_idx" ON "council_settings" USING btree ("logo_id");
  CREATE INDEX "council_settings_favicon_idx" ON "council_settings" USING btree ("favicon_id");
  CREATE UNIQUE INDEX "council_settings_locales_locale_parent_id_unique" ON "council_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "council_settings_footer_links" CASCADE;
  DROP TABLE "council_settings_footer_links_locales" CASCADE;
  DROP TABLE "council_settings" CASCADE;
  DROP TABLE "council_settings_locales" CASCADE;`)
}
