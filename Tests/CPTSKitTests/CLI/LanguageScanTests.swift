import Testing

/// One language at a time: what `cpts` writes for people in English holds none of the French
/// words of its own wording, and the reverse (the contracts' own labels, option names and keys aside).
@Suite("One language at a time")
struct LanguageScanTests {
    static let commands: [[String]] = [
        ["funding", "Examples/lorient-littoral-2025.json"], ["funding", "Examples/rade-a-ria-2021.json", "--lines"],
        ["schedule", "Examples/rade-a-ria-2021.json"], ["explain", "Examples/rade-a-ria-2021.json"], ["validate", "Examples/ploermel-2024.json"],
        ["whatif", "tiers", "Examples/lorient-littoral-2025.json"], ["whatif", "reachable", "Examples/lorient-littoral-2025.json"],
        ["review", "Examples/ploermel-2024.json", "--year", "2"], ["followup", "Examples/lorient-littoral-2025.json"], ["rules"],
        ["rules", "diff", "aci-2019", "aci-2019-av2"], ["portfolio", "Examples"], ["coverage", "Examples/territory"],
        ["impact", "Examples", "--rulebook", "Examples/rulebooks/draft-2026-hypothese.json"], ["funding", "Tests/Fixtures/invalid/truncated.json"],
    ]
    static let french = ["inconnu", "avertissement", "Entrée en vigueur", " mois", "Échéance", "Montant", "Année", "évaluée", "ligne ", "octet"]
    static let english = ["unknown", "warning", "Amount", "Due on", " months", "Year ", "assessed", " line ", "byte"]

    @Test("English outputs hold no French word of cpts's own; French outputs no English one", arguments: commands)
    func scan(_ command: [String]) throws {
        for (language, foreign) in [("en", Self.french), ("fr", Self.english)] {
            let result = try CLIRunner.run(command + ["--lang", language])
            for line in (result.stdout + result.stderr).split(separator: "\n") where !line.hasPrefix("Usage") {
                for word in foreign where line.contains(word) {
                    Issue.record("\(command) --lang \(language): '\(word)' in: \(line)")
                }
            }
        }
    }

    @Test("Usage lines name their placeholders in the run's language")
    func placeholders() throws {
        let missing = try CLIRunner.run(["funding", "--lang", "fr"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("cpts: 'funding' attend FICHIER\n"))
        #expect(try CLIRunner.run(["funding"]).stderr.hasPrefix("cpts: 'funding' expects FILE\n"))
        let help = try CLIRunner.run(["whatif", "--help", "--lang", "fr"]).stdout
        #expect(help.contains("cpts whatif ACTION FICHIER [--year N] [--mission CLÉ]"))
        #expect(help.contains("[--boundaries CÔTÉ,CÔTÉ,CÔTÉ]") && help.contains("[--lang LANGUE]"))
    }
}
