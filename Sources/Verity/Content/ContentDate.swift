/// A date from front matter: `YYYY-MM-DD`, or RFC 3339 with an offset.
public struct ContentDate: Hashable, Sendable, Comparable {
    /// The date as the editor wrote it (used in `datetime` attributes).
    public let text: String
    public let year: Int
    public let month: Int
    public let day: Int
    /// Seconds since 1970-01-01T00:00:00Z; a date without a time counts as midnight UTC.
    public let instant: Int
    /// The date for English readers, such as "26 June 2025" (the calendar date as written, no time zone shift).
    ///
    /// Other languages use `DateLanguage`. Made once, as every listing that shows the article writes it again.
    public let displayText: String

    /// Why a text is not a date: the shape is wrong, or a part of it is out of range.
    public enum Flaw: Error, Hashable, Sendable, Codable {
        /// Not `YYYY-MM-DD`, nor RFC 3339.
        case format
        /// A date and time without its offset from UTC.
        case missingOffset
        case year(Int)
        case month(Int)
        /// A day past the end of its month (or day 0).
        case day(Int, month: Int, year: Int)
        case hour(Int)
        case minute(Int)
        case second(Int)
        /// The offset from UTC as written, such as `+25:00`.
        case offset(String)
    }

    /// Parses `text`, or returns `nil` when it is not a valid date.
    public init?(_ text: String) {
        guard let date = try? ContentDate(parsing: text) else { return nil }
        self = date
    }

    /// Parses `text`, or throws what is wrong with it.
    public init(parsing text: String) throws(Flaw) {
        let scalars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for index in range {
                let byte = scalars[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        func byte(_ index: Int) -> UInt8? { index < scalars.count ? scalars[index] : nil }
        // The shape is checked first, so that a range is only blamed in a date written the right way.
        guard let year = number(0..<4), byte(4) == 45, let month = number(5..<7), byte(7) == 45,
            let day = number(8..<10)
        else { throw .format }
        var time: (hour: Int, minute: Int, second: Int)?
        var offset = 0
        if scalars.count > 10 {
            guard let separator = byte(10), separator == 84 || separator == 116 || separator == 32,
                let hour = number(11..<13), byte(13) == 58, let minute = number(14..<16), byte(16) == 58,
                let second = number(17..<19)
            else { throw .format }
            time = (hour, minute, second)
            var index = 19
            if byte(index) == 46 {
                index += 1
                let start = index
                while let digit = byte(index), digit >= 48, digit <= 57 { index += 1 }
                guard index > start else { throw .format }
            }
            if byte(index) == 90 || byte(index) == 122 {
                index += 1
            } else if let sign = byte(index), sign == 43 || sign == 45 {
                guard let offsetHour = number(index + 1..<index + 3), byte(index + 3) == 58,
                    let offsetMinute = number(index + 4..<index + 6)
                else { throw .format }
                guard offsetHour < 24, offsetMinute < 60 else {
                    throw .offset(String(decoding: scalars[index..<index + 6], as: UTF8.self))
                }
                offset = (offsetHour * 60 + offsetMinute) * 60 * (sign == 43 ? 1 : -1)
                index += 6
            } else if index == scalars.count {
                throw .missingOffset
            } else {
                throw .format
            }
            guard index == scalars.count else { throw .format }
        }
        guard year >= 1 else { throw .year(year) }
        guard (1...12).contains(month) else { throw .month(month) }
        guard day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
            throw .day(day, month: month, year: year)
        }
        var seconds = 0
        if let time {
            guard time.hour < 24 else { throw .hour(time.hour) }
            guard time.minute < 60 else { throw .minute(time.minute) }
            guard time.second < 61 else { throw .second(time.second) }
            seconds = time.hour * 3600 + time.minute * 60 + time.second - offset
        }
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.instant = Self.daysFromCivil(year: year, month: month, day: day) * 86_400 + seconds
        displayText = "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    /// Days since 1970-01-01 of the calendar date as written (whatever its time and offset).
    public var dayNumber: Int {
        Self.daysFromCivil(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (UTC) of the moment `instant`, in seconds since 1970, rounded down.
    static func dayNumber(atInstant instant: Int) -> Int {
        instant / 86_400 - (instant % 86_400 < 0 ? 1 : 0)
    }

    /// The calendar date as `YYYY-MM-DD`.
    public var isoDate: String {
        String(format4: year) + "-" + String(format2: month) + "-" + String(format2: day)
    }

    /// The moment as an RFC 3339 timestamp (for Atom): as written, or midnight UTC for a date without a time.
    public var timestamp: String {
        guard text.count > 10 else { return text + "T00:00:00Z" }
        var normalized = Array(text)
        normalized[10] = "T"
        if normalized.last == "z" { normalized[normalized.count - 1] = "Z" }
        return String(normalized)
    }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.instant, lhs.text) < (rhs.instant, rhs.text)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension String {
    /// A number written with at least two digits.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }

    /// A number written with at least four digits.
    init(format4 value: Int) {
        let digits = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
