/// Gathers the diagnostics of one unit of work (a file, a stage) so that all are reported at once.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    /// Records an error.
    func error(_ problem: Problem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(problem, at: location))
    }

    /// Records diagnostics gathered elsewhere (by another thread, say), keeping their severity.
    func record(_ gathered: [Diagnostic]) {
        diagnostics += gathered
    }

    /// Records a warning: printed, but the build goes on.
    func warning(_ problem: Problem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(problem, at: location, severity: .warning))
    }

    /// Whether an error has been recorded.
    var hasErrors: Bool { diagnostics.containsErrors }

    /// How many errors have been recorded.
    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
