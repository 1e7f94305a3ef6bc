import Foundation

/// The output of the render-templates stage: every file of the site, ready to be written.
struct RenderedSite: Sendable {
    var files: [OutputFile]
    /// Files copied as they are: destination path relative to output/ → source file.
    var copies: [(destination: String, source: URL)]
    var articles: Int
    var pages: Int
    var claims: Int
    /// Warnings found on the way (the build goes on).
    var warnings: [Diagnostic]
}
