import Foundation

/// The slug of a tag written in words in front matter: `City Council` → `city-council`.
///
/// Letters are lowercased and lose their accents (`São Paulo` → `sao-paulo`), a few letters without a
/// decomposition are spelled in ASCII (`ß` → `ss`, `æ` → `ae`, `ø` → `o`, `ł` → `l`), and every run of
/// anything else becomes one `-`, trimmed at both ends; so a slug is always `[a-z0-9-]+` and safe in any URL.
/// Letters of other scripts have no ASCII spelling here and are dropped: a tag written only in them has no slug
/// (`Problem.tagWithoutSlug`).
enum TagSlug {
    /// Letters spelled out rather than dropped.
    private static let spellings: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// The slug of `text`; empty when it has no letter or digit that can be spelled in ASCII.
    static func of(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased().decomposedStringWithCanonicalMapping {
            let ascii: String
            if let spelled = spellings[character] {
                ascii = spelled
            } else if character.isASCII, character.isLetter || character.isNumber {
                ascii = String(character)
            } else if let base = character.unicodeScalars.first, base.isASCII,
                character.isLetter || character.isNumber,
                Character(base).isLetter || Character(base).isNumber
            {
                // A letter with combining marks (decomposed above): its ASCII base letter.
                ascii = String(Character(base))
            } else {
                pendingDash = true
                continue
            }
            if pendingDash && !slug.isEmpty { slug += "-" }
            pendingDash = false
            slug += ascii
        }
        return slug
    }
}
