/// An image file an article uses, found inside content/ and measured from its header.
public struct ImageFile: Sendable, Hashable {
    /// The file's path relative to content/ (`articles/images/chart.svg`).
    public var source: String
    /// The file's name, under which it is copied into the article's page folder (`<slug>/chart.svg`) and
    /// linked from the page.
    public var name: String
    public var format: ImageFormat
    public var size: ImageDimensions

    /// The link to the file from its article's page: its name, percent-encoded where a URL needs it.
    public var href: String {
        var text = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                text += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return text
    }
}
