/// What a standing page is for among the pages IFCN's Code of Principles asks a signatory to publish.
///
/// A page says it with `purpose:` in its front matter; a site without a page for one of them gets one warning
/// naming every missing one.
public enum PagePurpose: String, CaseIterable, Sendable, Hashable, Codable {
    case funding
    case team
    case methodology
    case correctionsPolicy = "corrections-policy"
    case contact
    case submitClaims = "submit-claims"

    /// How the warning names it.
    var description: String {
        switch self {
        case .funding: "funding and ownership"
        case .team: "team"
        case .methodology: "methodology"
        case .correctionsPolicy: "corrections policy"
        case .contact: "contact"
        case .submitClaims: "sending claims to check"
        }
    }
}
