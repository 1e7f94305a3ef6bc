import Foundation
import Verity

/// Prints diagnostics, summaries and the progress line as `ReportOptions` ask.
final class Reporter: @unchecked Sendable {
    private let options: ReportOptions
    private let lock = NSLock()
    /// Whether standard error is a terminal: only then is a progress line drawn.
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var progressShown = false

    /// Builds with at least this many articles show a progress line.
    static let progressThreshold = 300

    init(_ options: ReportOptions) {
        self.options = options
    }

    /// A progress handler for `BuildOptions.progress`, or `nil` when no progress line is wanted.
    func progressHandler() -> (@Sendable (BuildProgress) -> Void)? {
        guard isTerminal, !options.quiet, options.format == .text else { return nil }
        return { [self] progress in
            guard progress.total >= Self.progressThreshold else { return }
            lock.withLock {
                // Carriage return and erase-line: the line is redrawn in place.
                FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line)".utf8))
                progressShown = true
            }
        }
    }

    private func clearProgress() {
        lock.withLock {
            if progressShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            progressShown = false
        }
    }

    func built(_ summary: BuildSummary, timings: Bool) {
        clearProgress()
        diagnostics(summary.warnings)
        guard !options.quiet else { return }
        printOut(summary.line)
        if timings { printOut(summary.stageLine) }
    }

    func checked(_ summary: BuildSummary, timings: Bool) {
        clearProgress()
        diagnostics(summary.warnings)
        guard !options.quiet else { return }
        printOut(summary.line.replacingOccurrences(of: "generate: ", with: "generate check: ok, would write "))
        if timings { printOut(summary.stageLine) }
    }

    func failed(_ failure: BuildFailure, wrote: Bool = true) {
        clearProgress()
        diagnostics(failure.diagnostics)
        if options.format == .text {
            printError(failure.countLine + (wrote ? "; nothing was written" : ""))
        }
    }

    func error(_ message: String) {
        clearProgress()
        printError(options.format == .json ? Diagnostic.jsonLine(error: message) : "error: \(message)")
    }

    /// A line for people (left out with --quiet and --format json).
    func note(_ text: String) {
        guard !options.quiet, options.format == .text else { return }
        printError(text)
    }

    private func diagnostics(_ diagnostics: [Diagnostic]) {
        // With --strict a warning is an error, so --quiet shows it too.
        for diagnostic in diagnostics where !(options.quiet && !options.strict && diagnostic.severity == .warning) {
            printError(options.format == .json ? diagnostic.jsonLine : diagnostic.description)
        }
    }

    /// Writes a line to standard output unbuffered: in --watch mode each summary must appear when its build
    /// ends, even when standard output is a pipe.
    private func printOut(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
