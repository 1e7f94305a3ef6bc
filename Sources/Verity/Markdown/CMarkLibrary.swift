import CCmarkGFM
import Foundation

#if canImport(Glibc)
import Glibc
#endif

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
