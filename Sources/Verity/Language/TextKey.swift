/// One text of the interface that readers see, named as in a translation file (`content/i18n/<lang>.yml`).
///
/// Every key has an entry in every built-in table; `{name}` in an entry stands for a value filled in when the
/// text is used, and each table's entry uses the same names as the English one. A key whose text depends on a
/// number (`isCounted`) has one form per plural category of the language.
public enum TextKey: String, CaseIterable, Sendable, Hashable {
    // The layout around every page.
    case skipLink = "skip_link"
    case siteNavigation = "site_navigation"
    case navClaims = "nav_claims"
    case navTags = "nav_tags"
    case navCorrections = "nav_corrections"
    case navSearch = "nav_search"
    case navFeed = "nav_feed"
    case editionsLabel = "editions_label"
    // An article.
    case draftBanner = "draft_banner"
    case draftBannerNote = "draft_banner_note"
    case draftLabel = "draft_label"
    case byline
    case updatedOn = "updated_on"
    case updateNotice = "update_notice"
    case aboutThisUpdate = "about_this_update"
    case updateEntry = "update_entry"
    case allUpdates = "all_updates"
    case verdictHeading = "verdict_heading"
    case verdictsHeading = "verdicts_heading"
    case claimsHeading = "claims_heading"
    case sourcesHeading = "sources_heading"
    case updatesHeading = "updates_heading"
    case relatedHeading = "related_heading"
    case tagsLabel = "tags_label"
    case translationsLabel = "translations_label"
    case meterLabel = "meter_label"
    // A claim card.
    case claimLabel = "claim_label"
    case claimedBy = "claimed_by"
    case claimedByOn = "claimed_by_on"
    case whereItAppeared = "where_it_appeared"
    case archivedCopyInline = "archived_copy_inline"
    case sourcesForVerdict = "sources_for_verdict"
    case linkToClaim = "link_to_claim"
    // A claim card's media item (`media:`).
    case mediaImage = "media_image"
    case mediaVideo = "media_video"
    case mediaAudio = "media_audio"
    case mediaRating = "media_rating"
    case authenticityOriginal = "authenticity_original"
    case authenticityDecontextualized = "authenticity_decontextualized"
    case authenticityEditedOrCropped = "authenticity_edited_or_cropped"
    case authenticityTransformed = "authenticity_transformed"
    case authenticityStaged = "authenticity_staged"
    case authenticitySatireOrParody = "authenticity_satire_or_parody"
    case mediaWhereShared = "media_where_shared"
    case originalContext = "original_context"
    case originalMedia = "original_media"
    // The source list and badges.
    case sourceDateBy = "source_date_by"
    case sourceVia = "source_via"
    case sourceLink = "source_link"
    case archivedCopy = "archived_copy"
    case unnamed
    // Listings.
    case verdictsLabel = "verdicts_label"
    case claimCount = "claim_count"
    case factCheckCount = "fact_check_count"
    case verdictCount = "verdict_count"
    case listSeparator = "list_separator"
    case latestHeading = "latest_heading"
    case noFactChecks = "no_fact_checks"
    case chartCaption = "chart_caption"
    case seeEveryClaim = "see_every_claim"
    case chartSummary = "chart_summary"
    // The claims index.
    case claimsMeta = "claims_meta"
    case downloadJSON = "download_json"
    case noClaims = "no_claims"
    case claimInArticle = "claim_in_article"
    case claimsDescription = "claims_description"
    // Corrections.
    case correctionsHeading = "corrections_heading"
    case correctionsIntro = "corrections_intro"
    case noCorrections = "no_corrections"
    case correctionsFeed = "corrections_feed"
    case correctionsDescription = "corrections_description"
    // Tags.
    case tagsDescription = "tags_description"
    case noTags = "no_tags"
    case tagHeading = "tag_heading"
    case tagDescription = "tag_description"
    case allTags = "all_tags"
    // Authors' and claimants' pages.
    case authorLinks = "author_links"
    case authorChecksHeading = "author_checks_heading"
    case authorDescription = "author_description"
    case claimantTallyHeading = "claimant_tally_heading"
    case claimantDescription = "claimant_description"
    // Pagination.
    case paginationLabel = "pagination_label"
    case previousPage = "previous_page"
    case nextPage = "next_page"
    case pageStatus = "page_status"
    case pageSuffix = "page_suffix"
    // Search.
    case searchDescription = "search_description"
    case searchLabel = "search_label"
    case searchHint = "search_hint"
    case searchFallback = "search_fallback"
    case searchFallbackClaims = "search_fallback_claims"
    case searchFallbackTags = "search_fallback_tags"
    case searchLoading = "search_loading"
    case searchNone = "search_none"
    case searchFound = "search_found"
    case searchMore = "search_more"
    case searchFailed = "search_failed"
    // The 404 page.
    case notFoundHeading = "not_found_heading"
    case notFoundText = "not_found_text"
    case notFoundLinks = "not_found_links"
    case notFoundHome = "not_found_home"
    case notFoundClaims = "not_found_claims"
    // The share card.
    case shareNoClaims = "share_no_claims"
    case shareVerdict = "share_verdict"
    case shareVerdictMore = "share_verdict_more"
    case shareAlt = "share_alt"

    /// Whether the text depends on a number (`{count}`), with one form per plural category.
    public var isCounted: Bool {
        switch self {
        case .allUpdates, .verdictsHeading, .claimCount, .factCheckCount, .searchFound, .shareVerdictMore: true
        default: false
        }
    }
}
