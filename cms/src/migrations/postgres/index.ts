import * as migration_20261122_170349_initial from './20261122_170349_initial';
import * as migration_20261125_081741_review_and_moderation from './20261125_081741_review_and_moderation';
import * as migration_20261125_091648_listing_images_comments_and_reports from './20261125_091648_listing_images_comments_and_reports';
import * as migration_20261125_105455_media_object_storage from './20261125_105455_media_object_storage';
import * as migration_20261125_105808_open_referral_ids from './20261125_105808_open_referral_ids';
import * as migration_20261125_110445_site_builds from './20261125_110445_site_builds';
import * as migration_20261125_114209_listing_list_indexes from './20261125_114209_listing_list_indexes';
import * as migration_20261202_021516_school_names from './20261202_021516_school_names';
import * as migration_20261202_021820_quote_checks_and_comment_retention from './20261202_021820_quote_checks_and_comment_retention';
import * as migration_20261202_042623_online_link_purpose_and_page_related_services from './20261202_042623_online_link_purpose_and_page_related_services';
import * as migration_20261202_043041_places from './20261202_043041_places';
import * as migration_20261202_050033_site_builds_held_back from './20261202_050033_site_builds_held_back';
import * as migration_20261202_082404_rate_limits_table from './20261202_082404_rate_limits_table';
import * as migration_20261202_091217_session_council_providers_officers_insight from './20261202_091217_session_council_providers_officers_insight';
import * as migration_20261202_154514_session_localities_accounts_sorting_counts from './20261202_154514_session_localities_accounts_sorting_counts';
import * as migration_20261204_163042_vocabularies from './20261204_163042_vocabularies';
import * as migration_20261204_172436_vocabulary_order_last from './20261204_172436_vocabulary_order_last';
import * as migration_20261204_175749_value_parent_indexes from './20261204_175749_value_parent_indexes';
import * as migration_20261204_210033_open_referral_documents from './20261204_210033_open_referral_documents';

export const migrations = [
  {
    up: migration_20261122_170349_initial.up,
    down: migration_20261122_170349_initial.down,
    name: '20261122_170349_initial',
  },
  {
    up: migration_20261125_081741_review_and_moderation.up,
    down: migration_20261125_081741_review_and_moderation.down,
    name: '20261125_081741_review_and_moderation',
  },
  {
    up: migration_20261125_091648_listing_images_comments_and_reports.up,
    down: migration_20261125_091648_listing_images_comments_and_reports.down,
    name: '20261125_091648_listing_images_comments_and_reports',
  },
  {
    up: migration_20261125_105455_media_object_storage.up,
    down: migration_20261125_105455_media_object_storage.down,
    name: '20261125_105455_media_object_storage',
  },
  {
    up: migration_20261125_105808_open_referral_ids.up,
    down: migration_20261125_105808_open_referral_ids.down,
    name: '20261125_105808_open_referral_ids',
  },
  {
    up: migration_20261125_110445_site_builds.up,
    down: migration_20261125_110445_site_builds.down,
    name: '20261125_110445_site_builds',
  },
  {
    up: migration_20261125_114209_listing_list_indexes.up,
    down: migration_20261125_114209_listing_list_indexes.down,
    name: '20261125_114209_listing_list_indexes',
  },
  {
    up: migration_20261202_021516_school_names.up,
    down: migration_20261202_021516_school_names.down,
    name: '20261202_021516_school_names',
  },
  {
    up: migration_20261202_021820_quote_checks_and_comment_retention.up,
    down: migration_20261202_021820_quote_checks_and_comment_retention.down,
    name: '20261202_021820_quote_checks_and_comment_retention',
  },
  {
    up: migration_20261202_042623_online_link_purpose_and_page_related_services.up,
    down: migration_20261202_042623_online_link_purpose_and_page_related_services.down,
    name: '20261202_042623_online_link_purpose_and_page_related_services',
  },
  {
    up: migration_20261202_043041_places.up,
    down: migration_20261202_043041_places.down,
    name: '20261202_043041_places',
  },
  {
    up: migration_20261202_050033_site_builds_held_back.up,
    down: migration_20261202_050033_site_builds_held_back.down,
    name: '20261202_050033_site_builds_held_back',
  },
  {
    up: migration_20261202_082404_rate_limits_table.up,
    down: migration_20261202_082404_rate_limits_table.down,
    name: '20261202_082404_rate_limits_table',
  },
  {
    up: migration_20261202_091217_session_council_providers_officers_insight.up,
    down: migration_20261202_091217_session_council_providers_officers_insight.down,
    name: '20261202_091217_session_council_providers_officers_insight',
  },
  {
    up: migration_20261202_154514_session_localities_accounts_sorting_counts.up,
    down: migration_20261202_154514_session_localities_accounts_sorting_counts.down,
    name: '20261202_154514_session_localities_accounts_sorting_counts',
  },
  {
    up: migration_20261204_163042_vocabularies.up,
    down: migration_20261204_163042_vocabularies.down,
    name: '20261204_163042_vocabularies',
  },
  {
    up: migration_20261204_172436_vocabulary_order_last.up,
    down: migration_20261204_172436_vocabulary_order_last.down,
    name: '20261204_172436_vocabulary_order_last',
  },
  {
    up: migration_20261204_175749_value_parent_indexes.up,
    down: migration_20261204_175749_value_parent_indexes.down,
    name: '20261204_175749_value_parent_indexes',
  },
  {
    up: migration_20261204_210033_open_referral_documents.up,
    down: migration_20261204_210033_open_referral_documents.down,
    name: '20261204_210033_open_referral_documents'
  },
];
