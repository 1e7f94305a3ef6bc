import Mustache

/// HTML escaping for `{{name}}` in templates that works on Unicode scalars, not on characters.
///
/// swift-mustache's own HTML escaping looks at whole characters (grapheme clusters), so a `"` followed by a
/// combining mark (`"\u{301}`) is one character that is not `"` and goes through unescaped, which would let
/// a front-matter value close an attribute. This escaper replaces `& < > " '` wherever they occur.
struct ScalarHTMLEscaping: MustacheContentType {
    /// The name templates are switched to, by a tag the loader puts before each template.
    static let name = "VERITY_HTML"

    func escapeText(_ text: String) -> String {
        HTMLEscaping.attribute(text)
    }
}
