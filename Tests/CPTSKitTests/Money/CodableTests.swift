import Foundation
import Testing
@testable import CPTSKit

@Suite("Codable value types round-trip through their exact text")
struct CodableTests {
    struct Stored: Codable, Equatable {
        let amount: Euros
        let rate: Fraction
        let date: CalendarDate
        let commune: INSEECode
    }

    @Test("Encode and decode with Foundation's JSON coders")
    func roundTrip() throws {
        let value = Stored(amount: Euros(cents: 1_125_683), rate: try Fraction(724, 10), date: try CalendarDate(parsing: "2024-02-29"),
                           commune: try INSEECode("2A004"))
        let data = try JSONEncoder().encode(value)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"11256.83\""))
        #expect(text.contains("\"72.4\""))
        #expect(text.contains("\"2024-02-29\""))
        #expect(try JSONDecoder().decode(Stored.self, from: data) == value)
        let bad = Data(#"{"amount": "1.234", "rate": "1", "date": "2025-01-01", "commune": "56121"}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Stored.self, from: bad) }
        let badDate = Data(#"{"amount": "1", "rate": "1", "date": "2025-02-29", "commune": "56121"}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Stored.self, from: badDate) }
    }
}
