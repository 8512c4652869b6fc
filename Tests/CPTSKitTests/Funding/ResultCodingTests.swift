import CPTSKitTesting
import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

@Suite("Results as JSON: Codable round trips, the documents cpts prints, refusals at the coding path")
struct ResultCodingTests {
    static let asOf = CalendarDate(unchecked: 2026, 11, 30)

    /// Fundings and schedules of the bundled examples, the full T3 contract and amended random contracts
    /// (terminations, catch-ups, rulebook changes: every payment event).
    static func cases() throws -> [(ContractFunding, PaymentSchedule)] {
        var contracts = try BundledExample.allCases.map { try $0.contract() }
        contracts.append(try TestContracts.fullT3())
        var generator = SeededGenerator(seed: 1606)
        for _ in 0..<40 { contracts.append(try RandomAmendedContracts.make(using: &generator)) }
        for _ in 0..<20 { contracts.append(try RandomContracts.make(using: &generator)) }
        return try contracts.map { contract in try FundingEngine().fundingAndSchedule(for: contract, asOf: asOf) }
    }

    /// The value with every object's members sorted by key: Foundation's `JSONEncoder` on Linux does
    /// not keep the order in which a value encodes its keys, so documents are compared this way.
    static func sortedKeys(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): .object(members.map { ($0.key, sortedKeys($0.value)) }.sorted { $0.0 < $1.0 })
        case .array(let items): .array(items.map(sortedKeys))
        default: value
        }
    }

    /// What Foundation's `JSONEncoder` writes for `value`, keys sorted.
    static func foundation(_ value: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSONValue(parsing: Array(encoder.encode(value)))
    }

    /// What ``JSONValue/init(encoding:)`` writes, or what `cpts` printed, keys sorted.
    static func sorted(_ text: String) throws -> JSONValue { sortedKeys(try JSONValue(parsing: Array(text.utf8))) }

    static func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: try JSONEncoder().encode(value))
    }

    @Test("Fundings, statements, schedules and warnings come back equal through JSONEncoder and JSONDecoder")
    func roundTrips() throws {
        let cases = try Self.cases()
        var events = Set<String>()
        for (funding, schedule) in cases {
            #expect(try Self.roundTrip(funding) == funding)
            #expect(try Self.roundTrip(schedule) == schedule)
            for statement in funding.years { #expect(try Self.roundTrip(statement) == statement) }
            for payment in schedule.payments { events.insert(payment.event.key) }
        }
        #expect(events == Set(PaymentEvent.keys), "the cases pay on every kind of event")
        #expect(cases.contains { $0.0.terminatedOn != nil })
        #expect(cases.contains { !$0.0.allWarnings.isEmpty })
        // Every warning carries the value it is about, as a file writes it.
        #expect(cases.allSatisfy { $0.0.allWarnings.allSatisfy { $0.value?.isEmpty == false } })
    }

    @Test("JSONValue(encoding:) writes what JSONEncoder writes: same keys, same values")
    func sameAsFoundation() throws {
        for (funding, schedule) in try Self.cases().prefix(8) {
            #expect(try Self.sortedKeys(JSONValue(encoding: funding)) == Self.foundation(funding))
            #expect(try Self.sortedKeys(JSONValue(encoding: schedule)) == Self.foundation(schedule))
        }
    }

    @Test("cpts funding and cpts schedule --format json are the encodings of the library's values")
    func commandOutputIsTheEncoding() throws {
        for example in BundledExample.allCases {
            let contract = try example.contract()
            let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract, asOf: CalendarDate(parsing: CLIRunner.today))
            let path = "Examples/\(example.fileName)"
            let printed = try CLIRunner.run(["funding", path, "--format", "json"])
            #expect(printed.status == 0)
            #expect(try Self.sorted(printed.stdout) == Self.foundation(funding))
            #expect(try JSONDecoder().decode(ContractFunding.self, from: Data(printed.stdout.utf8)) == funding)
            let calendar = try CLIRunner.run(["schedule", path, "--format", "json"])
            #expect(try JSONDecoder().decode(PaymentSchedule.self, from: Data(calendar.stdout.utf8)) == schedule)
            #expect(try Self.sorted(calendar.stdout) == Self.foundation(schedule))
            let year = try CLIRunner.run(["funding", path, "--format", "json", "--year", "2"])
            let statement = try JSONDecoder().decode(FundingStatement.self, from: Data(year.stdout.utf8))
            #expect(statement == funding.years[1])
            #expect(year.stdout.contains("\"format\": \"cpts-statement/1\""))
            #expect(try Self.sorted(year.stdout) == Self.foundation(statement))
        }
    }

    @Test("--year of a year the terminated contract does not have is an error naming the year")
    func missingYear() throws {
        let contract = try TestContracts.fullT3(signedOn: CalendarDate(unchecked: 2023, 5, 12))
            .adding(amendment: try Amendment(effectiveOn: CalendarDate(unchecked: 2025, 1, 31), change: .termination))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("terminated-\(UUID().uuidString).json")
        try Data(contract.jsonText.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["funding", file.path, "--year", "5", "--format", "json"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("--year: the contract has no year 5, terminated on"))
    }

    @Test("The format key is written at the top level only, and checked when present")
    func formatKey() throws {
        let funding = try FundingEngine().funding(for: try TestContracts.fullT3(), asOf: Self.asOf)
        let document = try JSONValue(encoding: funding)
        guard case .object(let members) = document, case .array(let years)? = members.first(where: { $0.key == "years" })?.value,
              case .object(let year)? = years.first else { Issue.record("not an object"); return }
        #expect(members.first?.key == "format")
        #expect(members.first?.value == .string("cpts-funding/1"))
        #expect(!year.contains { $0.key == "format" })
        guard case .array(let list) = try JSONValue(encoding: funding.years) else { Issue.record("not an array"); return }
        #expect(list.count == funding.years.count)

        var text = try JSONValue(encoding: funding).serialized()
        text = text.replacingOccurrences(of: "\"cpts-funding/1\"", with: "\"cpts-funding/2\"")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ContractFunding.self, from: Data(text.utf8)) }
        let without = text.replacingOccurrences(of: "\"format\": \"cpts-funding/2\",", with: "")
        #expect(try JSONDecoder().decode(ContractFunding.self, from: Data(without.utf8)) == funding)
    }

    /// Replaces the first occurrence of `old` in the encoding of `value`, decodes, and returns the
    /// coding path of the `DecodingError.dataCorrupted` it must throw.
    static func corruptedPath<Value: Codable>(_ value: Value, replacing old: String, with new: String) throws -> String? {
        let text = try JSONValue(encoding: value).serialized()
        guard let range = text.range(of: old) else { Issue.record("\(old) not found"); return nil }
        let changed = text.replacingCharacters(in: range, with: new)
        do {
            _ = try JSONDecoder().decode(Value.self, from: Data(changed.utf8))
        } catch DecodingError.dataCorrupted(let context) {
            return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        Issue.record("\(old) → \(new) was accepted")
        return nil
    }

    @Test("A corrupted funding is refused at its coding path")
    func corruptedFunding() throws {
        let funding = try FundingEngine().funding(for: try BundledExample.ploermel.contract(), asOf: Self.asOf)
        let total = "\"total_cents\": \(funding.total.cents)"
        #expect(try Self.corruptedPath(funding, replacing: total, with: "\"total_cents\": \(funding.total.cents + 1)") == "total_cents")
        let yearTotal = "\"total_cents\": \(funding.years[0].total.cents)"
        #expect(try Self.corruptedPath(funding, replacing: yearTotal, with: "\"total_cents\": \(funding.years[0].total.cents - 1)")
                    == "years.0.total_cents")
        #expect(try Self.corruptedPath(funding, replacing: "\"rate\": \"1\"", with: "\"rate\": \"un\"") == "years.0.lines.0.rate")
        #expect(try Self.corruptedPath(funding, replacing: "\"size_class\": \"T2\"", with: "\"size_class\": \"T9\"") == "size_class")
        #expect(try Self.corruptedPath(funding, replacing: "\"signed_on\": \"", with: "\"signed_on\": \"x") == "signed_on")
        let measured = try #require(funding.lines.first { if case .measured = $0.result { true } else { false } })
        let result = try JSONValue(encoding: try #require(measured.result)).serialized()
        #expect(try Self.corruptedPath(funding, replacing: "\"result\": \(result)", with: "\"result\": \"7O\"")?.hasSuffix(".result") == true)
    }

    @Test("A corrupted schedule is refused at its coding path")
    func corruptedSchedule() throws {
        let (_, schedule) = try FundingEngine().fundingAndSchedule(for: try TestContracts.fullT3(), asOf: Self.asOf)
        #expect(try Self.corruptedPath(schedule, replacing: "\"total_cents\": \(schedule.total.cents)",
                                       with: "\"total_cents\": \(schedule.total.cents + 1)") == "total_cents")
        #expect(try Self.corruptedPath(schedule, replacing: "\"pending_total_cents\": \(schedule.pendingTotal.cents)",
                                       with: "\"pending_total_cents\": \(schedule.pendingTotal.cents - 1)") == "pending_total_cents")
        #expect(try Self.corruptedPath(schedule, replacing: "\"event\": \"signature\"", with: "\"event\": \"signing\"") == "payments.0.event")
        #expect(try Self.corruptedPath(schedule, replacing: "\"status\": \"due\"", with: "\"status\": \"paid\"") == "payments.0.settles.0.status")
        let first = try #require(schedule.payments.first)
        #expect(try Self.corruptedPath(schedule, replacing: "\"amount_cents\": \(first.amount.cents),\n      \"pending_cents\"",
                                       with: "\"amount_cents\": \(first.amount.cents + 1),\n      \"pending_cents\"") == "payments.0.amount_cents")
        let anniversary = try #require(schedule.payments.firstIndex { if case .anniversary = $0.event { true } else { false } })
        let number = "\"anniversary\": 1,"
        #expect(try Self.corruptedPath(schedule, replacing: number, with: "\"anniversary\": 0,") == "payments.\(anniversary).event")
    }

    @Test("Payment events: every key, an anniversary's number at its boundary")
    func paymentEvents() {
        #expect(PaymentEvent(key: "signature") == .signature)
        #expect(PaymentEvent(key: "mission_start") == .missionStart)
        #expect(PaymentEvent(key: "catch_up") == .catchUp)
        #expect(PaymentEvent(key: "termination") == .termination)
        #expect(PaymentEvent(key: "anniversary", anniversary: 1) == .anniversary(1))
        #expect(PaymentEvent(key: "anniversary", anniversary: 0) == nil)
        #expect(PaymentEvent(key: "anniversary", anniversary: 2) == .anniversary(2))
        #expect(PaymentEvent(key: "anniversary") == nil)
        #expect(PaymentEvent(key: "birthday") == nil)
        for key in PaymentEvent.keys { #expect(PaymentEvent(key: key, anniversary: 3)?.key == key) }
    }

    @Test("Errors and warnings travel as JSON: kind, stable code, path, raw value")
    func errorsAndWarnings() throws {
        let error = CPTSKitError(.invalidAmount, path: "missions[0].budget.fixed", message: "not an amount", value: "12,5")
        #expect(try Self.roundTrip(error) == error)
        let bare = CPTSKitError(.overflow, path: "", message: "too large")
        #expect(try Self.roundTrip(bare) == bare)
        #expect(try JSONValue(encoding: error) == .object([
            ("kind", .string("invalid_amount")), ("code", .number("7")), ("path", .string("missions[0].budget.fixed")),
            ("message", .string("not an amount")), ("message_fr", .string("not an amount")), ("value", .string("12,5")),
        ]))
        #expect(try JSONValue(encoding: bare).serialized(pretty: false).contains("\"value\":null"))
        let wrongCode = #"{"kind": "invalid_amount", "code": 8, "path": "", "message": "m", "value": null}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CPTSKitError.self, from: Data(wrongCode.utf8)) }
        let noCode = #"{"kind": "invalid_amount", "path": "", "message": "m"}"#
        #expect(try JSONDecoder().decode(CPTSKitError.self, from: Data(noCode.utf8)).kind == .invalidAmount)
        for kind in FundingWarning.Kind.allCases {
            let warning = FundingWarning(kind, path: "missions[1]", message: "m")
            #expect(try Self.roundTrip(warning) == warning)
            let valued = FundingWarning(kind, path: "missions[1]", message: BilingualText(fr: "f", en: "e"), value: "2026-04-09")
            #expect(try Self.roundTrip(valued) == valued)
            #expect(try JSONValue(encoding: valued).serialized(pretty: false).contains("\"value\":\"2026-04-09\""))
        }
    }

    @Test("Results and sources: booleans, exact decimals and ratios; the source's first space splits it")
    func leafValues() throws {
        for result in [IndicatorResult.achieved(true), .achieved(false), .measured(try Fraction(parsing: "71.2")),
                       .measured(try Fraction(2, 3)), .measured(Fraction(-4))] {
            #expect(try Self.roundTrip([result]) == [result])
        }
        #expect(try JSONValue(encoding: [IndicatorResult.measured(try Fraction(parsing: "71.20"))]) == .array([.string("71.2")]))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([IndicatorResult].self, from: Data("[12]".utf8)) }
        for source in [SourceReference("ACI-2019", "art. 9.1"), SourceReference("contrat"), SourceReference("AV2", "avis au JO")] {
            #expect(try Self.roundTrip([source]) == [source])
        }
    }

    struct Scalars: Encodable {
        func encode(to encoder: any Encoder) throws {
            var unkeyed = encoder.unkeyedContainer()
            try unkeyed.encode(1.5)
            try unkeyed.encode(2.0)
            try unkeyed.encode(Float(0.25))
            try unkeyed.encode(Int8(-8))
            try unkeyed.encode(UInt16(16))
            try unkeyed.encode(Int32(32))
            try unkeyed.encode(Int16(-16))
            try unkeyed.encode(UInt(7))
            try unkeyed.encode(UInt64(64))
            try unkeyed.encode(UInt32(3))
            try unkeyed.encode(UInt8(8))
            try unkeyed.encodeNil()
            try unkeyed.encode(true)
            var nested = unkeyed.nestedUnkeyedContainer()
            try nested.encode("a")
            var keyed = unkeyed.nestedContainer(keyedBy: Key.self)
            try keyed.encode("x", forKey: .first)
            try keyed.encode("y", forKey: .first)
            var inner = keyed.nestedUnkeyedContainer(forKey: .second)
            try inner.encode(1)
            var object = keyed.nestedContainer(keyedBy: Key.self, forKey: .third)
            try object.encodeNil(forKey: .first)
            try "super".encode(to: keyed.superEncoder(forKey: .fourth))
            try "base".encode(to: keyed.superEncoder())
            try "element".encode(to: unkeyed.superEncoder())
            var single = unkeyed.superEncoder().singleValueContainer()
            try single.encodeNil()
            _ = unkeyed.count
        }

        enum Key: String, CodingKey { case first, second, third, fourth }
    }

    @Test("The tree encoder writes every kind of scalar and container as JSONEncoder does")
    func treeEncoder() throws {
        let tree = try JSONValue(encoding: Scalars())
        #expect(Self.sortedKeys(tree) == (try Self.foundation(Scalars())))
        #expect(tree.serialized(pretty: false)
                    == #"[1.5,2,0.25,-8,16,32,-16,7,64,3,8,null,true,["a"],{"first":"y","second":[1],"third":{"first":null},"fourth":"super","super":"base"},"element",null]"#)
        #expect(throws: EncodingError.self) { try JSONValue(encoding: [Double.infinity]) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: [Float.nan]) }
        #expect(try JSONValue(encoding: [String: Int]()) == .object([]))
        struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }
        #expect(try JSONValue(encoding: Nothing()) == .object([]))
        #expect(try JSONValue(encoding: "text") == .string("text"))
    }
}
