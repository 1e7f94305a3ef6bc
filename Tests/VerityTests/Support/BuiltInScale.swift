@testable import Verity

// The built-in verdicts and statuses by name, as tests write them (the library reads keys from site.yml).

extension Verdict {
    static var allCases: [Verdict] { VerdictScale.builtIn.verdicts.map { Verdict(rawValue: $0.key)! } }
    static let `true` = Verdict(rawValue: "true")!
    static let mixed = Verdict(rawValue: "mixed")!
    static let `false` = Verdict(rawValue: "false")!
    static let misleading = Verdict(rawValue: "misleading")!
    /// The symbol the built-in scale gives it.
    var icon: String { ScaleModels.english.verdict(self).icon }
}

extension SourceStatus {
    static var allCases: [SourceStatus] { VerdictScale.builtIn.statuses.map { SourceStatus(rawValue: $0.key)! } }
    static let confirmed = SourceStatus(rawValue: "confirmed")!
    /// The symbol the built-in statuses give it.
    var icon: String { ScaleModels.english.status(self).icon }
}

extension VerdictModel {
    static let `true` = ScaleModels.english.verdict(.true)
    static let mixed = ScaleModels.english.verdict(.mixed)
    static let `false` = ScaleModels.english.verdict(.false)
    static let misleading = ScaleModels.english.verdict(.misleading)
}
