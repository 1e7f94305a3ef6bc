import Testing

@testable import Verity

/// The image header readers: each format's size, and an error (never a trap) for cut-short or foreign bytes.
@Suite("Image headers")
struct ImageDimensionsTests {
    static let samples: [(ImageFormat, [UInt8], Int, Int)] = [
        (.png, ImageFixtures.png(width: 1200, height: 630), 1200, 630),
        (.jpeg, ImageFixtures.jpeg(width: 640, height: 480), 640, 480),
        (.webp, ImageFixtures.webp("VP8 ", width: 300, height: 200), 300, 200),
        (.webp, ImageFixtures.webp("VP8L", width: 16_384, height: 1), 16_384, 1),
        (.webp, ImageFixtures.webp("VP8X", width: 5000, height: 70), 5000, 70),
        (.svg, Array(ImageFixtures.svg(width: 40, height: 20).utf8), 40, 20),
    ]

    @Test("each format's width and height come from its header")
    func sizes() {
        for (format, bytes, width, height) in Self.samples {
            #expect(ImageDimensions.read(format, bytes: bytes) == ImageDimensions(width: width, height: height))
        }
    }

    @Test("every cut-short header, and every header with one byte changed, gives a size or nil, never a trap")
    func truncatedAndDamaged() {
        for (format, bytes, _, _) in Self.samples {
            // Cut short anywhere before the size ends: no size (an SVG cut inside its root tag has none either).
            for length in 0..<min(bytes.count, format == .svg ? 60 : 24) {
                #expect(ImageDimensions.read(format, bytes: Array(bytes[..<length])) == nil, "\(format) \(length)")
            }
            for index in bytes.indices {
                for value: UInt8 in [0x00, 0xFF, 0x3C, 0x22] {
                    var damaged = bytes
                    damaged[index] = value
                    _ = ImageDimensions.read(format, bytes: damaged)
                }
            }
        }
    }

    @Test("a file of another format, or garbage, is not read as this one")
    func garbage() {
        let garbage: [UInt8] = Array("GIF89a not an image at all, just some text that goes on".utf8)
        for format in ImageFormat.allCases {
            #expect(ImageDimensions.read(format, bytes: garbage) == nil)
            #expect(ImageDimensions.read(format, bytes: []) == nil)
        }
        #expect(ImageDimensions.read(.png, bytes: ImageFixtures.jpeg(width: 1, height: 1)) == nil)
        #expect(ImageDimensions.read(.jpeg, bytes: ImageFixtures.png(width: 1, height: 1)) == nil)
        // A JPEG whose segments never reach a frame header, and one whose segment length runs past the end.
        #expect(ImageDimensions.read(.jpeg, bytes: [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02]) == nil)
        #expect(ImageDimensions.read(.jpeg, bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xFF, 0x00]) == nil)
        // Zero sizes are no sizes.
        #expect(ImageDimensions.read(.png, bytes: ImageFixtures.png(width: 0, height: 10)) == nil)
    }

    @Test("SVG: px and unitless lengths, else the viewBox, after a declaration and comments")
    func svgSizes() {
        func size(_ text: String) -> ImageDimensions? { ImageDimensions.read(.svg, bytes: Array(text.utf8)) }
        #expect(
            size("<?xml version=\"1.0\"?>\n<!-- a > comment --><svg width='12px' height=\"7.6\">")
                == ImageDimensions(width: 12, height: 8))
        #expect(size("<svg viewBox=\"0 0 800 450\">") == ImageDimensions(width: 800, height: 450))
        #expect(size("<svg width=\"100%\" viewBox=\"0,0,800,450\">") == ImageDimensions(width: 800, height: 450))
        #expect(size("<svg width=\"400\" viewBox=\"0 0 800 450\">") == ImageDimensions(width: 400, height: 225))
        #expect(
            size("<svg stroke-width=\"3\" height=\"9\" viewBox=\"0 0 2 1\">") == ImageDimensions(width: 18, height: 9))
        #expect(size("<svg width=\"10em\" height=\"5em\">") == nil)
        #expect(size("<svg>") == nil)
        #expect(size("<html><svg width=\"1\" height=\"1\">") == nil)
        #expect(size("<svg viewBox=\"0 0 nan inf\">") == nil)
        #expect(size("<!-- never closed <svg width=\"1\" height=\"1\">") == nil)
    }
}
