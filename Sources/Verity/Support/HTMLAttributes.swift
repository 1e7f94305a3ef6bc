/// Reads attribute values out of HTML that `generate` wrote (double-quoted attributes).
enum HTMLAttributes {
    /// The decoded values of every ` name="…"` attribute in `html`, in order.
    static func values(of name: String, in html: String) -> [String] {
        var values: [String] = []
        let marker = Array((" " + name + "=\"").utf8)
        let bytes = Array(html.utf8)
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) {
                let start = index + marker.count
                var end = start
                while end < bytes.count, bytes[end] != 34 { end += 1 }
                values.append(decodeEntities(String(decoding: bytes[start..<end], as: UTF8.self)))
                index = end
            } else {
                index += 1
            }
        }
        return values
    }

    /// `text` with the character references an attribute may hold decoded (`&amp;`, `&quot;`, `&#39;`, `&#x2F;`…).
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(38) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[String(entity)] {
                result += value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
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
}
