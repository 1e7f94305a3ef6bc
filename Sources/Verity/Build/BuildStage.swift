/// The fixed, ordered stages of a build; data flows one way from each to the next.
public enum BuildStage: String, CaseIterable, Sendable {
    /// Read site.yml, content files and templates (source files, compiled templates).
    case load
    /// Parse and check front matter and cross-references (articles, pages).
    case validate
    /// Markdown bodies to HTML, with heading ids and inline badges.
    case renderMarkdown = "render Markdown"
    /// Template contexts to complete HTML pages.
    case renderTemplates = "render templates"
    /// Every internal link and anchor of the generated pages must resolve.
    case checkLinks = "check links"
    /// Pages and copied files into a staging folder, swapped in for output/.
    case write
}
