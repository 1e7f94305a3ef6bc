/// Everything that can be wrong with a site's input; `message` (Problem+Message.swift) words each one in one place.
public enum Problem: Hashable, Sendable, Codable {
    // Files and folders
    case missingFolder(String)
    case missingFile(String)
    case unreadableFile(String)
    case unreadableFolder(String)
    /// The first bytes that are not UTF-8 (one byte, or the start of a character cut short).
    case notUTF8(bytes: [UInt8])
    /// A file that starts with a UTF-16 byte-order mark.
    case utf16
    /// A character the file may not contain, by its code point.
    case controlCharacter(UInt32)
    case controlCharacterInValue(key: String, scalar: UInt32)
    case fileTooLarge(bytes: Int, limit: Int)
    case linkOutsideFolder(target: String, folder: String)
    case danglingLink(target: String)
    case linkLoop
    case notRegularFile
    case invalidFileName(String)

    // Front matter framing
    case missingFrontMatter
    case unclosedFrontMatter
    case malformedYAML(String)
    case yamlAnchor
    /// A tab where YAML wants indentation.
    case yamlTabIndent
    /// A tab elsewhere where YAML allows only spaces (after a list's `-`, say).
    case yamlTab
    /// A plain value starting with a character YAML reserves (`@`, `` ` ``, `%`).
    case yamlReservedStart(String)
    /// A line indented to no level open above it: `levels` are those levels (in spaces) with a line of each.
    case yamlUnalignedLine(key: String?, spaces: Int, levels: [YAMLLevel])
    /// A line indented past the key above it, which YAML then reads as more of that key's value.
    case yamlOverIndented(key: String?, above: String, line: Int)
    case emptyFile

