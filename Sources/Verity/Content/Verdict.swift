/// The rating a fact check gives a claim.
public enum Verdict: String, CaseIterable, Sendable, Hashable {
    case `true`
    case mostlyTrue = "mostly-true"
    case mixed
    case mostlyFalse = "mostly-false"
    case `false`
    case misleading
    case missingContext = "missing-context"
    case unproven

    /// The label readers see, also ClaimReview's `alternateName`.
    public var label: String {
        switch self {
        case .true: "True"
        case .mostlyTrue: "Mostly true"
        case .mixed: "Mixed"
        case .mostlyFalse: "Mostly false"
        case .false: "False"
        case .misleading: "Misleading"
        case .missingContext: "Missing context"
        case .unproven: "Unproven"
        }
    }

    /// ClaimReview `ratingValue` on a 1 (worst) to 5 (best) scale, for the scaled verdicts only.
    public var ratingValue: Int? {
        switch self {
        case .true: 5
        case .mostlyTrue: 4
        case .mixed: 3
        case .mostlyFalse: 2
        case .false: 1
        case .misleading, .missingContext, .unproven: nil
        }
    }

    /// A decorative symbol shown with the label (never the only signal).
    public var icon: String {
        switch self {
        case .true: "\u{2714}"
        case .mostlyTrue: "\u{2713}"
        case .mixed: "\u{25D0}"
        case .mostlyFalse: "\u{2717}"
        case .false: "\u{2716}"
        case .misleading: "\u{26A0}"
        case .missingContext: "\u{2026}"
        case .unproven: "?"
        }
    }
}

extension Verdict {
    /// How many of the claims in `claimLists` got each verdict, in the order of the verdict scale, leaving out
    /// verdicts no claim got; reads each verdict in place (copying a `Claim` retains all its strings).
    static func counts(in claimLists: some Sequence<[Claim]>) -> [(verdict: Verdict, count: Int)] {
        var counts = [Int](repeating: 0, count: allCases.count)
        for claims in claimLists {
            for claim in claims.indices {
                if let index = allCases.firstIndex(of: claims[claim].verdict) { counts[index] += 1 }
            }
        }
        return zip(allCases, counts).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
    }
}
