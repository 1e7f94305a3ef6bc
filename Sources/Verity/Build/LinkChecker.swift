import Foundation

/// The check-links stage: every internal link and `#anchor` in the generated pages must resolve.
///
/// Links are read from `href` and `src` attributes; those with a scheme (`https:`, `mailto:`…) are external
/// and not fetched. A broken link is reported where it was written: at its line in the Markdown file when it
/// comes from a body, else in the template that holds it.
struct LinkChecker: Sendable {
    /// `base_url`'s path, from which links starting with `/` are resolved.
    var basePath: String
    var templates: TemplateSet

    /// Records each broken link once per place it was written; pages are read on `jobs` threads.
    func check(_ pages: [PageSummary], copied: [String], jobs: Int, log: DiagnosticCollector) {
        let existing = Set(copied + pages.map(\.path))
        let ids = Dictionary(uniqueKeysWithValues: pages.filter { $0.path.hasSuffix(".html") }.map { ($0.path, Set($0.ids)) })
        // Template links that climb exactly to the root (`../../claims/`) resolve the same from every page at
        // the same depth: each thread remembers their answers for the pages it checks.
        let chunkCount = max(1, min(pages.count, jobs * 4))
        let chunks = (0..<chunkCount).map { chunk in Array(stride(from: chunk, to: pages.count, by: chunkCount)) }
        let found = chunks.parallelMap(jobs: jobs) { indices -> [(Problem, SourceLocation, String)] in
            var known: [String: Problem?] = [:]
            var results: [(Problem, SourceLocation, String)] = []
            for page in indices.map({ pages[$0] }) {
                let depth = page.path.split(separator: "/").count - 1
                let rootPrefix = String(repeating: "../", count: depth)
                for link in page.links {
                    let independent = depth > 0 && link.hasPrefix(rootPrefix) && !link.dropFirst(rootPrefix.count).hasPrefix("../")
                        && !link.utf8.contains(UInt8(ascii: "#"))
                    let key = "\(depth) \(link)"
                    let problem: Problem?
                    if independent, let answer = known[key] {
                        problem = answer
                    } else {
                        problem = self.problem(with: link, on: page.path, existing: existing, ids: ids)
                        if independent { known[key] = problem }
                    }
                    if let problem { results.append((problem, self.location(of: link, in: page), link)) }
                }
            }
            return results
        }
        var reported = Set<String>()
        for (problem, location, link) in found.joined() where reported.insert("\(location)|\(link)").inserted {
            log.error(problem, at: location)
        }
    }

    /// What is wrong with `link` on `page`, or `nil` when it resolves or is external.
    private func problem(with link: String, on page: String, existing: Set<String>, ids: [String: Set<String>]) -> Problem? {
        guard !link.isEmpty, !HTMLAttributes.isExternal(link) else { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        var target = page
        if !pathPart.isEmpty {
            guard let resolved = resolve(pathPart, from: page) else { return .brokenLink(link, page: page, missing: pathPart) }
            if existing.contains(resolved) {
                target = resolved
            } else if existing.contains(resolved + (resolved.isEmpty || resolved.hasSuffix("/") ? "" : "/") + "index.html") {
                target = resolved + (resolved.isEmpty || resolved.hasSuffix("/") ? "" : "/") + "index.html"
            } else {
                return .brokenLink(link, page: page, missing: resolved.isEmpty ? "index.html" : resolved)
            }
        }
        if parts.count == 2, target.hasSuffix(".html") {
            let fragment = Self.percentDecoded(String(parts[1]))
            if !fragment.isEmpty, !(ids[target]?.contains(fragment) ?? false) {
                return .brokenAnchor(link, page: page, id: fragment, target: target)
            }
        }
        return nil
    }

    /// The output path `path` points to from `page`, or `nil` when it leaves the site.
    private func resolve(_ path: String, from page: String) -> String? {
        var components: [Substring]
        var rest = Self.percentDecoded(path)
        if rest.hasPrefix("/") {
            guard rest.hasPrefix(basePath) else { return nil }
            rest = String(rest.dropFirst(basePath.count))
            components = []
        } else {
            components = page.split(separator: "/").dropLast()
        }
        for component in rest.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." {
                guard components.popLast() != nil else { return nil }
            } else if component != "." {
                components.append(component)
            }
        }
        return components.joined(separator: "/") + (rest.hasSuffix("/") && !components.isEmpty ? "/" : "")
    }

    /// Where `link` was written: its line in the page's Markdown body, or the template that contains it.
    private func location(of link: String, in file: PageSummary) -> SourceLocation {
        if let body = file.origin?.body, file.bodyLinks.contains(link) {
            // cmark-gfm percent-encodes what the editor wrote (`☂` becomes `%E2%98%82`): look for both forms,
            // and point at the body's first line if neither is there as written (an entity, say).
            // A body released after rendering is read again; its first line is taken from the file as it is now.
            let current = body.text.isEmpty ? Self.reloadBody(body) : body
            let position = Self.find(link, inText: current.text) ?? Self.find(Self.percentDecoded(link), inText: current.text)
            return current.location(line: position?.line ?? 1, column: position?.column ?? 1)
        }
        // In a template the link is written after `{{root}}` or the like: look for its last part.
        var needle = Substring(link)
        while needle.hasPrefix("../") || needle.hasPrefix("./") { needle = needle.drop { $0 != "/" }.dropFirst() }
        if needle.hasPrefix(basePath) { needle = needle.dropFirst(basePath.count) }
        let names = [file.origin?.template.rawValue ?? "", TemplateSet.Name.layout.rawValue] + TemplateSet.requiredPartials
            + templates.sources.keys.sorted()
        for name in names {
            guard let source = templates.sources[name] else { continue }
            if !needle.isEmpty, let position = Self.find(String(needle), inText: source.text) {
                return SourceLocation(path: source.path, line: position.line, column: position.column)
            }
        }
        return SourceLocation(path: templates.sources[file.origin?.template.rawValue ?? ""]?.path ?? file.path)
    }

    /// The Markdown of `body` read again from its file: the render stage lets bodies go once rendered, and only
    /// a broken link needs one again, to say on which line it is.
    static func reloadBody(_ body: MarkdownBody) -> MarkdownBody {
        guard let data = FileManager.default.contents(atPath: body.path), let text = String(validatingUTF8Data: data),
              let document = FrontMatterDocument.split(SourceFile(path: body.path, text: text), log: DiagnosticCollector())
        else { return body }
        return document.markdownBody(path: body.path)
    }

    /// The 1-based line and scalar column of the first occurrence of `needle` in `text`.
    private static func find(_ needle: String, inText text: String) -> (line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return (index + 1, line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    /// `%XX` sequences decoded as UTF-8 (left as they are when they do not decode).
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(37) else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == 37, utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? text
    }
}
