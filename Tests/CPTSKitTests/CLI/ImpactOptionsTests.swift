import Testing
@testable import CPTSKit

/// `cpts impact --summary` (totals only, said so in every format) and `--french-csv`.
@Suite("cpts impact: --summary and --french-csv")
struct ImpactOptionsTests {
    static let arguments = ["impact", "Examples", "--rulebook", "Examples/rulebooks/draft-2026-hypothese.json"]

    @Test("--summary leaves the contracts' rows out and says so, in every format; the totals are those of the full report",
          arguments: ["table", "json", "csv", "html"])
    func summary(format: String) throws {
        let full = try CLIRunner.run(Self.arguments + ["--format", format])
        let short = try CLIRunner.run(Self.arguments + ["--format", format, "--summary"])
        #expect(full.status == 0 && short.status == 0)
        #expect(short.stdout.count < full.stdout.count)
        #expect(short.stdout.contains("summary: the rows of each of the 3 contracts are left out"))
        #expect(!short.stdout.contains("lorient-littoral-2025.json"))
        #expect(full.stdout.contains("lorient-littoral-2025.json"))
        if format == "json" {
            #expect(!short.stdout.contains("\"by_contract\""))
            #expect(short.stdout.contains("\"difference_cents\": 2250000"))
            #expect(full.stdout.contains("\"difference_cents\": 2250000"))
        }
    }

    @Test("--french-csv: byte-order mark, semicolons, decimal commas, French column names, CRLF")
    func frenchCSV() throws {
        let result = try CLIRunner.run(Self.arguments + ["--format", "csv", "--french-csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}groupe;cle;annee;taille;departement;regles_base;regles_projet;base_eur;projet_eur;ecart_eur\r\n"))
        #expect(result.stdout.contains("total;;;;;;;3503066,21;3525566,21;22500,00\r\n"))
        #expect(!result.stdout.contains(",00,"))
    }

    @Test("The summary table fits 100 columns in both languages", arguments: ["fr", "en"])
    func width(language: String) throws {
        let result = try CLIRunner.run(Self.arguments + ["--summary", "--lang", language])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }
}
