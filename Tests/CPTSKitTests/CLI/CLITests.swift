import Foundation
import Testing
@testable import CPTSKit

@Suite("The cpts command, run as a user runs it", .serialized)
struct CLITests {
    static let examples = ["Examples/lorient-littoral-2025.json", "Examples/ploermel-2024.json", "Examples/rade-a-ria-2021.json"]

    @Test("The executable is built next to the tests")
    func executableFound() { #expect(CLIRunner.executable != nil) }

    @Test("Help: overall and for every subcommand; no arguments is a usage error")
    func help() throws {
        let overall = try CLIRunner.run(["--help"])
        #expect(overall.status == 0)
        try GeneratedFiles.check("Tests/Fixtures/golden/help.txt", expected: overall.stdout)
        let french = try CLIRunner.run(["--help", "--lang", "fr"])
        try GeneratedFiles.check("Tests/Fixtures/golden/help.fr.txt", expected: french.stdout)
        #expect(french.stdout != overall.stdout)
        for command in ["funding", "schedule", "explain", "validate", "example", "rules", "coverage", "whatif", "portfolio", "review", "impact"] {
            let result = try CLIRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("cpts \(command) — "))
            #expect(result.stdout.contains("Usage: cpts \(command)"))
            #expect(result.stdout.contains("--lang LANG"))
            let inFrench = try CLIRunner.run([command, "--help", "--lang=fr"])
            #expect(inFrench.stdout.contains("Usage : cpts \(command)"))
            #expect(result.stdout.contains("this help") && inFrench.stdout.contains("cette aide"))
        }
        let none = try CLIRunner.run([])
        #expect(none.status == 64)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("Usage: cpts COMMAND"))
        #expect(try CLIRunner.run(["funding", "--lang", "de"]).stderr.contains("invalid value 'de' for '--lang'"))
        #expect(try CLIRunner.run(["funding", "--lang=fr", "x", "--format", "pdf"]).stderr.contains("valeur 'pdf' invalide pour '--format'"))
        #expect(try CLIRunner.run(["funding", "--lang", "de"]).status == 64)
        #expect(try CLIRunner.run(["funding", "--lang"]).status == 64)
    }

