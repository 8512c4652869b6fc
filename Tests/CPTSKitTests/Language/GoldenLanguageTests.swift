import Foundation
import Testing

@Suite("Goldens in both languages: each text output exists in English and French, and neither mixes in the other")
struct GoldenLanguageTests {
    /// Words of the tables' own text in each language (the domain's names stay French in both, so
    /// they are not markers).
    static let frenchMarkers = ["Année ", "Total du contrat", "jusqu'à", "avertissement :", "Statut", "Montant", "Portefeuille",
                                "Revue annuelle", "Versements", "Taux de couverture", "Par département", "Échéance", "calcul :",
                                "Contrat signé", "Encore possible", "Règles (base → projet)", "<th>Projet</th>", "Confiance :"]
    static let englishMarkers = ["Year ", "Contract total", "up to ", "warning:", "Status", "Amount", "Portfolio", "Yearly review",
                                 "Payments", "Coverage rate", "By département", "Due on", "computation:", "Contract signed",
                                 "Still possible", "Rulebooks (base → draft)", "<th>Draft</th>", "Confidence:"]

    static func goldens() throws -> [(english: String, french: String)] {
        let folder = RepositoryFiles.url("Tests/Fixtures/golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.contains(".fr.") }.sorted().map { french in
            (french.replacingOccurrences(of: ".fr.", with: "."), french)
        }
    }

    @Test("Every French golden has its English twin, and they differ")
    func pairs() throws {
        let pairs = try Self.goldens()
        #expect(pairs.count >= 40)
        for (english, french) in pairs {
            let a = try RepositoryFiles.text("Tests/Fixtures/golden/\(english)")
            let b = try RepositoryFiles.text("Tests/Fixtures/golden/\(french)")
            #expect(a != b, "\(english) and \(french) are the same")
        }
    }

    @Test("English goldens have no French table words, French goldens no English ones")
    func noMixing() throws {
        for (english, french) in try Self.goldens() {
            let a = try RepositoryFiles.text("Tests/Fixtures/golden/\(english)")
            let b = try RepositoryFiles.text("Tests/Fixtures/golden/\(french)")
            for marker in Self.frenchMarkers { #expect(!a.contains(marker), "\(english) contains “\(marker)”") }
            for marker in Self.englishMarkers { #expect(!b.contains(marker), "\(french) contains “\(marker)”") }
        }
    }
}
