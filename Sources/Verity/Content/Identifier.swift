/// The rule for slugs, tags and ids: one or more of `a-z`, `0-9` and `-`.
enum Identifier {
    /// Whether `text` is a valid identifier.
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
