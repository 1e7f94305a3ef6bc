/// Writes pretty-printed JSON straight into one string, in the layout of Foundation's `JSONEncoder`.
///
/// The caller writes keys in sorted order. Used for `claims.json`, where `JSONEncoder` built a tree of the
/// whole export before writing it, and that tree was the build's memory peak.
struct JSONWriter {
    private var output = ""
    /// Where full chunks go when the JSON is streamed; `nil` keeps it all in `output`.
    private let flush: ((String) -> Void)?
    private static let chunkSize = 1 << 16
    private var depth = 0
    /// Whether the innermost open object or array has an element yet.
    private var hasElement: [Bool] = []
    /// Without line breaks, indentation or spaces: for a file a browser downloads (`search.json`).
    private let compact: Bool

    /// A writer that keeps the whole JSON, for `finish()` to return; pretty-printed unless `compact`.
    init(compact: Bool = false) {
        flush = nil
        self.compact = compact
    }

    /// A writer that hands the JSON to `flush` in chunks of about 64 KB, so that a large export never sits in
    /// memory whole.
    init(flushingTo flush: @escaping (String) -> Void) {
        self.flush = flush
        compact = false
        output.reserveCapacity(Self.chunkSize + 4_096)
    }

    /// The JSON written, followed by a newline (added when the outermost container closed: appending it
    /// here made Swift copy the whole string, twice the export's size at the build's memory peak).
    consuming func finish() -> String {
        guard let flush else { return output }
        if !output.isEmpty { flush(output) }
        return ""
    }

    /// Hands the buffer to `flush` once it holds a chunk.
    private mutating func flushIfFull() {
        guard let flush, output.utf8.count >= Self.chunkSize else { return }
        flush(output)
        output.removeAll(keepingCapacity: true)
    }

    /// Opens an object, as the value of `key` when inside an object.
    mutating func beginObject(_ key: String? = nil) {
        open(key, "{")
    }

    /// Closes the innermost object.
    mutating func endObject() {
        close("}")
    }

    /// Opens an array, as the value of `key` when inside an object.
    mutating func beginArray(_ key: String? = nil) {
        open(key, "[")
    }

    /// Closes the innermost array.
    mutating func endArray() {
        close("]")
    }

    /// Writes `"key" : "value"`, or nothing when `value` is nil.
    mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        element(key)
        string(value)
    }

    /// Writes `"key" : value`, or nothing when `value` is nil.
    mutating func field(_ key: String, _ value: Int?) {
        guard let value else { return }
        element(key)
        output += String(value)
    }

    /// Writes a string element of the innermost array.
    mutating func value(_ value: String) {
        element(nil)
        string(value)
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        if !hasElement.isEmpty { element(key) }
        output += bracket
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ bracket: String) {
        if compact {
            hasElement.removeLast()
            depth -= 1
            output += bracket
            if depth == 0 { output += "\n" }
            return
        }
        // Like JSONEncoder, an empty container still gets its blank line: `[`, two newlines, `]`.
        if hasElement.removeLast() == false { output += "\n" }
        depth -= 1
        output += "\n"
        indent()
        output += bracket
        if depth == 0 { output += "\n" }
    }

    /// Starts an element of the innermost container: the separator, the indentation and the key if any.
    private mutating func element(_ key: String?) {
        flushIfFull()
        if hasElement[hasElement.count - 1] { output += "," }
        hasElement[hasElement.count - 1] = true
        if !compact {
            output += "\n"
            indent()
        }
        if let key {
            string(key)
            output += compact ? ":" : " : "
        }
    }

    private mutating func indent() {
        output += String(repeating: " ", count: depth * 2)
    }

    /// A JSON string: `"`, `\` and control characters escaped, everything else (including `/`) as it is.
    private mutating func string(_ value: String) {
        output += "\""
        if value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += value.replacingBytes({ byte in
                switch byte {
                case UInt8(ascii: "\""): "\\\""
                case UInt8(ascii: "\\"): "\\\\"
                case 0x0A: "\\n"
                case 0x0D: "\\r"
                case 0x09: "\\t"
                case 0x08: "\\b"
                case 0x0C: "\\f"
                case 0..<0x20: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                default: nil
                }
            })
        } else {
            output += value
        }
        output += "\""
    }
}
