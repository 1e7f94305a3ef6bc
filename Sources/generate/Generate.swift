import ArgumentParser
import Foundation
import Verity

/// The `generate` command: parses arguments, runs the library's build and maps errors to exit codes.
@main
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Build a fact-check site from content/ and templates/ into output/.",
        discussion: """
            Reads content/site.yml, content/articles/*.md, content/pages/*.md and content/static/, renders them \
            through the Mustache templates in templates/, and replaces the output folder only when the whole build \
            succeeded. Every problem is printed as path:line:column: error: message, and the exit status is 1.

            Examples:
              generate
              generate --drafts
              generate --content ../desk/content --output /tmp/site
            """)

    @Option(help: "The content folder (site.yml, articles/, pages/, static/).")
    var content = "content"

    @Option(help: "The templates folder (*.mustache, partials/, assets/).")
    var templates = "templates"

    @Option(help: "The folder to write the site into; replaced as a whole after a good build.")
    var output = "output"

    @Flag(help: "Also build articles and pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Also build articles dated in the future (now is SOURCE_DATE_EPOCH when set, else the clock).")
    var future = false

    @Option(help: "Threads to use (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Also print how long each build stage took.")
    var timings = false

    @Flag(help: "Build everything from scratch, ignoring and not writing the build cache (.verity-cache/ beside the output folder).")
    var noCache = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var options = BuildOptions(
            contentDirectory: URL(fileURLWithPath: content), templatesDirectory: URL(fileURLWithPath: templates),
            outputDirectory: URL(fileURLWithPath: output), includeDrafts: drafts, includeFuture: future)
        if let jobs { options.jobs = jobs }
        options.useCache = !noCache
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else {
                printError("error: SOURCE_DATE_EPOCH must be a whole number of seconds, not '\(epoch)'")
                throw ExitCode.failure
            }
            options.buildDate = seconds
        }
        do {
            let summary = try SiteBuilder(options: options).build()
            for warning in summary.warnings { printError(warning.description) }
            print(summary.line)
            if timings { print(summary.stageLine) }
        } catch let failure as BuildFailure {
            printError(failure.description)
            throw ExitCode.failure
        } catch {
            printError("\(error)")
            throw ExitCode.failure
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
