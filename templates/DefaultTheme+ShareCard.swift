import Verity

extension DefaultTheme {
    /// The share cards' look: the light palette of `assets/style.css`, in DejaVu Sans.
    ///
    /// The colours are `--bg`, `--fg`, `--muted` and each verdict's `--tone` there (with its white `--on-tone`):
    /// keep the two in step when the palette changes.
    public var shareCard: ShareCardStyle {
        typealias Tone = ShareCardStyle.Tone
        // Verdicts are filled stamps: white text on the verdict's `--tone`, which also colours the top band.
        func stamp(_ fill: String) -> Tone { Tone(text: "#ffffff", background: fill, border: fill) }
        return ShareCardStyle(
            fontFamily: "DejaVu Sans", background: "#ffffff", text: "#1a1a1a", muted: "#555555",
            neutral: stamp("#525252"),
            tones: [
                "true": stamp("#1a7f37"),
                "mostly-true": stamp("#0e7490"),
                "mixed": stamp("#8a6100"),
                "mostly-false": stamp("#c2410c"),
                "false": stamp("#b91c1c"),
                "misleading": stamp("#a21caf"),
                "missing-context": stamp("#1d4ed8"),
                "unproven": stamp("#525252"),
            ])
    }
}
