/// An indentation that YAML lines above a given line opened, and the last line that used it: what a
/// mis-indented line could line up with.
public struct YAMLLevel: Hashable, Sendable, Codable {
    /// The indentation in spaces.
    public var spaces: Int
    /// The last line (1-based, in the file) indented by `spaces` before the line in question.
    public var line: Int

    public init(spaces: Int, line: Int) {
        self.spaces = spaces
        self.line = line
    }

    /// One line of YAML text, as far as indentation goes.
    struct Line {
        var text: Substring
        /// The spaces before its first other character.
        var indentation: Int
        /// Where its key or value starts, after any list dashes (`- `): the level its content opens.
        var contentIndentation: Int
        /// Whether it holds nothing but spaces or a comment.
        var isBlank: Bool
        /// The key the line starts with (`name` in `  - name: x`), when it has one.
        var key: String?
        /// Whether its value is a block of text (`key: |` or `key: >`), whose lines are text, not keys.
        var startsBlockText: Bool

        init(_ text: Substring) {
            self.text = text
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count, scalars[index] == " " { index += 1 }
            indentation = index
            isBlank = index == scalars.count || scalars[index] == "#"
            while index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
                index += 2
                while index < scalars.count, scalars[index] == " " { index += 1 }
            }
            contentIndentation = index
            let content = String(String.UnicodeScalarView(scalars[index...]))
            key = nil
            startsBlockText = false
            // `key:` then the end of the line or a space; a `#` first makes the line a comment.
            if !isBlank, let colon = content.range(of: ":"), colon.lowerBound > content.startIndex {
                let value = content[colon.upperBound...]
                if value.isEmpty || value.hasPrefix(" ") {
                    let name = String(content[..<colon.lowerBound]).trimmingWhitespace()
                    key = name.isEmpty ? nil : name
                    let start = String(value).trimmingWhitespace().first
                    startsBlockText = start == "|" || start == ">"
                }
            }
        }
    }

    /// The levels open above `lineIndex` (0-based) in `lines`, shallowest first: each key's or list item's
    /// indentation (and that of its content after a `- `) closes the deeper levels and opens its own.
    static func open(above lineIndex: Int, in lines: [Line], lineOffset: Int) -> [YAMLLevel] {
        var levels: [YAMLLevel] = []
        // Inside a block of text, the indentation of the key that opened it: its lines open no level.
        var blockText: Int?
        for index in 0..<min(lineIndex, lines.count) where !lines[index].isBlank {
            let line = lines[index]
            if let blockText, line.indentation > blockText { continue }
            blockText = line.startsBlockText ? line.contentIndentation : nil
            // A line that is neither a key nor a list item continues a value: it opens no level either.
            guard line.key != nil || line.contentIndentation > line.indentation else { continue }
            for spaces in [line.indentation, line.contentIndentation] {
                // The same or a deeper indentation closes those levels; this line opens its own.
                levels.removeAll { $0.spaces >= spaces }
                levels.append(YAMLLevel(spaces: spaces, line: index + 1 + lineOffset))
            }
        }
        return levels
    }
}
