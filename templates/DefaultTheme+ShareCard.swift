import Verity

extension DefaultTheme {
    /// The share cards' look: the light palette of `assets/style.css`, in DejaVu Sans.
    ///
    /// The colours are `--bg`, `--fg`, `--muted` and each verdict's tone there: keep the two in step when the
    /// palette changes.
    public var shareCard: ShareCardStyle {
        typealias Tone = ShareCardStyle.Tone
        let misleading = Tone(text: "#683508", background: "#fdefe3", border: "#a0520d")
        return ShareCardStyle(
            fontFamily: "DejaVu Sans", background: "#ffffff", text: "#1a1a1a", muted: "#555555",
            neutral: Tone(text: "#383838", background: "#f0f0f0", border: "#575757"),
            tones: [
                .true: Tone(text: "#145d2c", background: "#e6faec", border: "#1e8f44"),
                .mostlyTrue: Tone(text: "#325a16", background: "#eef9e7", border: "#4e8b23"),
                .mixed: Tone(text: "#685808", background: "#fdf8e3", border: "#a0880d"),
                .mostlyFalse: Tone(text: "#5f1124", background: "#fae5ea", border: "#931a38"),
                .false: Tone(text: "#620e0e", background: "#fbe4e4", border: "#981616"),
                .misleading: misleading,
                .missingContext: misleading,
                .unproven: Tone(text: "#3d1957", background: "#f1e7f8", border: "#5f2786"),
            ])
    }
}
