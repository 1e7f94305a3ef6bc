/// Writes values into the build cache's compact binary form.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    /// Makes room for `count` bytes in all.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Eight bytes, least significant first.
    mutating func write(_ number: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(number)).littleEndian) { bytes.append(contentsOf: $0) }
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

    mutating func append(_ raw: ArraySlice<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }
}

/// Reads values written by `CacheWriter`, checking every length, count and number against what can be there.
///
/// The cache is input like any other: whatever its bytes, reading it never traps, never allocates more than
/// its own size, and takes time in proportion to it. The first thing found wrong is kept in `damage` (with its
/// byte position, for a bug report); after that every read returns an empty value without looking further.
struct CacheReader {
    private let bytes: [UInt8]
    /// Where the next value starts.
    private(set) var offset = 0
    /// Where `bytes` start in the cache file, so that a damage report gives the position in the file.
    private let base: Int
    /// What made the data unreadable, such as `an out-of-range length -1 at byte 32`; `nil` while all is well.
    private(set) var damage: String?

    /// A reader of `bytes`, which start at byte `base` of the cache file.
    init(_ bytes: [UInt8], base: Int = 0) {
        self.bytes = bytes
        self.base = base
    }

    var isValid: Bool { damage == nil }

    var isAtEnd: Bool { offset == bytes.count }

    /// How many bytes are left to read (never negative: `offset` only moves within `bytes`).
    private var remaining: Int { bytes.count - offset }

    /// Marks the data as damaged by `reason`, found at `position` (the current offset unless given).
    mutating func fail(_ reason: String, at position: Int? = nil) {
        fail(damage: "\(reason) at byte \(base + (position ?? offset))")
    }

    /// Marks the data as damaged as another reader found it (one of data nested in this reader's).
    mutating func fail(damage: String) {
        if self.damage == nil { self.damage = damage }
    }

    mutating func int() -> Int {
        guard isValid else { return 0 }
        guard remaining >= 8 else {
            fail("a value cut short")
            return 0
        }
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    /// A number that must lie in `range`, such as a line number; `what` names it in the damage report.
    mutating func int(in range: ClosedRange<Int>, _ what: String) -> Int {
        let start = offset
        let value = int()
        guard isValid, range.contains(value) else {
            fail("an out-of-range \(what) \(value)", at: start)
            return range.lowerBound
        }
        return value
    }

    /// A line or column number: 0 (unknown) or more, and no more than any file can have.
    mutating func lineOrColumn() -> Int {
        int(in: 0...Int(Int32.max), "line or column")
    }

    mutating func uint64() -> UInt64 {
        UInt64(bitPattern: Int64(int()))
    }

    mutating func bool() -> Bool {
        guard isValid else { return false }
        guard remaining >= 1 else {
            fail("a value cut short")
            return false
        }
        let byte = bytes[offset]
        guard byte <= 1 else {
            fail("an out-of-range flag \(byte)")
            return false
        }
        offset += 1
        return byte == 1
    }

    /// A byte count that must fit in what is left.
    private mutating func length() -> Int {
        let start = offset
        let count = int()
        guard isValid, count >= 0, count <= remaining else {
            fail("an out-of-range length \(count)", at: start)
            return 0
        }
        return count
    }

    mutating func string() -> String {
        let count = length()
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    /// The range of the bytes written with their count first (`write(_: Int)` then `append`), skipped.
    mutating func sizedRange() -> Range<Int> {
        let count = length()
        defer { offset += count }
        return offset..<offset + count
    }

    /// Bytes written with their count first (`write(_: Int)` then `append`).
    mutating func sizedBytes() -> [UInt8] {
        let count = length()
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func optionalString() -> String? {
        bool() ? string() : nil
    }

    /// An optional URL; one that is written but not a valid http(s) URL is damage.
    mutating func optionalURL() -> WebURL? {
        let start = offset
        guard let text = optionalString() else { return nil }
        guard let url = WebURL(text) else {
            fail("an invalid URL", at: start)
            return nil
        }
        return url
    }

    /// A date as its front-matter text; one that is not a valid date is damage.
    mutating func date() -> ContentDate? {
        let start = offset
        let text = string()
        guard isValid else { return nil }
        guard let date = ContentDate(text) else {
            fail("an invalid date", at: start)
            return nil
        }
        return date
    }

    /// One of a fixed set of values (a status, a verdict) by its name; an unknown name is damage.
    mutating func value<Value: RawRepresentable>(_ type: Value.Type, _ what: String) -> Value?
    where Value.RawValue == String {
        let start = offset
        let text = string()
        guard isValid else { return nil }
        guard let value = Value(rawValue: text) else {
            fail("an unknown \(what)", at: start)
            return nil
        }
        return value
    }

    /// A count, then that many elements read by `element`; stops at the first damage.
    ///
    /// Every element the cache writes takes at least 8 bytes (it starts with a number or a string's length), so a
    /// count larger than an eighth of what is left is damage: no count can make this loop, or the array, larger
    /// than the data.
    mutating func list<Element>(_ element: (inout CacheReader) -> Element) -> [Element] {
        let start = offset
        let count = int()
        guard isValid, count >= 0, count <= remaining / 8 else {
            fail("an out-of-range count \(count)", at: start)
            return []
        }
        // No capacity reserved: memory grows with the elements actually read, not with the count.
        var elements: [Element] = []
        for _ in 0..<count {
            let value = element(&self)
            guard isValid else { return [] }
            elements.append(value)
        }
        return elements
    }

    mutating func strings() -> [String] {
        list { $0.string() }
    }
}
