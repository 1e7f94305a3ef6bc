import Foundation
import Testing

@testable import Verity

/// `JSONWriter` must write what Foundation's pretty, sorted `JSONEncoder` writes, escapes included.
@Suite("JSON writer")
struct JSONWriterTests {
    struct Inner: Encodable {
        var a: String
        var b: Int?
        var list: [String]
    }

    struct Outer: Encodable {
        var empty: [Inner]
        var items: [Inner]
        var name: String
    }

    @Test(
        "matches JSONEncoder's sorted output, pretty-printed or compact, escapes and empty arrays included",
        arguments: [false, true])
    func matchesJSONEncoder(compact: Bool) throws {
        let tricky =
            "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} nul \u{0} "
            + "line separator \u{2028} </script> ]]> é €"
        let value = Outer(
            empty: [],
            items: [Inner(a: tricky, b: 3, list: ["x", tricky]), Inner(a: "", b: nil, list: [])],
            name: "outer")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if !compact { encoder.outputFormatting.insert(.prettyPrinted) }
        let expected = String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"

        var json = JSONWriter(compact: compact)
        json.beginObject()
        json.beginArray("empty")
        json.endArray()
        json.beginArray("items")
        for item in value.items {
            json.beginObject()
            json.field("a", item.a)
            json.field("b", item.b)
            json.beginArray("list")
            for entry in item.list {
                json.value(entry)
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.field("name", value.name)
        json.endObject()
        #expect(json.finish() == expected)
    }

    @Test("streamed in chunks, the JSON is the same as written whole")
    func streamed() {
        func write(_ json: inout JSONWriter) {
            json.beginObject()
            json.beginArray("items")
            for index in 0..<5_000 {
                json.beginObject()
                json.field("id", index)
                json.field("text", "Item \(index) with \"quotes\" and é")
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        var whole = JSONWriter()
        write(&whole)
        let expected = whole.finish()
        let chunks = Locked<[String]>([])
        var streamed = JSONWriter(flushingTo: { chunks.add($0) })
        write(&streamed)
        #expect(streamed.finish().isEmpty)
        #expect(chunks.all.count > 1, "a 300 KB document comes in several chunks")
        #expect(chunks.all.joined() == expected)
    }

    @Test("JSONScript writes what JSONEncoder writes (sorted keys, slashes as they are), made safe for <script>")
    func scriptJSONMatchesEncoder() throws {
        var text = ""
        for value in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "é€\u{2028}\u{2029}\u{FEFF}😀\u{85} </script><!-- \"\u{0301} {{title}}"
        struct Sample: Encodable {
            var a: [Int]
            var b: String
            var c: Int?
            var d: [String: String]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let sample = Sample(a: [1, -2], b: text, c: nil, d: ["@y": "x", "z": text])
        var expected = String(decoding: try encoder.encode(sample), as: UTF8.self)
        for (raw, escaped) in [
            ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"),
        ] {
            expected = expected.replacingOccurrences(of: raw, with: escaped)
        }
        var json = JSONScript()
        json.object { json in
            json.field(
                "a",
                array: { list in
                    list.value(1)
                    list.value(-2)
                })
            json.field("b", text)
            json.field("c", nil as Int?)
            json.field(
                "d",
                object: { inner in
                    inner.field("@y", "x")
                    inner.field("z", text)
                })
        }
        let written = json.text
        #expect(written == expected)
        #expect(!written.contains("<") && !written.contains("\u{2028}"))
    }
}
