import Foundation

/// A content file read into memory: its display path and its text (line endings normalised to `\n`).
public struct SourceFile: Sendable, Hashable {
    /// The path shown in diagnostics.
    public var path: String
    /// The file's name without folder and extension, such as `rutte-message`.
    public var baseName: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        let name = (path as NSString).lastPathComponent
        self.baseName = (name as NSString).deletingPathExtension
        // Windows (CRLF) and classic Mac (CR) line endings both become LF.
        self.text =
            text.utf8.contains(13)
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }

    /// The largest content file read: fact checks are a few kilobytes; a bigger file is a mistake (a pasted
    /// media file, a runaway export) that would only slow every build down.
    static let sizeLimit = 16_000_000

    /// Reads the file at `url`, shown as `path`; records a diagnostic and returns `nil` when it cannot.
    static func read(_ url: URL, shownAs path: String, log: DiagnosticCollector) -> SourceFile? {
        // The size of what a symbolic link leads to (`stat` follows links), and never more than the limit read.
        var info = stat()
        if stat(url.path, &info) == 0, Int(info.st_size) > sizeLimit {
            log.error(.fileTooLarge(bytes: Int(info.st_size), limit: sizeLimit), at: SourceLocation(path: path))
            return nil
        }
        let data: [UInt8]
        do {
            data = try FileReading.read(url.path, upTo: sizeLimit + 1)
        } catch {
            log.error(.unreadableFile(error.reason), at: SourceLocation(path: path))
            return nil
        }
        guard data.count <= sizeLimit else {
            log.error(.fileTooLarge(bytes: data.count, limit: sizeLimit), at: SourceLocation(path: path))
            return nil
        }
        guard let text = String(validatingUTF8Bytes: data) else {
            log.record([utf8Error(in: data, path: path)])
            return nil
        }
        if let (scalar, line, column) = firstForbiddenScalar(in: text) {
            log.error(.controlCharacter(scalar.value), at: SourceLocation(path: path, line: line, column: column))
            return nil
        }
        return SourceFile(path: path, text: text)
    }

    /// The error for `data`, which is not UTF-8: a UTF-16 file as such, else the first bytes that are not UTF-8,
    /// at their line and column (counted as `firstForbiddenScalar` counts them, after a byte-order mark).
    static func utf8Error(in data: [UInt8], path: String) -> Diagnostic {
        var bytes = data
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Diagnostic(.utf16, at: SourceLocation(path: path, line: 1, column: 1))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var place = Place()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                place.advance(past: encoded[encoded.startIndex])
            case .error(let length):
                let bad = Array(bytes[offset..<offset + length])
                return Diagnostic(
                    .notUTF8(bytes: bad), at: SourceLocation(path: path, line: place.line, column: place.column))
            case .emptyInput:
                // Not reached for data that failed to decode; kept total rather than trapping.
                return Diagnostic(.notUTF8(bytes: []), at: SourceLocation(path: path))
            }
        }
    }

    /// Whether a web page or feed can carry `scalar`: not control characters other than tab, line feed and
    /// carriage return (HTML and XML 1.0 forbid them), nor the noncharacters U+FFFE and U+FFFF, nor the
    /// private-use characters U+E000…U+E01F that mark where source badges go while Markdown is rendered.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF, BadgePlaceholders.reserved: false
        default: true
        }
    }

    /// The first scalar of `text` that `isAllowed` refuses, with its 1-based line and column.
    static func firstForbiddenScalar(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        // One pass over the bytes: only bytes below 0x20, 0x7F, C2 (C1 controls), EE (U+E000…) and EF
        // (U+FFFE/U+FFFF) start a scalar that may be refused, and only those are decoded.
        var copy = text
        let found = copy.withUTF8 { bytes -> (offset: Int, place: Place)? in
            var place = Place()
            for (offset, byte) in bytes.enumerated() {
                // A continuation byte is part of the scalar already counted.
                if byte & 0xC0 == 0x80 { continue }
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2
                    || byte == 0xEE || byte == 0xEF
                {
                    var decoder = Unicode.UTF8.ForwardParser()
                    var iterator = UnsafeBufferPointer(rebasing: bytes[offset...]).makeIterator()
                    if case .valid(let encoded) = decoder.parseScalar(from: &iterator),
                        !isAllowed(Unicode.UTF8.decode(encoded))
                    {
                        return (offset, place)
                    }
                }
                place.advance(past: byte)
            }
            return nil
        }
        guard let found else { return nil }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: found.offset)
        return (text.unicodeScalars[index], found.place.line, found.place.column)
    }

    /// A line and column counted scalar by scalar, as they are once the text is read: CRLF, LF and a lone CR
    /// (old Mac files) each end a line.
    private struct Place {
        var line = 1
        var column = 1
        var afterCR = false

        /// Moves past the scalar whose first UTF-8 byte is `byte`.
        mutating func advance(past byte: UInt8) {
            if byte == 0x0A && afterCR {
                afterCR = false
            } else if byte == 0x0A || byte == 0x0D {
                line += 1
                column = 1
                afterCR = byte == 0x0D
            } else {
                column += 1
                afterCR = false
            }
        }
    }
}

extension String {
    /// Decodes UTF-8 strictly, a leading byte-order mark left out: `nil` when the bytes are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let decoded = String(validating: text, as: UTF8.self) else { return nil }
        self = decoded
    }
}
