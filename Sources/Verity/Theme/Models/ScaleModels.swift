/// The site's verdicts and statuses as the theme shows them, in the site's language, made once per build.
///
/// Labels fall back to English for a language the built-in scale has no words for; a desk's own entries
/// always have a text for the site's language (site.yml is checked for it).
struct ScaleModels: Sendable {
    /// Every verdict, in scale order.
    let verdicts: [VerdictModel]
    /// Every status, in the site's order.
    let statuses: [StatusModel]
    /// The scale the models were made from.
    let definition: VerdictScale
    private let verdictsByKey: [String: VerdictModel]
    private let statusesByKey: [String: StatusModel]

    /// The models of `scale` in `language`; `text` words the meter's accessible name.
    init(_ scale: VerdictScale, language: String, text: InterfaceText = .english) {
        definition = scale
        let worst = scale.worstRating ?? 0
        let steps = scale.bestRating.map { $0 - worst + 1 } ?? 0
        let ends = scale.ends.map {
            ($0.worst.label.textOrEnglish(in: language), $0.best.label.textOrEnglish(in: language))
        }
        let builtInVerdicts = Dictionary(
            VerdictScale.builtInVerdicts.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        verdicts = scale.verdicts.map { verdict in
            let position = verdict.rating.map { $0 - worst + 1 }
            let builtIn = builtInVerdicts[verdict.key]
            let ownColours = builtIn?.color != verdict.color || builtIn?.colorDark != verdict.colorDark
            return VerdictModel(
                key: verdict.key, label: verdict.label.textOrEnglish(in: language), icon: verdict.icon,
                ratingValue: verdict.rating, meterPosition: position, meterSteps: steps,
                scaleText: position.flatMap { position in
                    ends.map {
                        text(
                            .meterLabel,
                            ["position": String(position), "steps": String(steps), "worst": $0.0, "best": $0.1])
                    }
                },
                description: verdict.description.textOrEnglish(in: language),
                style: ownColours ? "--tone-light:\(verdict.color.text);--tone-dark:\(verdict.colorDark.text)" : "",
                ownColor: ownColours ? verdict.color : nil)
        }
        let builtInStatuses = Dictionary(
            VerdictScale.builtInStatuses.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        statuses = scale.statuses.map { status in
            let builtIn = builtInStatuses[status.key]
            let own =
                builtIn?.color != status.color || builtIn?.colorDark != status.colorDark
                || builtIn?.uncertain != status.uncertain
            return StatusModel(
                key: status.key, label: status.label.textOrEnglish(in: language), icon: status.icon,
                uncertain: status.uncertain, description: status.description.textOrEnglish(in: language),
                style: own
                    ? "--ink-light:\(status.color.text);--ink-dark:\(status.colorDark.text);"
                        + "--outline:\(status.uncertain ? "dashed" : "solid")"
                    : "")
        }
        verdictsByKey = Dictionary(verdicts.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        statusesByKey = Dictionary(statuses.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How readers see `verdict`; a key the scale lacks (never, after validation) shows as itself, in grey.
    func verdict(_ verdict: Verdict) -> VerdictModel {
        verdictsByKey[verdict.rawValue]
            ?? VerdictModel(
                key: verdict.rawValue, label: verdict.rawValue, icon: "", ratingValue: nil, meterPosition: nil,
                meterSteps: 0, scaleText: nil, description: "", style: "", ownColor: nil)
    }

    /// How readers see `status`; a key the site lacks (never, after validation) shows as itself.
    func status(_ status: SourceStatus) -> StatusModel {
        statusesByKey[status.rawValue]
            ?? StatusModel(
                key: status.rawValue, label: status.rawValue, icon: "", uncertain: false, description: "", style: "")
    }

    /// The built-in scale in English, for tests and callers without a site.
    static let english = ScaleModels(.builtIn, language: "en")
}
