import ArgumentParser
import Foundation
import Verity
import VerityTheme

/// The `generate` command: parses arguments, runs the library and maps its errors to exit codes.
@main
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Build a fact-check site from content/ and templates/ into output/.",
        discussion: """
            Without a subcommand, generate builds the site (the 'build' subcommand). Every problem is printed as \
            path:line:column: error: message (or warning:), and the exit status is 1 when the build failed; \
            output/ is then left exactly as it was.

            Examples:
              generate                      build content/ into output/
              generate --watch              rebuild on every change
              generate --drafts --future    include drafts and future articles
              generate check                check without writing output/
              generate new "Did NATO's chief call Trump 'Daddy'?"
              generate --generate-completion-script bash
            """,
        subcommands: [Build.self, Check.self, New.self],
        defaultSubcommand: Build.self)
}

/// `generate build` (the default): the whole site into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder (the default subcommand).",
        discussion: """
            Reads content/site.yml, content/articles/*.md, content/pages/*.md and content/static/, renders them \
            through the theme compiled into generate (the Swift templates in templates/), copies templates/assets/, \
            and replaces the output folder only when the whole build succeeded. With --watch, an edit of a Swift \
            template rebuilds generate (swift build) and restarts it.

            Examples:
              generate
              generate --watch
              generate --drafts --strict
              generate --content ../desk/content --output /tmp/site --format json
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var report: ReportOptions

    @Option(help: "The folder to write the site into; replaced as a whole after a good build.")
    var output = "output"

    @Flag(help: "Build, then rebuild after every change under the content and templates folders, until Ctrl-C.")
    var watch = false

    @Flag(help: "Also print how long each build stage took.")
    var timings = false

    @Flag(help: "Build everything from scratch, ignoring and not writing the build cache (.verity-cache/).")
    var noCache = false

    func validate() throws {
        try site.validate()
    }

    func run() throws {
        ProcessMemory.prepareForBuild()
        var options = try site.buildOptions(output: output)
        options.useCache = !noCache
        options.strict = report.strict
        let reporter = Reporter(report)
        options.progress = reporter.progressHandler()
        options.note = { reporter.note($0) }
        let builder = SiteBuilder(options: options, theme: DefaultTheme())
        Interruption.install { builder.stopForSignal() }
        if watch {
            reporter.note(
                "generate: watching \(options.contentDirectory.relativePath)/ and "
                    + "\(options.templatesDirectory.relativePath)/; Ctrl-C stops"
            )
            SiteWatcher(options: options, theme: DefaultTheme()).run(
                until: { false },
                report: { event in
                    switch event {
                    case .built(let summary):
                        reporter.built(summary, timings: timings)
                    case .failed(let failure):
                        reporter.failed(failure)
                        reporter.note(
                            "generate: \(options.outputDirectory.relativePath)/ left as it was; "
                                + "waiting for the next change"
                        )
                    case .stuck(let failure, let restart):
                        reporter.failed(failure)
                        reporter.note(
                            "generate: restarting, to stop rendering \(restart.files.joined(separator: ", "))")
                        reporter.error(restart.relaunch().description)
                    case .restarted(let restart, let waiting):
                        reporter.note(
                            "generate: restarted after giving up on rendering "
                                + "\(restart.files.joined(separator: ", ")); "
                                + "\(options.outputDirectory.relativePath)/ left as it was"
                                + (waiting ? "; waiting for the next change" : ""))
                    case .error(let message):
                        reporter.error(message)
                    case .themeChanged(let files):
                        rebuild(after: files, options: options, reporter: reporter)
                    }
                })
            return
        }
        do {
            reporter.built(try builder.build(), timings: timings)
        } catch let failure as BuildFailure {
            reporter.failed(failure)
            throw ExitCode.failure
        } catch {
            reporter.error("\(error)")
            throw ExitCode.failure
        }
    }
}

extension Build {
    /// After a template edit in `--watch`: rebuilds generate and restarts it, or says why the change waits.
    func rebuild(after files: [String], options: BuildOptions, reporter: Reporter) {
        reporter.note("generate: \(files.joined(separator: ", ")) changed; rebuilding generate with swift build")
        switch ThemeRebuild.find(templates: options.templatesDirectory) {
        case .failure(let failure):
            reporter.error(failure.description)
        case .success(let rebuild):
            guard rebuild.build() else {
                reporter.note(
                    "generate: the templates do not compile; \(options.outputDirectory.relativePath)/ left as it was; "
                        + "waiting for the next change")
                return
            }
            reporter.note("generate: rebuilt; restarting")
            reporter.error(rebuild.relaunch().description)
        }
    }
}

/// `generate check`: every check of a build, without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check front matter, references, templates and internal links without writing the output folder.",
        discussion: """
            Runs every stage of a build but the write: exit status 0 when the site would build, 1 when it would \
            not. Suitable for a pre-commit hook or the CI of a content repository.

            Examples:
              generate check
              generate check --strict --format json
              generate check --drafts --content ../desk/content
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var report: ReportOptions

    @Flag(help: "Also print how long each build stage took (nothing is written, so there is no write stage).")
    var timings = false

    func validate() throws {
        try site.validate()
    }

    func run() throws {
        ProcessMemory.prepareForBuild()
        var options = try site.buildOptions(output: "output")
        options.strict = report.strict
        let reporter = Reporter(report)
        options.progress = reporter.progressHandler()
        do {
            let summary = try SiteBuilder(options: options, theme: DefaultTheme()).check()
            reporter.checked(summary, timings: timings)
        } catch let failure as BuildFailure {
            reporter.failed(failure, wrote: false)
            throw ExitCode.failure
        } catch {
            reporter.error("\(error)")
            throw ExitCode.failure
        }
    }
}

/// `generate new "Headline"`: a new draft fact check from a skeleton.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Start a new fact check: content/articles/<slug>.md with a commented skeleton (one claim, one source).",
        discussion: """
            The file name comes from the headline; the article is a draft (draft: true) dated today. An existing \
            file is never overwritten.

            Examples:
              generate new "Did NATO's chief call Trump 'Daddy'?"
              generate new "Spending pledge of 5%" --date 2025-06-25 --slug five-percent
            """)

    @Argument(help: "The headline of the check; it becomes the title and the file name.")
    var headline: String

    @Option(help: "The article's date, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(help: "The file name (slug) to use instead of one made from the headline.")
    var slug: String?

    @Option(help: "The content folder.")
    var content = "content"

    func run() throws {
        let day = date ?? Self.today()
        do {
            let file = try ArticleSkeleton.create(
                headline: headline, date: day, slug: slug, contentDirectory: URL(fileURLWithPath: content))
            print(
                "generate: wrote \(file.relativePath) (a draft: preview it with './generate --drafts', publish it "
                    + "by deleting 'draft: true')"
            )
        } catch let failure as ArticleSkeleton.Failure {
            FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Today's date in the local time zone, as `YYYY-MM-DD`.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
