/// Escaping of text for XML files (feed, sitemap).
enum XMLEscaping {
    /// `text` with `& < > " '` escaped and the characters XML 1.0 forbids (most control characters,
    /// U+FFFE, U+FFFF) left out, so that the result is always well-formed in content and attributes.
    static func escape(_ text: String) -> String {
        text.replacingBytes(
            { byte in
                switch byte {
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "\""): "&quot;"
                case UInt8(ascii: "'"): "&apos;"
                case 0x09, 0x0A, 0x0D: nil
                case 0..<0x20, 0x7F: ""
                default: nil
                }
            },
            multiByte: { bytes, index in
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not allowed in XML.
                guard bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                    bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
                else { return nil }
                return ("", 3)
            })
    }
}
