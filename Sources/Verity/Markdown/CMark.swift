import CCmarkGFM
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Parser and renderer switches passed to cmark-gfm.
struct CMarkOptions: Sendable, Hashable {
    /// Curly quotes, dashes and ellipses.
    var smart: Bool
    /// Pass raw HTML through instead of omitting it.
    var unsafeHTML: Bool
    /// Align table cells with `style="text-align: …"` (valid HTML5) instead of the obsolete `align` attribute.
    var tableStyleAttributes: Bool = true

    var rawValue: Int32 {
        var value = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        if smart { value |= CMARK_OPT_SMART }
        if unsafeHTML { value |= CMARK_OPT_UNSAFE }
        if tableStyleAttributes { value |= CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES }
        return value
    }
}

/// A heading found in a parsed document.
struct CMarkHeading {
    fileprivate let node: OpaquePointer
    var level: Int
    /// The heading's text without markup.
    var plainText: String
}

/// A run of plain text (adjacent text nodes merged) in a parsed document.
struct CMarkTextRun {
    fileprivate let node: OpaquePointer
    var literal: String
    /// 1-based line and byte column of the run's start, as cmark-gfm reports them.
    var line: Int
    var column: Int
    /// Whether the text is part of a link's or an image's text.
    var isInsideLink: Bool
}

/// A link's or an image's destination as written in a parsed document.
struct CMarkLink {
    var url: String
    /// 1-based line and byte column of the link's start (its `[`), as cmark-gfm reports them.
    var line: Int
    var column: Int
}

/// The only place that talks to the cmark-gfm C library: parse, edit, render, free.
enum CMark {
    /// The GFM extensions every document is parsed with.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The lock inline parsing runs under, as cmark-gfm's inline parser shares a global table.
    ///
    /// The parser adds the extensions' special characters (`~`, `|`, …) to that table before parsing inlines
    /// and removes them after (github/cmark-gfm pull request #176), so two documents finishing at once can lose
    /// strikethrough or autolinks. Inline parsing, which happens in `cmark_parser_finish`, therefore runs under
    /// this lock; block parsing, edits and rendering stay parallel. Adding the characters once and emptying the
    /// extensions' lists does not work: the emphasis pass finds a delimiter's extension through that list, and
    /// `~~a~~` then loops forever.
    private static let inlineParsingLock = NSLock()

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `markdown`, lets `edit` change the tree, and renders it as HTML.
    ///
    /// When a watchdog is watching the calling thread (`RenderProgress.current`), the text is fed line by line
    /// and each step is recorded there, and cmark-gfm's memory is counted against the document.
    static func html(from markdown: String, options: CMarkOptions, edit: (CMarkEditor) -> Void = { _ in }) -> String {
        _ = registered
        let progress = RenderProgress.current
        defer { progress?.step = .verity }
        let flags = options.rawValue
        guard let parser = cmark_parser_new_with_mem(flags, countingMemory.table) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        progress?.step = .blocks
        feed(markdown, to: parser, progress: progress)
        inlineParsingLock.lock()
        progress?.step = .inlines
        let finished = cmark_parser_finish(parser)
        progress?.step = .verity
        inlineParsingLock.unlock()
        guard let root = finished else { return "" }
        defer { cmark_node_free(root) }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        edit(CMarkEditor(root: root, flags: flags, extensions: extensions))
        progress?.step = .html
        guard let rendered = cmark_render_html(root, flags, extensions) else { return "" }
        progress?.step = .verity
        defer { countingMemory.table.pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// Feeds `markdown` to `parser`: whole, or line by line when `progress` should show the line being read.
    private static func feed(_ markdown: String, to parser: OpaquePointer, progress: RenderProgress?) {
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return }
                guard let progress else {
                    cmark_parser_feed(parser, base, chars.count)
                    return
                }
                var start = 0
                var line = 1
                while start < chars.count {
                    let end = memchr(base + start, 0x0A, chars.count - start).map {
                        UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1
                    }
                    progress.line = line
                    cmark_parser_feed(parser, base + start, (end ?? chars.count) - start)
                    start = end ?? chars.count
                    line += 1
                }
            }
        }
    }

    /// cmark-gfm's allocator for every document: the C library's `calloc`, `realloc` and `free`, each counted
    /// against the document the thread is rendering (`RenderProgress.current`), if any.
    fileprivate static let countingMemory = MemoryTable(
        cmark_mem(
            calloc: { count, size in
                guard let pointer = calloc(count, size) else { CMark.outOfMemory() }
                RenderProgress.allocated(malloc_usable_size(pointer))
                return pointer
            },
            realloc: { old, size in
                RenderProgress.allocated(-malloc_usable_size(old))
                guard let pointer = realloc(old, size) else { CMark.outOfMemory() }
                RenderProgress.allocated(malloc_usable_size(pointer))
                return pointer
            },
            free: { pointer in
                RenderProgress.allocated(-malloc_usable_size(pointer))
                free(pointer)
            }))

    /// What cmark-gfm's own allocator does when the system has no memory left.
    private static func outOfMemory() -> Never {
        FileHandle.standardError.write(Data("[cmark] out of memory, aborting\n".utf8))
        abort()
    }
}

