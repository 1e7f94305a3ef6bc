/// A verdict's icon as a small SVG image: ClaimReview's `reviewRating.image`, for aggregators that show one.
///
/// The image is the verdict's stamp without words: its symbol in white on its light-page colour, so that it needs
/// no language; its `<title>` names the verdict in the site's main language for those who cannot see it.
enum VerdictIcon {
    /// Where the icon of the verdict `key` is written, relative to the site's root.
    static func file(_ key: String) -> String {
        SiteLinks.assets + "verdicts/" + key + ".svg"
    }

    /// The SVG document of `verdict`'s icon, titled `label`.
    static func svg(_ verdict: VerdictDefinition, label: String) -> String {
        let color = XMLEscaping.escape(verdict.color.text)
        // A desk's icon may have up to three characters (`VerdictScale.iconLimit`): smaller, so that it fits.
        let characters = verdict.icon.unicodeScalars.filter { !(0xFE00...0xFE0F).contains($0.value) }.count
        let size = [1: 52, 2: 36][characters] ?? 26
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img">\
            <title>\(XMLEscaping.escape(label))</title>\
            <rect width="96" height="96" rx="16" fill="\(color)"/>\
            <text x="48" y="50" fill="#ffffff" font-family="'DejaVu Sans', 'Noto Sans Symbols 2', sans-serif" \
            font-size="\(size)" font-weight="bold" text-anchor="middle" dominant-baseline="central">\
            \(XMLEscaping.escape(verdict.icon))</text></svg>

            """
    }
}
