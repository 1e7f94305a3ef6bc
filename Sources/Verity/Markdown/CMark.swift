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
                        isInsideLink: linkDepth > 0))
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

/// One loaded copy of cmark-gfm, used by one document at a time, from its parser to the freeing of its tree.
///
/// cmark-gfm's inline parser keeps its table of special characters in a global array, and every document
/// writes the extensions' characters (`~`, `:`, `w`) into it before its inline parsing and clears them after
/// (github/cmark-gfm#176): two documents parsed at once by one copy of the library lose strikethrough and
/// autolinks. Each copy loaded with `dlmopen` into a link-map namespace of its own has its own globals, so
/// documents in different copies share nothing. A document's nodes are handled only by its own copy's functions:
/// they compare with that copy's globals (an empty buffer is a pointer to the copy's own static one).
struct CMarkLibrary: @unchecked Sendable {
    /// Sets up the copy's C library for the calling thread; `nil` for the linked copy.
    ///
    /// A loaded copy brings its own C library, whose per-thread character tables (`tolower`, which the tagfilter
    /// extension calls) are set up only for threads it started: glibc's `__ctype_init` does it for any other.
    let prepareThread: (@convention(c) () -> Void)?
    let newParser: @convention(c) (Int32, UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer?
    let findExtension: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    let attachExtension: @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    let feed: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int) -> Void
    let finish: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let extensions: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<cmark_llist>?
    let freeParser: @convention(c) (OpaquePointer?) -> Void
    let consolidateTextNodes: @convention(c) (OpaquePointer?) -> Void
    let iterNew: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let iterFree: @convention(c) (OpaquePointer?) -> Void
    let iterNext: @convention(c) (OpaquePointer?) -> cmark_event_type
    let iterNode: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let freeNode: @convention(c) (OpaquePointer?) -> Void
    let headingLevel: @convention(c) (OpaquePointer?) -> Int32
    let literal: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    let startColumn: @convention(c) (OpaquePointer?) -> Int32
    let startLine: @convention(c) (OpaquePointer?) -> Int32
    let nodeType: @convention(c) (OpaquePointer?) -> cmark_node_type
    let url: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    let insertBefore: @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    let newNode: @convention(c) (cmark_node_type, UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer?
    let setLiteral: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    let setOnEnter: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    let setOnExit: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
    let unlink: @convention(c) (OpaquePointer?) -> Void
    let renderHTML:
        @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<CChar>?

    /// The copy the program is linked with.
    static let linked: CMarkLibrary = {
        cmark_gfm_core_extensions_ensure_registered()
        return CMarkLibrary(
            prepareThread: nil, newParser: cmark_parser_new_with_mem, findExtension: cmark_find_syntax_extension,
            attachExtension: cmark_parser_attach_syntax_extension, feed: cmark_parser_feed, finish: cmark_parser_finish,
            extensions: cmark_parser_get_syntax_extensions, freeParser: cmark_parser_free,
            consolidateTextNodes: cmark_consolidate_text_nodes, iterNew: cmark_iter_new, iterFree: cmark_iter_free,
            iterNext: cmark_iter_next, iterNode: cmark_iter_get_node, freeNode: cmark_node_free,
            headingLevel: cmark_node_get_heading_level, literal: cmark_node_get_literal,
            startColumn: cmark_node_get_start_column, startLine: cmark_node_get_start_line,
            nodeType: cmark_node_get_type, url: cmark_node_get_url, insertBefore: cmark_node_insert_before,
            newNode: cmark_node_new_with_mem, setLiteral: cmark_node_set_literal, setOnEnter: cmark_node_set_on_enter,
            setOnExit: cmark_node_set_on_exit, unlink: cmark_node_unlink, renderHTML: cmark_render_html)
    }()

    /// A new copy of the linked library files in a namespace of its own, or `nil` when the dynamic loader can
    /// make no more (glibc has 16 namespaces, and each needs room in the static TLS block).
    static func load() -> CMarkLibrary? {
        typealias OpenInNamespace = @convention(c) (Int, UnsafePointer<CChar>?, Int32) -> UnsafeMutableRawPointer?
        typealias Register = @convention(c) () -> Void
        // RTLD_DEFAULT: the symbols the program is linked with (a C function's address taken in Swift can be a
        // stub in the executable).
        let linked = UnsafeMutableRawPointer(bitPattern: 0)
        guard let registerSymbol = dlsym(linked, "cmark_gfm_core_extensions_ensure_registered"),
            let extensionsFile = mappedFile(containing: registerSymbol),
            let openSymbol = dlsym(linked, "dlmopen")
        else { return nil }
        let open = unsafeBitCast(openSymbol, to: OpenInNamespace.self)
        // LM_ID_NEWLM: a new namespace, where the extensions library loads its own copy of libcmark-gfm.
        guard let handle = open(-1, extensionsFile, RTLD_NOW | RTLD_LOCAL) else { return nil }
        func function<F>(_ name: String) -> F? {
            dlsym(handle, name).map { unsafeBitCast($0, to: F.self) }
        }
        guard let register: Register = function("cmark_gfm_core_extensions_ensure_registered"),
            let prepareThread: @convention(c) () -> Void = function("__ctype_init"),
            let newParser: @convention(c) (Int32, UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer? = function(
                "cmark_parser_new_with_mem"),
            let findExtension: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer? = function(
                "cmark_find_syntax_extension"),
            let attachExtension: @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32 = function(
                "cmark_parser_attach_syntax_extension"),
            let feed: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int) -> Void = function(
                "cmark_parser_feed"),
            let finish: @convention(c) (OpaquePointer?) -> OpaquePointer? = function("cmark_parser_finish"),
            let extensions: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<cmark_llist>? = function(
                "cmark_parser_get_syntax_extensions"),
            let freeParser: @convention(c) (OpaquePointer?) -> Void = function("cmark_parser_free"),
            let consolidateTextNodes: @convention(c) (OpaquePointer?) -> Void = function(
                "cmark_consolidate_text_nodes"),
            let iterNew: @convention(c) (OpaquePointer?) -> OpaquePointer? = function("cmark_iter_new"),
            let iterFree: @convention(c) (OpaquePointer?) -> Void = function("cmark_iter_free"),
            let iterNext: @convention(c) (OpaquePointer?) -> cmark_event_type = function("cmark_iter_next"),
            let iterNode: @convention(c) (OpaquePointer?) -> OpaquePointer? = function("cmark_iter_get_node"),
            let freeNode: @convention(c) (OpaquePointer?) -> Void = function("cmark_node_free"),
            let headingLevel: @convention(c) (OpaquePointer?) -> Int32 = function("cmark_node_get_heading_level"),
            let literal: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>? = function("cmark_node_get_literal"),
            let startColumn: @convention(c) (OpaquePointer?) -> Int32 = function("cmark_node_get_start_column"),
            let startLine: @convention(c) (OpaquePointer?) -> Int32 = function("cmark_node_get_start_line"),
            let nodeType: @convention(c) (OpaquePointer?) -> cmark_node_type = function("cmark_node_get_type"),
            let url: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>? = function("cmark_node_get_url"),
            let insertBefore: @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32 = function(
                "cmark_node_insert_before"),
            let newNode: @convention(c) (cmark_node_type, UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer? =
                function("cmark_node_new_with_mem"),
            let setLiteral: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32 = function(
                "cmark_node_set_literal"),
            let setOnEnter: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32 = function(
                "cmark_node_set_on_enter"),
            let setOnExit: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32 = function(
                "cmark_node_set_on_exit"),
            let unlink: @convention(c) (OpaquePointer?) -> Void = function("cmark_node_unlink"),
            let renderHTML:
                @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<
                    CChar
                >? = function("cmark_render_html")
        else {
            dlclose(handle)
            return nil
        }
        register()
        return CMarkLibrary(
            prepareThread: prepareThread, newParser: newParser, findExtension: findExtension,
            attachExtension: attachExtension, feed: feed, finish: finish, extensions: extensions,
            freeParser: freeParser, consolidateTextNodes: consolidateTextNodes, iterNew: iterNew, iterFree: iterFree,
            iterNext: iterNext, iterNode: iterNode, freeNode: freeNode, headingLevel: headingLevel, literal: literal,
            startColumn: startColumn, startLine: startLine, nodeType: nodeType, url: url, insertBefore: insertBefore,
            newNode: newNode, setLiteral: setLiteral, setOnEnter: setOnEnter, setOnExit: setOnExit, unlink: unlink,
            renderHTML: renderHTML)
    }

    /// The path of the file mapped at `address` in this process (from `/proc/self/maps`), so that every copy
    /// is made of the very library files the program runs with.
    private static func mappedFile(containing address: UnsafeRawPointer) -> String? {
        // Read with POSIX calls: the file's size is 0 and its text comes in pieces.
        guard let maps = try? FileReading.read("/proc/self/maps", upTo: 16 << 20) else { return nil }
        let target = UInt(bitPattern: address)
        for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, let dash = fields[0].firstIndex(of: "-"),
                let start = UInt(fields[0][..<dash], radix: 16),
                let end = UInt(fields[0][fields[0].index(after: dash)...], radix: 16),
                start <= target, target < end
            else { continue }
            return fields[5...].joined(separator: " ")
        }
        return nil
    }
}

/// The parser copies documents borrow: the linked one, and more loaded as threads need them.
final class CMarkParserPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var idle: [CMarkLibrary] = [.linked]
    private var canLoad = true
    /// How many copies are loaded at most: more threads than that share them.
    static let maximumCopies = 16
    private var loaded = 1

    /// A copy no other thread is using; waits for one when every copy is in use and no more can be loaded.
    func acquire() -> CMarkLibrary {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let copy = idle.popLast() { return copy }
            if canLoad, loaded < Self.maximumCopies {
                if let copy = CMarkLibrary.load() {
                    loaded += 1
                    return copy
                }
                canLoad = false
            }
            condition.wait()
        }
    }

    /// Gives back a copy `acquire` returned.
    func release(_ copy: CMarkLibrary) {
        condition.lock()
        idle.append(copy)
        condition.signal()
        condition.unlock()
    }

    /// How many copies are loaded (the linked one included).
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return loaded
    }
}
