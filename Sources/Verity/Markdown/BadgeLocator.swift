/// Finds where in a Markdown body each `[@…]` badge was written, for error messages.
///
/// cmark-gfm gives each text run its line and byte column; badges inside a run are found by searching forward
/// from there. The line being searched is decoded once and kept, so that a line of many badges (or of many
/// runs) costs time in proportion to its length, not to its length times its badges.
struct BadgeLocator {
    private let lines: [Substring]
    /// The line last decoded: its number, its scalars, and the UTF-8 offset at which each scalar starts.
    private var cachedLine = 0
    private var scalars: [Unicode.Scalar] = []
    private var byteOffsets: [Int] = []

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
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

    /// The body line and scalar column of `reference`'s `[@`: the first match at or after `start`, on its line
    /// or the lines that follow (a text run can start before a line break); `start` when none is found.
    mutating func locate(_ reference: BadgeReference, from start: (line: Int, column: Int)) -> (line: Int, column: Int) {
        let needle = Array(reference.text.prefix(while: { $0 != ";" && $0 != "]" }).unicodeScalars)
        var lineNumber = max(1, start.line)
        var column = start.column
        while lineNumber <= lines.count {
            load(lineNumber)
            var index = max(0, column - 1)
            while index + needle.count <= scalars.count {
                if scalars[index] == needle[0], scalars[index..<index + needle.count].elementsEqual(needle) {
                    return (lineNumber, index + 1)
                }
                index += 1
            }
            lineNumber += 1
            column = 1
        }
        return start
    }
}
