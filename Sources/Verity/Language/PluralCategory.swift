/// A plural form of a language, as CLDR names them: which form of a counted text goes with a number.
public enum PluralCategory: String, CaseIterable, Sendable, Hashable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The forms a language's counted texts need, by its primary subtag: CLDR's rules for whole numbers.
    static func categories(for language: String) -> [PluralCategory] {
        switch language {
        case "ar": [.zero, .one, .two, .few, .many, .other]
        case "ja", "zh", "ko", "th", "vi", "id", "ms": [.other]
        case "ru", "uk", "pl", "hr", "sr", "bs": [.one, .few, .many, .other]
        case "cs", "sk": [.one, .few, .other]
        default: [.one, .other]
        }
    }

    /// The form that goes with `count` in a language (CLDR's rules for whole numbers; `fr` and `pt` put 0 with 1).
    static func of(_ count: Int, language: String) -> PluralCategory {
        let tens = count % 100
        switch language {
        case "ar":
            if count == 0 { return .zero }
            if count == 1 { return .one }
            if count == 2 { return .two }
            if (3...10).contains(tens) { return .few }
            if (11...99).contains(tens) { return .many }
            return .other
        case "fr", "pt":
            return count == 0 || count == 1 ? .one : .other
        case "ja", "zh", "ko", "th", "vi", "id", "ms":
            return .other
        case "ru", "uk", "sr", "hr", "bs":
            if count % 10 == 1 && tens != 11 { return .one }
            if (2...4).contains(count % 10) && !(12...14).contains(tens) { return .few }
            return .many
        case "pl":
            if count == 1 { return .one }
            if (2...4).contains(count % 10) && !(12...14).contains(tens) { return .few }
            return .many
        case "cs", "sk":
            if count == 1 { return .one }
            if (2...4).contains(count) { return .few }
            return .other
        default:
            return count == 1 ? .one : .other
        }
    }
}
