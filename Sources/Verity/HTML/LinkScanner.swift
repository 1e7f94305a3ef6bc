/// Reads the `id`s and the link targets out of HTML that `generate` wrote (double-quoted attributes).
enum LinkScanner {
    /// The `id` values and the `href`/`src` values of `html`, read in one pass.
    ///
    /// Only links the link check looks at are kept, each once: not those with a scheme (`https:`, `mailto:`)
    /// or starting with `//`. A large site keeps every page's links until the check, so this is memory.
    static func idsAndLinks(in html: String) -> (ids: [String], links: [String]) {
        var copy = html
        return copy.withUTF8 { idsAndLinks(inUTF8: $0) }
    }

    /// As `idsAndLinks(in:)`, for HTML as UTF-8 bytes.
    static func idsAndLinks(in html: [UInt8]) -> (ids: [String], links: [String]) {
        html.withUnsafeBufferPointer { idsAndLinks(inUTF8: $0) }
    }

    private static func idsAndLinks(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> (ids: [String], links: [String]) {
        var ids: [String] = []
        var links: [String] = []
        var seenLinks = Set<String>()
        let count = bytes.count
        var index = 0
        while index < count {
            guard bytes[index] == UInt8(ascii: " ") else {
                index += 1
                continue
            }
            // ` id="`, ` href="`, ` src="`
            var nameEnd = index + 1
            while nameEnd < count, nameEnd - index <= 5, bytes[nameEnd] >= UInt8(ascii: "a"),
                bytes[nameEnd] <= UInt8(ascii: "z")
            {
                nameEnd += 1
            }
            guard nameEnd + 1 < count, bytes[nameEnd] == UInt8(ascii: "="), bytes[nameEnd + 1] == UInt8(ascii: "\"")
            else {
                index += 1
                continue
            }
            let name = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<nameEnd])
            let isID = name.elementsEqual("id".utf8)
            let isLink = name.elementsEqual("href".utf8) || name.elementsEqual("src".utf8)
            let start = nameEnd + 2
            var end = start
            while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            if isID || isLink {
                let value = decodeEntities(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                if isID {
                    ids.append(value)
                } else if !isExternal(value), seenLinks.insert(value).inserted {
                    links.append(value)
                }
            }
            index = end
        }
        return (ids, links)
    }

    /// Whether `link` leaves the site: it has a scheme (`https:`, `mailto:`) or starts with `//`.
    static func isExternal(_ link: String) -> Bool {
        if link.hasPrefix("//") { return true }
        guard let colon = link.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = link.utf8[..<colon]
        guard let first = scheme.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) else {
            return false
        }
        return scheme.allSatisfy { byte in
            let lower = byte | 0x20
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// `text` with the character references an attribute may hold decoded (`&amp;`, `&quot;`, `&#39;`, `&#x2F;`…).
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(38) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10
            else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[String(entity)] {
                result += value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
                let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// `%XX` sequences decoded as UTF-8 (left as they are when they do not decode).
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(37) else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == 37, utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? text
    }
}
