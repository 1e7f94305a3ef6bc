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
    /// Which stretch of the document between block boundaries (a block's start or end) the run is in: runs with
    /// the same number are in one paragraph, heading or cell, with no other block between them.
    var block: Int = 0
}

/// A link's or an image's destination as written in a parsed document.
struct CMarkLink {
    var url: String
    /// 1-based line and byte column of the link's start (its `[`), as cmark-gfm reports them.
    var line: Int
    var column: Int
}

/// An image (`![alt](src)`) in a parsed document.
struct CMarkImage {
    fileprivate let node: OpaquePointer
    var url: String
    /// The image's text alternative: its description without markup.
    var alt: String
    /// 1-based line and byte column of the image's `!`, as cmark-gfm reports them.
    var line: Int
    var column: Int
}

/// Where documents meet the cmark-gfm C library: parse, edit, render, free (through the copy of the library
/// each document borrows, `CMarkLibrary`, whose loading is the one other place that calls into C).
enum CMark {
    /// The GFM extensions every document is parsed with.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The copies of cmark-gfm's parser that documents are parsed with, one document per copy at a time.
    private static let parsers = CMarkParserPool()

    /// How many copies of the parser this process has loaded so far.
    static var parserCopies: Int { parsers.count }

    /// Parses `markdown`, lets `edit` change the tree, and renders it as HTML.
    ///
    /// When a watchdog is watching the calling thread (`RenderProgress.current`), the text is fed line by line
    /// and each step is recorded there, and cmark-gfm's memory is counted against the document.
    static func html(from markdown: String, options: CMarkOptions, edit: (CMarkEditor) -> Void = { _ in }) -> String {
        let progress = RenderProgress.current
        defer { progress?.step = .verity }
        let flags = options.rawValue
        // The copy stays this document's until its tree is freed (see `CMarkLibrary`).
        let library = parsers.acquire()
        defer { parsers.release(library) }
        library.prepareThread?()
        guard let parser = library.newParser(flags, countingMemory.table) else { return "" }
        defer { library.freeParser(parser) }
        for name in extensionNames {
            if let syntax = library.findExtension(name) {
                _ = library.attachExtension(parser, syntax)
            }
        }
        progress?.step = .blocks
        feed(markdown, to: parser, with: library, progress: progress)
        progress?.step = .inlines
        let finished = library.finish(parser)
        progress?.step = .verity
        guard let root = finished else { return "" }
        defer { library.freeNode(root) }
        let extensions = library.extensions(parser)
        edit(CMarkEditor(library: library, root: root, flags: flags, extensions: extensions))
        progress?.step = .html
        guard let rendered = library.renderHTML(root, flags, extensions) else { return "" }
        progress?.step = .verity
        defer { countingMemory.table.pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// Feeds `markdown` to `parser`: whole, or line by line when `progress` should show the line being read.
    private static func feed(
        _ markdown: String, to parser: OpaquePointer, with library: CMarkLibrary, progress: RenderProgress?
    ) {
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return }
                guard let progress else {
                    library.feed(parser, base, chars.count)
                    return
                }
                var start = 0
                var line = 1
                while start < chars.count {
                    let end = memchr(base + start, 0x0A, chars.count - start).map {
                        UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1
                    }
                    progress.line = line
                    library.feed(parser, base + start, (end ?? chars.count) - start)
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
    /// The copy of cmark-gfm that parsed the document.
    fileprivate let library: CMarkLibrary
    fileprivate let root: OpaquePointer
    fileprivate let flags: Int32
    fileprivate let extensions: UnsafeMutablePointer<cmark_llist>?

    /// Every node of the document whose type is one of `types`, in document order (collected first so that
    /// edits are safe).
    private func nodes(matching types: cmark_node_type...) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = library.iterNew(root) else { return [] }
        defer { library.iterFree(iterator) }
        while true {
            let event = library.iterNext(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = library.iterNode(iterator),
                types.contains(library.nodeType(node))
            {
                found.append(node)
            }
        }
        return found
    }

    /// The headings, in document order.
    func headings() -> [CMarkHeading] {
        nodes(matching: CMARK_NODE_HEADING).map { node in
            CMarkHeading(node: node, level: Int(library.headingLevel(node)), plainText: plainText(of: node))
        }
    }

    /// Gives a heading an `id` attribute by rendering it whole, with the id, as a trusted HTML block.
    func setID(_ id: String, of heading: CMarkHeading) {
        guard let rendered = library.renderHTML(heading.node, flags, extensions) else { return }
        defer { CMark.countingMemory.table.pointee.free(rendered) }
        var html = String(cString: rendered)
        let opening = "<h\(heading.level)>"
        // Compared as bytes: a heading that starts with a combining mark makes `>` and the mark one Character.
        guard html.utf8.starts(with: opening.utf8) else { return }
        html =
            "<h\(heading.level) id=\"\(HTML.escaped(id))\">"
            + String(decoding: html.utf8.dropFirst(opening.utf8.count), as: UTF8.self)
        // With the document's allocator: cmark-gfm inserts no node from another.
        guard let block = library.newNode(CMARK_NODE_CUSTOM_BLOCK, CMark.countingMemory.table) else { return }
        var inserted = false
        defer { if !inserted { library.freeNode(block) } }
        _ = library.setOnEnter(block, html)
        _ = library.setOnExit(block, "")
        inserted = library.insertBefore(heading.node, block) == 1
        guard inserted else { return }
        // The heading is now rendered inside the block: unlink it and free it.
        library.unlink(heading.node)
        library.freeNode(heading.node)
    }

    /// The runs of plain text, adjacent text nodes merged, in document order.
    func textRuns() -> [CMarkTextRun] {
        library.consolidateTextNodes(root)
        var runs: [CMarkTextRun] = []
        guard let iterator = library.iterNew(root) else { return [] }
        defer { library.iterFree(iterator) }
        // How many links or images enclose the current node: counted on the way in and out, not by walking
        // up from every text node (which took time in proportion to depth times nodes).
        var linkDepth = 0
        var block = 0
        while true {
            let event = library.iterNext(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = library.iterNode(iterator) else { continue }
            let type = library.nodeType(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            } else if type == CMARK_NODE_TEXT, event == CMARK_EVENT_ENTER {
                runs.append(
                    CMarkTextRun(
                        node: node, literal: library.literal(node).map { String(cString: $0) } ?? "",
                        line: Int(library.startLine(node)), column: Int(library.startColumn(node)),
                        isInsideLink: linkDepth > 0, block: block))
            } else if UInt32(type.rawValue) & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                block += 1
            }
        }
        return runs
    }

    /// The destinations of every link and image, in document order.
    func links() -> [CMarkLink] {
        nodes(matching: CMARK_NODE_LINK, CMARK_NODE_IMAGE).compactMap { node in
            guard let url = library.url(node) else { return nil }
            return CMarkLink(
                url: String(cString: url), line: Int(library.startLine(node)),
                column: Int(library.startColumn(node)))
        }
    }

    /// The images, in document order.
    func images() -> [CMarkImage] {
        nodes(matching: CMARK_NODE_IMAGE).map { node in
            CMarkImage(
                node: node, url: library.url(node).map { String(cString: $0) } ?? "", alt: plainText(of: node),
                line: Int(library.startLine(node)), column: Int(library.startColumn(node)))
        }
    }

    /// Puts `html` (trusted, written as it is) in place of an image; an empty `html` just removes it.
    func replace(_ image: CMarkImage, withHTML html: String) {
        if !html.isEmpty, let inline = library.newNode(CMARK_NODE_CUSTOM_INLINE, CMark.countingMemory.table) {
            _ = library.setOnEnter(inline, html)
            _ = library.setOnExit(inline, "")
            if library.insertBefore(image.node, inline) != 1 { library.freeNode(inline) }
        }
        library.unlink(image.node)
        library.freeNode(image.node)
    }

    /// Replaces the text of a run (it stays a text node, so it is allowed wherever the run was).
    func setText(_ text: String, of run: CMarkTextRun) {
        _ = library.setLiteral(run.node, text)
    }

    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = library.iterNew(node) else { return "" }
        defer { library.iterFree(iterator) }
        while true {
            let event = library.iterNext(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = library.iterNode(iterator) else { continue }
            let type = library.nodeType(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = library.literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
