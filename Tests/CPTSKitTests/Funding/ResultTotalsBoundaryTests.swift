import Foundation
import Testing
@testable import CPTSKit
import CPTSKitExamples

/// Decoding checks that every total is the sum of what it holds: a total one cent below, equal
/// to and one cent above its sum, for every total of a funding, a statement, a schedule and a payment.
@Suite("Decoding results: every total at its boundary")
struct ResultTotalsBoundaryTests {
    /// Where a total sits in a document, as a path of keys and indices.
    static var fundingTotals: [[Any]] { [["total_cents"], ["max_total_cents"], ["years", 0, "total_cents"],
                                         ["years", 0, "max_total_cents"], ["years", 4, "total_cents"]] }
    static var scheduleTotals: [[Any]] { [["total_cents"], ["pending_total_cents"], ["payments", 0, "amount_cents"],
                                          ["payments", 1, "pending_cents"]] }

    /// The document with the integer at `path` moved by `delta`.
    static func moved(_ object: Any, _ path: ArraySlice<Any>, by delta: Int) -> Any {
        guard let head = path.first else { return ((object as? Int) ?? 0) + delta }
        if let key = head as? String, var dictionary = object as? [String: Any] {
            dictionary[key] = moved(dictionary[key] as Any, path.dropFirst(), by: delta)
            return dictionary
        }
        if let index = head as? Int, var array = object as? [Any] {
            array[index] = moved(array[index], path.dropFirst(), by: delta)
            return array
        }
        return object
    }

    static func decodes<T: Decodable>(_ type: T.Type, _ data: Data, at path: [Any], moving delta: Int) throws -> Bool {
        let object = try JSONSerialization.jsonObject(with: data)
        let changed = try JSONSerialization.data(withJSONObject: moved(object, path[...], by: delta))
        do {
            _ = try JSONDecoder().decode(type, from: changed)
            return true
        } catch DecodingError.dataCorrupted {
            return false
        }
    }

    @Test("A funding and its statements: each total decodes only when it is the sum", arguments: [-1, 0, 1])
    func funding(_ delta: Int) throws {
        let (funding, _) = try FundingEngine().fundingAndSchedule(for: try BundledExample.radeARia.contract())
        let data = try JSONEncoder().encode(funding)
        for path in Self.fundingTotals {
            #expect(try Self.decodes(ContractFunding.self, data, at: path, moving: delta) == (delta == 0), "\(path)")
        }
        let statement = try JSONEncoder().encode(funding.years[2])
        for key in ["total_cents", "max_total_cents"] {
            #expect(try Self.decodes(FundingStatement.self, statement, at: [key], moving: delta) == (delta == 0), "\(key)")
        }
    }

    @Test("A schedule and its payments: each total decodes only when it is the sum", arguments: [-1, 0, 1])
    func schedule(_ delta: Int) throws {
        let (_, schedule) = try FundingEngine().fundingAndSchedule(for: try BundledExample.radeARia.contract())
        let data = try JSONEncoder().encode(schedule)
        for path in Self.scheduleTotals {
            #expect(try Self.decodes(PaymentSchedule.self, data, at: path, moving: delta) == (delta == 0), "\(path)")
        }
    }
}
