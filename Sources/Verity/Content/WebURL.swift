/// An absolute http or https URL from front matter, checked when the content is loaded.
///
/// The only way front matter puts a link on a page: a value that is not such a URL (`javascript:`, a relative
/// path, one with spaces or quotes) is an error at its line and column and never becomes a `WebURL`.
public struct WebURL: Sendable, Hashable {
    /// The URL as written.
    public let text: String

    /// `text` as a URL, or `nil` when it is not an allowed absolute http(s) URL.
    public init?(_ text: String) {
        guard Self.isAllowed(text) else { return nil }
        self.text = text
    }

    /// Whether `text` is an absolute http(s) URL with a host and no spaces or control characters.
    static func isAllowed(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = lowered.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = lowered.dropFirst(7)
        } else {
            return false
        }
        guard let first = rest.first, first != "/", first != "?", first != "#" else { return false }
        return !text.unicodeScalars.contains {
            $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\"
        }
    }
}
