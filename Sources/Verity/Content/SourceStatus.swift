/// What a source did about a claim: a key of the site's statuses (`VerdictScale.statuses`), which give its
/// badge text, symbol and colours.
public struct SourceStatus: RawRepresentable, Sendable, Hashable {
    /// The key as written in front matter (`no-comment`).
    public let rawValue: String

    /// A status key, or `nil` for text that is not a slug.
    ///
    /// Whether the site has it is checked where it is read.
    public init?(rawValue: String) {
        guard Identifier.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// A key known to be a slug (one of the built-in statuses', say).
    init(key: String) {
        rawValue = key
    }

    /// The status the warning about sources still awaiting an answer looks for.
    static let pending = SourceStatus(key: "pending")
}
