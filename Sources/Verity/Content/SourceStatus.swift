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

    /// A decorative symbol shown before the badge text (never the only signal).
    public var icon: String {
        switch self {
        case .confirmed: "\u{2714}"
        case .statement: "\u{275D}"
        case .denied: "\u{2716}"
        case .noComment: "\u{2298}"
        case .noResponse: "\u{2026}"
        case .pending: "\u{25F7}"
        case .unverified: "?"
        }
    }
}
