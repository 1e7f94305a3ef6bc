/// The image formats an article may use, known by their file name's extension.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case png = "PNG"
    case jpeg = "JPEG"
    case webp = "WebP"
    case svg = "SVG"

    /// The format of a file named `name` (its extension, in any case), or `nil`.
    init?(fileName name: String) {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "webp": self = .webp
        case "svg": self = .svg
        default: return nil
        }
    }

    /// The most bytes a header reader reads from one place of the file: enough for any PNG, WebP or JPEG
    /// segment header, and for an SVG's root element with its attributes after a long comment or doctype.
    static let svgHeaderLimit = 65_536
}
