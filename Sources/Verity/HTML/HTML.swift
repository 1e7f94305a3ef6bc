/// HTML that is safe to put in a page, written by templates through string interpolation.
///
/// A template appends to one growing `HTML` buffer per page: `html.append("<h1>\(page.title)</h1>")`. In
/// such a literal the literal text is the template's own markup; every interpolated `String` is
/// escaped for HTML text and quoted attribute values (`& < > " '`, byte by byte, so a quote followed by a
/// combining mark is escaped too). Only values that already are `HTML` go in as they are: the pipeline's own
/// output (cmark-gfm's HTML, JSON-LD encoded for `<script>`) or what another template wrote. A `String` becomes
/// `HTML` unescaped only through a deliberate `HTML(stringLiteral:)` (public, as the literal protocols require),
/// which templates never need; links are `Href` values checked when the content was loaded.
public struct HTML: Sendable, Hashable {
    /// The UTF-8 bytes written so far. (`@usableFromInline`, and the methods templates call `@inlinable`, so
    /// that the theme's module compiles them into its templates instead of calling through generic code.)
    @usableFromInline var bytes: [UInt8]

    /// An empty buffer.
    @inlinable
    public init() {
        bytes = []
    }

    /// An empty buffer with room for `capacity` bytes.
    @inlinable
    public init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// HTML the pipeline itself produced (Markdown rendered by cmark-gfm, script-safe JSON): taken as it is.
    init(trusted text: String) {
        bytes = Array(text.utf8)
    }

    /// HTML the pipeline itself produced, as UTF-8 bytes: taken as it is.
    init(trustedUTF8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The HTML as text.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Whether nothing has been written.
    public var isEmpty: Bool {
        bytes.isEmpty
    }

    /// Appends `other` as it is: a template writes `html.append("<h1>\(page.title)</h1>")`.
    ///
    /// (There is deliberately no `+=`: with the standard library's many `+=` overloads in play, a misspelt
    /// field inside a literal is reported as a mismatch of operand types instead of as the missing member.)
    @inlinable
    public mutating func append(_ other: HTML) {
        // Take the other buffer whole only when it does not throw away room reserved here.
        if bytes.isEmpty && bytes.capacity < other.bytes.count {
            bytes = other.bytes
        } else {
            bytes.append(contentsOf: other.bytes)
        }
    }

    /// Appends `text` escaped for HTML text and quoted attribute values.
    @inlinable
    public mutating func appendEscaped(_ text: String) {
        // A native string's bytes are read in place (no copy, no uniqueness check); others are made native first.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped(utf8: $0) }) == nil {
            var native = text
            native.withUTF8 { appendEscaped(utf8: $0) }
        }
    }

    /// Appends UTF-8 text escaped for HTML text and quoted attribute values.
    @inlinable
    mutating func appendEscaped(utf8 source: UnsafeBufferPointer<UInt8>) {
        var copied = 0
        for index in source.indices {
            let replacement: StaticString
            switch source[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<index]))
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            copied = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied...]))
    }

    /// `text` escaped for HTML text and quoted attribute values, for HTML the pipeline writes itself.
    static func escaped(_ text: String) -> String {
        var html = HTML(capacity: text.utf8.count + 16)
        html.appendEscaped(text)
        return html.text
    }

    /// Appends UTF-8 bytes the pipeline produced as they are.
    mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
    }

    /// Appends the template's own markup as it is.
    @usableFromInline
    mutating func append(markup text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }
}

extension HTML: ExpressibleByStringInterpolation {
    /// A literal without interpolations: the template's own markup.
    @inlinable
    public init(stringLiteral value: String) {
        bytes = Array(value.utf8)
    }

    @inlinable
    public init(stringInterpolation: StringInterpolation) {
        self = stringInterpolation.html
    }

    /// What a template literal writes: its markup as it is, interpolated values by their type.
    public struct StringInterpolation: StringInterpolationProtocol {
        /// The buffer the literal is written into; partials called from the literal append to it.
        public var html: HTML

        @inlinable
        public init(literalCapacity: Int, interpolationCount: Int) {
            html = HTML(capacity: literalCapacity + interpolationCount * 24)
        }

        /// The literal's own markup.
        @inlinable
        public mutating func appendLiteral(_ literal: String) {
            html.append(markup: literal)
        }

        /// Text, escaped: `\(page.title)`.
        @inlinable
        public mutating func appendInterpolation(_ text: String) {
            html.appendEscaped(text)
        }

        /// A number, in decimal: `\(chart.width)`.
        @inlinable
        public mutating func appendInterpolation(_ number: Int) {
            html.append(markup: String(number))
        }

        /// HTML the pipeline or another template produced, as it is: `\(page.body)`.
        @inlinable
        public mutating func appendInterpolation(_ trusted: HTML) {
            html.append(trusted)
        }

        /// A link checked when the content was loaded, escaped for a quoted attribute: `href="\(source.url)"`.
        @inlinable
        public mutating func appendInterpolation(_ link: Href) {
            html.appendEscaped(link.text)
        }

        /// A partial written straight into this buffer: `\(page.summary, with: lede)`.
        @inlinable
        public mutating func appendInterpolation<Value>(_ value: Value, with partial: (Value, inout HTML) -> Void) {
            partial(value, &html)
        }

        /// A partial for each value of an array, in order: `\(each: page.claims, with: claimCard)`. (Each value
        /// is handed over in place, without the copy, and the retains of its strings, that iterating makes.)
        @inlinable
        public mutating func appendInterpolation<Element>(
            each values: [Element], with partial: (Element, inout HTML) -> Void
        ) {
            for index in values.indices { partial(values[index], &html) }
        }

        /// A partial for each value, in order: `\(each: page.claims, with: claimCard)`.
        @inlinable
        public mutating func appendInterpolation<Values: Sequence>(
            each values: Values, with partial: (Values.Element, inout HTML) -> Void
        ) {
            for value in values { partial(value, &html) }
        }
    }
}
