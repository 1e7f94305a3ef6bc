import Verity

/// Verity's default theme: the pages of a fact-check site, written as Swift string templates.
///
/// Each template is a method in a file of its own (`DefaultTheme+Article.swift`…) that appends HTML to the
/// page's buffer. Interpolated `String`s are escaped; `HTML` values (a rendered body, JSON-LD, another
/// template's output) go in as they are. The CSS and icons are in `assets/`, copied into the site at build
/// time, so a style change needs no recompile.
public struct DefaultTheme: Theme {
    /// The interface texts every template words its pages with, in the site's language.
    public var text: InterfaceText

    public init(text: InterfaceText = .english) {
        self.text = text
    }

    public func localized(_ text: InterfaceText) -> DefaultTheme {
        DefaultTheme(text: text)
    }
}
