extension String {
    /// Whether `needle` occurs in the string, compared byte for byte (no Foundation, no locale).
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { haystackBytes in
            needle.withUTF8 { needleBytes in
                guard let first = needleBytes.first else { return true }
                guard haystackBytes.count >= needleBytes.count else { return false }
                var index = 0
                let last = haystackBytes.count - needleBytes.count
                while index <= last {
                    if haystackBytes[index] == first,
                        UnsafeBufferPointer(rebasing: haystackBytes[index..<index + needleBytes.count]).elementsEqual(
                            needleBytes)
                    {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// The string with every occurrence of `target` replaced by `replacement`, compared byte for byte (no
    /// Foundation, no locale, no grapheme breaking).
    func replacingBytes(of target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        return replacingMatches { bytes, index in
            bytes[index] == first && UnsafeBufferPointer(rebasing: bytes[index...]).starts(with: needle)
                ? (replacement, needle.count) : nil
        }
    }

    /// The string with some ASCII bytes replaced: `replacement` gives the text for a byte, or `nil` to keep it.
    ///
    /// Works on UTF-8 bytes, so it never looks at characters (grapheme clusters); multi-byte sequences are
    /// handled by `multiByte`, which is given the bytes of the string and an index and may return a
    /// replacement and the number of bytes it covers.
    func replacingBytes(
        _ replacement: (UInt8) -> String?, multiByte: ((UnsafeBufferPointer<UInt8>, Int) -> (String, Int)?)? = nil
    ) -> String {
        replacingMatches { bytes, index in
            let byte = bytes[index]
            if byte < 0x80 { return replacement(byte).map { ($0, 1) } }
            return multiByte?(bytes, index)
        }
    }

    /// The string with each match replaced: `match` is asked at each byte index whether a match starts there,
    /// and gives its replacement and how many bytes it covers.
    private func replacingMatches(
        _ match: (UnsafeBufferPointer<UInt8>, Int) -> (replacement: String, length: Int)?
    ) -> String {
        var copy = self
        return copy.withUTF8 { bytes in
            var result: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard let (text, length) = match(bytes, index) else {
                    index += 1
                    continue
                }
                if result.isEmpty { result.reserveCapacity(bytes.count + 64) }
                result.append(contentsOf: bytes[copied..<index])
                result.append(contentsOf: text.utf8)
                index += length
                copied = index
            }
            guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
            result.append(contentsOf: bytes[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }
}
