import ArgumentParser
import Foundation
import Verity

/// The inputs shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (site.yml, articles/, pages/, static/).")
    var content = "content"

    @Option(help: "The templates folder: its assets/ are copied; its Swift templates are compiled into generate.")
    var templates = "templates"

    @Flag(help: "Also build articles and pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Also build articles dated in the future (now is SOURCE_DATE_EPOCH when set, else the clock).")
    var future = false

    @Option(help: "Threads to use (default: the number of cores).")
    var jobs: Int?

    @Flag(
        help: """
            Build even when fewer than half the articles the output folder publishes now would be published \
            (a safeguard against an unreadable or emptied content folder).
            """)
    var allowShrink = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The build options these arguments ask for; `SOURCE_DATE_EPOCH` sets the build date, and
    /// `VERITY_RENDER_TIME_LIMIT` the seconds one document may take to render.
    func buildOptions(output: String) throws -> BuildOptions {
        var options = BuildOptions(
            contentDirectory: URL(fileURLWithPath: content), templatesDirectory: URL(fileURLWithPath: templates),
            outputDirectory: URL(fileURLWithPath: output), includeDrafts: drafts, includeFuture: future)
        if let jobs { options.jobs = jobs }
        options.allowShrink = allowShrink
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            // From 1970 to the end of year 9999, the range of front-matter dates.
            guard let seconds = Int(epoch), (0...253_402_300_799).contains(seconds) else {
                throw ValidationError(
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (up to year 9999), not '\(epoch)'")
            }
            options.buildDate = seconds
        }
        if let limit = ProcessInfo.processInfo.environment["VERITY_RENDER_TIME_LIMIT"] {
            guard let seconds = Double(limit), seconds.isFinite, seconds > 0 else {
                throw ValidationError("VERITY_RENDER_TIME_LIMIT must be a number of seconds above 0, not '\(limit)'")
            }
            options.renderTimeLimit = seconds
        }
        return options
    }
}

/// How problems and progress are reported.
struct ReportOptions: ParsableArguments {
    /// The form of errors and warnings on standard error.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Flag(help: "Print only errors: no warnings, progress or summary.")
    var quiet = false

    @Option(
        help: "How to print errors and warnings: text (path:line:column: error: message) or json (one object per line)."
    )
    var format: Format = .text

    @Flag(help: "Treat warnings as errors: the build fails and writes nothing.")
    var strict = false
}