/// The allocator table handed to every parser: allocated once, never freed, and never written after.
private struct MemoryTable: @unchecked Sendable {
    let table: UnsafeMutablePointer<cmark_mem>

    init(_ memory: cmark_mem) {
        table = .allocate(capacity: 1)
        table.initialize(to: memory)
    }
}

/// Finds and rewrites nodes of one parsed document; valid only inside `CMark.html(from:options:edit:)`.
struct CMarkEditor {
    fileprivate let root: OpaquePointer
    fileprivate let flags: Int32
    fileprivate let extensions: UnsafeMutablePointer<cmark_llist>?

    /// Every node of the document whose type is one of `types`, in document order (collected first so that
    /// edits are safe).
    private func nodes(matching types: cmark_node_type...) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                types.contains(cmark_node_get_type(node))
            {
                found.append(node)
            }
        }
        return found
    }

    /// The headings, in document order.
    func headings() -> [CMarkHeading] {
        nodes(matching: CMARK_NODE_HEADING).map { node in
            CMarkHeading(node: node, level: Int(cmark_node_get_heading_level(node)), plainText: plainText(of: node))
        }
    }

    /// Gives a heading an `id` attribute by rendering it whole, with the id, as a trusted HTML block.
    func setID(_ id: String, of heading: CMarkHeading) {
        guard let rendered = cmark_render_html(heading.node, flags, extensions) else { return }
        defer { CMark.countingMemory.table.pointee.free(rendered) }
        var html = String(cString: rendered)
        let opening = "<h\(heading.level)>"
        // Compared as bytes: a heading that starts with a combining mark makes `>` and the mark one Character.
        guard html.utf8.starts(with: opening.utf8) else { return }
        html =
            "<h\(heading.level) id=\"\(HTML.escaped(id))\">"
            + String(decoding: html.utf8.dropFirst(opening.utf8.count), as: UTF8.self)
        // With the document's allocator: cmark-gfm inserts no node from another.
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CMark.countingMemory.table) else { return }
        var inserted = false
        defer { if !inserted { cmark_node_free(block) } }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        inserted = cmark_node_insert_before(heading.node, block) == 1
        guard inserted else { return }
        // The heading is now rendered inside the block: unlink it and free it.
        cmark_node_unlink(heading.node)
        cmark_node_free(heading.node)
    }

    /// The runs of plain text, adjacent text nodes merged, in document order.
    func textRuns() -> [CMarkTextRun] {
        cmark_consolidate_text_nodes(root)
        var runs: [CMarkTextRun] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        // How many links or images enclose the current node: counted on the way in and out, not by walking
        // up from every text node (which took time in proportion to depth times nodes).
        var linkDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            } else if type == CMARK_NODE_TEXT, event == CMARK_EVENT_ENTER {
                runs.append(
                    CMarkTextRun(
                        node: node, literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                        line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
                        isInsideLink: linkDepth > 0))
            }
        }
        return runs
    }

    /// The destinations of every link and image, in document order.
    func links() -> [CMarkLink] {
        nodes(matching: CMARK_NODE_LINK, CMARK_NODE_IMAGE).compactMap { node in
            guard let url = cmark_node_get_url(node) else { return nil }
            return CMarkLink(
                url: String(cString: url), line: Int(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node)))
        }
    }

    /// Replaces the text of a run (it stays a text node, so it is allowed wherever the run was).
    func setText(_ text: String, of run: CMarkTextRun) {
        cmark_node_set_literal(run.node, text)
    }

    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
