import Testing
@testable import CPTSKit

/// A mistyped figure key in a rulebook file names the key meant.
@Suite("Figure keys: did you mean")
struct FigureKeySuggestionTests {
    @Test("A near miss suggests the key; a key far from every other gets the general message", arguments: [
        ("fonctionnement.anual.T3", "fonctionnement.annual.T3"), ("payment.advance_shares", "payment.advance_share"),
        ("mission.prevention.fixd.T2", "mission.prevention.fixed.T2"), ("budget", nil),
    ] as [(String, String?)])
    func suggestion(typed: String, meant: String?) throws {
        let error = #expect(throws: CPTSKitError.self) { try RulebookFigureKey(parsing: typed) }
        #expect(error?.kind == .unknownField)
        #expect(error?.value == typed)
        if let meant {
            #expect(error?.message(in: .english) == "unknown figure key; did you mean \(meant)?")
            #expect(error?.message(in: .french) == "clé de montant inconnue ; vouliez-vous dire \(meant) ?")
        } else {
            #expect(error?.message(in: .english).hasPrefix("unknown figure key; expected a key listed") == true)
        }
    }
}
