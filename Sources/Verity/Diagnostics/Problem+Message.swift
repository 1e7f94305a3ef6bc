/// The wording of every problem, in one place: the text that follows `error:` or `warning:`.
extension Problem {
    /// The human-readable text that follows `error:`.
    public var message: String {
        switch self {
        case .missingFolder(let path):
            return "folder '\(path)' does not exist"
        case .missingFile(let path):
            return "file '\(path)' does not exist"
        case .unreadableFile(let reason):
            return "cannot read file: \(reason)"
        case .unreadableFolder(let reason):
            return "cannot read folder: \(reason); nothing in it can be published until it can be read"
        case .notUTF8(let bytes) where bytes.isEmpty:
            return "file is not valid UTF-8 text; save it as UTF-8"
        case .notUTF8(let bytes) where bytes.count == 1:
            return "byte \(Self.hexBytes(bytes)) is not valid UTF-8; save the file as UTF-8"
        case .notUTF8(let bytes):
            return "bytes \(Self.hexBytes(bytes)) are not valid UTF-8; save the file as UTF-8"
        case .utf16:
            return "file is UTF-16 text; save it as UTF-8"
        case .controlCharacter(let scalar) where BadgePlaceholders.reserved.contains(scalar):
            return "private-use character \(Self.codePoint(scalar)) is reserved for source badges; delete it"
        case .controlCharacter(let scalar):
            return
                "invisible control character \(Self.codePoint(scalar)) cannot appear in a web page or feed; delete it"
        case .controlCharacterInValue(let key, let scalar) where BadgePlaceholders.reserved.contains(scalar):
            return
                "'\(key)' contains the private-use character \(Self.codePoint(scalar)), which is reserved for "
                + "source badges; remove it"
        case .controlCharacterInValue(let key, let scalar):
            return
                "'\(key)' contains the control character \(Self.codePoint(scalar)), which cannot appear in a web "
                + "page or feed; remove it"
        case .fileTooLarge(let bytes, let limit):
            return "file is \(Self.megabytes(bytes)), more than the \(Self.megabytes(limit)) a content file may have; "
                + "split it, or put media in content/static/"
        case .linkOutsideFolder(let target, let folder):
            return "symbolic link to '\(target)' leads outside the \(folder) folder; copy the file in instead"
        case .danglingLink(let target):
            return "symbolic link to '\(target)', which does not exist"
        case .linkLoop:
            return "symbolic link leads back into a folder that contains it; remove it"
        case .notRegularFile:
            return "not a regular file or folder (a pipe, socket or device); remove it"
        case .invalidFileName(let name):
            return
                "file name '\(name)' is not a valid slug (lowercase letters, digits and '-'); rename the file or "
                + "set 'slug:'"
        case .missingFrontMatter:
            return
                "missing front matter: the file must start with a line '---', then the YAML keys, then a line "
                + "'---' (did you forget to add '---'?)"
        case .unclosedFrontMatter:
            return "front matter is not closed: add a line '---' after the last key"
        case .yamlAnchor:
            return "YAML anchors and aliases (&name, *name) are not supported; write the value out in full"
        case .emptyFile:
            return "file is empty: start it with a line '---', the front matter, a line '---', then the text"
        case .malformedYAML(let problem):
            return "malformed YAML: \(problem)"
        case .yamlTabIndent:
            return "tabs cannot indent YAML; indent with spaces"
        case .yamlTab:
            return "YAML does not allow a tab here; use a space"
        case .yamlReservedStart(let character):
            return "a YAML value cannot start with '\(character)'; put the value in quotes"
        case .yamlUnalignedLine(let key, let spaces, let levels):
            // Deepest first: a stray line most often belongs with the line just above it.
            let choices = levels.reversed().enumerated().map { index, level in
                (index == 0 ? Self.spaces(level.spaces) : "\(level.spaces)") + " (line \(level.line))"
            }
            let list =
                choices.count > 1
                ? choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "") : choices.joined()
            return "\(Self.subject(key)) is indented \(Self.spaces(spaces)), which lines up "
                + "with no key above it; indent it like the keys it belongs with: \(list)"
        case .yamlOverIndented(let key, let above, let line):
            return "\(Self.subject(key)) is indented more than '\(above)' on line \(line), so "
                + "YAML reads it as part of that value; give the keys of one block the same indentation (or put "
                + "quotes around a value that contains ': ')"
        case .unknownKey(let key, let suggestion):
            return "unknown key '\(key)'" + hint(suggestion)
        case .duplicateKey(let key):
            return "duplicate key '\(key)'"
        case .missingKey(let key):
            return "missing required key '\(key)'"
        case .emptyValue(let key):
            return "'\(key)' must not be empty"
        case .wrongType(let key, let expected):
            return "'\(key)' must be \(expected)"
        case .invalidDate(let key, let value, let flaw):
            return "invalid date '\(value)' for '\(key)': " + Self.reason(flaw, value: value)
        case .invalidBoolean(let key, let value):
            return "'\(key)' must be true or false, not '\(value)'"
        case .invalidInteger(let key, let value):
            return "'\(key)' must be a whole number, not '\(value)'"
        case .tooSmall(let key, let value, let minimum):
            return "'\(key)' must be at least \(minimum), not '\(value)'"
        case .invalidIdentifier(let key, let value):
            return "invalid \(key) '\(value)': use only lowercase letters, digits and '-'"
        case .invalidURL(let key, let value):
            return "'\(key)' must be an absolute http:// or https:// URL, not '\(value)'"
        case .invalidLanguage(let value):
            return "'language' must be a BCP 47 language tag such as 'en' or 'pt-BR', not '\(value)'"
        case .invalidEditionLanguage, .duplicateEditionLanguage, .mainLanguageNotListed, .unknownEditionFolder,
            .mainEditionFolder, .invalidLink, .missingLogoSource, .colorNeedsQuotes, .invalidColor, .lowContrast,
            .unknownNavEntry, .duplicateNavEntry, .unknownStatus, .unknownVerdict, .unknownBuiltInEntry,
            .duplicateScaleKey, .emptyScale, .missingLanguageText, .invalidTextLanguage, .longIcon, .ratingOutOfRange,
            .singleRatedVerdict, .unknownPageMarker, .lowFillContrast, .unknownPagePurpose, .missingTransparencyPages,
            .invalidTranslationFileName, .unusedTranslation, .strayTranslationFile, .untranslatedLanguage,
            .untranslatedScale, .missingTexts, .missingPluralForms, .unknownPluralForm, .unknownPlaceholder,
            .missingPlaceholder:
            // Worded in Problem+SettingsMessage.swift, which words every case listed here.
            return settingsMessage ?? ""
        case .unknownClaimantType(let value, let suggestion):
            return "unknown claimant_type '\(value)'" + hint(suggestion) + "; expected person or organization"
        case .unknownMediaType(let value, let suggestion):
            return "unknown media type '\(value)'" + hint(suggestion) + "; expected image, video or audio"
        case .unknownMediaAuthenticity(let value, let suggestion):
            return "unknown authenticity '\(value)'" + hint(suggestion) + "; expected one of "
                + MediaItem.Authenticity.allCases.map(\.rawValue).joined(separator: ", ")
        case .decontextualizedWithoutContext:
            return "media rated 'decontextualized' has no 'original_context': say where, when and by whom it was "
                + "really made, for MediaReview's originalMediaContextDescription"
        case .mediaWithoutArchive:
            return "media has a 'url' but no 'archive': add an archived copy (web.archive.org, archive.today) "
                + "in case the post is deleted"
        case .longClaim(let count, let limit):
            return
                "claim is \(count) characters long; search engines show at most \(limit) of ClaimReview's claimReviewed"
        case .longShortName(let count, let limit):
            return "short_name is \(count) characters long; keep it to \(limit) or fewer, so that the badges in a "
                + "paragraph fit on a phone (the full name stays in the source list)"
        case .sourceWithoutArchive(let id):
            return "source '\(id)' has a 'url' but no 'archive': add an archived copy (web.archive.org, archive.today) "
                + "in case the page changes or disappears"
        case .staleSource(let id, let days, let limit):
            return "source '\(id)' is dated \(days) days before the article (more than stale_source_days: \(limit)); "
                + "check that what it said still stands"
        case .pendingSource(let id, let days):
            return
                "source '\(id)' is still 'pending' \(days) days after the article's date: record its answer, or "
                + "'no-response'"
        case .claimsWithoutBadges:
            return
                "the article has claims but its text cites no source: add badges such as [@source-id] where the "
                + "text relies on one"
        case .skeletonPlaceholder(let text):
            return "'\(text)' is a placeholder from 'generate new': write the article's own text here, or put back "
                + "'draft: true' until it is ready"
        case .unknownSource(let id, let suggestion):
            return "unknown source '\(id)'" + (suggestion == nil ? "; declare it under 'sources:'" : hint(suggestion))
        case .duplicateClaimID(let id, let firstLine):
            return "duplicate claim id '\(id)' (first used on line \(firstLine))"
        case .reservedClaimID(let id):
            return
                "claim id '\(id)' is taken by the page itself; choose another (ids starting with 'source-', "
                + "'fn-' or 'fnref-' are reserved)"
        case .duplicateSlug(let slug, let other, let otherIsFileName):
            let place = otherIsFileName ? "\(other.path) (its file name)" : other.description
            return "slug '\(slug)' is also used by \(place); each article and page needs its own"
        case .slugTakenByStatic(let slug, let staticPath):
            let kind = staticPath.hasSuffix("/") ? "folder" : "file"
            return "slug '\(slug)' is also used by the static \(kind) \(staticPath); rename one of them"
        case .tagWithoutSlug(let tag):
            return "tag '\(tag)' has no letter or digit a web address can use (a to z, 0 to 9); write its slug here "
                + "and give it this name in site.yml's 'tags'"
        case .tagSpelledDifferently(let tag, let slug, let other, let otherLocation):
            return "tag '\(tag)' is written '\(other)' at \(otherLocation.description) (both are '\(slug)'); write "
                + "it the same way in both, or give it one name in site.yml's 'tags' (\(slug): \(other))"
        case .invalidTagSlug(let value, let suggestion):
            return "invalid tag slug '\(value)' in site.yml's 'tags': use only lowercase letters, digits and '-'"
                + hint(suggestion)
        case .unusedTagName(let slug, let suggestion):
            return "site.yml's 'tags' names tag '\(slug)', which no article uses" + hint(suggestion)
        case .reservedSlug(let slug):
            return "slug '\(slug)' is reserved for the site's own files; choose another"
        case .staticFileConflict(let destination, let otherPath):
            return
                "static file would be written to output/\(destination), which \(otherPath) also writes; rename "
                + "one of them"
        case .unsafeOutput(let reason):
            return "refusing to use this output folder: \(reason)"
        case .cannotWriteBeside(let output, let reason):
            return
                "cannot write in this folder, where generate builds '\(output)' before swapping it in: \(reason)"
        case .cannotMakeCacheFolder(let reason):
            return "cannot write the build cache and the lock that keeps two builds apart in this folder: \(reason)"
        case .cannotWrite(let reason):
            return "cannot write: \(reason)"
        case .cannotReplaceOutput(let reason, let previous):
            return "cannot swap the new site in for this folder: \(reason); "
                + (previous.map { "the last site is in \($0), which the next build puts back" }
                    ?? "it was left as it was")
        case .shrinkingSite(let previous, let now):
            return
                "this build would publish \(now) of the \(previous) articles the last build published, so "
                + "\(previous - now) article pages would disappear; if that is intended, build with --allow-shrink"
        case .missingAuthor:
            return "missing 'author': set it here or set 'default_author' in site.yml"
        case .unknownAuthor(let written, let suggestion):
            return "unknown author '\(written)' (did you mean '\(suggestion)'?): name an author of site.yml's "
                + "'authors' by slug or by name, or write a name in full"
        case .duplicateAuthorName(let name, let otherSlug):
            return "author name '\(name)' is also the name of '\(otherSlug)': articles could not tell them apart; "
                + "give each author a name of their own"
        case .updatedBeforeDate(let key):
            return "'\(key)' is before the article's 'date'"
        case .updatesOutOfOrder:
            return "'updates' must be listed oldest first"
        case .invalidBadgeReference(let text):
            return
                "invalid source badge '\(text)': write '[@source-id]' or '[@first-id; @second-id]' with ids from "
                + "'sources:'"
        case .badgeInsideLink(let text):
            return "source badge '\(text)' cannot be inside a link's text; move it after the link"
        case .renderTooSlow(let seconds, let step):
            return "this document takes too long to render (over \(String(format: "%g", seconds)) s); \(step.message)"
        case .renderTooLarge(let bytes, let step):
            return "this document needs too much memory to render (over \(Self.megabytes(bytes))); \(step.message)"
        case .imageNotInContent(let src):
            return
                "image '\(src)' is not a file in content/: save it beside the article (e.g. in "
                + "content/articles/images/) and write its path, so that its size is known and it cannot disappear "
                + "or change"
        case .imageOutsideContent(let src):
            return
                "image '\(src)' is outside content/: copy it into content/ (e.g. content/articles/images/) and write "
                + "its path relative to the article file"
        case .missingImage(let src, let folder, let suggestion):
            return "image file '\(src)' does not exist in \(folder)" + hint(suggestion)
        case .unsupportedImageType(let src):
            return
                "image '\(src)' is not a PNG, JPEG, WebP or SVG file (by its name's extension: .png, .jpg, .jpeg, "
                + ".webp, .svg); save it in one of those formats"
        case .unreadableImage(let src, let reason):
            return "cannot read image '\(src)': \(reason)"
        case .damagedImage(let src, let format):
            return
                "image '\(src)' is not a \(format.rawValue) file whose size can be read (cut short, damaged, or "
                + "another format renamed); export it again as \(format.rawValue)"
        case .missingBodyImageAlt(let src):
            return
                "image '\(src)' has no alt text: describe what it shows between the brackets, "
                + "![like this](\(src)); images in a fact check are evidence, so none is decorative"
        case .missingImageAlt(let key, let decorativeAllowed):
            return "'\(key)' needs 'alt': describe what the image shows"
                + (decorativeAllowed ? ", or set 'decorative: true' when it adds nothing to the text" : "")
        case .decorativeImageWithAlt:
            return "a decorative image has no alt text: remove 'alt', or remove 'decorative: true'"
        case .imageNameClash(let name, let other):
            return
                "another image of this article is also named '\(name)' (\(other)); both would be copied to the "
                + "article's folder: rename one of them"
        case .brokenLink(let link, let page, let missing):
            return "broken link '\(link)' on \(page): the site has no \(missing)"
        case .brokenAnchor(let link, let page, let id, let target):
            return "broken link '\(link)' on \(page): \(target) has no element with id '\(id)'"
        case .unreadableCache(let reason):
            return "cannot read the build cache: \(reason); it is ignored and every page is rebuilt"
        case .damagedCache(let reason):
            return "the build cache is damaged (\(reason)); it is ignored and every page is rebuilt"
        case .unsavedCache(let reason):
            return "cannot save the build cache: \(reason); the next build starts from scratch"
        case .cannotRenderShareCard(let path, let reason):
            return "cannot render this article's share card output/\(path): \(reason); check that librsvg2-2 "
                + "and fonts-dejavu-core are installed (scripts/install-deps.sh)"
        case .missingShareCardFont(let family):
            return "the share cards' font '\(family)' is not installed: install it (for DejaVu Sans, Debian's "
                + "fonts-dejavu-core, as scripts/install-deps.sh does), or name an installed font in the theme's "
                + "shareCard style"
        }
    }

    /// The first five of `items` and how many more: `a, b, c, d, e and 10 more`.
    static func shortList(_ items: [String]) -> String {
        items.prefix(5).joined(separator: ", ") + (items.count > 5 ? " and \(items.count - 5) more" : "")
    }

    /// `'en', 'fr'`.
    static func quotedList(_ items: [String]) -> String {
        items.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// `U+0007`.
    private static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `0xE2 0x82`.
    private static func hexBytes(_ bytes: [UInt8]) -> String {
        bytes.map { "0x" + ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
    }

    /// `1 space`, `3 spaces`.
    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    /// What is wrong with a date, and how to write it.
    private static func reason(_ flaw: ContentDate.Flaw, value: String) -> String {
        switch flaw {
        case .format:
            return "use YYYY-MM-DD or RFC 3339 with an offset (2025-06-26T14:30:00+02:00)"
        case .missingOffset:
            return "add the time's offset from UTC, such as \(value)+02:00 (or \(value)Z for UTC itself)"
        case .year(let year):
            return "there is no year \(String(format4: year)); years start at 0001"
        case .month(let month):
            return "there is no month \(String(format2: month)); months go from 01 to 12"
        case .day(let day, _, _) where day == 0:
            return "there is no day 00; days start at 01"
        case .day(29, 2, let year):
            return "\(year) is not a leap year, so February has 28 days"
        case .day(_, 2, let year):
            return "February \(year) has \(ContentDate.daysInMonth(year: year, month: 2)) days"
        case .day(_, let month, let year):
            let name = ContentDate.monthNames[month - 1]
            return "\(name) has \(ContentDate.daysInMonth(year: year, month: month)) days"
        case .hour(let hour):
            return "there is no hour \(hour); hours go from 00 to 23"
        case .minute(let minute):
            return "there is no minute \(minute); minutes go from 00 to 59"
        case .second(let second):
            return "there is no second \(second); seconds go from 00 to 59 (60 in a leap second)"
        case .offset(let offset):
            return "there is no offset \(offset) from UTC; offsets go from -23:59 to +23:59, such as +02:00"
        }
    }

    /// `1.5 MB`, `16 MB`: sizes in decimal megabytes, as file managers show them.
    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
    }

    /// A YAML line named by its key, or "this line" when it has none.
    private static func subject(_ key: String?) -> String {
        key.map { "'\($0)'" } ?? "this line"
    }

    /// A contrast ratio from tenths: `4.5:1`.
    static func ratio(_ tenths: Int) -> String {
        "\(tenths / 10).\(tenths % 10):1"
    }

    func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
