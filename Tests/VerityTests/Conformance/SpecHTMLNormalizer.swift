/// A Swift port of cmark's `test/normalize.py`, used to compare spec HTML with rendered HTML.
///
/// `normalize.py` runs Python's `html.parser.HTMLParser` (with `convert_charrefs = False`) and
/// rebuilds the document with these, and only these, differences ironed out:
///
/// - runs of whitespace in text outside `<pre>` become one space;
/// - whitespace before a block-level start or end tag, after a block-level start tag and around
///   text that follows a block-level end tag is removed; newlines right after `<br>` are removed;
/// - tag and attribute names are lowercased, attributes are sorted, attribute values are
///   unescaped and escaped again (`& < > " '`), `<br />` and `<br>` are the same;
/// - character and entity references in text become characters, except that `& < > "` are
///   written as `&amp; &lt; &gt; &quot;`.
///
/// Where `HTMLParser` silently drops or rewrites malformed markup, this port keeps the text as
/// it is instead, so it never makes more inputs equal than `normalize.py` does.
enum SpecHTMLNormalizer {
    /// The normalised form of `html`.
    static func normalize(_ html: String) -> String {
        var tokenizer = Tokenizer(Array(html.unicodeScalars))
        var builder = Builder()
        tokenizer.run(into: &builder)
        var result = ""
        result.unicodeScalars.append(contentsOf: builder.output)
        return result
    }

    // MARK: - Output (MyHTMLParser in normalize.py)

    /// Rebuilds the normalised document from parser events, exactly as `MyHTMLParser` does.
    private struct Builder {
        enum Last { case startTag, endTag, data, comment, declaration, processingInstruction, reference }

        var output: [Unicode.Scalar] = []
        var last = Last.startTag
        var inPre = false
        var lastTag = ""

        mutating func data(_ text: [Unicode.Scalar]) {
            var data = text
            let afterTag = last == .endTag || last == .startTag
            let afterBlockTag = afterTag && SpecHTMLNormalizer.isBlockTag(lastTag)
            if afterTag, lastTag == "br" {
                data = Array(data.drop(while: { $0 == "\n" }))
            }
            if !inPre {
                data = collapsingWhitespace(data)
            }
            if afterBlockTag, !inPre {
                if last == .startTag {
                    data = Array(data.drop(while: isPythonWhitespace))
                } else if last == .endTag {
                    data = stripped(data)
                }
            }
            output += data
            last = .data
        }

        mutating func startTag(_ tag: String, attributes: [(name: String, value: String?)]) {
            if tag == "pre" { inPre = true }
            if SpecHTMLNormalizer.isBlockTag(tag) { trimOutputEnd() }
            var text = "<" + tag
            let sorted = attributes.sorted { lhs, rhs in
                if lhs.name != rhs.name {
                    return lhs.name.unicodeScalars.lexicographicallyPrecedes(rhs.name.unicodeScalars)
                }
                switch (lhs.value, rhs.value) {
                case (nil, nil): return false
                case (nil, _): return true
                case (_, nil): return false
                case let (left?, right?): return left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
                }
            }
            for attribute in sorted {
                text += " " + attribute.name
                if let value = attribute.value {
                    text += "=\"" + escapeAttribute(value) + "\""
                }
            }
            text += ">"
            output += text.unicodeScalars
            lastTag = tag
            last = .startTag
        }

        mutating func startEndTag(_ tag: String, attributes: [(name: String, value: String?)]) {
            startTag(tag, attributes: attributes)
            lastTag = tag
            last = .endTag
        }

        mutating func endTag(_ tag: String) {
            if tag == "pre" {
                inPre = false
            } else if SpecHTMLNormalizer.isBlockTag(tag) {
                trimOutputEnd()
            }
            output += ("</" + tag + ">").unicodeScalars
            lastTag = tag
            last = .endTag
        }

        mutating func comment(_ text: [Unicode.Scalar]) {
            output += "<!--".unicodeScalars + text + "-->".unicodeScalars
            last = .comment
        }

