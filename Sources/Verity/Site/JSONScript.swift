import Foundation

/// JSON for a `<script>` element or a file, from typed values: sorted keys, and safe inside HTML.
enum JSONScript {
    /// `value` as compact JSON with sorted keys, in which `<`, `>`, `&`, U+2028 and U+2029 are written as
    /// `\u` escapes, so that no `</script>` or `<!--` can appear and the text is also valid JavaScript.
    static func encode<T: Encodable>(_ value: T, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        var result = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
