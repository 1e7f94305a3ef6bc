import Foundation
import Testing

/// The default theme's colours meet WCAG 2.2 AA contrast (4.5:1 for text) in light and dark schemes.
@Suite("Theme contrast")
struct ThemeContrastTests {
    static let css =
        (try? String(contentsOf: TestSite.defaultTemplates.appendingPathComponent("assets/style.css"), encoding: .utf8))
        ?? ""

    /// WCAG relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// The value of `--name: #xxxxxx` in a CSS fragment.
    static func variable(_ name: String, in text: Substring) -> String? {
        guard let range = text.range(of: "--\(name): #") else { return nil }
        return "#" + text[range.upperBound...].prefix(6)
    }

    @Test("every badge and verdict tone has text contrast of at least 4.5:1 against its background")
    func tones() throws {
        let lines = Self.css.split(separator: "\n").filter { $0.contains("--tone-fg") && $0.contains("--tone-bg") }
        #expect(lines.count >= 30, "expected the tone blocks of the light and dark schemes")
        for line in lines {
            let foreground = try #require(Self.variable("tone-fg", in: line))
            let background = try #require(Self.variable("tone-bg", in: line))
            let ratio = Self.contrast(foreground, background)
            #expect(ratio >= 4.5, "\(line.prefix(60))…: \(foreground) on \(background) is \(ratio)")
        }
    }

    @Test("body text, muted text and links have at least 4.5:1 against the page in both schemes")
    func base() throws {
        let dark = try #require(Self.css.range(of: "@media screen and (prefers-color-scheme: dark)"))
        let schemes = [Self.css[..<dark.lowerBound], Self.css[dark.lowerBound...]]
        for scheme in schemes {
            let background = try #require(Self.variable("bg", in: scheme))
            for name in ["fg", "muted", "link", "link-visited"] {
                let colour = try #require(Self.variable(name, in: scheme))
                #expect(Self.contrast(colour, background) >= 4.5, "--\(name) \(colour) on \(background)")
            }
        }
    }
}
