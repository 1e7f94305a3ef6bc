import Foundation

/// The output of the render-templates stage: every file of the site, ready to be written.
struct RenderedSite: Sendable {
    /// Every generated file's summary (the files themselves are in the staging folder, or in memory).
    var pages: [PageSummary]
    /// Files copied as they are: destination path relative to output/ → source file.
    var copies: [(destination: String, source: URL)]
    var articles: Int
    var standingPages: Int
    var claims: Int
    /// Warnings found on the way (the build goes on).
    var warnings: [Diagnostic]
}
