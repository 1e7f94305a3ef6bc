import Foundation

/// The check-links stage: every internal link and `#anchor` in the generated pages must resolve.
///
/// Links are read from `href` and `src` attributes; those with a scheme (`https:`, `mailto:`…) are external
/// and not fetched. A broken link is reported where it was written: at its line in the Markdown file when it
/// comes from a body (the Markdown stage records where each body link is), at its line in site.yml when the desk
/// set it there (`nav`, `footer_links`, `logo`), else at the theme's folder.
struct LinkChecker: Sendable {
    /// `base_url`'s path, from which links starting with `/` are resolved.
    var basePath: String
    /// The templates folder as shown in messages: where a link the theme wrote is reported.
    var themePath: String
    /// Where site.yml writes the header and footer links into the site, by the path each leads to from the root
    /// (`SiteBranding.sitePathLocations`): a broken one is reported there rather than at the theme.
    var siteLinks: [String: SourceLocation] = [:]

    /// Records each broken link once per place it was written; pages are read on `jobs` threads.
    ///
    /// `only`, when given, are the paths of the pages whose links are looked at (the others are known to pass);
    /// every page still counts as a link target.
    func check(
        _ pages: [OutputSummary], copied: [String], only: Set<String>? = nil, jobs: Int, log: DiagnosticCollector
    ) {
        let checked =
            only.map { only in pages.indices.filter { only.contains(pages[$0].path) } } ?? Array(pages.indices)
        guard !checked.isEmpty else { return }
        let existing = Set(copied + pages.map(\.path))
        let ids = Dictionary(
            uniqueKeysWithValues: pages.filter { $0.path.hasSuffix(".html") }.map { ($0.path, Set($0.ids)) })
        // Links that climb exactly to the root (`../../claims/`) resolve the same from every page at the same
        // depth: each thread remembers what such a link misses (not the problem, which names its page).
        let chunkCount = max(1, min(checked.count, jobs * 4))
        let chunks = (0..<chunkCount).map { chunk in
            stride(from: chunk, to: checked.count, by: chunkCount).map { checked[$0] }
        }
        let found = chunks.parallelMap(jobs: jobs) {
            indices -> [(page: Int, problem: Problem, location: SourceLocation)] in
            var known: [String: String?] = [:]
            var results: [(page: Int, problem: Problem, location: SourceLocation)] = []
            for index in indices {
                let page = pages[index]
                let depth = page.path.split(separator: "/").count - 1
                let rootPrefix = String(repeating: "../", count: depth)
                for link in page.links {
                    let independent =
                        depth > 0 && link.hasPrefix(rootPrefix) && !link.dropFirst(rootPrefix.count).hasPrefix("../")
                        && !link.utf8.contains(UInt8(ascii: "#"))
                    let key = "\(depth) \(link)"
                    let problem: Problem?
                    if independent, let missing = known[key] {
                        problem = missing.map { .brokenLink(link, page: page.path, missing: $0) }
                    } else {
                        problem = self.problem(with: link, on: page.path, existing: existing, ids: ids)
                        if independent {
                            // `.some`: a link that resolves is remembered too (as `nil`), not left out.
                            let missing: String? = problem.map(Self.target(of:))
                            known[key] = .some(missing)
                        }
                    }
                    if let problem { results.append((index, problem, self.location(of: link, in: page))) }
                }
            }
            return results
        }
        // In page order, whatever the threads: the first page with a problem is the one named. A body link is
        // reported once per place it is written; a theme link once per missing target (the theme writes it on
        // every page, relative to each page's depth).
        var reported = Set<String>()
        for (_, problem, location) in found.joined().sorted(by: { $0.page < $1.page })
        where reported.insert("\(location)|\(Self.target(of: problem))").inserted {
            log.error(problem, at: location)
        }
    }

    /// What a broken link points at that does not exist: a file, or an id on a page.
    private static func target(of problem: Problem) -> String {
        switch problem {
        case .brokenLink(_, _, let missing): missing
        case .brokenAnchor(_, _, let id, let target): target + "#" + id
        default: problem.message
        }
    }

    /// What is wrong with `link` on `page`, or `nil` when it resolves or is external.
    private func problem(with link: String, on page: String, existing: Set<String>, ids: [String: Set<String>])
        -> Problem?
    {
        guard !link.isEmpty, !LinkScanner.isExternal(link) else { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        var target = page
        if !pathPart.isEmpty {
            guard let resolved = resolve(pathPart, from: page) else {
                return .brokenLink(link, page: page, missing: pathPart)
            }
            if existing.contains(resolved) {
                target = resolved
            } else if existing.contains(
                resolved + (resolved.isEmpty || resolved.hasSuffix("/") ? "" : "/") + "index.html")
            {
                target = resolved + (resolved.isEmpty || resolved.hasSuffix("/") ? "" : "/") + "index.html"
            } else {
                return .brokenLink(link, page: page, missing: resolved.isEmpty ? "index.html" : resolved)
            }
        }
        if parts.count == 2, target.hasSuffix(".html") {
            let fragment = LinkScanner.percentDecoded(String(parts[1]))
            if !fragment.isEmpty, !(ids[target]?.contains(fragment) ?? false) {
                return .brokenAnchor(link, page: page, id: fragment, target: target)
            }
        }
        return nil
    }

    /// The output path `path` points to from `page`, or `nil` when it leaves the site.
    private func resolve(_ path: String, from page: String) -> String? {
        var components: [Substring]
        var rest = LinkScanner.percentDecoded(path)
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

    /// Where `link` was written: its line in the page's Markdown body, or in site.yml for a header or footer link
    /// of the desk's, else the theme that wrote the page.
    private func location(of link: String, in page: OutputSummary) -> SourceLocation {
        if let location = page.bodyLinks[link] { return location }
        if !siteLinks.isEmpty, let target = resolve(String(link.prefix { $0 != "#" && $0 != "?" }), from: page.path),
            let location = siteLinks[target]
        {
            return location
        }
        return SourceLocation(path: themePath)
    }
}
