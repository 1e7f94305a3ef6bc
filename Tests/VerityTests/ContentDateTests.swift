import Testing

@testable import Verity

@Suite("Content dates")
struct ContentDateTests {
    @Test(
        "valid dates parse",
        arguments: [
            ("2025-06-26", "26 June 2025"),
            ("2024-02-29", "29 February 2024"),
            ("2025-06-26T14:30:00+02:00", "26 June 2025"),
            ("2025-06-26T23:30:00-04:00", "26 June 2025"),
            ("2025-06-26T14:30:00Z", "26 June 2025"),
            ("2025-06-26T14:30:00.123+00:00", "26 June 2025"),
        ])
    func valid(text: String, display: String) throws {
        let date = try #require(ContentDate(text))
        #expect(date.displayText == display)
        #expect(date.text == text)
    }

    @Test(
        "invalid dates are rejected",
        arguments: [
            "", "2025-6-26", "26/06/2025", "2025-13-01", "2025-02-29", "2025-04-31", "2025-06-26T14:30:00",
            "2025-06-26T25:00:00Z", "2025-06-26T14:30+02:00", "2025-06-26 extra", "yesterday",
        ])
    func invalid(text: String) {
        #expect(ContentDate(text) == nil)
    }

    @Test(
        "an invalid date says what is wrong with it",
        arguments: [
            ("26/06/2025", ContentDate.Flaw.format),
            ("2025-06-26T14:30+02:00", .format),
            ("2025-06-26T14:30:00", .missingOffset),
            ("0000-06-26", .year(0)),
            ("2025-13-01", .month(13)),
            ("2025-04-31", .day(31, month: 4, year: 2025)),
            ("2025-02-29", .day(29, month: 2, year: 2025)),
            ("2025-06-26T24:00:00Z", .hour(24)),
            ("2025-06-26T14:60:00Z", .minute(60)),
            ("2025-06-26T14:30:61Z", .second(61)),
            ("2025-06-26T14:30:00-24:00", .offset("-24:00")),
            ("2025-13-01T14:30", .format),
        ])
    func flaw(text: String, flaw: ContentDate.Flaw) {
        #expect(throws: flaw) { try ContentDate(parsing: text) }
    }

    @Test("dates order by their exact moment")
    func ordering() throws {
        let early = try #require(ContentDate("2025-06-26T10:00:00+02:00"))
        let late = try #require(ContentDate("2025-06-26T09:00:00Z"))
        #expect(early < late)
        #expect(try #require(ContentDate("2025-06-25")) < early)
        #expect(late.instant - early.instant == 3600)
        #expect(try #require(ContentDate("1970-01-02")).instant == 86_400)
    }
}
