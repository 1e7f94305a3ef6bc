/// A text a desk or Verity gives in one or more languages, such as a verdict's label.
///
/// Languages are BCP 47 tags (`fr`, `pt-BR`), compared without case; a text written once for every language
/// (a plain string in site.yml) is stored under the empty tag.
public struct LocalizedText: Sendable, Hashable {
    /// The texts by lowercased language tag; `""` holds the text for every language.
    var texts: [String: String]

    /// One text for every language.
    init(_ text: String) {
        texts = ["": text]
    }

    /// Texts by language tag.
    init(byLanguage texts: [String: String]) {
        self.texts = Dictionary(texts.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text for `language`: the exact tag's, else its primary subtag's (`pt` for `pt-BR`), else the one for
    /// every language; `nil` when none fits.
    func text(in language: String) -> String? {
        let tag = language.lowercased()
        if let text = texts[tag] { return text }
        if let primary = tag.split(separator: "-").first, let text = texts[String(primary)] { return text }
        return texts[""]
    }

    /// The text for `language`, else the English one: the built-in scale's fallback.
    func textOrEnglish(in language: String) -> String {
        text(in: language) ?? texts["en"] ?? texts.values.sorted().first ?? ""
    }

    /// These texts with `other`'s written over them, language by language (a desk's partial override).
    func merging(_ other: LocalizedText) -> LocalizedText {
        var result = self
        if other.texts[""] != nil { result.texts = [:] }
        result.texts.merge(other.texts) { _, new in new }
        return result
    }
}
