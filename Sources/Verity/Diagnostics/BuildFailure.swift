/// The error thrown when a build stops because the input has problems.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in display order.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForDisplay()
    }

    /// One diagnostic per line, followed by a count.
    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let lines = diagnostics.map(\.description)
        return (lines + ["\(errors) error\(errors == 1 ? "" : "s"); nothing was written"]).joined(separator: "\n")
    }
}