        mutating func declaration(_ text: [Unicode.Scalar]) {
            output += "<!".unicodeScalars + text + ">".unicodeScalars
            last = .declaration
        }

        mutating func processingInstruction(_ text: [Unicode.Scalar]) {
            output += "<?".unicodeScalars + text + ">".unicodeScalars
            last = .processingInstruction
        }

        /// A CDATA section, copied as is (normalize.py passes it around the parser).
        mutating func verbatim(_ text: [Unicode.Scalar]) {
            output += text
        }

        /// A character or entity reference: its character, or `fallback` when it has none.
        mutating func reference(_ character: Unicode.Scalar?, fallback: [Unicode.Scalar]) {
            switch character {
            case "<"?: output += "&lt;".unicodeScalars
            case ">"?: output += "&gt;".unicodeScalars
            case "&"?: output += "&amp;".unicodeScalars
            case "\""?: output += "&quot;".unicodeScalars
            case let scalar?: output.append(scalar)
            case nil: output += fallback
            }
            last = .reference
        }

        private mutating func trimOutputEnd() {
            while let scalar = output.last, isPythonWhitespace(scalar) {
                output.removeLast()
            }
        }

        private func collapsingWhitespace(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(text.count)
            var inWhitespace = false
            for scalar in text {
                if isPythonWhitespace(scalar) {
                    if !inWhitespace { result.append(" ") }
                    inWhitespace = true
                } else {
                    result.append(scalar)
                    inWhitespace = false
                }
            }
            return result
        }

        private func stripped(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var slice = text[...].drop(while: isPythonWhitespace)
            while let scalar = slice.last, isPythonWhitespace(scalar) {
                slice.removeLast()
            }
            return Array(slice)
        }

        /// Python's `html.escape(value, quote=True)`.
        private func escapeAttribute(_ value: String) -> String {
            var result = ""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                case "'": result += "&#x27;"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
    }

    // MARK: - Parsing (Python's html.parser.HTMLParser, convert_charrefs = False)

    /// Splits HTML into the events `HTMLParser` reports, in the same pieces.
    private struct Tokenizer {
        let text: [Unicode.Scalar]
        var position = 0
        /// Inside `<script>` or `<style>`, whose content is raw text up to the matching end tag.
        var rawTextElement: String?

        init(_ text: [Unicode.Scalar]) {
            self.text = text
        }

        mutating func run(into builder: inout Builder) {
            while position < text.count {
                if let element = rawTextElement {
                    scanRawText(of: element, into: &builder)
                    continue
                }
                let start = position
                while position < text.count, text[position] != "<", text[position] != "&" {
                    position += 1
                }
                if position > start {
                    builder.data(Array(text[start..<position]))
                    continue
                }
                if text[position] == "<" {
                    scanMarkup(into: &builder)
                } else {
                    scanReference(into: &builder)
                }
            }
        }

        private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
            var index = index
            for scalar in prefix.unicodeScalars {
                guard index < text.count, text[index] == scalar else { return false }
                index += 1
            }
            return true
        }

        private func firstIndex(of needle: String, from index: Int) -> Int? {
            var index = index
            while index < text.count {
                if hasPrefix(needle, at: index) { return index }
                index += 1
            }
            return nil
        }

        private func slice(_ range: Range<Int>) -> [Unicode.Scalar] {
            Array(text[range])
        }

        /// Content of `<script>`/`<style>`: text up to `</name\s*>` (case-insensitive), then that end tag.
        private mutating func scanRawText(of element: String, into builder: inout Builder) {
            var index = position
            while index < text.count {
                if let end = rawTextEndTag(at: index, element: element) {
                    if index > position { builder.data(slice(position..<index)) }
                    builder.endTag(element)
                    rawTextElement = nil
                    position = end
                    return
                }
                index += 1
            }
            builder.data(slice(position..<text.count))
            position = text.count
        }

