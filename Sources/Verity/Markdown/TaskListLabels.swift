/// Gives cmark-gfm's task-list checkboxes an accessible name ("done" / "not done").
enum TaskListLabels {
    private static let checked = Array("<input type=\"checkbox\" checked=\"\" disabled=\"\" />".utf8)
    private static let unchecked = Array("<input type=\"checkbox\" disabled=\"\" />".utf8)
    /// What goes before the checkbox's `/>`.
    private static let checkedLabel = Array(" aria-label=\"done\"".utf8)
    private static let uncheckedLabel = Array(" aria-label=\"not done\"".utf8)

    /// `html` with each task-list `<input type="checkbox" …>` labelled.
    static func apply(to html: String) -> String {
        guard html.containsBytes("<input type=\"checkbox\"") else { return html }
        var copy = html
        return copy.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 256)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    let rest = UnsafeBufferPointer(rebasing: bytes[index...])
                    let isChecked = rest.starts(with: checked)
                    if isChecked || rest.starts(with: unchecked) {
                        let tag = isChecked ? checked : unchecked
                        // Everything but the closing " />", the label, then " />".
                        result += tag[..<(tag.count - 3)]
                        result += isChecked ? checkedLabel : uncheckedLabel
                        result += tag[(tag.count - 3)...]
                        index += tag.count
                        continue
                    }
                }
                result.append(bytes[index])
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
