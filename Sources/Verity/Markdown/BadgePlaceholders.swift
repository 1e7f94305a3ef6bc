#if canImport(Glibc)
import Glibc
#endif

/// Placeholders for source badges inside Markdown text, swapped for the theme's badges when the page is made.
///
/// A placeholder is U+E000, the badge's number written with U+E010…U+E019 as digits, then U+E001: private-use
/// characters that cmark-gfm passes through untouched and that no editor types.
struct BadgePlaceholders: Sendable {
    /// The source ids of each placeholder, by number.
    private var badges: [[String]] = []

    /// The private-use characters placeholders are made of; content may not contain them (`SourceFile` refuses them).
    static let reserved: ClosedRange<UInt32> = 0xE000...0xE01F

    private static let open: Unicode.Scalar = "\u{E000}"
    private static let close: Unicode.Scalar = "\u{E001}"
    private static let zero: UInt32 = 0xE010

    /// How many placeholders were added.
    var count: Int { badges.count }

    /// How many placeholder openers (U+E000) `rendered` holds: one per placeholder added, unless content
    /// forged one.
    func openers(in rendered: String) -> Int {
        var rendered = rendered
        return rendered.withUTF8 { bytes in
            // U+E000 is EE 80 80 in UTF-8; a page has few 0xEE bytes, so jump from one to the next.
            guard let base = bytes.baseAddress else { return 0 }
            var found = 0
            var index = 0
            while index < bytes.count,
                let next = memchr(base + index, 0xEE, bytes.count - index)?.assumingMemoryBound(to: UInt8.self)
            {
                index = base.distance(to: next)
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { found += 1 }
                index += 1
            }
            return found
        }
    }

    /// Records a badge for the sources `ids` and returns the placeholder to put in the text.
    mutating func add(_ ids: [String]) -> String {
        let number = badges.count
        badges.append(ids)
        var placeholder = String(Self.open)
        for digit in String(number).unicodeScalars {
            placeholder.unicodeScalars.append(Unicode.Scalar(Self.zero + (digit.value - 48)) ?? Self.close)
        }
        placeholder.unicodeScalars.append(Self.close)
        return placeholder
    }

    /// `rendered` with every placeholder replaced by the HTML `html` gives for its source ids.
    func substitute(in rendered: String, html badgeHTML: ([String]) -> String) -> String {
        guard !badges.isEmpty else { return rendered }
        var result: [UInt8] = []
        result.reserveCapacity(rendered.utf8.count)
        walk(rendered, text: { result.append(contentsOf: $0) }, badge: { result += badgeHTML($0).utf8 })
        return String(decoding: result, as: UTF8.self)
    }

    /// Hands each run of `rendered`'s bytes between placeholders to `text`, and each placeholder's source ids
    /// to `badge`, in order.
    func walk(_ rendered: String, text: (UnsafeBufferPointer<UInt8>) -> Void, badge: ([String]) -> Void) {
        var rendered = rendered
        rendered.withUTF8 { walk($0, text: text, badge: badge) }
    }

    private func walk(
        _ bytes: UnsafeBufferPointer<UInt8>, text: (UnsafeBufferPointer<UInt8>) -> Void, badge: ([String]) -> Void
    ) {
        // U+E000 is EE 80 80 in UTF-8, the digits U+E010…U+E019 are EE 80 90…99 and U+E001 is EE 80 81.
        guard !badges.isEmpty else { return text(bytes) }
        var copied = 0
        var index = 0
        while index + 2 < bytes.count {
            // Most of a body has no placeholder: jump to the next 0xEE byte.
            guard let base = bytes.baseAddress,
                let found = memchr(base + index, 0xEE, bytes.count - index)?.assumingMemoryBound(to: UInt8.self)
            else { break }
            index = base.distance(to: found)
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 else {
                index += 1
                continue
            }
            var cursor = index + 3
            var number = 0
            var digits = 0
            while cursor + 2 < bytes.count, bytes[cursor] == 0xEE, bytes[cursor + 1] == 0x80,
                (0x90...0x99).contains(bytes[cursor + 2]), number < badges.count
            {
                number = number * 10 + Int(bytes[cursor + 2] - 0x90)
                digits += 1
                cursor += 3
            }
            if digits > 0, number < badges.count, cursor + 2 < bytes.count,
                bytes[cursor] == 0xEE, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x81
            {
                text(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                badge(badges[number])
                index = cursor + 3
                copied = index
            } else {
                index += 3
            }
        }
        text(UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
}
