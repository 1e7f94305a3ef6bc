extension SiteBranding {
    /// Reads the branding keys of site.yml (`logo`, `accent_color`, `accent_color_dark`, `nav`, `footer_links`),
    /// recording every problem; `publisherLogo` is the logo's image when `logo` has no `src`.
    static func decode(_ fields: YAMLFields, publisherLogo: (String, SourceLocation)?) -> SiteBranding {
        var branding = SiteBranding()
        branding.logo = decodeLogo(fields, publisherLogo: publisherLogo)
        branding.accentColor = decodeColor(fields, "accent_color", against: lightBackground, dark: false)
        branding.accentColorDark = decodeColor(
            fields, "accent_color_dark", against: darkBackground, dark: true)
        if let items = decodeNav(fields) { branding.nav = items }
        branding.footerLinks = decodeLinks(fields, "footer_links") ?? []
        return branding
    }

    private static func decodeLogo(_ fields: YAMLFields, publisherLogo: (String, SourceLocation)?) -> Logo? {
        guard let node = fields.node("logo"),
            let inner = fields.fields(
                of: node, name: "logo", allowedKeys: logoKeys, location: fields.keyLocation(of: "logo"))
        else { return nil }
        let alt = inner.string("alt", required: true)
        var src = inner.string("src", required: false)
        var location = inner.location(of: "src")
        if let written = src, !isLinkTarget(written) {
            inner.log.error(.invalidLink(key: "src", value: written), at: location)
            src = nil
        } else if src == nil, !inner.isWritten("src") {
            src = publisherLogo?.0
            location = publisherLogo?.1 ?? location
            if src == nil { inner.log.error(.missingLogoSource, at: inner.location) }
        }
        let width = dimension(inner, "width")
        let height = dimension(inner, "height")
        guard let src, let alt else { return nil }
        return Logo(src: src, alt: alt, width: width, height: height, location: location)
    }

    private static func dimension(_ fields: YAMLFields, _ key: String) -> Int? {
        guard fields.node(key) != nil else { return nil }
        // Int.min stands for a value `int` already reported as not a number.
        let value = fields.int(key, default: Int.min)
        guard value != Int.min else { return nil }
        guard value >= 1 else {
            fields.log.error(.tooSmall(key: key, value: String(value), minimum: 1), at: fields.location(of: key))
            return nil
        }
        return value
    }

    /// An accent colour: `#rrggbb` with at least WCAG AA contrast against `background`.
    private static func decodeColor(
        _ fields: YAMLFields, _ key: String, against background: HexColor, dark: Bool
    ) -> HexColor? {
        guard let text = fields.string(key, required: false) else {
            // `accent_color: #0b55b5` without quotes is a YAML comment, so the value is empty.
            if fields.isWritten(key), fields.node(key) == nil {
                fields.log.error(.colorNeedsQuotes(key: key), at: fields.keyLocation(of: key))
            }
            return nil
        }
        guard let color = HexColor(text) else {
            fields.log.error(.invalidColor(key: key, value: text), at: fields.location(of: key))
            return nil
        }
        let ratio = HexColor.tenths(color.contrast(with: background))
        guard ratio >= minimumContrastTenths else {
            fields.log.error(
                .lowContrast(
                    key: key, color: color.text, tenths: ratio, dark: dark, background: background.text,
                    needed: minimumContrastTenths),
                at: fields.location(of: key))
            return nil
        }
        return color
    }

    private static func decodeNav(_ fields: YAMLFields) -> [NavItem]? {
        let expected = "a list of header entries such as [pages, claims, tags, search]"
        guard let items = fields.sequence("nav", expected: expected) else { return nil }
        var result: [NavItem] = []
        for item in items {
            let location = fields.location(ofNode: item)
            if fields.tree[item].kind == .mapping {
                if let link = decodeLink(fields, item, list: "nav") { result.append(.link(link)) }
                continue
            }
            guard let word = fields.scalarText(item, key: "nav", expected: expected) else { continue }
            guard let entry = NavItem.keywords.first(where: { $0.0 == word })?.1 else {
                let names = NavItem.keywords.map(\.0)
                fields.log.error(
                    .unknownNavEntry(word, suggestion: Suggestion.closest(to: word, in: names)), at: location)
                continue
            }
            guard !result.contains(entry) else {
                fields.log.error(.duplicateNavEntry(word), at: location)
                continue
            }
            result.append(entry)
        }
        return result
    }

    private static func decodeLinks(_ fields: YAMLFields, _ key: String) -> [Link]? {
        guard let items = fields.sequence(key, expected: "a list of links, each with 'title:' and 'href:'") else {
            return nil
        }
        var result: [Link] = []
        for item in items {
            if let link = decodeLink(fields, item, list: key) { result.append(link) }
        }
        return result
    }

    /// One `title:`/`href:` mapping of `list`.
    private static func decodeLink(_ fields: YAMLFields, _ node: Int, list: String) -> Link? {
        let location = fields.location(ofNode: node)
        guard fields.tree[node].kind == .mapping else {
            fields.log.error(
                .wrongType(key: list, expected: "a list of links, each with 'title:' and 'href:'"), at: location)
            return nil
        }
        guard let inner = fields.fields(of: node, name: list, allowedKeys: linkKeys, location: location) else {
            return nil
        }
        let title = inner.string("title", required: true)
        var href = inner.string("href", required: true)
        if let written = href, !isLinkTarget(written) {
            inner.log.error(.invalidLink(key: "href", value: written), at: inner.location(of: "href"))
            href = nil
        }
        guard let title, let href else { return nil }
        return Link(title: title, href: href, location: inner.location(of: "href"))
    }

    /// Whether `text` is an absolute http(s) URL or a path from the site's root (`/about/`, `/files/a.pdf#p2`)
    /// made only of characters a URL may hold unescaped.
    static func isLinkTarget(_ text: String) -> Bool {
        if WebURL(text) != nil { return true }
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%?#=&+:@!$()*,;".utf8)
        return text.utf8.allSatisfy(allowed.contains)
    }
}
