import Testing

/// The tables people read in a terminal fit 100 columns, in both languages, on every bundled example.
@Suite("Tables fit 100 columns")
struct TableWidthTests {
    static let examples = ["Examples/lorient-littoral-2025.json", "Examples/ploermel-2024.json", "Examples/rade-a-ria-2021.json"]

    @Test("funding, funding --lines, schedule, explain, validate, whatif and followup", arguments: examples)
    func fits(_ file: String) throws {
        let commands: [[String]] = [
            ["funding", file], ["funding", file, "--lines"], ["schedule", file], ["explain", file], ["validate", file],
            ["whatif", "reachable", file], ["whatif", "value", file], ["whatif", "tiers", file],
            ["whatif", "late", file, "--mission", "parcours", "--months", "2"], ["whatif", "compare", file, "--year", "1", "--basis", "30/360"],
            ["followup", file, "--year", "1"],
        ]
        for command in commands {
            for language in ["fr", "en"] {
                let result = try CLIRunner.run(command + ["--lang", language])
                #expect(result.status == 0, "\(command): \(result.stderr)")
                for line in result.stdout.split(separator: "\n") where line.count > 100 {
                    Issue.record("\(command) --lang \(language): \(line.count) columns: \(line)")
                }
            }
        }
    }
}

/// The help people read before anything else: 100 columns, actions explained in their language.
@Suite("Help fits 100 columns")
struct HelpWidthTests {
    static let commands = ["", "funding", "schedule", "explain", "validate", "example", "rules", "coverage", "whatif", "portfolio",
                           "review", "followup", "impact"]

    @Test("Every command's help, in both languages, wraps its usage and its lines under 100 columns", arguments: commands)
    func fits(_ command: String) throws {
        for language in ["fr", "en"] {
            let result = try CLIRunner.run((command.isEmpty ? [] : [command]) + ["--help", "--lang", language])
            #expect(result.status == 0)
            for line in result.stdout.split(separator: "\n") where line.count > 100 {
                Issue.record("\(command) --lang \(language): \(line.count) columns: \(line)")
            }
        }
    }

    @Test("The what-if actions are typed as they are and explained in the reader's language")
    func actions() throws {
        let french = try CLIRunner.run(["whatif", "--help", "--lang", "fr"]).stdout
        #expect(french.contains("Actions (à taper telles quelles) :\n  reachable  ce que l'année peut encore verser"))
        #expect(french.contains("  compare    le contrat comparé à un scénario"))
        let english = try CLIRunner.run(["whatif", "--help", "--lang", "en"]).stdout
        #expect(english.contains("Actions:\n  reachable  what the year can still pay, indicator by indicator"))
        // A continuation line starts under the text, never in the option column.
        #expect(french.contains("(upper ou\n                               lower pour chacun)"))
        #expect(english.contains("Usage: cpts whatif ACTION FILE [--year N]"))
        #expect(!(try CLIRunner.run(["funding", "--help", "--lang", "en"]).stdout.contains("Actions")))
    }
}
