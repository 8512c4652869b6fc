import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// Attacks the contract reader with mutated files: every outcome is a contract or a typed error.
@Suite("Fuzzing the contract reader", .serialized)
struct FuzzTests {
    /// The mutations, each a function of the bytes and the generator.
    static func mutate(_ input: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return [UInt8(ascii: "{")] }
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<14, using: &generator) {
        case 0:
            bytes.remove(at: position)
        case 1:
            bytes.insert(bytes[position], at: position)
        case 2:
            let other = Int.random(in: 0..<bytes.count, using: &generator)
            bytes.swapAt(position, other)
        case 3:
            bytes[position] = UInt8.random(in: 0...255, using: &generator)
        case 4:
            let end = min(bytes.count, position + Int.random(in: 1...200, using: &generator))
            bytes.removeSubrange(position..<end)
        case 5:
            let numbers = ["-1", "1e308", "99999999999999999999999999", "-0", "0.001", "1.5e-7", "\"x\"", "null", "true", "[]", "{}"]
            let replacement = Array(numbers[Int.random(in: 0..<numbers.count, using: &generator)].utf8)
            if let digit = bytes[position...].firstIndex(where: { (48...57).contains($0) }) {
                var end = digit
                while end < bytes.count, (48...57).contains(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
                bytes.replaceSubrange(digit..<end, with: replacement)
            }
        case 6:
            // Change a string value's type: "…" → 0 or [ ].
            if let quote = bytes[position...].firstIndex(of: UInt8(ascii: "\"")),
               let close = bytes[(quote + 1)...].firstIndex(of: UInt8(ascii: "\"")) {
                bytes.replaceSubrange(quote...close, with: Array((Bool.random(using: &generator) ? "0" : "[ ]").utf8))
            }
        case 7:
            bytes.insert(contentsOf: [0xFF, 0xC0, 0x80], at: position)
        case 8:
            let depth = Int.random(in: 1...200, using: &generator)
            bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: depth), at: position)
        case 9:
            bytes = Array(bytes.prefix(position))
        case 10:
            // Duplicate a whole line (fields repeated, indicators duplicated).
            let start = bytes[..<position].lastIndex(of: 10).map { $0 + 1 } ?? 0
            let end = bytes[position...].firstIndex(of: 10) ?? bytes.count
            bytes.insert(contentsOf: bytes[start..<end] + [10], at: start)
        case 12:
            // Move a date (an amendment's, a start, a deployment, the signature) to another day of 2019–2027.
            if let quote = bytes[position...].firstIndex(where: { $0 == UInt8(ascii: "\"") }),
               quote + 11 < bytes.count, bytes[quote + 5] == UInt8(ascii: "-"), bytes[quote + 8] == UInt8(ascii: "-") {
                let date = String(format: "%04d-%02d-%02d", Int.random(in: 2019...2027, using: &generator),
                                  Int.random(in: 1...12, using: &generator), Int.random(in: 1...28, using: &generator))
                bytes.replaceSubrange((quote + 1)...(quote + 10), with: Array(date.utf8))
            }
        case 13:
            // The fields of contracts over time, well or badly placed.
            let fields = ["\"rulebook_changes\": \"none\",", "\"rulebook_changes\": \"effective_date\",",
                          "\"amendments\": [{\"effective_on\": \"2026-01-01\", \"change\": \"termination\"}],",
                          "\"amendments\": [{\"effective_on\": \"2026-01-01\", \"change\": \"population\", \"population\": 190000}],",
                          "\"amendments\": [{\"effective_on\": \"2025-12-01\", \"change\": \"rulebook\", \"rulebook\": \"aci-2019\"}],",
                          "\"deployed_on\": \"2026-03-01\","]
            let field = Array(fields[Int.random(in: 0..<fields.count, using: &generator)].utf8)
            if let brace = bytes[position...].firstIndex(of: UInt8(ascii: "{")) {
                bytes.insert(contentsOf: field, at: brace + 1)
            }
        default:
            let words = ["\"extra\": 1,", "\"2025-02-29\"", "\"custom:\"", "\"tiers\"", "\"lower\"", "\"-5\"", "\"1/0\"",
                         "\"termination\"", "\"budget\"", "\"indicators\"", "\"next_anniversary\""]
            bytes.insert(contentsOf: Array(words[Int.random(in: 0..<words.count, using: &generator)].utf8), at: position)
        }
        return bytes
    }

    /// Decodes and computes; the outcome must be a value or a well-formed error.
    static func exercise(_ bytes: [UInt8]) -> String {
        do throws(CPTSKitError) {
            let contract = try ACIContract(jsonBytes: bytes)
            let funding = try FundingEngine().funding(for: contract)
            let schedule = try FundingEngine().schedule(for: contract, funding: funding)
            guard schedule.total == funding.total else { return "mismatch" }
            return "ok"
        } catch {
            if error.path.isEmpty && error.kind != .malformedJSON && error.kind != .wrongType { return "error without path: \(error)" }
            if error.message.isEmpty { return "error without message" }
            return "error"
        }
    }

    @Test("Five thousand mutants of the bundled examples: a value or a typed error, never a crash")
    func mutants() throws {
        var generator = SeededGenerator(seed: 20251125)
        let seeds = BundledExample.allCases.map { Array($0.jsonText.utf8) }
            + [try RepositoryFiles.bytes("Tests/Fixtures/valid-format-example.json")]
        var outcomes: [String: Int] = [:]
        for round in 0..<5_000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...3, using: &generator) { bytes = Self.mutate(bytes, using: &generator) }
            let outcome = Self.exercise(bytes)
            #expect(outcome == "ok" || outcome == "error", "\(outcome)")
            outcomes[outcome, default: 0] += 1
        }
        // Mutations must really exercise both paths.
        #expect((outcomes["ok"] ?? 0) > 100)
        #expect((outcomes["error"] ?? 0) > 2_000)
    }

    @Test("Edge inputs: empty, whitespace, a lone BOM, invalid UTF-8, deep nesting, a 10 MB file")
    func edges() throws {
        #expect(Self.exercise([]) == "error")
        #expect(Self.exercise(Array("   \n".utf8)) == "error")
        #expect(Self.exercise([0xEF, 0xBB, 0xBF]) == "error")
        #expect(Self.exercise([0xFF, 0xFE, 0x00]) == "error")
        #expect(Self.exercise(Array(String(repeating: "{\"a\":", count: 10_000).utf8)) == "error")
        // A 10 MB file: a valid contract whose label is 10 million characters.
        let example = BundledExample.lorientLittoral.jsonText
        let huge = example.replacingOccurrences(of: "\"CPTS Lorient Littoral\"",
                                                with: "\"" + String(repeating: "é", count: 5_000_000) + "\"")
        #expect(huge.utf8.count > 10_000_000)
        #expect(Self.exercise(Array(huge.utf8)) == "ok")
    }

    @Test("The cpts binary on a sample of mutants: exit 0 or 65, never a signal")
    func binaryOnMutants() throws {
        var generator = SeededGenerator(seed: 77)
        let seed = Array(BundledExample.ploermel.jsonText.utf8)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cpts-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<40 {
            let bytes = Self.mutate(Self.mutate(seed, using: &generator), using: &generator)
            let file = directory.appendingPathComponent("mutant-\(index).json")
            try Data(bytes).write(to: file)
            let result = try CLIRunner.run(["funding", file.path, "--format", "json"])
            #expect(!result.signaled)
            #expect(result.status == 0 || result.status == 65, "\(result.status): \(result.stderr)")
            if result.status == 65 { #expect(result.stderr.hasPrefix(file.path + ": ")) }
        }
    }
}
