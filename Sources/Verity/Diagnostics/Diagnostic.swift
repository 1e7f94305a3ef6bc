/// One problem found in the input, with where it was found and how serious it is.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var problem: Problem

    public init(_ problem: Problem, at location: SourceLocation, severity: Severity = .error) {
        self.severity = severity
        self.location = location
        self.problem = problem
    }

    /// The one-line form editors and CI annotate: `path:line:column: error: message`.
    public var description: String {
        "\(location): \(severity.rawValue): \(problem.message)"
    }

    /// The diagnostic as one line of JSON for tools (`--format json`): `column` and `line` are left out when
    /// unknown. `{"column":7,"line":12,"message":"…","path":"content/articles/x.md","severity":"error"}`
    public var jsonLine: String {
        Self.jsonLine(
            column: location.column, line: location.line, message: problem.message, path: location.path,
            severity: severity)
    }

    /// An error that belongs to no file (an output folder that cannot be written, say) as a JSON line.
    public static func jsonLine(error message: String) -> String {
        jsonLine(column: nil, line: nil, message: message, path: nil, severity: .error)
    }

    private static func jsonLine(column: Int?, line: Int?, message: String, path: String?, severity: Severity) -> String
    {
        var json = JSONScript()
        json.object { json in
            json.field("column", column)
            json.field("line", line)
            json.field("message", message)
            json.field("path", path)
            json.field("severity", severity.rawValue)
        }
        return json.text
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in a stable order: by file, line and column, then by message.
    func sortedForDisplay() -> [Diagnostic] {
        sorted { lhs, rhs in
            if lhs.location != rhs.location { return lhs.location < rhs.location }
            return lhs.problem.message < rhs.problem.message
        }
    }

    /// Whether any of the diagnostics is an error.
    var containsErrors: Bool { contains { $0.severity == .error } }
}
