import Foundation
import Mustache

/// The site's Mustache templates, loaded from `templates/` and checked for syntax errors.
struct TemplateSet: Sendable {
    /// The page templates every theme must provide.
    enum Name: String, CaseIterable, Sendable {
        case layout
        case index
        case article
        case page
        case tags
        case tag
        case claims
        case corrections
        case notFound = "404"
    }

    /// The partials every theme must provide (in `templates/partials/`).
    static let requiredPartials = ["badge", "claim-card", "source-list", "article-list", "article-summary"]

    private let library: MustacheLibrary
    /// Every template's file (page templates and partials, by name), for pointing at the one a link came from.
    let sources: [String: SourceFile]

    /// Put before every template so that `{{name}}` escapes with `ScalarHTMLEscaping` (see there for why).
    private static let contentTypePrefix: String = {
        MustacheContentTypes.register(ScalarHTMLEscaping(), named: ScalarHTMLEscaping.name)
        return "{{%CONTENT_TYPE:\(ScalarHTMLEscaping.name)}}\n"
    }()

    /// Loads every `*.mustache` in `directory` and `directory/partials`; records missing templates and syntax errors.
    static func load(from directory: URL, log: DiagnosticCollector) -> TemplateSet? {
        var library = MustacheLibrary()
        var sources: [String: SourceFile] = [:]
        let before = log.errorCount
        var partialNames: [String] = []
        for (folder, required) in [(directory, Name.allCases.map(\.rawValue)), (directory.appendingPathComponent("partials"), requiredPartials)] {
            let names = FileLister.files(in: folder, withExtension: "mustache")
            for name in required where !names.contains(name) {
                let path = DisplayPath.of(folder.appendingPathComponent(name + ".mustache"))
                log.error(.missingTemplate(name), at: SourceLocation(path: path))
            }
            for name in names {
                let url = folder.appendingPathComponent(name + ".mustache")
                let path = DisplayPath.of(url)
                guard let file = SourceFile.read(url, shownAs: path, log: log) else { continue }
                do {
                    library.register(try MustacheTemplate(string: contentTypePrefix + file.text), named: name)
                    sources[name] = file
                    if folder != directory { partialNames.append(name) }
                } catch let error as MustacheTemplate.ParserError {
                    // The prefix is a line of its own: the template's line n is line n + 1 of what was parsed.
                    let line = max(1, error.context.lineNumber - 1)
                    log.error(.templateSyntax(describe(error.error)),
                              at: SourceLocation(path: path, line: line, column: error.context.columnNumber))
                } catch {
                    log.error(.templateSyntax("\(error)"), at: SourceLocation(path: path))
                }
            }
        }
        for file in sources.values.sorted(by: { $0.path < $1.path }) {
            checkPartials(in: file.text, path: file.path, known: partialNames, log: log)
        }
        return log.errorCount == before ? TemplateSet(library: library, sources: sources) : nil
    }

    /// Renders the template `name` with a context struct.
    func render(_ context: Any, with name: Name) -> String {
        library.render(context, withTemplate: name.rawValue) ?? ""
    }

    /// Renders a partial with a context struct.
    func render(_ context: Any, partial name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Reports `{{> name}}` tags that name no partial, at their line and column.
    private static func checkPartials(in text: String, path: String, known: [String], log: DiagnosticCollector) {
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var searchStart = line.startIndex
            while let open = line.range(of: "{{>", range: searchStart..<line.endIndex) {
                guard let close = line.range(of: "}}", range: open.upperBound..<line.endIndex) else { break }
                let name = String(line[open.upperBound..<close.lowerBound]).trimmingWhitespace()
                if !known.contains(name) {
                    let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: open.lowerBound) + 1
                    log.error(.unknownPartial(name, suggestion: Suggestion.closest(to: name, in: known)),
                              at: SourceLocation(path: path, line: lineIndex + 1, column: column))
                }
                searchStart = close.upperBound
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag: a '{{' has no matching '}}'"
        case .expectedSectionEnd: return "a section is not closed: add its '{{/name}}'"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inherited section"
        case .textInsideInheritSection: return "text inside an inherited section"
        case .invalidConfigVariableSyntax: return "invalid configuration tag"
        case .unrecognisedConfigVariable: return "unrecognised configuration tag"
        }
    }
}
