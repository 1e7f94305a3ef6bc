/// Escaping of text for the places it is spliced into HTML by Swift code.
enum HTMLEscaping {
    /// Escapes `& < > " '` so that `text` is safe in element content and in quoted attribute values.
    ///
    /// Works on bytes, so a `"` followed by a combining mark is escaped too.
    static func attribute(_ text: String) -> String {
        text.replacingBytes { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
    }
}
