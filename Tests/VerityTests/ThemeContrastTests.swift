import Foundation
import Testing

@testable import Verity

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

    /// The light and the dark scheme's parts of the style sheet: the rules outside and inside the
    /// `prefers-color-scheme: dark` blocks.
    static func schemes() throws -> [Substring] {
        var light = ""
        var dark = ""
        var rest = css[...]
        while let start = rest.range(of: "@media screen and (prefers-color-scheme: dark) {") {
            light += rest[..<start.lowerBound]
            var depth = 1
            var index = start.upperBound
            while depth > 0, index < rest.endIndex {
                if rest[index] == "{" { depth += 1 } else if rest[index] == "}" { depth -= 1 }
                index = rest.index(after: index)
            }
            dark += rest[start.upperBound..<index]
            rest = rest[index...]
        }
        light += rest
        #expect(!dark.isEmpty, "expected a dark scheme")
        return [light[...], dark[...]]
    }

    @Test("every verdict stamp's text has a contrast of at least 4.5:1 against its fill, in both schemes")
    func verdicts() throws {
        var keys: [Set<String>] = []
        for scheme in try Self.schemes() {
            let lines = scheme.split(separator: "\n").filter { $0.contains("--tone:") && $0.contains("--on-tone:") }
            var seen = Set<String>()
            for line in lines {
                let fill = try #require(Self.variable("tone", in: line))
                let text = try #require(Self.variable("on-tone", in: line))
                let ratio = Self.contrast(text, fill)
                #expect(ratio >= 4.5, "\(line.prefix(60))…: \(text) on \(fill) is \(ratio)")
                if let key = line.firstRange(of: ".verdict--").map({ line[$0.upperBound...].prefix { $0 != "," } }) {
                    seen.insert(String(key))
                }
            }
            keys.append(seen)
        }
        // Every verdict has its own line in each scheme, and no two verdicts share a colour.
        let verdicts = Set(Verdict.allCases.map(\.rawValue))
        #expect(keys == [verdicts, verdicts])
        for scheme in try Self.schemes() {
            let fills = scheme.split(separator: "\n").filter { $0.contains(".verdict--") }.compactMap {
                Self.variable("tone", in: $0)
            }
            #expect(fills.count == verdicts.count && Set(fills).count == fills.count, "\(fills)")
        }
    }

    @Test("every source status's symbol and outline have a contrast of at least 4.5:1 against the page")
    func statuses() throws {
        for scheme in try Self.schemes() {
            let background = try #require(Self.variable("bg", in: scheme))
            let lines = scheme.split(separator: "\n").filter { $0.contains(".status--") && $0.contains("--ink:") }
            #expect(lines.count == SourceStatus.allCases.count)
            for line in lines {
                let ink = try #require(Self.variable("ink", in: line))
                #expect(Self.contrast(ink, background) >= 4.5, "\(line.prefix(60))…: \(ink) on \(background)")
            }
        }
    }

    @Test("no verdict and no source status share a symbol")
    func symbols() {
        let verdicts = Verdict.allCases.map(\.icon)
        let statuses = SourceStatus.allCases.map(\.icon)
        #expect(Set(verdicts).count == verdicts.count)
        #expect(Set(statuses).count == statuses.count)
        #expect(Set(verdicts).isDisjoint(with: statuses))
    }

    @Test("body text, muted text and links have at least 4.5:1 against the page in both schemes")
    func base() throws {
        for scheme in try Self.schemes() {
            let background = try #require(Self.variable("bg", in: scheme))
            for name in ["fg", "muted", "link", "link-visited"] {
                let colour = try #require(Self.variable(name, in: scheme))
                #expect(Self.contrast(colour, background) >= 4.5, "--\(name) \(colour) on \(background)")
            }
        }
    }
}
