/// One language edition of a site (`languages` in site.yml): its own articles, standing pages and listings.
///
/// The main edition (site.yml's `language`) is served at the site's root, as a site of one edition is; each other
/// one below a folder named after its language (`fr/`), whose articles are in `content/articles/fr/` and standing
/// pages in `content/pages/fr/`.
public struct Edition: Sendable, Hashable {
    /// Its BCP 47 language tag, as site.yml writes it.
    public var language: String
    /// Whether it is the main edition, at the site's root.
    public var isMain: Bool

    /// Its content folder's name inside `content/articles/` and `content/pages/`, and its URL folder: `""` for
    /// the main edition.
    public var folder: String {
        isMain ? "" : language
    }

    /// The path of its root relative to the site's: `""` for the main edition, `"fr/"` for the others.
    public var prefix: String {
        isMain ? "" : language + "/"
    }

    /// The language's name in that language ("Français"), for links to an edition, or its tag when Verity has
    /// no name for it.
    public var name: String {
        Self.names[InterfaceText.primarySubtag(language)] ?? language
    }

    /// Languages' names in their own language, by primary subtag: the languages Verity has tables for.
    static let names = [
        "en": "English", "fr": "Français", "es": "Español", "de": "Deutsch", "pt": "Português",
        "ar": "العربية", "it": "Italiano", "nl": "Nederlands",
    ]
}
