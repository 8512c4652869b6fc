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
