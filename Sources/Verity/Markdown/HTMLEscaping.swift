/// Escaping of text for the places it is spliced into HTML by Swift code.
enum HTMLEscaping {
    /// Escapes `& < > " '` so that `text` is safe in element content and in quoted attribute values.
    static func attribute(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
