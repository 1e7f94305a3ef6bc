import Foundation

/// JSON for a `<script>` element or a file, from typed values: sorted keys, and safe inside HTML.
enum JSONScript {
    /// `value` as compact JSON with sorted keys, in which `<`, `>`, `&`, U+2028 and U+2029 are written as
    /// `\u` escapes, so that no `</script>` or `<!--` can appear and the text is also valid JavaScript.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingBytes({ byte in
            switch byte {
            case UInt8(ascii: "<"): "\\u003c"
            case UInt8(ascii: ">"): "\\u003e"
            case UInt8(ascii: "&"): "\\u0026"
            default: nil
            }
        }, multiByte: { bytes, index in
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            guard bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                  bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else { return nil }
            return (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        })
    }
}