        /// The index after `</element\s*>` (with `\s*` also allowed after `</`) starting at `index`.
        private func rawTextEndTag(at index: Int, element: String) -> Int? {
            guard hasPrefix("</", at: index) else { return nil }
            var index = index + 2
            while index < text.count, isPythonWhitespace(text[index]) { index += 1 }
            for scalar in element.unicodeScalars {
                guard index < text.count, lowercasedASCII(text[index]) == scalar else { return nil }
                index += 1
            }
            while index < text.count, isPythonWhitespace(text[index]) { index += 1 }
            guard index < text.count, text[index] == ">" else { return nil }
            return index + 1
        }

        private mutating func scanMarkup(into builder: inout Builder) {
            let start = position
            let next = start + 1 < text.count ? text[start + 1] : nil
            if let next, isASCIILetter(next), let tag = parseStartTag(at: start) {
                position = tag.end
                if tag.selfClosing {
                    builder.startEndTag(tag.name, attributes: tag.attributes)
                } else {
                    builder.startTag(tag.name, attributes: tag.attributes)
                    if tag.name == "script" || tag.name == "style" { rawTextElement = tag.name }
                }
            } else if hasPrefix("</", at: start) {
                scanEndTag(into: &builder)
            } else if hasPrefix("<![CDATA[", at: start), let close = firstIndex(of: "]]>", from: start + 9) {
                builder.verbatim(slice(start..<close + 3))
                position = close + 3
            } else if hasPrefix("<!--", at: start), let close = commentClose(from: start + 4) {
                builder.comment(slice(start + 4..<close.lowerBound))
                position = close.upperBound
            } else if hasPrefix("<?", at: start), let close = firstIndex(of: ">", from: start + 2) {
                builder.processingInstruction(slice(start + 2..<close))
                position = close + 1
            } else if hasPrefix("<!", at: start), !hasPrefix("<!--", at: start),
                let close = firstIndex(of: ">", from: start + 2)
            {
                builder.declaration(slice(start + 2..<close))
                position = close + 1
            } else {
                builder.data(["<"])
                position = start + 1
            }
        }

        /// `--\s*>`, as HTMLParser's `commentclose`.
        private func commentClose(from index: Int) -> Range<Int>? {
            var index = index
            while let dashes = firstIndex(of: "--", from: index) {
                var end = dashes + 2
                while end < text.count, isPythonWhitespace(text[end]) { end += 1 }
                if end < text.count, text[end] == ">" { return dashes..<end + 1 }
                index = dashes + 1
            }
            return nil
        }

        private mutating func scanEndTag(into builder: inout Builder) {
            let start = position
            guard let close = firstIndex(of: ">", from: start + 2) else {
                builder.data(["<"])
                position = start + 1
                return
            }
            if start + 2 < text.count, isASCIILetter(text[start + 2]) {
                var nameEnd = start + 2
                while nameEnd < text.count, !isTagNameTerminator(text[nameEnd]) { nameEnd += 1 }
                builder.endTag(String(String.UnicodeScalarView(text[start + 2..<nameEnd])).lowercased())
            } else if close == start + 2 {
                // `</>` is dropped, as HTMLParser does.
            } else {
                builder.comment(slice(start + 2..<close))
            }
            position = close + 1
        }