    // Keys and values
    case unknownKey(String, suggestion: String?)
    case duplicateKey(String)
    case missingKey(String)
    case emptyValue(String)
    case wrongType(key: String, expected: String)
    case invalidDate(key: String, value: String, flaw: ContentDate.Flaw)
    case invalidBoolean(key: String, value: String)
    case invalidInteger(key: String, value: String)
    case tooSmall(key: String, value: String, minimum: Int)
    case invalidIdentifier(key: String, value: String)
    case invalidURL(key: String, value: String)
    case invalidLanguage(String)
    /// An entry of `languages` that is not a BCP 47 tag.
    case invalidEditionLanguage(String)
    /// A language `languages` lists twice (tags are case-insensitive); `other` is the first.
    case duplicateEditionLanguage(String, other: SourceLocation)
    /// A `languages` list without the site's `language`.
    case mainLanguageNotListed(String)
    /// A folder of `content/articles/` or `content/pages/` that is no edition's: the folder as shown, its name,
    /// the editions' languages besides the main one, the closest of them.
    case unknownEditionFolder(folder: String, name: String, editions: [String], suggestion: String?)
    /// A folder named after the main edition's language, whose files go directly in `content/articles/`.
    case mainEditionFolder(folder: String, language: String)
    /// A header or footer link, or the logo, that is neither an http(s) URL nor a path from the site's root.
    case invalidLink(key: String, value: String)
    /// A `logo` with neither `src` nor a publisher logo to fall back on.
    case missingLogoSource
    /// A colour key whose unquoted `#` value YAML read as a comment.
    case colorNeedsQuotes(key: String)
    case invalidColor(key: String, value: String)
    /// An accent colour too close to the page background: the ratio and the ratio needed, in tenths.
    case lowContrast(key: String, color: String, tenths: Int, dark: Bool, background: String, needed: Int)
    case unknownNavEntry(String, suggestion: String?)
    case duplicateNavEntry(String)
    /// A source's status that the site's statuses do not have; `expected` lists the site's keys.
    case unknownStatus(String, suggestion: String?, expected: [String])
    /// A claim's verdict that the site's scale does not have; `expected` lists the site's keys.
    case unknownVerdict(String, suggestion: String?, expected: [String])
    /// A bare word in `verdicts:` or `statuses:` that is not a built-in key (`list` is the site.yml key).
    case unknownBuiltInEntry(list: String, word: String, suggestion: String?)
    /// A key listed twice in `verdicts:` or `statuses:`.
    case duplicateScaleKey(list: String, key: String)
    /// An empty `verdicts:` or `statuses:` list.
    case emptyScale(list: String)
    /// A label or description given as a language map without the site's language.
    case missingLanguageText(key: String, language: String)
    /// A language map whose key is not a BCP 47 tag.
    case invalidTextLanguage(String)
    /// A verdict's or status's `icon` longer than `limit` characters.
    case longIcon(String, limit: Int)
    /// A verdict's `rating` outside 0 to `maximum`.
    case ratingOutOfRange(String, maximum: Int)
    /// A scale with exactly one rated verdict, which has no best and worst rating to span.
    case singleRatedVerdict(String)
    /// A standing-page paragraph written like a marker (`{{…}}`) that is not one.
    case unknownPageMarker(String, suggestion: String?)
    /// A page's `purpose:` that is none of the known ones (`expected`).
    case unknownPagePurpose(String, suggestion: String?, expected: [String])
    /// Pages that IFCN's Code of Principles asks for and no published page is marked as (a warning).
    case missingTransparencyPages([PagePurpose])
    /// A verdict's fill too close to the stamp's text colour: the ratio and the ratio needed, in tenths.
    case lowFillContrast(key: String, color: String, tenths: Int, dark: Bool, text: String, needed: Int)
    case unknownClaimantType(String, suggestion: String?)
    /// A claim's `media: type:` that is not image, video or audio.
    case unknownMediaType(String, suggestion: String?)
    /// A claim's `media: authenticity:` that is none of `MediaItem.Authenticity`'s spellings.
    case unknownMediaAuthenticity(String, suggestion: String?)
    /// Media rated `decontextualized` with no `original_context` to say what it really shows (a warning).
    case decontextualizedWithoutContext
    /// A claim's `media:` with a `url` and no `archive` (a warning).
    case mediaWithoutArchive
    case longClaim(Int, limit: Int)
    case longShortName(Int, limit: Int)
    case sourceWithoutArchive(String)
    case staleSource(String, days: Int, limit: Int)
    case pendingSource(String, days: Int)
    case claimsWithoutBadges
    /// A text `generate new` wrote for the editor to replace, in an article that is no longer a draft.
    case skeletonPlaceholder(String)
    case tagWithoutSlug(String)
    case tagSpelledDifferently(String, slug: String, other: String, otherLocation: SourceLocation)
    case invalidTagSlug(String, suggestion: String?)
    case unusedTagName(String, suggestion: String?)

    // Cross-references
    case unknownSource(String, suggestion: String?)
    case duplicateClaimID(String, firstLine: Int)
    case reservedClaimID(String)
    /// A slug also used at `other`: the other file's `slug:` value, or its name when `otherIsFileName`.
    case duplicateSlug(String, other: SourceLocation, otherIsFileName: Bool)
    case reservedSlug(String)
    /// A slug that is also the name of a file or folder directly in content/static/ (the path shown).
    case slugTakenByStatic(String, staticPath: String)
    case staticFileConflict(String, otherPath: String)
    case unsafeOutput(String)
    case cannotWriteBeside(output: String, reason: String)
    case cannotMakeCacheFolder(String)
    case cannotWrite(String)
    /// The swap failed; `previous` is where the last site waits to be put back, when it is not in place.
    case cannotReplaceOutput(String, previous: String? = nil)
    case shrinkingSite(previous: Int, now: Int)
    case missingAuthor
    /// An article's `author:` that looks like a misspelt slug of site.yml's `authors`.
    case unknownAuthor(String, suggestion: String)
    /// Two of site.yml's `authors` with one name, which articles could not tell apart.
    case duplicateAuthorName(String, otherSlug: String)
    case updatedBeforeDate(key: String)
    case updatesOutOfOrder

