/// Tiny image files for tests: only as much of each format as a header reader looks at, unless said otherwise.
enum ImageFixtures {
    /// An SVG of `width` × `height` pixels, a whole valid file.
    static func svg(width: Int = 40, height: Int = 20) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)">\
        <rect width="\(width)" height="\(height)" fill="#888"/></svg>

        """
    }

    private static func bigEndian(_ value: Int, bytes: Int) -> [UInt8] {
        (0..<bytes).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    private static func littleEndian(_ value: Int, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    /// A PNG's signature and IHDR chunk (CRC not checked by the reader), then IEND.
    static func png(width: Int, height: Int) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bigEndian(13, bytes: 4) + Array("IHDR".utf8)
            + bigEndian(width, bytes: 4) + bigEndian(height, bytes: 4) + [8, 6, 0, 0, 0] + [0, 0, 0, 0]
            + bigEndian(0, bytes: 4) + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]
    }

    /// A JPEG's SOI, an APP0 segment, a quantisation table segment, then a baseline frame header.
    static func jpeg(width: Int, height: Int) -> [UInt8] {
        let app0: [UInt8] =
            [0xFF, 0xE0] + bigEndian(16, bytes: 2) + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        let dqt: [UInt8] = [0xFF, 0xDB] + bigEndian(67, bytes: 2) + [UInt8](repeating: 1, count: 65)
        let sof: [UInt8] =
            [0xFF, 0xC0] + bigEndian(17, bytes: 2) + [8] + bigEndian(height, bytes: 2) + bigEndian(width, bytes: 2)
            + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        return [0xFF, 0xD8] + app0 + dqt + [0xFF, 0xFF] + sof + [0xFF, 0xD9]
    }

    /// A lossy (VP8), lossless (VP8L) or extended (VP8X) WebP header.
    static func webp(_ kind: String, width: Int, height: Int) -> [UInt8] {
        var chunk: [UInt8]
        switch kind {
        case "VP8 ":
            chunk =
                [0, 0, 0, 0, 0, 0, 0, 0x9D, 0x01, 0x2A] + littleEndian(width, bytes: 2) + littleEndian(height, bytes: 2)
        case "VP8L":
            let bits = (width - 1) | (height - 1) << 14
            chunk = [0, 0, 0, 0, 0x2F] + littleEndian(bits, bytes: 4) + [0]
        default:
            chunk =
                [0, 0, 0, 0, 0, 0, 0, 0] + littleEndian(width - 1, bytes: 3)
                + littleEndian(height - 1, bytes: 3)
        }
        return Array("RIFF".utf8) + littleEndian(4 + chunk.count, bytes: 4) + Array("WEBP".utf8) + Array(kind.utf8)
            + chunk
    }
}