        /// A start tag at `index` (`<` followed by a letter), or nil when it is not well formed.
        private func parseStartTag(at index: Int) -> (
            name: String, attributes: [(name: String, value: String?)], selfClosing: Bool, end: Int
        )? {
            var index = index + 1
            let nameStart = index
            while index < text.count, !isTagNameTerminator(text[index]) { index += 1 }
            let name = String(String.UnicodeScalarView(text[nameStart..<index])).lowercased()
            var attributes: [(name: String, value: String?)] = []
            while true {
                while index < text.count,
                    isPythonWhitespace(text[index]) || (text[index] == "/" && !hasPrefix("/>", at: index))
                {
                    index += 1
                }
                guard index < text.count else { return nil }
                if text[index] == ">" { return (name, attributes, false, index + 1) }
                if hasPrefix("/>", at: index) { return (name, attributes, true, index + 2) }
                let attributeStart = index
                index += 1
                while index < text.count, !isPythonWhitespace(text[index]), text[index] != "/", text[index] != "=",
                    text[index] != ">"
                {
                    index += 1
                }
                let attributeName = String(String.UnicodeScalarView(text[attributeStart..<index])).lowercased()
                // Optional value: \s*=+\s*('…'|"…"|bare).
                var lookahead = index
                while lookahead < text.count, isPythonWhitespace(text[lookahead]) { lookahead += 1 }
                guard lookahead < text.count, text[lookahead] == "=" else {
                    attributes.append((attributeName, nil))
                    continue
                }
                while lookahead < text.count, text[lookahead] == "=" { lookahead += 1 }
                while lookahead < text.count, isPythonWhitespace(text[lookahead]) { lookahead += 1 }
                var rawValue: [Unicode.Scalar]
                if lookahead < text.count, text[lookahead] == "\"" || text[lookahead] == "'" {
                    let quote = text[lookahead]
                    var end = lookahead + 1
                    while end < text.count, text[end] != quote { end += 1 }
                    guard end < text.count else { return nil }
                    rawValue = slice(lookahead + 1..<end)
                    index = end + 1
                } else {
                    var end = lookahead
                    while end < text.count, text[end] != ">", !isPythonWhitespace(text[end]) { end += 1 }
                    rawValue = slice(lookahead..<end)
                    index = end
                }
                attributes.append((attributeName, unescapeAttribute(rawValue)))
            }
        }

        /// `&#…;`, `&name;` (the `;` may be replaced by any other terminating character), or a plain `&`.
        private mutating func scanReference(into builder: inout Builder) {
            let start = position
            if hasPrefix("&#", at: start) {
                var index = start + 2
                let hex = index < text.count && (text[index] == "x" || text[index] == "X")
                if hex { index += 1 }
                let digitsStart = index
                while index < text.count, hex ? isHexDigit(text[index]) : isDecimalDigit(text[index]) { index += 1 }
                // The terminator must not be a hex digit (HTMLParser's `charref`).
                if index > digitsStart, index < text.count, !isHexDigit(text[index]) {
                    let digits = String(String.UnicodeScalarView(text[digitsStart..<index]))
                    let value = UInt32(digits, radix: hex ? 16 : 10)
                    let end = text[index] == ";" ? index + 1 : index
                    builder.reference(value.flatMap(Unicode.Scalar.init), fallback: slice(start..<end))
                    position = end
                    return
                }
            } else if start + 1 < text.count, isASCIILetter(text[start + 1]) {
                var index = start + 2
                while index < text.count, isASCIIAlphanumeric(text[index]) || text[index] == "-" || text[index] == "." {
                    index += 1
                }
                if index < text.count, !isASCIIAlphanumeric(text[index]) {
                    let name = String(String.UnicodeScalarView(text[start + 1..<index]))
                    let end = text[index] == ";" ? index + 1 : index
                    builder.reference(htmlEntities[name].flatMap(Unicode.Scalar.init), fallback: slice(start..<end))
                    position = end
                    return
                }
            }
            builder.data(["&"])
            position = start + 1
        }

        /// Character references and the HTML 4 named references in an attribute value (`;` required).
        private func unescapeAttribute(_ value: [Unicode.Scalar]) -> String {
            var result = ""
            var index = 0
            while index < value.count {
                if value[index] == "&", let semicolon = value[index...].firstIndex(of: ";") {
                    let body = String(String.UnicodeScalarView(value[index + 1..<semicolon]))
                    var decoded: Unicode.Scalar?
                    if body.hasPrefix("#x") || body.hasPrefix("#X") {
                        decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    } else if body.hasPrefix("#") {
                        decoded = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                    } else {
                        decoded = htmlEntities[body].flatMap(Unicode.Scalar.init)
                    }
                    if let decoded {
                        result.unicodeScalars.append(decoded)
                        index = semicolon + 1
                        continue
                    }
                }
                result.unicodeScalars.append(value[index])
                index += 1
            }
            return result
        }
    }

    // MARK: - Character classes

