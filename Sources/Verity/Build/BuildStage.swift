/// The fixed, ordered stages of a build; data flows one way from each to the next.
public enum BuildStage: String, CaseIterable, Sendable {
    /// Read site.yml and the content files, list the files to copy, and read the build cache.
    case load
    /// Parse and check front matter and cross-references (articles, pages).
    case validate
    /// Markdown bodies to HTML, with heading ids and inline badges.
    case renderMarkdown = "render Markdown"
    /// View models through the theme's templates to complete HTML pages, the feed, sitemap and robots.txt.
    case renderTemplates = "render templates"
    /// Every internal link and anchor of the generated pages must resolve.
    case checkLinks = "check links"
    /// Changed pages (and the streamed claims.json) into a staging folder, changed files copied, the part of
    /// output/ that holds the changes replaced in one step, and the build cache saved.
    case write
}
