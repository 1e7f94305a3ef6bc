/// Writes values into the build cache's compact binary form.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ number: Int) {
        var value = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            bytes.append(UInt8(value & 0xFF))
            value >>= 8
        }
    }

    mutating func write(_ number: UInt64) {
        write(Int(Int64(bitPattern: number)))
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }
}

/// Reads values written by `CacheWriter`; any read past the end or of a wrong shape makes `isValid` false.
struct CacheReader {
    private let bytes: [UInt8]
    private var offset = 0
    private(set) var isValid = true

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() -> Int {
        guard offset + 8 <= bytes.count else {
            isValid = false
            return 0
        }
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func uint64() -> UInt64 {
        UInt64(bitPattern: Int64(int()))
    }

    mutating func bool() -> Bool {
        guard offset < bytes.count else {
            isValid = false
            return false
        }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func string() -> String {
        let count = int()
        guard count >= 0, offset + count <= bytes.count else {
            isValid = false
            return ""
        }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        guard count >= 0, offset + count <= bytes.count else {
            isValid = false
            return []
        }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func optionalString() -> String? {
        bool() ? string() : nil
    }

    /// An optional URL: `.some(nil)` when none was written, `nil` when what was written is not a valid URL.
    mutating func optionalURL() -> WebURL?? {
        guard let text = optionalString() else { return .some(nil) }
        guard let url = WebURL(text) else { return nil }
        return .some(url)
    }

    mutating func strings() -> [String] {
        let count = int()
        guard count >= 0, count <= bytes.count - offset else {
            isValid = false
            return []
        }
        return (0..<count).map { _ in string() }
    }
}
