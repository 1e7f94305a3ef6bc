import CRsvg
import Foundation

/// Where share cards meet librsvg, cairo and fontconfig: SVG text in, PNG bytes out (all their C interop).
///
/// Drawing is serialised by one lock. Each call has its own handle, surface and context, which librsvg and
/// cairo allow on separate threads, but text goes through pango and cairo's FreeType font backend, whose
/// shared font caches are not safe in cairo 1.16 (Debian 12): programs that draw SVG text with librsvg on a
/// thread pool crash in `_cairo_ft_scaled_glyph_load_glyph` (hzeller/timg, January 2024, fixed the same way).
/// Encoding the PNG (libpng and zlib, on the thread's own surface: about six times the drawing's time) runs
/// outside the lock, on every thread.
enum RSVG {
    /// Why a card could not be rendered, in librsvg's or cairo's words.
    struct Failure: Error, Equatable {
        var reason: String
    }

    private static let lock = NSLock()

    /// The versions of the libraries a card's pixels depend on, for the build cache: another version may
    /// draw other pixels from the same SVG.
    static let libraryVersions: String = {
        let fontconfig = FcGetVersion()
        let cairo = cairo_version_string().map { String(cString: $0) } ?? "?"
        return "librsvg \(rsvg_major_version).\(rsvg_minor_version).\(rsvg_micro_version), cairo \(cairo), "
            + "fontconfig \(fontconfig)"
    }()

    /// Whether fontconfig finds a font of `family` itself, not a substitute: cards name their font so that the
    /// text does not depend on what fonts a machine happens to have.
    static func hasFont(family: String) -> Bool {
        lock.withLock {
            guard let pattern = FcPatternCreate() else { return false }
            defer { FcPatternDestroy(pattern) }
            _ = family.withCString { name in
                name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                    FcPatternAddString(pattern, FC_FAMILY, $0)
                }
            }
            FcConfigSubstitute(nil, pattern, FcMatchPattern)
            FcDefaultSubstitute(pattern)
            var result = FcResultNoMatch
            guard let match = FcFontMatch(nil, pattern, &result) else { return false }
            defer { FcPatternDestroy(match) }
            var found: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(match, FC_FAMILY, 0, &found) == FcResultMatch, let found else { return false }
            return String(cString: found).caseInsensitiveCompare(family) == .orderedSame
        }
    }

    /// Renders `svg` at `width` × `height` pixels and encodes it as PNG (8-bit RGB, no alpha).
    ///
    /// The same SVG gives the same bytes with the same libraries: cairo writes no time or text chunks.
    static func png(svg: String, width: Int, height: Int) throws(Failure) -> [UInt8] {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw Failure(reason: "cairo could not make a \(width) × \(height) image")
        }
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface))
        lock.lock()
        do {
            defer { lock.unlock() }
            try draw(svg, width: width, height: height, on: surface)
        }
        let output = PNGBuffer()
        let status = cairo_surface_write_to_png_stream(
            surface,
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                let buffer = Unmanaged<PNGBuffer>.fromOpaque(closure).takeUnretainedValue()
                buffer.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(output).toOpaque())
        try check(status)
        return output.bytes
    }

    /// Draws `svg` onto `surface`; called with the lock held.
    private static func draw(_ svg: String, width: Int, height: Int, on surface: OpaquePointer) throws(Failure) {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw Failure(reason: take(error, or: "librsvg could not read the SVG")) }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        guard let context = cairo_create(surface) else { throw Failure(reason: "cairo could not draw") }
        defer { cairo_destroy(context) }
        try check(cairo_status(context))
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        guard rsvg_handle_render_document(handle, context, &viewport, &error) != 0 else {
            throw Failure(reason: take(error, or: "librsvg could not render the SVG"))
        }
        cairo_surface_flush(surface)
    }

    /// What cairo's PNG writer appends to, through its C callback.
    private final class PNGBuffer {
        var bytes: [UInt8] = []

        init() {
            // A card is 30 to 60 KB.
            bytes.reserveCapacity(65_536)
        }
    }

    private static func check(_ status: cairo_status_t) throws(Failure) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw Failure(reason: cairo_status_to_string(status).map { String(cString: $0) } ?? "cairo failed")
    }

    /// The message of `error`, which is freed, or `fallback` when there is none.
    private static func take(_ error: UnsafeMutablePointer<GError>?, or fallback: String) -> String {
        guard let error else { return fallback }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? fallback
    }
}
