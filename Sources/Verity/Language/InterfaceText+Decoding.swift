extension InterfaceText {
    /// The texts for the site's `language`: its built-in table with the entries of its translation file
    /// (`content/i18n/<tag>.yml`, else `<primary subtag>.yml`) put over it; every problem of the file is recorded.
    ///
    /// A language with no built-in table takes every text from its file, which must then give them all; with
    /// neither, pages are worded in English, after a warning at site.yml's `language` (`languageLocation`).
    static func load(
        language tag: String, files: [SourceFile], languageLocation: SourceLocation, log: DiagnosticCollector
    ) -> InterfaceText {
        let primary = primarySubtag(tag)
        let file =
            files.first { fileLanguage($0).lowercased() == tag.lowercased() }
            ?? files.first { fileLanguage($0).lowercased() == primary }
        let base = builtIn[primary]
        guard let file else {
            if base == nil { log.warning(.untranslatedLanguage(tag), at: languageLocation) }
            return InterfaceText(
                language: base == nil ? "en" : primary, entries: base ?? englishEntries, pageLanguage: tag)
        }
        let before = log.errorCount
        let overrides = decodeEntries(file, language: primary, log: log)
        if base == nil, log.errorCount == before {
            let missing = TextKey.allCases.filter { overrides[$0] == nil }.map(\.rawValue)
            if !missing.isEmpty {
                log.error(
                    .missingTexts(language: tag, keys: missing), at: SourceLocation(path: file.path, line: 1, column: 1)
                )
            }
        }
        return InterfaceText(
            language: primary, entries: (base ?? englishEntries).merging(overrides) { $1 }, pageLanguage: tag)
    }

    /// Warns about each translation file for a language the site is not published in, and reports each file
    /// not named after a language tag.
    static func checkFileNames(_ files: [SourceFile], siteLanguages: [String], log: DiagnosticCollector) {
        let tags = Set(siteLanguages.map { $0.lowercased() })
        let primaries = Set(siteLanguages.map(primarySubtag))
        for file in files {
            let name = fileLanguage(file)
            let location = SourceLocation(path: file.path, line: 1, column: 1)
            if !SiteConfig.isLanguageTag(name) {
                log.error(.invalidTranslationFileName(name), at: location)
            } else if !tags.contains(name.lowercased()) && !primaries.contains(name.lowercased()) {
                log.warning(.unusedTranslation(language: name, siteLanguages: siteLanguages), at: location)
            }
        }
    }

    /// The language a translation file is for: its name without `.yml`.
    static func fileLanguage(_ file: SourceFile) -> String {
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        return name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
    }

    /// The entries a translation file gives, each checked against the English one; entries with problems are
    /// left out.
    private static func decodeEntries(_ file: SourceFile, language: String, log: DiagnosticCollector)
        -> [TextKey: Entry]
    {
        let origin = YAMLFields.Origin(path: file.path, lineOffset: 0)
        let parsed = YAMLDocument.parse(file.text, origin: origin, log: log)
        guard parsed.ok,
            let fields = YAMLFields(
                parsed.tree.root, in: parsed.tree, name: fileLanguage(file) + ".yml",
                allowedKeys: TextKey.allCases.map(\.rawValue), origin: origin, log: log,
                location: SourceLocation(path: file.path, line: 1, column: 1))
        else { return [:] }
        let tree = fields.tree
        var entries: [TextKey: Entry] = [:]
        for key in TextKey.allCases {
            guard let node = fields.node(key.rawValue) else {
                if fields.isWritten(key.rawValue) {
                    log.error(.emptyValue(key.rawValue), at: fields.location(of: key.rawValue))
                }
                continue
            }
            let before = log.errorCount
            func text(_ node: Int, name: String) -> String? {
                guard let text = fields.scalarText(node, key: name) else { return nil }
                guard !text.isEmpty else {
                    log.error(.emptyValue(name), at: fields.location(ofNode: node))
                    return nil
                }
                // Kept as written (a separator such as ", " ends in a space); only a quoted text can have one.
                let raw = tree.scalarText(node) ?? text
                for problem in placeholderProblems(in: raw, key: key) {
                    log.error(problem, at: fields.location(ofNode: node))
                }
                return raw
            }
            if key.isCounted {
                guard tree[node].kind == .mapping else {
                    log.error(
                        .wrongType(
                            key: key.rawValue,
                            expected: "a set of plural forms, such as 'one: \"{count} claim\"' and "
                                + "'other: \"{count} claims\"'"),
                        at: fields.location(ofNode: node))
                    continue
                }
                let needed = PluralCategory.categories(for: language)
                var forms: [PluralCategory: String] = [:]
                for (formKey, value) in tree.pairs(of: node) {
                    guard let name = fields.scalarText(formKey, key: key.rawValue) else { continue }
                    guard let category = PluralCategory(rawValue: name), needed.contains(category) else {
                        log.error(
                            .unknownPluralForm(
                                name, key: key.rawValue, language: language, forms: needed.map(\.rawValue)),
                            at: fields.location(ofNode: formKey))
                        continue
                    }
                    if let value = text(value, name: key.rawValue + "." + name) { forms[category] = value }
                }
                let missing = needed.filter { forms[$0] == nil }
                if !missing.isEmpty, log.errorCount == before {
                    log.error(
                        .missingPluralForms(key: key.rawValue, language: language, missing: missing.map(\.rawValue)),
                        at: fields.keyLocation(of: key.rawValue))
                }
                if log.errorCount == before { entries[key] = .counted(forms) }
            } else if let value = text(node, name: key.rawValue), log.errorCount == before {
                entries[key] = .text(value)
            }
        }
        return entries
    }

    /// The placeholders `key`'s texts may use: the English entry's, and `{count}` for a counted key.
    static func allowedPlaceholders(_ key: TextKey) -> [String] {
        var names: [String] = key.isCounted ? ["count"] : []
        let texts: [String]
        switch englishEntries[key] {
        case .text(let text): texts = [text]
        case .counted(let forms): texts = forms.sorted { $0.key < $1.key }.map(\.value)
        case nil: texts = []
        }
        for name in texts.flatMap(placeholders) where !names.contains(name) { names.append(name) }
        return names
    }

    /// What is wrong with `text` as a form of `key`: a placeholder the English text does not have, or one of
    /// its placeholders left out (`{count}` may be: "one claim", "deux affirmations" spell it out).
    static func placeholderProblems(in text: String, key: TextKey) -> [Problem] {
        let allowed = allowedPlaceholders(key)
        let used = placeholders(of: text)
        var problems: [Problem] = used.filter { !allowed.contains($0) }.map {
            .unknownPlaceholder($0, key: key.rawValue, allowed: allowed)
        }
        for name in allowed where name != "count" && !used.contains(name) {
            problems.append(.missingPlaceholder(name, key: key.rawValue))
        }
        return problems
    }
}
