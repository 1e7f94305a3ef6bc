/// The error thrown when a build stops because the input has problems.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in display order.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForDisplay()
    }

    /// One diagnostic per line, followed by the count and "nothing was written".
    public var description: String {
        (diagnostics.map(\.description) + [countLine + "; nothing was written"]).joined(separator: "\n")
    }

    /// `2 errors, 1 warning`, or `1 warning, which --strict counts as errors`.
    public var countLine: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let warningCount = "\(warnings) warning\(warnings == 1 ? "" : "s")"
        return errors == 0 && warnings > 0
            ? warningCount + ", which --strict counts as errors"
            : "\(errors) error\(errors == 1 ? "" : "s")" + (warnings == 0 ? "" : ", " + warningCount)
    }
}
