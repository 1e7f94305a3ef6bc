extension InterfaceText {
    /// The table as a translation file (`content/i18n/<lang>.yml`): every key in `TextKey`'s order, each text
    /// double-quoted, each counted text as its plural forms; `docs/i18n/en.yml` is the English one.
    public func translationFile() -> String {
        var yaml = """
            # Verity's interface texts in \(language == "en" ? "English" : "'\(language)'"): every text a reader \
            sees that does not come
            # from content. To translate the interface, or to change a few words, copy the keys you need into
            # content/i18n/<language>.yml (for a language Verity has no table for, all of them). {name} stands for
            # a value filled in by Verity; keep each one. A counted text has a form for each plural category of
            # its language (CLDR: English has one and other; Arabic zero, one, two, few, many and other).

            """
        for key in TextKey.allCases {
            switch entries[key] {
            case .text(let text):
                yaml += "\(key.rawValue): \(Self.quoted(text))\n"
            case .counted(let forms):
                yaml += "\(key.rawValue):\n"
                for (category, text) in forms.sorted(by: { $0.key < $1.key }) {
                    yaml += "  \(category.rawValue): \(Self.quoted(text))\n"
                }
            case nil:
                continue
            }
        }
        return yaml
    }

    /// `text` as a YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
