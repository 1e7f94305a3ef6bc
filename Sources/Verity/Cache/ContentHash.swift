/// A stable 64-bit hash of text (FNV-1a), the same in every run, for the build cache.
struct ContentHash: Hashable, Sendable {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    init() {}

    /// The hash of `text`.
    init(_ text: String) {
        add(text)
    }

    /// The hash of UTF-8 `bytes`: the same as of the `String` they spell.
    init(bytes: [UInt8]) {
        add(bytes: bytes)
    }

    /// Mixes `text` (and its length, so that concatenations differ) into the hash.
    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { addUnsized($0) }
        add(UInt64(text.utf8.count))
    }

    /// Mixes raw bytes into the hash without their count: for text that arrives in pieces, whose total length
    /// is added at the end (then the hash equals that of the whole text).
    mutating func addUnsized(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        value = hash
    }

    /// Mixes raw bytes (and their count) into the hash.
    mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { addUnsized($0) }
        add(UInt64(bytes.count))
    }

    /// Mixes a number into the hash.
    mutating func add(_ number: UInt64) {
        var hash = value
        for shift in stride(from: 0, to: 64, by: 8) {
            hash = (hash ^ ((number >> UInt64(shift)) & 0xFF)) &* 0x100_0000_01B3
        }
        value = hash
    }
}
