/// How dates are written for readers in one language, from the project's own table.
///
/// The table is ours rather than Foundation's `DateFormatter`, whose output follows the ICU data of the machine
/// that builds: the same site must give the same bytes everywhere. Only the primary subtag of `site.yml`'s
/// `language` counts (`pt-BR` and `pt-PT` both write "26 de junho de 2025"); a language without a table
/// writes dates in English. Digits are always Western (0–9), in Arabic too, as most Arabic news sites print
/// them, and the calendar date is the one written in front matter, with no time zone shift.
enum DateLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case french = "fr"
    case spanish = "es"
    case german = "de"
    case portuguese = "pt"
    case arabic = "ar"

    /// The table for the BCP 47 tag `tag` (such as `fr`, `pt-BR`), by its primary subtag; English when none fits.
    init(tag: String) {
        self = DateLanguage(rawValue: InterfaceText.primarySubtag(tag)) ?? .english
    }

    /// `date` for readers in this language.
    ///
    /// "26 June 2025", "1er juin 2025", "26 de junio de 2025", "26. Juni 2025", "26 de junho de 2025",
    /// "26 يونيو 2025".
    func text(for date: ContentDate) -> String {
        // English dates are made once, with the date.
        guard self != .english else { return date.displayText }
        let month = monthNames[date.month - 1]
        switch self {
        case .french: return "\(date.day == 1 ? "1er" : "\(date.day)") \(month) \(date.year)"
        case .spanish, .portuguese: return "\(date.day) de \(month) de \(date.year)"
        case .german: return "\(date.day). \(month) \(date.year)"
        case .english, .arabic: return "\(date.day) \(month) \(date.year)"
        }
    }

    /// The names of the months, January first, as written inside a date.
    var monthNames: [String] {
        switch self {
        case .english: ContentDate.monthNames
        case .french: Self.frenchMonths
        case .spanish: Self.spanishMonths
        case .german: Self.germanMonths
        case .portuguese: Self.portugueseMonths
        case .arabic: Self.arabicMonths
        }
    }

    // Tables made once, not for every date of every page.
    private static let frenchMonths =
        [
            "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ]
    private static let spanishMonths =
        [
            "enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        ]
    private static let germanMonths =
        [
            "Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember",
        ]
    private static let portugueseMonths =
        [
            "janeiro", "fevereiro", "março", "abril", "maio", "junho",
            "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
        ]
    // The names used across Egypt, the Gulf and North Africa (CLDR's `ar`), not the Levant's Syriac ones.
    private static let arabicMonths =
        [
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        ]
}
