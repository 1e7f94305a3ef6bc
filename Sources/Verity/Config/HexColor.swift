import Foundation

/// A colour written `#rrggbb` in site.yml, with the WCAG contrast arithmetic the build checks it with.
public struct HexColor: Sendable, Hashable {
    /// The colour as written for CSS: `#` and six lowercase hex digits.
    public let text: String
    let red: UInt8
    let green: UInt8
    let blue: UInt8

    /// Reads `#rrggbb` (either case); `nil` for anything else, including the short `#rgb` form.
    init?(_ text: String) {
        let digits = Array(text.utf8.dropFirst())
        guard text.hasPrefix("#"), digits.count == 6,
            let red = Self.byte(digits[0], digits[1]), let green = Self.byte(digits[2], digits[3]),
            let blue = Self.byte(digits[4], digits[5])
        else { return nil }
        self.red = red
        self.green = green
        self.blue = blue
        self.text = text.lowercased()
    }

    /// A colour from its channels, for the theme's own colours.
    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
        let hex = Array("0123456789abcdef")
        text = "#" + String([red, green, blue].flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    private static func byte(_ high: UInt8, _ low: UInt8) -> UInt8? {
        guard let high = nibble(high), let low = nibble(low) else { return nil }
        return high << 4 | low
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// WCAG 2 relative luminance, from 0 (black) to 1 (white).
    var luminance: Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// The WCAG 2 contrast ratio between this colour and `other`, from 1 to 21.
    func contrast(with other: HexColor) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// A contrast ratio in tenths, rounded down, so that a colour just short of 4.5:1 never reads as 4.5:1.
    static func tenths(_ ratio: Double) -> Int {
        Int((ratio * 10).rounded(.down))
    }
}
