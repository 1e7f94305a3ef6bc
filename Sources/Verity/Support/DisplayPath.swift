import Foundation

/// Paths as shown to users: relative to the current folder when the file is below it.
enum DisplayPath {
    /// `url`'s path relative to the current folder, or absolute when it lies elsewhere.
    static func of(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
