import CPTSKitReports
import CPTSKitTesting
import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

@Suite("OutputFormat.md documents every key and every format cpts prints")
struct OutputFormatDocumentationTests {
    /// Every key of every object in a document.
    static func keys(of value: JSONValue) -> Set<String> {
        switch value {
        case .object(let members): members.reduce(into: Set(members.map(\.key))) { $0.formUnion(keys(of: $1.value)) }
        case .array(let items): items.reduce(into: Set<String>()) { $0.formUnion(keys(of: $1)) }
        default: []
        }
    }

    @Test("Every key of a funding, a statement, a schedule, a warning and an error is in the document")
    func everyKey() throws {
        let text = try RepositoryFiles.text("Documentation/OutputFormat.md")
        var contract = try TestContracts.fullT3(signedOn: CalendarDate(unchecked: 2021, 5, 12))
        contract = try contract.adding(amendment: try Amendment(effectiveOn: CalendarDate(unchecked: 2024, 1, 31), change: .termination))
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract, asOf: CalendarDate(unchecked: 2026, 11, 30))
        let error = CPTSKitError(.invalidAmount, path: "missions[0].budget.fixed", message: "m", value: "12,5")
        var keys = Set<String>()
        for value in [try JSONValue(encoding: funding), try JSONValue(encoding: funding.years[0]), try JSONValue(encoding: schedule),
                      try JSONValue(encoding: error)] {
            keys.formUnion(Self.keys(of: value))
        }
        #expect(keys.count > 40)
        for key in keys.sorted() { #expect(text.contains("`\(key)`"), "OutputFormat.md does not document \(key)") }
        let values = FundingRule.allCases.map(\.rawValue) + FundingPart.allCases.map(\.rawValue) + LineStatus.allCases.map(\.rawValue)
            + SettlementShare.allCases.map(\.rawValue) + PaymentEvent.keys + FundingWarning.Kind.allCases.map(\.rawValue)
            + Confidence.allCases.map(\.rawValue) + MissionKind.allCases.map(\.key) + Volet.allCases.map(\.rawValue)
        for value in values { #expect(text.contains("`\(value)`"), "OutputFormat.md does not list \(value)") }
    }

    @Test("Every key of the quarterly follow-up is in the document")
    func followUpKeys() throws {
        let text = try RepositoryFiles.text("Documentation/OutputFormat.md")
        let contract = try BundledExample.lorientLittoral.contract()
        // 2027-04-01: the window holds a payment and deployment deadlines; every indicator kind is measured.
        let followUp = try FundingEngine().followUp(for: contract, asOf: CalendarDate(unchecked: 2027, 4, 1))
        let keys = Self.keys(of: FollowUpRenderer.json(followUp, warnings: try FundingEngine().validate(contract, asOf: CalendarDate(unchecked: 2027, 4, 1))))
        #expect(keys.count > 30)
        for key in keys.sorted() { #expect(text.contains("`\(key)`"), "OutputFormat.md does not document \(key)") }
    }

    @Test("Every format identifier the sources write is documented, and the JSON outputs of cpts start with one")
    func everyFormat() throws {
        let text = try RepositoryFiles.text("Documentation/OutputFormat.md")
        let sources = try FileManager.default.subpathsOfDirectory(atPath: RepositoryFiles.url("Sources").path)
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix(".generated.swift") }
        var identifiers = Set<String>()
        for path in sources {
            let source = try RepositoryFiles.text("Sources/" + path)
            var rest = Substring(source)
            while let range = rest.range(of: "\"cpts-") {
                let tail = rest[range.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                let identifier = "cpts-" + tail[..<end]
                if identifier.hasSuffix("/1") { identifiers.insert(identifier) }
                rest = tail[end...]
            }
        }
        #expect(identifiers.count >= 12)
        for identifier in identifiers { #expect(text.contains("`\(identifier)`"), "OutputFormat.md does not document \(identifier)") }

        let file = "Examples/lorient-littoral-2025.json"
        let commands: [[String]] = [
            ["funding", file], ["funding", file, "--year", "1"], ["schedule", file], ["validate", file],
            ["whatif", "reachable", file], ["whatif", "compare", file, "--year", "1", "--basis", "30/360"], ["review", file, "--year", "1"],
            ["portfolio", "Examples"], ["rules"], ["rules", "diff", "aci-2019", "aci-2019-av2"], ["coverage", file],
            ["followup", file],
        ]
        for command in commands {
            let result = try CLIRunner.run(command + ["--format", "json"])
            #expect(result.status == 0, "\(command)")
            guard case .object(let members) = try JSONValue(parsing: Array(result.stdout.utf8)),
                  case .string(let format)? = members.first?.value, members.first?.key == "format" else {
                Issue.record("\(command): no format key first"); continue
            }
            #expect(identifiers.contains(format), "\(command): \(format)")
        }
    }
}
