@testable import ComalStore
import Testing

@Suite struct CSVReaderTests {
    @Test func readsQuotedFieldsDoubledQuotesAndLineBreaksInsideQuotes() throws {
        let text = "\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\n\r\n"
        let records = try CSVReader.records(in: text)
        #expect(
            records == [
                .init(line: 1, fields: ["a", "b"]),
                .init(line: 2, fields: ["x, y", "say \"hi\""]),
                .init(line: 3, fields: ["two\nlines", "z"]),
            ])
    }

    @Test func countsPhysicalLinesAfterAMultiLineField() throws {
        let records = try CSVReader.records(in: "h\n\"a\nb\nc\"\nnext\n")
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func keepsEmptyFieldsAndAQuotedEmptyLine() throws {
        #expect(
            try CSVReader.records(in: "a,,c\n\"\"") == [.init(line: 1, fields: ["a", "", "c"]), .init(line: 2, fields: [""])])
    }

    @Test func reportsAnUnterminatedQuoteAtTheLineItOpens() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) { try CSVReader.records(in: "a,b\n\"open,x\ny,z\n") }
    }

    @Test func reportsTextAfterAClosingQuote() {
        #expect(throws: CSVReader.Failure.textAfterClosingQuote(line: 1)) { try CSVReader.records(in: "\"a\"b,c") }
    }
}
