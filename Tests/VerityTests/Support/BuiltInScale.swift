@testable import Verity

// The built-in verdicts and statuses by name, as tests write them (the library reads keys from site.yml).

extension Verdict {
    static var allCases: [Verdict] { VerdictScale.builtIn.verdicts.map { Verdict(key: $0.key) } }
    static let `true` = Verdict(key: "true")
    static let mixed = Verdict(key: "mixed")
    static let `false` = Verdict(key: "false")
    static let misleading = Verdict(key: "misleading")
    /// The symbol the built-in scale gives it.
    var icon: String { ScaleModels.english.verdict(self).icon }
}

extension SourceStatus {
    static var allCases: [SourceStatus] { VerdictScale.builtIn.statuses.map { SourceStatus(key: $0.key) } }
    static let confirmed = SourceStatus(key: "confirmed")
    /// The symbol the built-in statuses give it.
    var icon: String { ScaleModels.english.status(self).icon }
}

extension VerdictModel {
    static let `true` = ScaleModels.english.verdict(.true)
    static let mixed = ScaleModels.english.verdict(.mixed)
    static let `false` = ScaleModels.english.verdict(.false)
    static let misleading = ScaleModels.english.verdict(.misleading)
}
