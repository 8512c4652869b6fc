import Foundation
import Testing
@testable import CPTSKit

/// `cpts portfolio` and `cpts impact` on a folder with a file that is not a contract and one the
/// engine refuses: what they compute, they report; what they leave out, they list in every format,
/// in both languages, and they exit 65.
@Suite("Aggregates list the files they leave out")
struct SkippedFilesTests {
    /// The three bundled examples, a file that is not a contract and a contract no rulebook funds.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skipped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["lorient-littoral-2025.json", "ploermel-2024.json", "rade-a-ria-2021.json"] {
            try Data(try RepositoryFiles.bytes("Examples/\(name)")).write(to: folder.appendingPathComponent(name))
        }
        try Data(#"{"format": "cpts-contract/1"}"#.utf8).write(to: folder.appendingPathComponent("a-broken.json"))
        let refused = try ACIContract(jsonBytes: try RepositoryFiles.bytes("Examples/france-sante/lorient-littoral-france-sante.json"))
        try Data(refused.jsonText.utf8).write(to: folder.appendingPathComponent("z-new-mission.json"))
        return folder
    }

    static let draft = "Examples/rulebooks/draft-2026-hypothese.json"

    @Test("JSON: the files left out, with their errors, and the three others counted", arguments: ["portfolio", "impact"])
    func json(_ command: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = [command, folder.path, "--format", "json"] + (command == "impact" ? ["--rulebook", Self.draft] : [])
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 65)
        let json = try JSONParser.parse(Array(result.stdout.utf8))
        guard case .object(let members) = json, case .array(let skipped)? = members.first(where: { $0.key == "skipped" })?.value
        else {
            Issue.record("no skipped list")
            return
        }
        #expect(members.first { $0.key == "contracts" }?.value == .number("3"))
        #expect(skipped.count == 2)
        #expect(result.stdout.contains(#""file": "a-broken.json""#))
        #expect(result.stdout.contains(#""index": 0"#))
        #expect(result.stdout.contains(#""kind": "missing_field""#))
        #expect(result.stdout.contains(#""file": "z-new-mission.json""#))
        #expect(result.stdout.contains(#""index": 4"#))
        #expect(result.stdout.contains(#""kind": "unknown_mission""#))
        #expect(result.stdout.contains(#""message_fr": "ce champ est obligatoire""#))
    }

    @Test("Tables, CSV and HTML say so, in English and in French",
          arguments: [("portfolio", "table"), ("portfolio", "csv"), ("impact", "table"), ("impact", "csv"), ("impact", "html")])
    func formats(_ command: String, _ format: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "fr"] {
            let arguments = [command, folder.path, "--format", format, "--lang", language]
                + (command == "impact" ? ["--rulebook", Self.draft] : [])
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 65)
            #expect(result.stdout.contains("a-broken.json"))
            #expect(result.stdout.contains("z-new-mission.json"))
            switch format {
            case "csv":
                // Every row, the skipped ones too, has as many fields as the header.
                let rows = result.stdout.split(separator: "\n").map { CSVFields.split(String($0)) }
                #expect(Set(rows.map(\.count)) == [rows.first?.count ?? 0], "\(command)")
                #expect(result.stdout.contains("skipped,a-broken.json,missing_field,cpts,"))
                #expect(result.stdout.contains("skipped,z-new-mission.json,unknown_mission,missions[6].mission,"))
            default:
                let title = language == "en" ? "Files left out (2), not counted above" : "Fichiers laissés de côté (2), non comptés ci-dessus"
                #expect(result.stdout.contains(title))
            }
            // Also said on standard error.
            #expect(result.stderr.contains("a-broken.json"))
        }
    }

    @Test("Coverage covers the files it can read and lists the one it cannot, in every format", arguments: ["json", "table", "csv", "html"])
    func coverage(_ format: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "fr"] {
            let result = try CLIRunner.run(["coverage", folder.path, "--format", format, "--lang", language])
            #expect(result.status == 65)
            #expect(result.stdout.contains("a-broken.json"))
            // The contract no rulebook funds still has a territory: it is covered, not skipped.
            #expect(!result.stdout.contains("z-new-mission.json"))
            switch format {
            case "json": #expect(result.stdout.contains(#""kind": "missing_field""#))
            case "csv": #expect(result.stdout.contains("skipped,a-broken.json,missing_field,cpts,"))
            default:
                let title = language == "en" ? "Files left out (1), not counted above" : "Fichiers laissés de côté (1), non comptés ci-dessus"
                #expect(result.stdout.contains(title))
            }
        }
        // Numbered among the files offered, in name order: a second broken file after a good one.
        try Data("[]".utf8).write(to: folder.appendingPathComponent("m-broken.json"))
        let two = try CLIRunner.run(["coverage", folder.path, "--format", "json"])
        #expect(two.stdout.contains(#""index": 0"#))
        #expect(two.stdout.contains(#""index": 2"#))
        #expect(two.stdout.contains(#""file": "m-broken.json""#))
        // Every file broken: nothing to cover, an error.
        let lone = FileManager.default.temporaryDirectory.appendingPathComponent("lone-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: lone) }
        try Data("{}".utf8).write(to: lone)
        let nothing = try CLIRunner.run(["coverage", lone.path, "--lang", "en"])
        #expect(nothing.status == 65)
        #expect(nothing.stderr.contains("coverage not computed: 1 file(s) in error"))
    }

    @Test("Without a file left out, JSON says so with an empty list, and the other formats say nothing")
    func none() throws {
        let result = try CLIRunner.run(["portfolio", "Examples", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""skipped": []"#))
        let table = try CLIRunner.run(["portfolio", "Examples", "--lang", "en"])
        #expect(!table.stdout.contains("left out"))
    }
}

/// A CSV line's fields, quotes honoured (enough for the reports' own CSV).
enum CSVFields {
    static func split(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