    @Test("Golden outputs of both examples, every subcommand and format", arguments: [
        ("lorient-littoral-2025", "Examples/lorient-littoral-2025.json"), ("ploermel-2024", "Examples/ploermel-2024.json"),
        ("rade-a-ria-2021", "Examples/rade-a-ria-2021.json"),
    ])
    func goldens(_ name: String, _ file: String) throws {
        let runs: [(String, [String])] = [
            ("funding.txt", ["funding", file]), ("funding.json", ["funding", file, "--format", "json"]),
            ("funding-lines.txt", ["funding", file, "--lines"]),
            ("funding.csv", ["funding", file, "--format=csv"]), ("funding-year1.txt", ["funding", file, "--year", "1"]),
            ("schedule.txt", ["schedule", file]),
            ("schedule.json", ["schedule", file, "--format", "json"]),
            ("schedule.csv", ["schedule", file, "--format", "csv"]), ("explain.txt", ["explain", file]),
            ("validate.txt", ["validate", file]),
            ("whatif-reachable.txt", ["whatif", "reachable", file, "--year", "1"]),
            ("whatif-value.json", ["whatif", "value", file, "--format", "json"]),
            ("whatif-tiers.csv", ["whatif", "tiers", file, "--format", "csv"]),
            ("whatif-late.txt", ["whatif", "late", file, "--mission", "parcours", "--months", "2"]),
            ("review-year1.md", ["review", file, "--year", "1"]),
            ("review-year1.json", ["review", file, "--year", "1", "--format", "json"]),
            ("review-year1.html", ["review", file, "--year", "1", "--format", "html"]),
        ]
        // Every text output in English (the C locale) and in French: `name.funding.txt` and `name.funding.fr.txt`.
        var both: [(String, [String])] = []
        for (suffix, arguments) in runs {
            both.append((suffix, arguments))
            guard let dot = suffix.lastIndex(of: "."), [".txt", ".md", ".html"].contains(String(suffix[dot...])) else { continue }
            both.append((suffix[..<dot] + ".fr" + suffix[dot...], arguments + ["--lang", "fr"]))
        }
        for (suffix, arguments) in both {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            // Warnings only (deadlines as of CLIRunner.today): the output itself is the golden.
            let warning = arguments.contains("fr") ? "\(file): avertissement : " : "\(file): warning: "
            #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix(warning) },
                    "\(arguments): \(result.stderr)")
            try GeneratedFiles.check("Tests/Fixtures/golden/\(name).\(suffix)", expected: result.stdout)
        }
    }

    @Test("JSON output holds the library's figures, and Σ payments = total", arguments: examples)
    func jsonMatchesLibrary(_ file: String) throws {
        let contract = try ACIContract(jsonBytes: try RepositoryFiles.bytes(file))
        let funding = try FundingEngine().funding(for: contract)
        let output = try JSONValue(parsing: Array(try CLIRunner.run(["funding", file, "--format", "json"]).stdout.utf8))
        guard case .object(let members) = output else { Issue.record("not an object"); return }
        #expect(members.first { $0.key == "total_cents" }?.value == .number(String(funding.total.cents)))
        #expect(members.first { $0.key == "max_total_cents" }?.value == .number(String(funding.maxTotal.cents)))
        #expect(members.first { $0.key == "size_class" }?.value == .string(funding.sizeClass.code))
        let schedule = try JSONValue(parsing: Array(try CLIRunner.run(["schedule", file, "--format", "json"]).stdout.utf8))
        guard case .object(let scheduleMembers) = schedule else { Issue.record("not an object"); return }
        #expect(scheduleMembers.first { $0.key == "total_cents" }?.value == .number(String(funding.total.cents)))
    }

    @Test("Every invalid fixture exits 65 with FILE: path: message (value)", arguments: ContractJSONTests.invalidFiles)
    func invalidFiles(_ c: ContractJSONTests.InvalidFile) throws {
        let file = "Tests/Fixtures/invalid/\(c.file)"
        for command in ["funding", "validate"] {
            let result = try CLIRunner.run([command, file])
            #expect(result.status == 65)
            #expect(!result.signaled)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix(c.path.isEmpty ? "\(file): " : "\(file): \(c.path): "), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test("Exit codes: 66 for a missing file, 64 for usage errors")
    func exitCodes() throws {
        #expect(try CLIRunner.run(["funding", "no/such/file.json"]).status == 66)
        #expect(try CLIRunner.run(["funding", "Examples"]).status == 66)
        #expect(try CLIRunner.run(["frobnicate"]).status == 64)
        #expect(try CLIRunner.run(["funding"]).status == 64)
        #expect(try CLIRunner.run(["funding", Self.examples[0], "--format", "xml"]).status == 64)
        #expect(try CLIRunner.run(["funding", Self.examples[0], "--year", "6"]).status == 64)
        #expect(try CLIRunner.run(["funding", Self.examples[0], "--year"]).status == 64)
        #expect(try CLIRunner.run(["funding", Self.examples[0], "--bogus"]).status == 64)
        #expect(try CLIRunner.run(["funding", Self.examples[0], "--format", "json", "--format", "csv"]).status == 64)
        #expect(try CLIRunner.run(["rules", "--on", "2025-02-30"]).status == 64)
        #expect(try CLIRunner.run(["rules", "--id", "nope"]).status == 64)
        #expect(try CLIRunner.run(["example", "paris"]).status == 64)
        #expect(try CLIRunner.run(["validate", Self.examples[0], "no/such.json"]).status == 66)
        #expect(try CLIRunner.run(["validate", "Tests/Fixtures/invalid/tiers-empty.json", "no/such.json"]).status == 65)
    }

    @Test("whatif, portfolio and review: formats and exit codes")
    func coordinatorCommands() throws {
        let file = Self.examples[0]
        #expect(try CLIRunner.run(["whatif", "nope", file]).status == 64)
        #expect(try CLIRunner.run(["whatif", "late", file]).status == 64)
        #expect(try CLIRunner.run(["whatif", "late", file, "--mission", "urgences", "--months", "1"]).status == 65)
        // A value the option cannot mean is a usage error (64), not the file's.
        #expect(try CLIRunner.run(["whatif", "compare", file, "--set", "nope"]).status == 64)
        #expect(try CLIRunner.run(["whatif", "compare", file, "--set", "inconnu=3", "--year", "1"]).status == 64)
        let compare = try CLIRunner.run(["whatif", "compare", file, "--year", "1", "--set", "depistage-sein=75,protocole-fin-de-vie=true",
                                         "--crisis", "1", "--format", "json"])
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("\"difference_cents\": 8250000"))
        #expect(try CLIRunner.run(["whatif", "compare", file, "--basis", "30/360", "--format", "csv"]).status == 0)
        let boundary = try CLIRunner.run(["whatif", "compare", "Tests/Fixtures/valid-format-example.json", "--boundaries", "upper,lower,lower"])
        #expect(boundary.status == 0)
        #expect(try CLIRunner.run(["whatif", "compare", file, "--boundaries", "up"]).status == 64)
        #expect(try CLIRunner.run(["portfolio", "no/such/dir"]).status == 66)
        let portfolio = try CLIRunner.run(["portfolio", "Examples", "--format", "json"])
        #expect(portfolio.status == 0)
        #expect(portfolio.stdout.contains("\"contracts\": 3"))
        let french = try CLIRunner.run(["portfolio", "Examples", "--format", "csv", "--french-csv"])
        #expect(french.stdout.hasPrefix("\u{FEFF}regroupement;cle;total_eur"))
        // The three bundled examples: 2 585 155,70 € for the two seed CPTS, 917 910,51 € for Rade à Ria.
        #expect(french.stdout.contains("total;;3503066,21;"))
        let mixed = try CLIRunner.run(["portfolio", "Tests/Fixtures/invalid"])
        #expect(mixed.status == 65)
        #expect(mixed.stdout.contains("Portfolio: 0 contract(s)"))
        #expect(try CLIRunner.run(["review", file, "--year", "9"]).status == 64)
        #expect(try CLIRunner.run(["review", file, "--format", "pdf"]).status == 64)
        #expect(try CLIRunner.run(["review", file, "--lang", "fr"]).stdout.hasPrefix("# Revue annuelle — CPTS Lorient Littoral, année 1"))
        #expect(try CLIRunner.run(["review", file]).stdout.hasPrefix("# Yearly review — CPTS Lorient Littoral, year 1"))
    }

    @Test("Warnings go to stderr as text and into the JSON as data, never as text on stdout")
    func warningsOnStderr() throws {
        let result = try CLIRunner.run(["funding", "Tests/Fixtures/valid-format-example.json", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: missions"))
        let funding = try JSONDecoder().decode(ContractFunding.self, from: Data(result.stdout.utf8))
        #expect(!funding.allWarnings.isEmpty)
        #expect(funding.allWarnings.allSatisfy { result.stderr.contains("warning: \($0)") })
        #expect(!result.stdout.contains("warning:"))
    }

    @Test("example prints the bundled files; rules and coverage")
    func otherCommands() throws {
        let list = try CLIRunner.run(["example"])
        #expect(list.stdout == "ploermel\tploermel-2024.json\nlorient-littoral\tlorient-littoral-2025.json\nrade-a-ria\trade-a-ria-2021.json\n")
        #expect(try CLIRunner.run(["example", "lorient-littoral"]).stdout == (try RepositoryFiles.text(Self.examples[0])))
        #expect(try CLIRunner.run(["rules", "--on", "2024-10-09"]).stdout.hasPrefix("ACI CPTS 2019, avenant 2 (aci-2019-av2)"))
        #expect(try CLIRunner.run(["rules", "--on", "2020-01-01"]).stdout.hasPrefix("ACI CPTS 2019 (aci-2019)"))
        #expect(try CLIRunner.run(["rules", "--all", "--format", "markdown"]).stdout == (try RepositoryFiles.text("Documentation/Rules.md")))
        for format in ["json", "csv"] { #expect(try CLIRunner.run(["rules", "--id", "aci-2019", "--format", format]).status == 0) }
        let coverage = try CLIRunner.run(["coverage", "--millesime", "2020"] + Self.examples)
        #expect(coverage.status == 0)
        // Lorient Littoral 109 422 + Rade à Ria 31 530 + Ploërmel's two communautés de communes
        // 81 487 (PMUN 2020) of 764 161 inhabitants: 222 439, 29.11 %.
        #expect(coverage.stdout.contains("Coverage rate: 29.11%"))
        let json = try CLIRunner.run(["coverage", Self.examples[0], "--millesime", "2023", "--measure", "ptot", "--format", "json"])
        #expect(json.stdout.contains("\"covered_population\": 114087"))
        let validate = try CLIRunner.run(["validate", "--format", "json"] + Self.examples)
        #expect(validate.status == 0)
        #expect(try JSONValue(parsing: Array(validate.stdout.utf8)) != .null)
    }
}
