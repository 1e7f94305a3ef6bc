/// A count with its noun, as listings show it: "1 claim", "3 claims", "1 fact check".
enum CountText {
    /// `count` and `noun`, with an "s" unless the count is one.
    static func of(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
