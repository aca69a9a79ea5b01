import * as migration_20261122_170344_initial from './20261122_170344_initial';
import * as migration_20261125_081733_review_and_moderation from './20261125_081733_review_and_moderation';
import * as migration_20261125_091639_listing_images_comments_and_reports from './20261125_091639_listing_images_comments_and_reports';
import * as migration_20261125_105435_media_object_storage from './20261125_105435_media_object_storage';
import * as migration_20261125_105817_open_referral_ids from './20261125_105817_open_referral_ids';
import * as migration_20261125_110418_site_builds from './20261125_110418_site_builds';
import * as migration_20261125_114133_listing_list_indexes from './20261125_114133_listing_list_indexes';
import * as migration_20261202_021423_school_names from './20261202_021423_school_names';
import * as migration_20261202_021728_quote_checks_and_comment_retention from './20261202_021728_quote_checks_and_comment_retention';
import * as migration_20261202_042629_online_link_purpose_and_page_related_services from './20261202_042629_online_link_purpose_and_page_related_services';
import * as migration_20261202_043101_places from './20261202_043101_places';
import * as migration_20261202_050104_site_builds_held_back from './20261202_050104_site_builds_held_back';
import * as migration_20261202_091200_session_council_providers_officers_insight from './20261202_091200_session_council_providers_officers_insight';
import * as migration_20261202_154435_session_localities_accounts_sorting_counts from './20261202_154435_session_localities_accounts_sorting_counts';
import * as migration_20261204_162948_vocabularies from './20261204_162948_vocabularies';
import * as migration_20261204_172442_vocabulary_order_last from './20261204_172442_vocabulary_order_last';
import * as migration_20261204_175755_value_parent_indexes from './20261204_175755_value_parent_indexes';
import * as migration_20261204_210025_open_referral_documents from './20261204_210025_open_referral_documents';

export const migrations = [
  {
    up: migration_20261122_170344_initial.up,
    down: migration_20261122_170344_initial.down,
    name: '20261122_170344_initial',
  },
  {
    up: migration_20261125_081733_review_and_moderation.up,
    down: migration_20261125_081733_review_and_moderation.down,
    name: '20261125_081733_review_and_moderation',
  },
  {
    up: migration_20261125_091639_listing_images_comments_and_reports.up,
    down: migration_20261125_091639_listing_images_comments_and_reports.down,
    name: '20261125_091639_listing_images_comments_and_reports',
  },
  {
    up: migration_20261125_105435_media_object_storage.up,
    down: migration_20261125_105435_media_object_storage.down,
    name: '20261125_105435_media_object_storage',
  },
  {
    up: migration_20261125_105817_open_referral_ids.up,
    down: migration_20261125_105817_open_referral_ids.down,
    name: '20261125_105817_open_referral_ids',
  },
  {
    up: migration_20261125_110418_site_builds.up,
    down: migration_20261125_110418_site_builds.down,
    name: '20261125_110418_site_builds',
  },
  {
    up: migration_20261125_114133_listing_list_indexes.up,
    down: migration_20261125_114133_listing_list_indexes.down,
    name: '20261125_114133_listing_list_indexes',
  },
  {
    up: migration_20261202_021423_school_names.up,
    down: migration_20261202_021423_school_names.down,
    name: '20261202_021423_school_names',
  },
  {
    up: migration_20261202_021728_quote_checks_and_comment_retention.up,
    down: migration_20261202_021728_quote_checks_and_comment_retention.down,
    name: '20261202_021728_quote_checks_and_comment_retention',
  },
  {
    up: migration_20261202_042629_online_link_purpose_and_page_related_services.up,
    down: migration_20261202_042629_online_link_purpose_and_page_related_services.down,
    name: '20261202_042629_online_link_purpose_and_page_related_services',
  },
  {
    up: migration_20261202_043101_places.up,
    down: migration_20261202_043101_places.down,
    name: '20261202_043101_places',
  },
  {
    up: migration_20261202_050104_site_builds_held_back.up,
    down: migration_20261202_050104_site_builds_held_back.down,
    name: '20261202_050104_site_builds_held_back',
  },
  {
    up: migration_20261202_091200_session_council_providers_officers_insight.up,
    down: migration_20261202_091200_session_council_providers_officers_insight.down,
    name: '20261202_091200_session_council_providers_officers_insight',
  },
  {
    up: migration_20261202_154435_session_localities_accounts_sorting_counts.up,
    down: migration_20261202_154435_session_localities_accounts_sorting_counts.down,
    name: '20261202_154435_session_localities_accounts_sorting_counts',
  },
  {
    up: migration_20261204_162948_vocabularies.up,
    down: migration_20261204_162948_vocabularies.down,
    name: '20261204_162948_vocabularies',
  },
  {
    up: migration_20261204_172442_vocabulary_order_last.up,
    down: migration_20261204_172442_vocabulary_order_last.down,
    name: '20261204_172442_vocabulary_order_last',
  },
  {
    up: migration_20261204_175755_value_parent_indexes.up,
    down: migration_20261204_175755_value_parent_indexes.down,
    name: '20261204_175755_value_parent_indexes',
  },
  {
    up: migration_20261204_210025_open_referral_documents.up,
    down: migration_20261204_210025_open_referral_documents.down,
    name: '20261204_210025_open_referral_documents'
  },
];
