import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// Invalid rulebook files: each error is typed and names its field; mutants never crash.
@Suite("Rulebook files: errors with paths, and fuzzing", .serialized)
struct RulebookFileErrorTests {
    typealias InvalidFile = InvalidFixture

    static let invalidFiles = InvalidFixture.load("Tests/Fixtures/invalid-rulebooks")

    @Test("There are at least 20 invalid rulebook fixtures")
    func enoughFixtures() { #expect(Self.invalidFiles.count >= 20) }

    @Test("Every invalid rulebook file yields its typed error at its path", arguments: invalidFiles)
    func invalid(_ c: InvalidFile) throws {
        let bytes = try RepositoryFiles.bytes("Tests/Fixtures/invalid-rulebooks/\(c.file)")
        do throws(CPTSKitError) {
            _ = try RulebookRegistry.standard.adding(jsonBytes: bytes)
            Issue.record("\(c.file) was accepted")
        } catch {
            #expect(error.kind.rawValue == c.kind, "\(error)")
            #expect(error.path == c.path, "\(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test("cpts exits 65 on invalid rulebook files and names the file and the field",
          arguments: ["start-up-below-annual.json", "redefines-built-in.json", "boundaries-out-of-order.json"])
    func cli(_ file: String) throws {
        let path = "Tests/Fixtures/invalid-rulebooks/\(file)"
        let expected = try #require(Self.invalidFiles.first { $0.file == file })
        for arguments in [["rules", "--file", path], ["funding", "Examples/ploermel-2024.json", "--rulebook", path],
                          ["impact", "Examples", "--rulebook", path]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("\(path): \(expected.path): "), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    /// Loads a mutant and, when it loads, computes a contract under it.
    static func exercise(_ bytes: [UInt8]) -> String {
        do throws(CPTSKitError) {
            let (registry, rulebook) = try RulebookRegistry.standard.adding(jsonBytes: bytes)
            let reloaded = try RulebookDocument(jsonText: rulebook.fileText).resolved(extending: nil)
            guard reloaded == rulebook else { return "export differs" }
            let engine = FundingEngine(registry: registry)
            for example in BundledExample.allCases {
                do throws(CPTSKitError) {
                    let (funding, schedule) = try engine.fundingAndSchedule(for: try example.contract())
                    guard schedule.total == funding.total else { return "mismatch" }
                } catch {
                    if error.message.isEmpty { return "error without message" }
                }
            }
            return "ok"
        } catch {
            if error.path.isEmpty && error.kind != .malformedJSON && error.kind != .wrongType { return "error without path: \(error)" }
            if error.message.isEmpty { return "error without message" }
            return "error"
        }
    }

    @Test("Two thousand mutants of rulebook files: a rulebook or a typed error, never a crash")
    func mutants() throws {
        var generator = SeededGenerator(seed: 20261130)
        let seeds = [Array(Rulebook.aci2019Avenant2.fileText.utf8), Array(Rulebook.aci2019.fileText.utf8),
                     try RepositoryFiles.bytes("Examples/rulebooks/draft-2026-hypothese.json")]
        var outcomes: [String: Int] = [:]
        for round in 0..<2_000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...3, using: &generator) { bytes = FuzzTests.mutate(bytes, using: &generator) }
            let outcome = Self.exercise(bytes)
            #expect(outcome == "ok" || outcome == "error", "\(outcome)")
            outcomes[outcome, default: 0] += 1
        }
        // Mutations must exercise both paths: rulebooks that load and compute, and errors.
        #expect((outcomes["ok"] ?? 0) > 50)
        #expect((outcomes["error"] ?? 0) > 1_000)
    }

    @Test("The cpts binary on rulebook mutants: exit 0 or 65, never a signal")
    func binaryOnMutants() throws {
        var generator = SeededGenerator(seed: 78)
        let seed = try RepositoryFiles.bytes("Examples/rulebooks/draft-2026-hypothese.json")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cpts-rulebook-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<20 {
            let bytes = FuzzTests.mutate(FuzzTests.mutate(seed, using: &generator), using: &generator)
            let file = directory.appendingPathComponent("mutant-\(index).json")
            try Data(bytes).write(to: file)
            let result = try CLIRunner.run(["impact", "Examples", "--rulebook", file.path, "--format", "json"])
            #expect(!result.signaled)
            #expect(result.status == 0 || result.status == 65, "\(result.status): \(result.stderr)")
        }
    }
}
