import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// `cpts rules --export/--file/diff`, `--rulebook FILE` and `cpts impact`, run as a user runs them.
@Suite("cpts with rulebook files", .serialized)
struct RulebookCommandTests {
    static let draft = "Examples/rulebooks/draft-2026-hypothese.json"

    @Test("rules --export writes the complete file; loading it gives the built-in; diff with it is empty",
          arguments: ["aci-2019", "aci-2019-av2"])
    func export(_ id: String) throws {
        let result = try CLIRunner.run(["rules", "--export", id])
        #expect(result.status == 0)
        try GeneratedFiles.check("Tests/Fixtures/golden/rules-export-\(id).json", expected: result.stdout)
        let builtIn = try RulebookRegistry.standard.rulebook(id: id)
        #expect(try RulebookDocument(jsonText: result.stdout).resolved(extending: nil) == builtIn)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(id)-\(UUID().uuidString).json")
        try Data(result.stdout.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let diff = try CLIRunner.run(["rules", "diff", id, file.path, "--format", "json"])
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("\"count\": 0"))
        // Loaded as a new rulebook, the export must take another id.
        let loaded = try CLIRunner.run(["rules", "--file", file.path])
        #expect(loaded.status == 65)
        #expect(loaded.stderr.contains("\(file.path): id: a rulebook with this identifier is already known"))
    }

    @Test("Golden outputs of rules --file, rules diff and impact")
    func goldens() throws {
        let runs: [(String, [String])] = [
            ("rules-file-draft.txt", ["rules", "--file", Self.draft]),
            ("rules-diff-draft.txt", ["rules", "diff", "aci-2019-av2", Self.draft]),
            ("rules-diff-draft.json", ["rules", "diff", "aci-2019-av2", Self.draft, "--format", "json"]),
            ("rules-diff-draft.csv", ["rules", "diff", "aci-2019-av2", Self.draft, "--format", "csv"]),
            ("rules-diff-builtins.txt", ["rules", "diff", "aci-2019", "aci-2019-av2"]),
            ("impact-draft.txt", ["impact", "Examples", "--rulebook", Self.draft]),
            ("impact-draft.json", ["impact", "Examples", "--rulebook", Self.draft, "--format", "json"]),
            ("impact-draft.csv", ["impact", "Examples", "--rulebook", Self.draft, "--format", "csv"]),
            ("impact-draft.html", ["impact", "Examples", "--rulebook", Self.draft, "--format", "html"]),
            ("lorient-littoral-2025.funding-draft.txt", ["funding", "Examples/lorient-littoral-2025.json", "--rulebook", Self.draft]),
            ("portfolio.txt", ["portfolio", "Examples"]),
            ("coverage-examples.txt", ["coverage", "Examples", "Examples/territory"]),
            ("coverage-examples.html", ["coverage", "Examples", "Examples/territory", "--format", "html"]),
        ]
        // Text outputs in English and French (`.fr` before the extension), as in the examples' goldens.
        var both: [(String, [String])] = []
        for (name, arguments) in runs {
            both.append((name, arguments))
            guard let dot = name.lastIndex(of: "."), [".txt", ".html"].contains(String(name[dot...])) else { continue }
            both.append((name[..<dot] + ".fr" + name[dot...], arguments + ["--lang", "fr"]))
        }
        for (name, arguments) in both {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            try GeneratedFiles.check("Tests/Fixtures/golden/\(name)", expected: result.stdout)
        }
    }

    @Test("impact JSON: the keys of the issue, totals equal to the library's")
    func impactJSON() throws {
        let result = try CLIRunner.run(["impact", "Examples", "--rulebook", Self.draft, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONValue(parsing: Array(result.stdout.utf8))
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        let keys = members.map(\.key)
        for key in ["format", "contracts", "baseline_total_cents", "scenario_total_cents", "difference_cents", "by_contract",
                    "by_size_class", "by_department", "by_mission", "by_payment_year", "gaining", "losing"] {
            #expect(keys.contains(key), "\(key)")
        }
        var impact = try RulebookImpact(draft: try RulebookDocument(jsonBytes: try RepositoryFiles.bytes(Self.draft)))
        for example in BundledExample.allCases { try impact.add(try example.contract()) }
        let value = { (key: String) in members.first { $0.key == key }?.value }
        #expect(value("difference_cents") == .number(String(impact.total.difference.cents)))
        #expect(value("baseline_total_cents") == .number(String(impact.total.baseline.cents)))
        #expect(value("contracts") == .number("3"))
    }

    @Test("--rulebook reaches every computing command, and changes what the draft changes",
          arguments: [["funding"], ["schedule"], ["explain"], ["whatif", "compare"], ["review"], ["portfolio"]])
    func rulebookOption(_ command: [String]) throws {
        let target = command == ["portfolio"] ? "Examples" : "Examples/lorient-littoral-2025.json"
        // The draft reaches the contract from year 3; indicators are the contract's own, so what-if
        // questions on them do not move, but a comparison of year totals does.
        let extra = command == ["review"] ? ["--year", "3"] : command == ["whatif", "compare"] ? ["--basis", "30/360"] : []
        let without = try CLIRunner.run(command + [target] + extra)
        let with = try CLIRunner.run(command + [target] + extra + ["--rulebook", Self.draft])
        #expect(without.status == 0 && with.status == 0, "\(with.stderr)")
        #expect(with.stdout != without.stdout)
        // A missing rulebook file is exit 66.
        let missing = try CLIRunner.run(command + [target] + ["--rulebook", "no-such-rulebook.json"])
        #expect(missing.status == 66)
    }

    @Test("impact needs --rulebook (64) and a folder (66)")
    func impactUsage() throws {
        #expect(try CLIRunner.run(["impact", "Examples"]).status == 64)
        #expect(try CLIRunner.run(["impact", "no-such-folder", "--rulebook", Self.draft]).status == 66)
        #expect(try CLIRunner.run(["rules", "diff", "aci-2019"]).status == 64)
        #expect(try CLIRunner.run(["rules", "diff", "aci-2019", "no-such.json"]).status == 66)
    }
}
