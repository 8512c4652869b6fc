import Testing

/// The tables people read in a terminal fit 100 columns, in both languages, on every bundled example.
@Suite("Tables fit 100 columns")
struct TableWidthTests {
    static let examples = ["Examples/lorient-littoral-2025.json", "Examples/ploermel-2024.json", "Examples/rade-a-ria-2021.json"]

    @Test("funding, schedule and followup", arguments: examples)
    func fits(_ file: String) throws {
        let commands: [[String]] = [["funding", file], ["schedule", file], ["followup", file, "--year", "1"]]
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
