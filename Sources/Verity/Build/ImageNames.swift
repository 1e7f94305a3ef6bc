/// The image files one article has used so far, by the name each is copied under into its page folder.
struct ImageNames: Sendable {
    /// Each name's file (relative to content/) and where it was first written.
    private var files: [String: (source: String, location: SourceLocation)] = [:]

    /// Records `file`; the problem when another file of the article has the same name.
    mutating func add(_ file: ImageFile, location: SourceLocation) -> Problem? {
        if let other = files[file.name] {
            return other.source == file.source ? nil : .imageNameClash(file.name, other: other.location.description)
        }
        files[file.name] = (file.source, location)
        return nil
    }
}
