import Foundation

/// A content file read into memory: its display path and its text (line endings normalised to `\n`).
public struct SourceFile: Sendable, Hashable {
    /// The path shown in diagnostics.
    public var path: String
    /// The file's name without folder and extension, e.g. `rutte-message`.
    public var baseName: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        let name = (path as NSString).lastPathComponent
        self.baseName = (name as NSString).deletingPathExtension
        self.text = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Reads the file at `url`, shown as `path`; records a diagnostic and returns `nil` when it cannot.
    static func read(_ url: URL, shownAs path: String, log: DiagnosticCollector) -> SourceFile? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            log.error(.unreadableFile((error as NSError).localizedDescription), at: SourceLocation(path: path))
            return nil
        }
        guard let text = String(validatingUTF8Data: data) else {
            log.error(.notUTF8, at: SourceLocation(path: path))
            return nil
        }
        return SourceFile(path: path, text: text)
    }
}

extension String {
    /// Decodes UTF-8 strictly: `nil` when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
