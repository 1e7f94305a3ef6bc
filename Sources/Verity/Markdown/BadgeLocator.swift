/// Finds where in a Markdown body each `[@…]` badge was written, for error messages.
///
/// cmark-gfm gives each text run its line and byte column; a badge inside a run is the first place its text is
/// written at or after that point. Every `[@` of the body is recorded in one pass, and the current line's byte
/// offsets are decoded once, so that no input (many badges, many runs, badges written as entities) makes the
/// search rescan the body. It also turns cmark-gfm's byte columns into scalar columns, for links too.
struct BadgeLocator {
    private let lines: [Substring]
    /// The line last decoded: its number, its scalars, and the UTF-8 offset at which each scalar starts.
    private var cachedLine = 0
    private var scalars: [Unicode.Scalar] = []
    private var byteOffsets: [Int] = []

    init(text: String) {
        // Split on the newline byte: a line feed is always a character of its own, and splitting by `Character`
        // would find grapheme boundaries across the whole body.
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(text[start...])
        self.lines = lines
    }

    private mutating func load(_ lineNumber: Int) {
        guard lineNumber != cachedLine else { return }
        cachedLine = lineNumber
        scalars = Array(lines[lineNumber - 1].unicodeScalars)
        byteOffsets = []
        byteOffsets.reserveCapacity(scalars.count)
        var offset = 0
        for scalar in scalars {
            byteOffsets.append(offset)
            offset += UTF8.width(scalar)
        }
    }

    /// The last line reached by `position(line:byteColumn:)`: cmark-gfm's line, the body line its columns
    /// went on into, and how many bytes of cmark-gfm's columns lie before that line.
    private var lastWalk: (reported: Int, line: Int, skipped: Int)?

    /// The body line and scalar column of an inline node cmark-gfm places at `line` and byte `byteColumn`.
    ///
    /// cmark-gfm 0.29 counts a paragraph's lines only at its line breaks: a newline inside a code span, a link's
    /// destination or title, or after a backslash line break counts as one more byte of the same line, so a
    /// column past the end of its line goes on into the next lines (without the next line's container prefix,
    /// `> ` and the like, which the parser had stripped). Nodes come in document order, so each query resumes
    /// where the last one on the same line stopped: no line is walked twice.
    mutating func position(line: Int, byteColumn: Int) -> (line: Int, column: Int) {
        var current = line
        var column = byteColumn
        if let walk = lastWalk, walk.reported == line, byteColumn > walk.skipped {
            current = walk.line
            column = byteColumn - walk.skipped
        }
        while current >= 1, current < lines.count, column > lines[current - 1].utf8.count + 1 {
            column -= lines[current - 1].utf8.count + 1
            current += 1
        }
        lastWalk = (line, current, byteColumn - column)
        return (current, scalarColumn(line: current, byteColumn: column))
    }

    /// Converts cmark-gfm's 1-based byte column on a body line to a 1-based Unicode scalar column.
    mutating func scalarColumn(line lineNumber: Int, byteColumn: Int) -> Int {
        guard lineNumber >= 1, lineNumber <= lines.count else { return 1 }
        load(lineNumber)
        // The number of scalars that start before the byte offset, by binary search.
        let target = byteColumn - 1
        var low = 0
        var high = byteOffsets.count
        while low < high {
            let middle = (low + high) / 2
            if byteOffsets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low + 1
    }

    /// Where each `[@…` is written in the body, by its text up to the first `;` or `]` (`[@reuters`), in order.
    ///
    /// Built on first use, in one pass.
    private var written: [String: [(line: Int, column: Int)]]?

    /// The longest needle recorded, in scalars; a reference is looked up by its needle cut to this length.
    private static let needleLimit = 128

    private static func positions(in lines: [Substring]) -> [String: [(line: Int, column: Int)]] {
        var positions: [String: [(line: Int, column: Int)]] = [:]
        for (offset, line) in lines.enumerated() where line.utf8.contains(UInt8(ascii: "@")) {
            let scalars = Array(line.unicodeScalars)
            var index = 0
            while index + 1 < scalars.count {
                guard scalars[index] == "[", scalars[index + 1] == "@" else {
                    index += 1
                    continue
                }
                // The needle stops at `;`, `]` or `[` (a reference holds no `[`), so "[@[@[@…" costs no rescans.
                var end = index + 2
                while end < scalars.count, end - index < needleLimit, scalars[end] != ";", scalars[end] != "]",
                    scalars[end] != "["
                {
                    end += 1
                }
                let needle = String(String.UnicodeScalarView(scalars[index..<end]))
                positions[needle, default: []].append((offset + 1, index + 1))
                index += 2
            }
        }
        return positions
    }

    /// The body line and scalar column of `reference`'s `[@`.
    ///
    /// It is the first place the reference is written at or after `start` (cmark-gfm's inline positions can lag
    /// behind by a line or more); `start` when it is not written as such (`&#91;@x]`). A binary search in
    /// positions found in one pass: no rescanning, whatever the body.
    mutating func locate(_ reference: BadgeReference, from start: (line: Int, column: Int)) -> (line: Int, column: Int)
    {
        if written == nil { written = Self.positions(in: lines) }
        // Cut as the recorded needles are: an id of hundreds of characters is found by its first ones.
        let needle = String(
            String.UnicodeScalarView(
                reference.text.unicodeScalars.prefix(while: { $0 != ";" && $0 != "]" }).prefix(Self.needleLimit)))
        guard let candidates = written?[needle] else { return start }
        var low = 0
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            let position = candidates[middle]
            if (position.line, position.column) < (start.line, start.column) { low = middle + 1 } else { high = middle }
        }
        return low < candidates.count ? candidates[low] : start
    }
}
