import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_services_sub_categories" AS ENUM('early-years', 'mainstream-schools', 'special-schools', 'resource-bases', 'colleges', 'independent-specialist', 'alternative-provision', 'specialist-teaching', 'speech-language-therapy', 'occupational-therapy', 'physiotherapy', 'community-nursing', 'mental-health', 'paediatrics', 'sensory-services', 'equipment', 'disabled-children-team', 'early-help', 'carers', 'transition-adult-care', 'personal-budgets', 'home-to-school', 'post-16-transport', 'travel-training', 'blue-badge-mobility', 'apprenticeships', 'supported-internships', 'employment', 'housing-independent-living', 'higher-education', 'community-participation', 'day-activities', 'holiday-schemes', 'overnight-breaks', 'home-based-support', 'sendiass', 'parent-carer-forum', 'support-groups', 'training-for-parents', 'childcare', 'sport-leisure', 'arts-culture', 'youth-clubs', 'mediation', 'disagreement-resolution', 'complaints', 'send-tribunal', 'appeal-support');
  CREATE TYPE "public"."enum_services_areas_of_need" AS ENUM('communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical');
  CREATE TYPE "public"."enum_services_languages" AS ENUM('en', 'bfi', 'pl', 'ar', 'ur', 'pa', 'bn', 'so', 'ro', 'uk', 'gu', 'ta', 'zh', 'fr', 'es', 'pt', 'tr', 'fa', 'ps', 'ti');
  CREATE TYPE "public"."enum_services_access_routes" AS ENUM('self-referral', 'professional-referral', 'ehc-plan', 'assessment');
  CREATE TYPE "public"."enum_services_locations_venue_features" AS ENUM('step-free', 'accessible-toilet', 'changing-places', 'hearing-loop', 'accessible-parking', 'quiet-space', 'lift');
  CREATE TYPE "public"."enum_services_locations_locality" AS ENUM('westbridge-central', 'northbrook', 'eastfield', 'southmere', 'riverside', 'out-of-area');
  CREATE TYPE "public"."enum_services_opening_times_days" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_services_category" AS ENUM('education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum_services_cost_type" AS ENUM('free', 'charged', 'free-and-charged');
  CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_version_sub_categories" AS ENUM('early-years', 'mainstream-schools', 'special-schools', 'resource-bases', 'colleges', 'independent-specialist', 'alternative-provision', 'specialist-teaching', 'speech-language-therapy', 'occupational-therapy', 'physiotherapy', 'community-nursing', 'mental-health', 'paediatrics', 'sensory-services', 'equipment', 'disabled-children-team', 'early-help', 'carers', 'transition-adult-care', 'personal-budgets', 'home-to-school', 'post-16-transport', 'travel-training', 'blue-badge-mobility', 'apprenticeships', 'supported-internships', 'employment', 'housing-independent-living', 'higher-education', 'community-participation', 'day-activities', 'holiday-schemes', 'overnight-breaks', 'home-based-support', 'sendiass', 'parent-carer-forum', 'support-groups', 'training-for-parents', 'childcare', 'sport-leisure', 'arts-culture', 'youth-clubs', 'mediation', 'disagreement-resolution', 'complaints', 'send-tribunal', 'appeal-support');
  CREATE TYPE "public"."enum__services_v_version_areas_of_need" AS ENUM('communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical');
  CREATE TYPE "public"."enum__services_v_version_languages" AS ENUM('en', 'bfi', 'pl', 'ar', 'ur', 'pa', 'bn', 'so', 'ro', 'uk', 'gu', 'ta', 'zh', 'fr', 'es', 'pt', 'tr', 'fa', 'ps', 'ti');
  CREATE TYPE "public"."enum__services_v_version_access_routes" AS ENUM('self-referral', 'professional-referral', 'ehc-plan', 'assessment');
  CREATE TYPE "public"."enum__services_v_version_locations_venue_features" AS ENUM('step-free', 'accessible-toilet', 'changing-places', 'hearing-loop', 'accessible-parking', 'quiet-space', 'lift');
  CREATE TYPE "public"."enum__services_v_version_locations_locality" AS ENUM('westbridge-central', 'northbrook', 'eastfield', 'southmere', 'riverside', 'out-of-area');
  CREATE TYPE "public"."enum__services_v_version_opening_times_days" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum__services_v_version_category" AS ENUM('education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum__services_v_version_cost_type" AS ENUM('free', 'charged', 'free-and-charged');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_published_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('local-authority', 'school', 'early-years', 'college', 'nhs', 'charity', 'independent', 'transport');
  CREATE TYPE "public"."enum_pages_related_categories" AS ENUM('education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_related_categories" AS ENUM('education', 'health', 'social-care', 'transport', 'preparing-for-adulthood', 'short-breaks', 'information-advice-support', 'childcare-leisure', 'mediation-disagreement', 'tribunal');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'pl', 'ar');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'officer', 'provider');
  CREATE TABLE "services_sub_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_sub_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_areas_of_need" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_areas_of_need",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_access_routes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_access_routes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "services_contacts_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_locations_venue_features" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_services_locations_venue_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"address_line1" varchar,
  	"address_line2" varchar,
  	"town" varchar,
  	"postcode" varchar,
  	"locality" "enum_services_locations_locality"
  );
  
  CREATE TABLE "services_locations_locales" (
  	"name" varchar,
  	"accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_opening_times_days" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_services_opening_times_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_opening_times" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "services_opening_times_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum_services_category",
  	"age_range_minimum" numeric,
  	"age_range_maximum" numeric,
  	"access_ehc_plan_required" boolean DEFAULT false,
  	"access_referral_required" boolean DEFAULT false,
  	"access_referral_url" varchar,
  	"cost_type" "enum_services_cost_type" DEFAULT 'free',
  	"website" varchar,
  	"sen_information_report_url" varchar,
  	"slug" varchar,
  	"organisation_id" integer,
  	"last_reviewed" timestamp(3) with time zone,
  	"review_interval_months" numeric DEFAULT 12,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "services_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"access_how_to_access" varchar,
  	"eligibility" varchar,
  	"how_to_complain" varchar,
  	"cost_detail" varchar,
  	"education_offer_approach_to_teaching" varchar,
  	"education_offer_adapting_curriculum" varchar,
  	"education_offer_additional_support" varchar,
  	"education_offer_assessing_progress" varchar,
  	"education_offer_evaluating_provision" varchar,
  	"education_offer_facilities" varchar,
  	"education_offer_activities" varchar,
  	"education_offer_wellbeing" varchar,
  	"education_offer_staff_expertise" varchar,
  	"education_offer_emotional_support" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v_version_sub_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_sub_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_areas_of_need" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_areas_of_need",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_access_routes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_access_routes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_contacts_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v_version_locations_venue_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_locations_venue_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"address_line1" varchar,
  	"address_line2" varchar,
  	"town" varchar,
  	"postcode" varchar,
  	"locality" "enum__services_v_version_locations_locality",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_locations_locales" (
  	"name" varchar,
  	"accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v_version_opening_times_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_opening_times_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_opening_times" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_opening_times_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_category" "enum__services_v_version_category",
  	"version_age_range_minimum" numeric,
  	"version_age_range_maximum" numeric,
  	"version_access_ehc_plan_required" boolean DEFAULT false,
  	"version_access_referral_required" boolean DEFAULT false,
  	"version_access_referral_url" varchar,
  	"version_cost_type" "enum__services_v_version_cost_type" DEFAULT 'free',
  	"version_website" varchar,
  	"version_sen_information_report_url" varchar,
  	"version_slug" varchar,
  	"version_organisation_id" integer,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_review_interval_months" numeric DEFAULT 12,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_services_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_access_how_to_access" varchar,
  	"version_eligibility" varchar,
  	"version_how_to_complain" varchar,
  	"version_cost_detail" varchar,
  	"version_education_offer_approach_to_teaching" varchar,
  	"version_education_offer_adapting_curriculum" varchar,
  	"version_education_offer_additional_support" varchar,
  	"version_education_offer_assessing_progress" varchar,
  	"version_education_offer_evaluating_provision" varchar,
  	"version_education_offer_facilities" varchar,
  	"version_education_offer_activities" varchar,
  	"version_education_offer_wellbeing" varchar,
  	"version_education_offer_staff_expertise" varchar,
  	"version_education_offer_emotional_support" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type" "enum_organisations_type" NOT NULL,
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"address_line1" varchar,
  	"address_line2" varchar,
  	"address_town" varchar,
  	"address_postcode" varchar,
  	"registration_number" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_related_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pages_related_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"key_journey" boolean DEFAULT false,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_related_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_version_related_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_key_journey" boolean DEFAULT false,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "glossary_terms_aliases_locales" (
  	"alias" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary_terms_locales" (
  	"term" varchar,
  	"definition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_feature_url" varchar,
  	"sizes_feature_width" numeric,
  	"sizes_feature_height" numeric,
  	"sizes_feature_mime_type" varchar,
  	"sizes_feature_filesize" numeric,
  	"sizes_feature_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'provider' NOT NULL,
  	"organisation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"organisations_id" integer,
  	"pages_id" integer,
  	"glossary_terms_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services_sub_categories" ADD CONSTRAINT "services_sub_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_areas_of_need" ADD CONSTRAINT "services_areas_of_need_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_languages" ADD CONSTRAINT "services_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_access_routes" ADD CONSTRAINT "services_access_routes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_contacts" ADD CONSTRAINT "services_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_contacts_locales" ADD CONSTRAINT "services_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_locations_venue_features" ADD CONSTRAINT "services_locations_venue_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_locations" ADD CONSTRAINT "services_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_locations_locales" ADD CONSTRAINT "services_locations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_opening_times_days" ADD CONSTRAINT "services_opening_times_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services_opening_times"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_opening_times" ADD CONSTRAINT "services_opening_times_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_opening_times_locales" ADD CONSTRAINT "services_opening_times_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_opening_times"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_sub_categories" ADD CONSTRAINT "_services_v_version_sub_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_areas_of_need" ADD CONSTRAINT "_services_v_version_areas_of_need_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_languages" ADD CONSTRAINT "_services_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_access_routes" ADD CONSTRAINT "_services_v_version_access_routes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_contacts" ADD CONSTRAINT "_services_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_contacts_locales" ADD CONSTRAINT "_services_v_version_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_locations_venue_features" ADD CONSTRAINT "_services_v_version_locations_venue_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v_version_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_locations" ADD CONSTRAINT "_services_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_locations_locales" ADD CONSTRAINT "_services_v_version_locations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_opening_times_days" ADD CONSTRAINT "_services_v_version_opening_times_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v_version_opening_times"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_opening_times" ADD CONSTRAINT "_services_v_version_opening_times_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_opening_times_locales" ADD CONSTRAINT "_services_v_version_opening_times_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_opening_times"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_locales" ADD CONSTRAINT "_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_related_categories" ADD CONSTRAINT "pages_related_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_related_categories" ADD CONSTRAINT "_pages_v_version_related_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_aliases" ADD CONSTRAINT "glossary_terms_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_aliases_locales" ADD CONSTRAINT "glossary_terms_aliases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms_aliases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_locales" ADD CONSTRAINT "glossary_terms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_sub_categories_order_idx" ON "services_sub_categories" USING btree ("order");
  CREATE INDEX "services_sub_categories_parent_idx" ON "services_sub_categories" USING btree ("parent_id");
  CREATE INDEX "services_areas_of_need_order_idx" ON "services_areas_of_need" USING btree ("order");
  CREATE INDEX "services_areas_of_need_parent_idx" ON "services_areas_of_need" USING btree ("parent_id");
  CREATE INDEX "services_languages_order_idx" ON "services_languages" USING btree ("order");
  CREATE INDEX "services_languages_parent_idx" ON "services_languages" USING btree ("parent_id");
  CREATE INDEX "services_access_routes_order_idx" ON "services_access_routes" USING btree ("order");
  CREATE INDEX "services_access_routes_parent_idx" ON "services_access_routes" USING btree ("parent_id");
  CREATE INDEX "services_contacts_order_idx" ON "services_contacts" USING btree ("_order");
  CREATE INDEX "services_contacts_parent_id_idx" ON "services_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_contacts_locales_locale_parent_id_unique" ON "services_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_locations_venue_features_order_idx" ON "services_locations_venue_features" USING btree ("order");
  CREATE INDEX "services_locations_venue_features_parent_idx" ON "services_locations_venue_features" USING btree ("parent_id");
  CREATE INDEX "services_locations_order_idx" ON "services_locations" USING btree ("_order");
  CREATE INDEX "services_locations_parent_id_idx" ON "services_locations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_locations_locales_locale_parent_id_unique" ON "services_locations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_opening_times_days_order_idx" ON "services_opening_times_days" USING btree ("order");
  CREATE INDEX "services_opening_times_days_parent_idx" ON "services_opening_times_days" USING btree ("parent_id");
  CREATE INDEX "services_opening_times_order_idx" ON "services_opening_times" USING btree ("_order");
  CREATE INDEX "services_opening_times_parent_id_idx" ON "services_opening_times" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_opening_times_locales_locale_parent_id_unique" ON "services_opening_times_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_category_idx" ON "services" USING btree ("category");
  CREATE UNIQUE INDEX "services_slug_idx" ON "services" USING btree ("slug");
  CREATE INDEX "services_organisation_idx" ON "services" USING btree ("organisation_id");
  CREATE INDEX "services_last_reviewed_idx" ON "services" USING btree ("last_reviewed");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_sub_categories_order_idx" ON "_services_v_version_sub_categories" USING btree ("order");
  CREATE INDEX "_services_v_version_sub_categories_parent_idx" ON "_services_v_version_sub_categories" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_areas_of_need_order_idx" ON "_services_v_version_areas_of_need" USING btree ("order");
  CREATE INDEX "_services_v_version_areas_of_need_parent_idx" ON "_services_v_version_areas_of_need" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_languages_order_idx" ON "_services_v_version_languages" USING btree ("order");
  CREATE INDEX "_services_v_version_languages_parent_idx" ON "_services_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_access_routes_order_idx" ON "_services_v_version_access_routes" USING btree ("order");
  CREATE INDEX "_services_v_version_access_routes_parent_idx" ON "_services_v_version_access_routes" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_contacts_order_idx" ON "_services_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_services_v_version_contacts_parent_id_idx" ON "_services_v_version_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_contacts_locales_locale_parent_id_unique" ON "_services_v_version_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_locations_venue_features_order_idx" ON "_services_v_version_locations_venue_features" USING btree ("order");
  CREATE INDEX "_services_v_version_locations_venue_features_parent_idx" ON "_services_v_version_locations_venue_features" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_locations_order_idx" ON "_services_v_version_locations" USING btree ("_order");
  CREATE INDEX "_services_v_version_locations_parent_id_idx" ON "_services_v_version_locations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_locations_locales_locale_parent_id_uniqu" ON "_services_v_version_locations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_opening_times_days_order_idx" ON "_services_v_version_opening_times_days" USING btree ("order");
  CREATE INDEX "_services_v_version_opening_times_days_parent_idx" ON "_services_v_version_opening_times_days" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_opening_times_order_idx" ON "_services_v_version_opening_times" USING btree ("_order");
  CREATE INDEX "_services_v_version_opening_times_parent_id_idx" ON "_services_v_version_opening_times" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_opening_times_locales_locale_parent_id_u" ON "_services_v_version_opening_times_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_category_idx" ON "_services_v" USING btree ("version_category");
  CREATE INDEX "_services_v_version_version_slug_idx" ON "_services_v" USING btree ("version_slug");
  CREATE INDEX "_services_v_version_version_organisation_idx" ON "_services_v" USING btree ("version_organisation_id");
  CREATE INDEX "_services_v_version_version_last_reviewed_idx" ON "_services_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_snapshot_idx" ON "_services_v" USING btree ("snapshot");
  CREATE INDEX "_services_v_published_locale_idx" ON "_services_v" USING btree ("published_locale");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_services_v_locales_locale_parent_id_unique" ON "_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_related_categories_order_idx" ON "pages_related_categories" USING btree ("order");
  CREATE INDEX "pages_related_categories_parent_idx" ON "pages_related_categories" USING btree ("parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_related_categories_order_idx" ON "_pages_v_version_related_categories" USING btree ("order");
  CREATE INDEX "_pages_v_version_related_categories_parent_idx" ON "_pages_v_version_related_categories" USING btree ("parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "glossary_terms_aliases_order_idx" ON "glossary_terms_aliases" USING btree ("_order");
  CREATE INDEX "glossary_terms_aliases_parent_id_idx" ON "glossary_terms_aliases" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_aliases_locales_locale_parent_id_unique" ON "glossary_terms_aliases_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_slug_idx" ON "glossary_terms" USING btree ("slug");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE UNIQUE INDEX "glossary_terms_locales_locale_parent_id_unique" ON "glossary_terms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_organisation_idx" ON "media" USING btree ("organisation_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_feature_sizes_feature_filename_idx" ON "media" USING btree ("sizes_feature_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "services_sub_categories" CASCADE;
  DROP TABLE "services_areas_of_need" CASCADE;
  DROP TABLE "services_languages" CASCADE;
  DROP TABLE "services_access_routes" CASCADE;
  DROP TABLE "services_contacts" CASCADE;
  DROP TABLE "services_contacts_locales" CASCADE;
  DROP TABLE "services_locations_venue_features" CASCADE;
  DROP TABLE "services_locations" CASCADE;
  DROP TABLE "services_locations_locales" CASCADE;
  DROP TABLE "services_opening_times_days" CASCADE;
  DROP TABLE "services_opening_times" CASCADE;
  DROP TABLE "services_opening_times_locales" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "_services_v_version_sub_categories" CASCADE;
  DROP TABLE "_services_v_version_areas_of_need" CASCADE;
  DROP TABLE "_services_v_version_languages" CASCADE;
  DROP TABLE "_services_v_version_access_routes" CASCADE;
  DROP TABLE "_services_v_version_contacts" CASCADE;
  DROP TABLE "_services_v_version_contacts_locales" CASCADE;
  DROP TABLE "_services_v_version_locations_venue_features" CASCADE;
  DROP TABLE "_services_v_version_locations" CASCADE;
  DROP TABLE "_services_v_version_locations_locales" CASCADE;
  DROP TABLE "_services_v_version_opening_times_days" CASCADE;
  DROP TABLE "_services_v_version_opening_times" CASCADE;
  DROP TABLE "_services_v_version_opening_times_locales" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "_services_v_locales" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "pages_related_categories" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_version_related_categories" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "glossary_terms_aliases" CASCADE;
  DROP TABLE "glossary_terms_aliases_locales" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_services_sub_categories";
  DROP TYPE "public"."enum_services_areas_of_need";
  DROP TYPE "public"."enum_services_languages";
  DROP TYPE "public"."enum_services_access_routes";
  DROP TYPE "public"."enum_services_locations_venue_features";
  DROP TYPE "public"."enum_services_locations_locality";
  DROP TYPE "public"."enum_services_opening_times_days";
  DROP TYPE "public"."enum_services_category";
  DROP TYPE "public"."enum_services_cost_type";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum__services_v_version_sub_categories";
  DROP TYPE "public"."enum__services_v_version_areas_of_need";
  DROP TYPE "public"."enum__services_v_version_languages";
  DROP TYPE "public"."enum__services_v_version_access_routes";
  DROP TYPE "public"."enum__services_v_version_locations_venue_features";
  DROP TYPE "public"."enum__services_v_version_locations_locality";
  DROP TYPE "public"."enum__services_v_version_opening_times_days";
  DROP TYPE "public"."enum__services_v_version_category";
  DROP TYPE "public"."enum__services_v_version_cost_type";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum__services_v_published_locale";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_pages_related_categories";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_related_categories";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_users_role";`)
}
