/// An image's intrinsic width and height in pixels (CSS pixels for SVG), read from its file's header.
///
/// Each reader reads only the bytes it needs through `read(offset, count)` (which may return fewer bytes at the
/// end of the file), checks every length against what it got, and returns `nil` for a file that is cut short,
/// is not of its format or gives no size: damaged files are errors for the editor, never a trap.
public struct ImageDimensions: Sendable, Hashable {
    public var width: Int
    public var height: Int

    /// Reads bytes of the file: `count` bytes from `offset`, fewer at its end.
    typealias Reader = (_ offset: Int, _ count: Int) -> [UInt8]

    /// The size of the image of `format` that `read` reads, or `nil` when its header is not a valid one.
    static func read(_ format: ImageFormat, from read: Reader) -> ImageDimensions? {
        let size: ImageDimensions?
        switch format {
        case .png: size = png(read(0, 24))
        case .webp: size = webp(read(0, 30))
        case .jpeg: size = jpeg(read)
        case .svg: size = svg(read(0, ImageFormat.svgHeaderLimit))
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return size
    }

    /// The dimensions from a byte array holding the start of a file (or all of it): for tests.
    static func read(_ format: ImageFormat, bytes: [UInt8]) -> ImageDimensions? {
        read(format) { offset, count in
            guard offset >= 0, count >= 0, offset < bytes.count else { return [] }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int? {
        guard at >= 0, at + count <= bytes.count else { return nil }
        return bytes[at..<at + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int? {
        guard at >= 0, at + count <= bytes.count else { return nil }
        return bytes[at..<at + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// The signature, then the IHDR chunk, which the PNG specification requires first.
    private static func png(_ bytes: [UInt8]) -> ImageDimensions? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8),
            let width = bigEndian(bytes, 16, 4), let height = bigEndian(bytes, 20, 4),
            width <= Int(Int32.max), height <= Int(Int32.max)
        else { return nil }
        return ImageDimensions(width: width, height: height)
    }

    /// RIFF, WEBP, then the first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X).
    private static func webp(_ bytes: [UInt8]) -> ImageDimensions? {
        guard bytes.count >= 16, Array(bytes[0..<4]) == Array("RIFF".utf8), Array(bytes[8..<12]) == Array("WEBP".utf8)
        else { return nil }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8 ":
            // A key frame's start code, then 14-bit width and height.
            guard bytes.count >= 30, bytes[23] == 0x9D, bytes[24] == 0x01, bytes[25] == 0x2A,
                let width = littleEndian(bytes, 26, 2), let height = littleEndian(bytes, 28, 2)
            else { return nil }
            return ImageDimensions(width: width & 0x3FFF, height: height & 0x3FFF)
        case "VP8L":
            guard bytes.count >= 25, bytes[20] == 0x2F, let bits = littleEndian(bytes, 21, 4) else { return nil }
            return ImageDimensions(width: (bits & 0x3FFF) + 1, height: (bits >> 14 & 0x3FFF) + 1)
        case "VP8X":
            guard let width = littleEndian(bytes, 24, 3), let height = littleEndian(bytes, 27, 3) else { return nil }
            return ImageDimensions(width: width + 1, height: height + 1)
        default:
            return nil
        }
    }

    /// Walks the segments from SOI to the first start-of-frame marker, reading only each segment's header.
    private static func jpeg(_ read: Reader) -> ImageDimensions? {
        guard read(0, 2) == [0xFF, 0xD8] else { return nil }
        var offset = 2
        // A real file reaches its frame header within a few dozen segments; a bound keeps a forged one short.
        for _ in 0..<1_000 {
            var header = read(offset, 4)
            // Fill bytes (0xFF repeated) may stand before a marker.
            while header.count >= 2, header[0] == 0xFF, header[1] == 0xFF {
                offset += 1
                header = read(offset, 4)
            }
            guard header.count == 4, header[0] == 0xFF, let length = bigEndian(header, 2, 2), length >= 2 else {
                return nil
            }
            let marker = header[1]
            // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let frame = read(offset + 4, 5)
                guard let height = bigEndian(frame, 1, 2), let width = bigEndian(frame, 3, 2) else { return nil }
                return ImageDimensions(width: width, height: height)
            }
            // Start of scan or end of image before any frame header: no size.
            if marker == 0xDA || marker == 0xD9 { return nil }
            offset += 2 + length
        }
        return nil
    }

    /// The root `<svg>` element's `width` and `height` in pixels (unitless or `px`), else its `viewBox`'s.
    private static func svg(_ bytes: [UInt8]) -> ImageDimensions? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = svgRootStart(in: text), let end = text[start...].firstIndex(of: ">") else { return nil }
        let tag = text[start..<end]
        let width = attribute("width", in: tag).flatMap(pixels)
        let height = attribute("height", in: tag).flatMap(pixels)
        if let width, let height { return ImageDimensions(width: width, height: height) }
        guard let box = attribute("viewBox", in: tag) else { return nil }
        let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" })
            .compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0, numbers[2] < 1e6, numbers[3] < 1e6 else {
            return nil
        }
        // One given dimension with the viewBox's ratio, as a browser sizes it.
        let ratio = numbers[3] / numbers[2]
        if let width { return ImageDimensions(width: width, height: Int((Double(width) * ratio).rounded())) }
        if let height { return ImageDimensions(width: Int((Double(height) / ratio).rounded()), height: height) }
        return ImageDimensions(width: Int(numbers[2].rounded()), height: Int(numbers[3].rounded()))
    }

    /// Where the root element `<svg` starts, after any XML declaration, comments and doctype.
    private static func svgRootStart(in text: String) -> String.Index? {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[open...]
            if after.hasPrefix("<!--") {
                guard let close = after.range(of: "-->") else { return nil }
                rest = after[close.upperBound...]
            } else if after.hasPrefix("<?") || after.hasPrefix("<!") {
                guard let close = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: close)...]
            } else {
                let name = after.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                return name == "svg" || name.hasSuffix(":svg") ? open : nil
            }
        }
        return nil
    }

    /// The value of attribute `name` in a start tag's text, quoted with `"` or `'`.
    private static func attribute(_ name: String, in tag: Substring) -> Substring? {
        var rest = tag
        while let found = rest.range(of: name) {
            let before = found.lowerBound > tag.startIndex ? tag[tag.index(before: found.lowerBound)] : " "
            var after = rest[found.upperBound...].drop { $0.isWhitespace }
            rest = rest[found.upperBound...]
            guard before.isWhitespace, after.first == "=" else { continue }
            after = after.dropFirst().drop { $0.isWhitespace }
            guard let quote = after.first, quote == "\"" || quote == "'" else { continue }
            let value = after.dropFirst()
            guard let close = value.firstIndex(of: quote) else { return nil }
            return value[..<close]
        }
        return nil
    }

    /// A length in pixels: a number, unitless or in `px`; `nil` for other units and percentages.
    private static func pixels(_ value: Substring) -> Int? {
        var number = value.trimmingCharacters(in: " \t\n")
        if number.hasSuffix("px") { number = String(number.dropLast(2)) }
        guard let value = Double(number), value > 0, value < 1e6 else { return nil }
        return Int(value.rounded())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
