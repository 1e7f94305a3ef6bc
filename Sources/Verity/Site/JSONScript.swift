/// Compact JSON with sorted keys that is safe inside an HTML `<script>` element and is valid JavaScript.
///
/// Strings escape `"` and `\`, control characters (`\n`, `\t`… or `\u00XX`), and `<`, `>`, `&`, U+2028 and
/// U+2029 as `\u` escapes, so that no `</script>` or `<!--` can appear; `/` is left as it is. Objects are
/// written with their keys in the order given, which must be sorted by their bytes (checked in debug builds).
/// (The same bytes Foundation's `JSONEncoder` wrote with `.sortedKeys` and `.withoutEscapingSlashes` followed
/// by the script-safety replacements, without building a tree per page.)
struct JSONScript {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value or key follows another in the same container.
    private var needsComma = false
    #if DEBUG
    /// The last key written in each open object, to check the order.
    private var lastKeys: [String] = []
    #endif

    init() {
        bytes.reserveCapacity(512)
    }

    /// What was written, as text.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout JSONScript) -> Void) {
        open(UInt8(ascii: "{"))
        #if DEBUG
        lastKeys.append("")
        #endif
        body(&self)
        #if DEBUG
        lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    /// A member whose value is an object; always written.
    mutating func field(_ key: String, object body: (inout JSONScript) -> Void) {
        self.key(key)
        object(body)
    }

    /// A string member, left out when `value` is `nil`.
    mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// A number member, left out when `value` is `nil`.
    mutating func field(_ key: String, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        self.value(value)
    }

    /// A member whose value is an array; always written.
    mutating func field(_ key: String, array body: (inout JSONScript) -> Void) {
        self.key(key)
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// A string, as an element of an array.
    mutating func value(_ text: String) {
        string(text)
    }

    /// A number, as an element of an array.
    mutating func value(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// JSON already written by another `JSONScript`, as an element of an array.
    mutating func value(json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func key(_ key: String) {
        #if DEBUG
        assert(
            lastKeys.last.map { $0.isEmpty || $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? false,
            "JSON keys must be written sorted, and inside an object: '\(key)' after '\(lastKeys.last ?? "")'")
        lastKeys[lastKeys.count - 1] = key
        #endif
        string(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func string(_ text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var copied = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: String
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case 0x08: escape = #"\b"#
                case 0x09: escape = #"\t"#
                case 0x0A: escape = #"\n"#
                case 0x0C: escape = #"\f"#
                case 0x0D: escape = #"\r"#
                case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    escape =
                        "\\u00"
                        + String(
                            decoding: [Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]], as: UTF8.self)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] & 0xFE) == 0xA8:
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in JavaScript.
                    escape = utf8[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    length = 3
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                bytes.append(contentsOf: escape.utf8)
                index += length
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
