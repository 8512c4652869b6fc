import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// `cpts followup`, run as a user runs it (as of `CLIRunner.today`, 30 November 2026).
@Suite("cpts followup")
struct FollowUpCommandTests {
    @Test("Golden outputs: table, JSON, Markdown and HTML, in English and in French", arguments: [
        ("lorient-littoral-2025", "Examples/lorient-littoral-2025.json", [String]()),
        ("ploermel-2024", "Examples/ploermel-2024.json", []),
        ("rade-a-ria-2021", "Examples/rade-a-ria-2021.json", ["--year", "5"]),
    ])
    func goldens(_ name: String, _ file: String, _ extra: [String]) throws {
        for (suffix, format) in [("followup.txt", "table"), ("followup.json", "json"), ("followup.md", "markdown"), ("followup.html", "html")] {
            for french in [false, true] where !(french && format == "json") {
                let arguments = ["followup", file, "--format", format] + extra + (french ? ["--lang", "fr"] : [])
                let result = try CLIRunner.run(arguments)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                let warning = french ? "\(file): avertissement : " : "\(file): warning: "
                #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix(warning) }, "\(arguments): \(result.stderr)")
                if format == "table" {
                    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(arguments): a line over 100 columns")
                }
                let golden = french ? suffix.replacingOccurrences(of: "followup.", with: "followup.fr.") : suffix
                try GeneratedFiles.check("Tests/Fixtures/golden/\(name).\(golden)", expected: result.stdout)
            }
        }
    }

    @Test("The HTML brief is well-formed XML with its lang, a chart per measured indicator and every amount in cents")
    func html() throws {
        for language in ["fr", "en"] {
            let result = try CLIRunner.run(["followup", "Examples/lorient-littoral-2025.json", "--format", "html", "--lang", language])
            #expect(result.status == 0)
            let parser = XMLParser(data: Data(result.stdout.dropFirst("<!DOCTYPE html>\n".count).utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(result.stdout.contains("lang=\"\(language)\""))
            // 17 indicators are measured as of 30 November 2026: 17 figures, 12 of them charts (5 actions).
            #expect(result.stdout.components(separatedBy: "<figure>").count - 1 == 17)
            #expect(result.stdout.components(separatedBy: "<svg").count - 1 == 12)
            #expect(result.stdout.contains("data-cents=\"6239612\""))   // the variable part at pace, 62 396,12 €
        }
    }

    @Test("JSON: the figures of the library, projections exact")
    func json() throws {
        let result = try CLIRunner.run(["followup", "Examples/lorient-littoral-2025.json", "--format", "json"])
        #expect(result.status == 0)
        let value = try JSONValue(parsing: Array(result.stdout.utf8))
        let text = value.serialized()
        #expect(text.contains("\"format\": \"cpts-followup/1\""))
        #expect(text.contains("\"projected_value\": \"60225/92\""))
        #expect(text.contains("\"amount_at_projected_cents\": 467585"))
        #expect(text.contains("\"at_projected_cents\": 6239612"))
        #expect(text.contains("\"quarter\": 3"))
    }

    @Test("Errors: a removed year and an as-of date outside the contract exit 65 naming the field; a bad option exits 64", arguments: [
        (["followup", "Tests/Fixtures/invalid/progress-outside-year.json"], Int32(65), "progress.2[1].on: "),
        (["followup", "Examples/rade-a-ria-2021.json"], 65, "as_of: "),
        (["followup", "Examples/lorient-littoral-2025.json", "--as-of", "2025-05-11"], 65, "as_of: "),
        (["followup", "Examples/lorient-littoral-2025.json", "--format", "csv"], 64, "--format"),
        (["followup", "Examples/lorient-littoral-2025.json", "--year", "6"], 64, "--year"),
        (["followup", "Examples/lorient-littoral-2025.json", "--as-of", "2026-02-30"], 64, "--as-of"),
    ])
    func errors(_ arguments: [String], _ status: Int32, _ fragment: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(fragment), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--year of a year a termination removed exits 65 naming the year")
    func terminatedYear() throws {
        let contract = try BundledExample.lorientLittoral.contract()
            .adding(amendment: try Amendment(effectiveOn: try CalendarDate(parsing: "2027-01-01"), change: .termination))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("followup-terminated-\(UUID().uuidString).json")
        try contract.jsonText.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let removed = try CLIRunner.run(["followup", url.path, "--year", "3"])
        #expect(removed.status == 65)
        #expect(removed.stderr.hasPrefix("\(url.path): year: "))
        let cut = try CLIRunner.run(["followup", url.path, "--year", "2"])
        #expect(cut.status == 0)
    }
}