    // Markdown
    case invalidBadgeReference(String)
    case badgeInsideLink(String)
    /// A body given up on after this many processor seconds, and how far its rendering had got.
    case renderTooSlow(seconds: Double, step: RenderStep)
    /// A body given up on when the Markdown parser held more than this many bytes for it.
    case renderTooLarge(bytes: Int, step: RenderStep)

    // Images
    /// An image written as a URL (`https:`, `data:`…) rather than the path of a file in content/.
    case imageNotInContent(String)
    /// An image path that leads out of content/ (by `..`, from `/`, or by a symbolic link).
    case imageOutsideContent(String)
    /// An image file that does not exist, with the closest image name in the folder it was looked for in.
    case missingImage(String, folder: String, suggestion: String?)
    case unsupportedImageType(String)
    case unreadableImage(String, reason: String)
    /// A file whose header is not one of its format's (cut short, damaged, or another format renamed).
    case damagedImage(String, format: ImageFormat)
    /// A body image written without a text alternative.
    case missingBodyImageAlt(String)
    /// A front-matter image without `alt`: `key` is the image's key, `decorativeAllowed` for a lead image.
    case missingImageAlt(key: String, decorativeAllowed: Bool)
    case decorativeImageWithAlt
    /// Two files of one article with the same name, which would be copied to the same place.
    case imageNameClash(String, other: String)

    // Links in the generated pages
    case brokenLink(String, page: String, missing: String)
    case brokenAnchor(String, page: String, id: String, target: String)

    // Share cards
    /// A card (its path in output/) that librsvg or cairo could not draw, in their words.
    case cannotRenderShareCard(String, reason: String)
    /// The theme's share-card font family, which fontconfig does not have.
    case missingShareCardFont(String)

    // Interface texts (content/i18n/<lang>.yml)
    /// A translation file named after no language tag (`content/i18n/<name>.yml`).
    case invalidTranslationFileName(String)
    /// A translation file for a language the site does not publish in (a warning: it is not used).
    case unusedTranslation(language: String, siteLanguages: [String])
    /// A file in content/i18n/ that is not `<language>.yml` directly in it (a warning: it is not read).
    case strayTranslationFile
    /// A language with neither a built-in table nor a translation file (a warning: pages are worded in English).
    case untranslatedLanguage(String)
    /// Verdicts or statuses with no label in one of the site's languages (a warning: they show in English).
    case untranslatedScale(language: String, keys: [String])
    /// A translation file for a language with no built-in table that leaves texts out.
    case missingTexts(language: String, keys: [String])
    /// A counted text without every plural form its language needs.
    case missingPluralForms(key: String, language: String, missing: [String])
    case unknownPluralForm(String, key: String, language: String, forms: [String])
    case unknownPlaceholder(String, key: String, allowed: [String])
    case missingPlaceholder(String, key: String)

    // The build cache (warnings: a build goes on without it)
    case unreadableCache(String)
    case damagedCache(String)
    case unsavedCache(String)

    /// How far the rendering of a body had got when it was given up on; where the diagnostic points.
    public enum RenderStep: Hashable, Sendable, Codable {
        /// The Markdown parser was reading the block structure at the diagnostic's line.
        case blocks
        /// It was parsing links and emphasis; the diagnostic points at the longest line, this many characters.
        case inlines(longestLine: Int)
        /// It was writing the HTML (the diagnostic points at the file).
        case html
        /// Verity's own steps after the parser's (the diagnostic points at the file).
        case verity

        var message: String {
            switch self {
            case .blocks:
                return "the Markdown parser was still reading this line: simplify the structure around it (lists or "
                    + "block quotes nested very deep, a table with very many columns)"
            case .inlines(let longestLine):
                return "the Markdown parser was still reading links, images and emphasis: look first at this line, "
                    + "the longest (\(longestLine) characters), for long runs of brackets, '*' or '_'"
            case .html:
                return "the Markdown parser had read it and was still writing its HTML: look for a table with very "
                    + "many columns and rows"
            case .verity:
                return "the Markdown parser had finished, so Verity itself is slow on it: please report this, "
                    + "with the file, as a bug"
            }
        }
    }
}
