/// What a source did about a claim; each status is shown as a badge.
public enum SourceStatus: String, CaseIterable, Sendable, Hashable {
    case confirmed
    case statement
    case denied
    case noComment = "no-comment"
    case noResponse = "no-response"
    case pending
    case unverified

    /// The badge text readers see next to the source's name.
    public var badgeText: String {
        switch self {
        case .confirmed: "Confirmed"
        case .statement: "On the record"
        case .denied: "Denied"
        case .noComment: "Declined to comment"
        case .noResponse: "No response"
        case .pending: "Awaiting response"
        case .unverified: "Not confirmed"
        }
    }

    /// What the status means, as published on the methodology page.
    public var meaning: String {
        switch self {
        case .confirmed: "The source confirmed it on the record."
        case .statement: "The source made a public statement about it (say where)."
        case .denied: "The source disputes it on the record."
        case .noComment: "The source was reached and declined to comment."
        case .noResponse: "Asked (say when); no answer before publication."
        case .pending: "A request is open; an update will follow."
        case .unverified: "We could not verify it, or found no record of it."
        }
    }

    /// A decorative symbol shown before the badge text (never the only signal); no verdict uses it.
    ///
    /// Statuses are about what a source said, so their symbols are ballot boxes, quotes and clocks, where the
    /// verdicts' are ticks, crosses and a scale; U+FE0E asks for the text form, not an emoji.
    public var icon: String {
        switch self {
        case .confirmed: "\u{2611}\u{FE0E}"
        case .statement: "\u{275D}"
        case .denied: "\u{2612}\u{FE0E}"
        case .noComment: "\u{2298}"
        case .noResponse: "\u{22EF}"
        case .pending: "\u{25F7}"
        case .unverified: "\u{25CC}"
        }
    }
}
