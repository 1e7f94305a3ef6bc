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

    /// A decorative symbol shown with the label (never the only signal); no source status uses it.
    ///
    /// Each is followed by U+FE0E, so that systems draw it as text in the verdict's colour, not as an emoji.
    public var icon: String {
        switch self {
        case .true: "\u{2714}\u{FE0E}"
        case .mostlyTrue: "\u{25D5}\u{FE0E}"
        case .mixed: "\u{25D1}\u{FE0E}"
        case .mostlyFalse: "\u{25D4}\u{FE0E}"
        case .false: "\u{2718}\u{FE0E}"
        case .misleading: "\u{26A0}\u{FE0E}"
        case .missingContext: "\u{2702}\u{FE0E}"
        case .unproven: "?"
        }
    }

    /// "4 of 5 on our scale" for the scaled verdicts, for the verdict meter's accessible name.
    public var scaleText: String? {
        ratingValue.map { "\($0) of 5 on our scale from False to True" }
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
