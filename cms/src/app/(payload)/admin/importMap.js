import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PlainEnglishGuidance as PlainEnglishGuidance_d8524c93078748163efecb91886f598e } from '../../../plainEnglish/PlainEnglishGuidance'
import { VocabularyPicker as VocabularyPicker_b184121c63f7b618d8763cff79d12c7e } from '../../../collections/vocabularies/components/VocabularyPicker'
import { HeldBackField as HeldBackField_3514a72d0f3cf7bc0ddb000317654b43 } from '../../../plugins/sitePublishing/components/HeldBackField'
import { ListingReviewActions as ListingReviewActions_69bd9997fb69dce85e08c541c10f7a44 } from '../../../components/ListingReviewActions'
import { PublishButtonForStaff as PublishButtonForStaff_07726f8538f93d4acab3adad73a838e4 } from '../../../components/PublishButtonForStaff'
import { ListingStatusLine as ListingStatusLine_ca9a7697567a485a54011809b7db2061 } from '../../../providerDashboard/components/ListingStatusLine'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ResendInvitation as ResendInvitation_50da29e9eba8cf1870930a04eadce076 } from '../../../plugins/providerInvitations/components/ResendInvitation'
import { QuoteReview as QuoteReview_8f3b9b24e02aa098cc75108caa3a8b79 } from '../../../feedback/components/QuoteReview'
import { ExportCommentsCsv as ExportCommentsCsv_b27a57b042b2945e0fcefea989147eb9 } from '../../../components/ExportCommentsCsv'
import { HeldBackRecordsField as HeldBackRecordsField_fec61e7f99d386b7c9c78bb6c0bc81a1 } from '../../../plugins/sitePublishing/components/HeldBackRecordsField'
import { RebuildSiteButton as RebuildSiteButton_e6d54bc743ca92a53edf852a33cca94d } from '../../../plugins/sitePublishing/components/RebuildSiteButton'
import { SortingPanel as SortingPanel_d1ceb6d7891ff1e1b0ad444917ef74a9 } from '../../../plugins/importSorting/components/SortingPanel'
import { SingleSignOnButton as SingleSignOnButton_62e78ff6fbebade01c102c9f473978f9 } from '../../../plugins/staffSingleSignOn/components/SingleSignOnButton'
import { StaffNavLink as StaffNavLink_5c889921df9018d96377cd448824a73b } from '../../../components/StaffNavLink'
import { SortingNavLink as SortingNavLink_5f45e213615113d42394fc12f76bb43e } from '../../../plugins/importSorting/components/SortingNavLink'
import { SetupChecklist as SetupChecklist_c71d527b6452bdb2d5d57d42d4e93864 } from '../../../plugins/setupChecklist/components/SetupChecklist'
import { SiteBuildNotice as SiteBuildNotice_270e27efd68430e611fad83997700597 } from '../../../plugins/sitePublishing/components/SiteBuildNotice'
import { ProviderDashboard as ProviderDashboard_cb5b6e0029c47ff44ad8bf6b2198329c } from '../../../providerDashboard/components/ProviderDashboard'
import { ReviewDashboard as ReviewDashboard_b1d31a84f176998352298422275629fd } from '../../../plugins/reviewReminders/components/ReviewDashboard'
import { OpenProblemReports as OpenProblemReports_ec8137279746fd98af9dca52105319de } from '../../../plugins/problemReports/components/OpenProblemReports'
import { WaitingAccountRequests as WaitingAccountRequests_ee69153ccd1885b9c9f033070f6ec113 } from '../../../plugins/accountRequests/components/WaitingAccountRequests'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ModerationQueue as ModerationQueue_f90d2c5c5febdb969240db6a1881deea } from '../../../views/ModerationQueue'
import { PersonalDataRequests as PersonalDataRequests_38bb8e64a432cb2ac1307082af0bf0d9 } from '../../../plugins/commentPersonalData/components/PersonalDataRequests'
import { InviteProvider as InviteProvider_7b58e3465041fe382d02c739d6fca6a4 } from '../../../plugins/providerInvitations/components/InviteProvider'
import { ListingSpreadsheets as ListingSpreadsheets_2a1a3242289156f6e5371a48a3307db1 } from '../../../plugins/listingSpreadsheets/components/ListingSpreadsheets'
import { GapsView as GapsView_42b71fc74d594ffe4e4070ffceefaa4c } from '../../../plugins/localOfferGaps/components/GapsView'
import { TranslationsView as TranslationsView_673406553d48e90da80785468ed26307 } from '../../../plugins/translationStatus/components/TranslationsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plainEnglish/PlainEnglishGuidance#PlainEnglishGuidance": PlainEnglishGuidance_d8524c93078748163efecb91886f598e,
  "/collections/vocabularies/components/VocabularyPicker#VocabularyPicker": VocabularyPicker_b184121c63f7b618d8763cff79d12c7e,
  "/plugins/sitePublishing/components/HeldBackField#HeldBackField": HeldBackField_3514a72d0f3cf7bc0ddb000317654b43,
  "/components/ListingReviewActions#ListingReviewActions": ListingReviewActions_69bd9997fb69dce85e08c541c10f7a44,
  "/components/PublishButtonForStaff#PublishButtonForStaff": PublishButtonForStaff_07726f8538f93d4acab3adad73a838e4,
  "/providerDashboard/components/ListingStatusLine#ListingStatusLine": ListingStatusLine_ca9a7697567a485a54011809b7db2061,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/providerInvitations/components/ResendInvitation#ResendInvitation": ResendInvitation_50da29e9eba8cf1870930a04eadce076,
  "/feedback/components/QuoteReview#QuoteReview": QuoteReview_8f3b9b24e02aa098cc75108caa3a8b79,
  "/components/ExportCommentsCsv#ExportCommentsCsv": ExportCommentsCsv_b27a57b042b2945e0fcefea989147eb9,
  "/plugins/sitePublishing/components/HeldBackRecordsField#HeldBackRecordsField": HeldBackRecordsField_fec61e7f99d386b7c9c78bb6c0bc81a1,
  "/plugins/sitePublishing/components/RebuildSiteButton#RebuildSiteButton": RebuildSiteButton_e6d54bc743ca92a53edf852a33cca94d,
  "/plugins/importSorting/components/SortingPanel#SortingPanel": SortingPanel_d1ceb6d7891ff1e1b0ad444917ef74a9,
  "/plugins/staffSingleSignOn/components/SingleSignOnButton#SingleSignOnButton": SingleSignOnButton_62e78ff6fbebade01c102c9f473978f9,
  "/components/StaffNavLink#StaffNavLink": StaffNavLink_5c889921df9018d96377cd448824a73b,
  "/plugins/importSorting/components/SortingNavLink#SortingNavLink": SortingNavLink_5f45e213615113d42394fc12f76bb43e,
  "/plugins/setupChecklist/components/SetupChecklist#SetupChecklist": SetupChecklist_c71d527b6452bdb2d5d57d42d4e93864,
  "/plugins/sitePublishing/components/SiteBuildNotice#SiteBuildNotice": SiteBuildNotice_270e27efd68430e611fad83997700597,
  "/providerDashboard/components/ProviderDashboard#ProviderDashboard": ProviderDashboard_cb5b6e0029c47ff44ad8bf6b2198329c,
  "/plugins/reviewReminders/components/ReviewDashboard#ReviewDashboard": ReviewDashboard_b1d31a84f176998352298422275629fd,
  "/plugins/problemReports/components/OpenProblemReports#OpenProblemReports": OpenProblemReports_ec8137279746fd98af9dca52105319de,
  "/plugins/accountRequests/components/WaitingAccountRequests#WaitingAccountRequests": WaitingAccountRequests_ee69153ccd1885b9c9f033070f6ec113,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/views/ModerationQueue#ModerationQueue": ModerationQueue_f90d2c5c5febdb969240db6a1881deea,
  "/plugins/commentPersonalData/components/PersonalDataRequests#PersonalDataRequests": PersonalDataRequests_38bb8e64a432cb2ac1307082af0bf0d9,
  "/plugins/providerInvitations/components/InviteProvider#InviteProvider": InviteProvider_7b58e3465041fe382d02c739d6fca6a4,
  "/plugins/listingSpreadsheets/components/ListingSpreadsheets#ListingSpreadsheets": ListingSpreadsheets_2a1a3242289156f6e5371a48a3307db1,
  "/plugins/localOfferGaps/components/GapsView#GapsView": GapsView_42b71fc74d594ffe4e4070ffceefaa4c,
  "/plugins/translationStatus/components/TranslationsView#TranslationsView": TranslationsView_673406553d48e90da80785468ed26307,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
