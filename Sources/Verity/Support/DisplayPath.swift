import Foundation

/// Paths as shown to users: relative to the current folder.
enum DisplayPath {
    /// `url`'s path relative to the current folder (with `..` where needed).
    static func of(_ url: URL) -> String {
        let target = url.standardizedFileURL.pathComponents
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        var common = 0
        while common < target.count, common < current.count, target[common] == current[common] { common += 1 }
        let parts = Array(repeating: "..", count: current.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
