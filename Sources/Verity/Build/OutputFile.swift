/// A file the build writes: its path relative to output/ and its bytes.
struct OutputFile: Sendable, Hashable {
    var path: String
    var contents: String
}
