import Foundation
import Testing
@testable import CPTSKit

@Suite("cpts coverage and validate with the national data")
struct CoverageCommandTests {
    static let territory = "Examples/territory"

    @Test("Default area: the départements of the communes listed (Finistère)")
    func defaultArea() throws {
        let result = try CLIRunner.run(["coverage", Self.territory, "--lang", "fr"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Couverture : Finistère (29) — population municipale, millésime 2023"))
        #expect(result.stdout.contains("Avertissement : 1 commune citée par plusieurs CPTS, comptée une seule fois"))
        #expect(result.stdout.contains("29232 Quimper"))
        #expect(result.stdout.contains("la liste complète : --format csv ou json"))
        #expect(result.stderr.contains("cpts.communes[3]: 29149 (Milizac) a fusionné dans 29076 (Milizac-Guipronvel) le 2017-01-01"))
        let english = try CLIRunner.run(["coverage", Self.territory])
        #expect(english.stdout.hasPrefix("Coverage: Finistère (29) — municipal population, millésime 2023"))
        #expect(english.stdout.contains("Warning: 1 commune listed by several CPTS, counted once"))
        #expect(english.stderr.contains("cpts.communes[3]: 29149 (Milizac) merged into 29076 (Milizac-Guipronvel) on 2017-01-01"))
        #expect(english.stderr.contains("warning: 29069 (Guilers) is claimed by"))
        #expect(result.stderr.contains("avertissement : 29069 (Guilers) est citée par"))
    }

    @Test("JSON: the documented keys, every uncovered commune, the area's figures")
    func json() throws {
        let result = try CLIRunner.run(["coverage", Self.territory, "--departement", "29", "--format", "json"])
        #expect(result.status == 0)
        let document = try JSONValue(parsing: Array(result.stdout.utf8))
        guard case .object(let members) = document else {
            Issue.record("not an object")
            return
        }
        let keys = members.map(\.key)
        for key in ["format", "area", "millesime", "population", "covered_population", "share", "cpts", "overlaps", "uncovered",
                    "departements", "regions", "outside", "attribution"] {
            #expect(keys.contains(key), "missing \(key)")
        }
        let coverage = try PopulationDataset.france.coverage(
            of: .department("29"), by: try ["brest-metropole-exemple", "iroise-exemple"].map {
                try ACIContract(jsonBytes: try RepositoryFiles.bytes("\(Self.territory)/\($0).json")).cpts
            }, millesime: 2023)
        #expect(result.stdout.contains("\"covered_population\": \(coverage.coveredPopulation)"))
        #expect(result.stdout.contains("\"population\": \(coverage.population)"))
        #expect(result.stdout.components(separatedBy: "\"departement\": \"29\"").count - 1
            == coverage.uncovered.count + coverage.overlaps.count)
    }

    @Test("CSV: one row per commune of the area, with its status")
    func csv() throws {
        let result = try CLIRunner.run(["coverage", Self.territory, "--format", "csv"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "insee,commune,departement,pmun_2023,status,cpts")
        #expect(lines.count == 1 + 277)
        #expect(lines.contains { $0.hasPrefix("29069,Guilers,29,") && $0.contains(",overlap,") })
        #expect(lines.contains { $0.hasPrefix("29232,Quimper,29,") && $0.hasSuffix(",uncovered,") })
    }

    @Test("HTML: a self-contained page with a bar per département")
    func html() throws {
        let result = try CLIRunner.run(["coverage", Self.territory, "--region", "53", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!result.stdout.contains("<script") && !result.stdout.contains("src=") && !result.stdout.contains("<link"))
        for department in ["22 Côtes-d'Armor", "29 Finistère", "35 Ille-et-Vilaine", "56 Morbihan"] {
            #expect(result.stdout.contains(department))
        }
        #expect(result.stdout.components(separatedBy: "<rect").count - 1 == 8)
    }

    @Test("France, a région, a millésime; areas that do not exist are usage errors or errors with their field")
    func areas() throws {
        let france = try CLIRunner.run(["coverage", "Examples", Self.territory, "--france", "--format", "json"])
        #expect(france.status == 0)
        #expect(france.stdout.contains("\"population\": 68094280"))
        let old = try CLIRunner.run(["coverage", Self.territory, "--region", "53", "--millesime", "2020", "--lang", "fr"])
        #expect(old.stdout.contains("millésime 2020 (population légale en vigueur au 1er janvier 2023)"))
        #expect(old.stdout.contains("Par département :"))
        let two = try CLIRunner.run(["coverage", Self.territory, "--departement", "29", "--france"])
        #expect(two.status == 64)
        let mayotte = try CLIRunner.run(["coverage", Self.territory, "--departement", "976"])
        #expect(mayotte.status == 64)
        #expect(mayotte.stderr.contains("--departement 976: no département of the France data has this code"))
        #expect(mayotte.stderr.contains("INSEE publishes the legal populations of Mayotte separately"))
        // A CPTS without territory: Ploërmel's contract without its communautés de communes.
        let bare = FileManager.default.temporaryDirectory.appendingPathComponent("bare-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: bare) }
        let text = try RepositoryFiles.text("Examples/ploermel-2024.json")
            .replacingOccurrences(of: #""epcis": ["200066777", "200066785"],"#, with: "")
        try Data(text.utf8).write(to: bare)
        let nowhere = try CLIRunner.run(["coverage", bare.path])
        #expect(nowhere.status == 64)
        #expect(nowhere.stderr.contains("give --departement, --region or --france"))
        let given = try CLIRunner.run(["coverage", bare.path, "--departement", "56"])
        #expect(given.status == 0)
        #expect(given.stdout.contains("Coverage rate: 0.00%"))
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        let file: String
        let message: String
        var testDescription: String { file }
    }

    static let broken: [Broken] = [
        .init(file: "unknown-commune.json",
              message: "cpts.communes[1]: no commune of the France dataset has this code in millésime 2023, before or after (29999)"),
        .init(file: "unknown-epci.json", message: "cpts.epcis[1]: no EPCI of the France dataset has this SIREN (732829320)"),
        .init(file: "invalid-siren.json", message: "cpts.epcis[0]: is not a SIREN number: its check digit is wrong (242900315)"),
    ]

    @Test("A territory that cannot be read: exit 65, the file and the field", arguments: broken)
    func brokenTerritory(_ c: Broken) throws {
        let path = "Tests/Fixtures/invalid-territory/\(c.file)"
        for command in ["coverage", "validate"] {
            let result = try CLIRunner.run([command, path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("\(path): \(c.message.replacingOccurrences(of: "millésime 2023", with: command == "validate" ? "millésime 2020" : "millésime 2023"))"))
        }
    }

    @Test("validate cross-checks every millésime with the national data and shows how codes were read")
    func validate() throws {
        let result = try CLIRunner.run(["validate", "\(Self.territory)/iroise-exemple.json", "--as-of", "2025-06-01", "--lang", "fr"])
        #expect(result.status == 0)
        for millesime in 2020...2023 { #expect(result.stdout.contains("INSEE population municipale \(millesime) des communes")) }
        #expect(result.stdout.components(separatedBy: "avertissement : cpts.communes[3]: 29149 (Milizac) a fusionné dans").count - 1 == 4)
        let english = try CLIRunner.run(["validate", "\(Self.territory)/iroise-exemple.json", "--as-of", "2025-06-01"])
        for millesime in 2020...2023 { #expect(english.stdout.contains("INSEE municipal population \(millesime) of the communes")) }
        #expect(english.stdout.components(separatedBy: "warning: cpts.communes[3]: 29149 (Milizac) merged into").count - 1 == 4)
        let json = try CLIRunner.run(["validate", "\(Self.territory)/brest-metropole-exemple.json", "--format", "json"])
        #expect(json.stdout.contains("\"kind\": \"epci\""))
    }
}

/// What the coverage writes for programs and for people, one language at a time.
@Suite("Coverage: numbers for programs, words for people")
struct CoverageWordingTests {
    @Test("share_percent is a JSON number with two decimals, in the coverage and the portfolio")
    func sharePercent() throws {
        for arguments in [["coverage", "Examples/territory", "--format", "json"], ["portfolio", "Examples", "--format", "json"]] {
            let result = try CLIRunner.run(arguments)
            let text = result.stdout
            guard let range = text.range(of: "\"share_percent\": ") else { Issue.record("\(arguments): no share_percent"); continue }
            let value = text[range.upperBound...].prefix { $0 != "," && $0 != "\n" }
            #expect(!value.hasPrefix("\""), "\(arguments): \(value)")
            #expect(value.split(separator: ".").last?.count == 2, "\(arguments): \(value)")
        }
    }

    @Test("The HTML page's bar and its table give the same rate, to the same decimals")
    func barAndTable() throws {
        let result = try CLIRunner.run(["coverage", "Examples/territory", "--region", "53", "--format", "html", "--lang", "fr"])
        #expect(result.status == 0)
        // Bretagne by département; the Finistère (29): the table's cell and the bar's label.
        #expect(result.stdout.contains("<td>26,97 %</td>"))
        #expect(result.stdout.contains(">26,97 %</text>"))
    }
}