    /// The block-level tags of normalize.py.
    static func isBlockTag(_ tag: String) -> Bool {
        blockTags.contains(tag)
    }

    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    /// Python's `str.isspace` / regex `\s`, which also covers non-ASCII spaces such as U+00A0.
    private static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Ends a tag name: `[\t\n\r\f />\x00]`.
    private static func isTagNameTerminator(_ scalar: Unicode.Scalar) -> Bool {
        ["\t", "\n", "\r", "\u{0C}", " ", "/", ">", "\u{00}"].contains(scalar)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDecimalDigit(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || isDecimalDigit(scalar)
    }

    private static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// Python's `html.entities.name2codepoint`: the 252 HTML 4 named references normalize.py decodes.
    static let htmlEntities: [String: UInt32] = [
        "AElig": 0x00C6, "Aacute": 0x00C1, "Acirc": 0x00C2, "Agrave": 0x00C0, "Alpha": 0x0391, "Aring": 0x00C5,
        "Atilde": 0x00C3, "Auml": 0x00C4, "Beta": 0x0392, "Ccedil": 0x00C7, "Chi": 0x03A7, "Dagger": 0x2021,
        "Delta": 0x0394, "ETH": 0x00D0, "Eacute": 0x00C9, "Ecirc": 0x00CA, "Egrave": 0x00C8, "Epsilon": 0x0395,
        "Eta": 0x0397, "Euml": 0x00CB, "Gamma": 0x0393, "Iacute": 0x00CD, "Icirc": 0x00CE, "Igrave": 0x00CC,
        "Iota": 0x0399, "Iuml": 0x00CF, "Kappa": 0x039A, "Lambda": 0x039B, "Mu": 0x039C, "Ntilde": 0x00D1,
        "Nu": 0x039D, "OElig": 0x0152, "Oacute": 0x00D3, "Ocirc": 0x00D4, "Ograve": 0x00D2, "Omega": 0x03A9,
        "Omicron": 0x039F, "Oslash": 0x00D8, "Otilde": 0x00D5, "Ouml": 0x00D6, "Phi": 0x03A6, "Pi": 0x03A0,
        "Prime": 0x2033, "Psi": 0x03A8, "Rho": 0x03A1, "Scaron": 0x0160, "Sigma": 0x03A3, "THORN": 0x00DE,
        "Tau": 0x03A4, "Theta": 0x0398, "Uacute": 0x00DA, "Ucirc": 0x00DB, "Ugrave": 0x00D9, "Upsilon": 0x03A5,
        "Uuml": 0x00DC, "Xi": 0x039E, "Yacute": 0x00DD, "Yuml": 0x0178, "Zeta": 0x0396, "aacute": 0x00E1,
        "acirc": 0x00E2, "acute": 0x00B4, "aelig": 0x00E6, "agrave": 0x00E0, "alefsym": 0x2135, "alpha": 0x03B1,
        "amp": 0x0026, "and": 0x2227, "ang": 0x2220, "aring": 0x00E5, "asymp": 0x2248, "atilde": 0x00E3,
        "auml": 0x00E4, "bdquo": 0x201E, "beta": 0x03B2, "brvbar": 0x00A6, "bull": 0x2022, "cap": 0x2229,
        "ccedil": 0x00E7, "cedil": 0x00B8, "cent": 0x00A2, "chi": 0x03C7, "circ": 0x02C6, "clubs": 0x2663,
        "cong": 0x2245, "copy": 0x00A9, "crarr": 0x21B5, "cup": 0x222A, "curren": 0x00A4, "dArr": 0x21D3,
        "dagger": 0x2020, "darr": 0x2193, "deg": 0x00B0, "delta": 0x03B4, "diams": 0x2666, "divide": 0x00F7,
        "eacute": 0x00E9, "ecirc": 0x00EA, "egrave": 0x00E8, "empty": 0x2205, "emsp": 0x2003, "ensp": 0x2002,
        "epsilon": 0x03B5, "equiv": 0x2261, "eta": 0x03B7, "eth": 0x00F0, "euml": 0x00EB, "euro": 0x20AC,
        "exist": 0x2203, "fnof": 0x0192, "forall": 0x2200, "frac12": 0x00BD, "frac14": 0x00BC, "frac34": 0x00BE,
        "frasl": 0x2044, "gamma": 0x03B3, "ge": 0x2265, "gt": 0x003E, "hArr": 0x21D4, "harr": 0x2194,
        "hearts": 0x2665, "hellip": 0x2026, "iacute": 0x00ED, "icirc": 0x00EE, "iexcl": 0x00A1, "igrave": 0x00EC,
        "image": 0x2111, "infin": 0x221E, "int": 0x222B, "iota": 0x03B9, "iquest": 0x00BF, "isin": 0x2208,
        "iuml": 0x00EF, "kappa": 0x03BA, "lArr": 0x21D0, "lambda": 0x03BB, "lang": 0x2329, "laquo": 0x00AB,
        "larr": 0x2190, "lceil": 0x2308, "ldquo": 0x201C, "le": 0x2264, "lfloor": 0x230A, "lowast": 0x2217,
        "loz": 0x25CA, "lrm": 0x200E, "lsaquo": 0x2039, "lsquo": 0x2018, "lt": 0x003C, "macr": 0x00AF,
        "mdash": 0x2014, "micro": 0x00B5, "middot": 0x00B7, "minus": 0x2212, "mu": 0x03BC, "nabla": 0x2207,
        "nbsp": 0x00A0, "ndash": 0x2013, "ne": 0x2260, "ni": 0x220B, "not": 0x00AC, "notin": 0x2209, "nsub": 0x2284,
        "ntilde": 0x00F1, "nu": 0x03BD, "oacute": 0x00F3, "ocirc": 0x00F4, "oelig": 0x0153, "ograve": 0x00F2,
        "oline": 0x203E, "omega": 0x03C9, "omicron": 0x03BF, "oplus": 0x2295, "or": 0x2228, "ordf": 0x00AA,
        "ordm": 0x00BA, "oslash": 0x00F8, "otilde": 0x00F5, "otimes": 0x2297, "ouml": 0x00F6, "para": 0x00B6,
        "part": 0x2202, "permil": 0x2030, "perp": 0x22A5, "phi": 0x03C6, "pi": 0x03C0, "piv": 0x03D6,
        "plusmn": 0x00B1, "pound": 0x00A3, "prime": 0x2032, "prod": 0x220F, "prop": 0x221D, "psi": 0x03C8,
        "quot": 0x0022, "rArr": 0x21D2, "radic": 0x221A, "rang": 0x232A, "raquo": 0x00BB, "rarr": 0x2192,
        "rceil": 0x2309, "rdquo": 0x201D, "real": 0x211C, "reg": 0x00AE, "rfloor": 0x230B, "rho": 0x03C1,
        "rlm": 0x200F, "rsaquo": 0x203A, "rsquo": 0x2019, "sbquo": 0x201A, "scaron": 0x0161, "sdot": 0x22C5,
        "sect": 0x00A7, "shy": 0x00AD, "sigma": 0x03C3, "sigmaf": 0x03C2, "sim": 0x223C, "spades": 0x2660,
        "sub": 0x2282, "sube": 0x2286, "sum": 0x2211, "sup": 0x2283, "sup1": 0x00B9, "sup2": 0x00B2, "sup3": 0x00B3,
        "supe": 0x2287, "szlig": 0x00DF, "tau": 0x03C4, "there4": 0x2234, "theta": 0x03B8, "thetasym": 0x03D1,
        "thinsp": 0x2009, "thorn": 0x00FE, "tilde": 0x02DC, "times": 0x00D7, "trade": 0x2122, "uArr": 0x21D1,
        "uacute": 0x00FA, "uarr": 0x2191, "ucirc": 0x00FB, "ugrave": 0x00F9, "uml": 0x00A8, "upsih": 0x03D2,
        "upsilon": 0x03C5, "uuml": 0x00FC, "weierp": 0x2118, "xi": 0x03BE, "yacute": 0x00FD, "yen": 0x00A5,
        "yuml": 0x00FF, "zeta": 0x03B6, "zwj": 0x200D, "zwnj": 0x200C,
    ]
}
