/// Whether a claim was made by a person or an organisation (schema.org `Person` or `Organization`).
public enum ClaimantType: String, CaseIterable, Sendable, Hashable {
    case person
    case organization

    /// The schema.org type name.
    var schemaType: String {
        switch self {
        case .person: "Person"
        case .organization: "Organization"
        }
    }
}
