import Foundation
import Testing

/// Reading a built page's structured data back, as an aggregator would.
enum JSONLD {
    /// Every `<script type="application/ld+json">` block of an HTML page, parsed, in page order.
    static func blocks(_ html: String) throws -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        var rest = html[...]
        while let start = rest.range(of: "<script type=\"application/ld+json\">") {
            rest = rest[start.upperBound...]
            let end = try #require(rest.range(of: "</script>"))
            let object = try JSONSerialization.jsonObject(with: Data(rest[..<end.lowerBound].utf8))
            blocks.append(try #require(object as? [String: Any]))
            rest = rest[end.upperBound...]
        }
        return blocks
    }
}
