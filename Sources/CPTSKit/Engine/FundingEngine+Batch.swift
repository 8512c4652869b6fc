import Foundation

// Many contracts at once, in parallel, in input order: what a server computing a portfolio for a
// request would otherwise write by hand with a task group.

extension FundingEngine {
    /// The fundings of many contracts, computed in parallel, in the order of `contracts`.
    ///
    /// Each is the value ``funding(for:rulebook:asOf:)`` gives for that contract alone.
    ///
    /// - Parameters:
    ///   - contracts: The contracts.
    ///   - asOf: The date of the deadline and reported-results warnings; `nil` for none.
    /// - Returns: One funding per contract, in order.
    /// - Throws: The error of the first contract (in input order) that cannot be computed, its
    ///   path under `contracts[i]`.
    public func fundings(for contracts: [ACIContract], asOf: CalendarDate? = nil) async throws(CPTSKitError) -> [ContractFunding] {
        try await inParallel(contracts) { (contract) throws(CPTSKitError) in try funding(for: contract, asOf: asOf) }
    }

    /// The payment calendars of many contracts, computed in parallel, in the order of `contracts`.
    ///
    /// - Parameter contracts: The contracts.
    /// - Returns: One schedule per contract, in order, each the value of ``schedule(for:rulebook:)``.
    /// - Throws: The error of the first contract (in input order) that cannot be computed, its
    ///   path under `contracts[i]`.
    public func schedules(for contracts: [ACIContract]) async throws(CPTSKitError) -> [PaymentSchedule] {
        try await inParallel(contracts) { (contract) throws(CPTSKitError) in try schedule(for: contract) }
    }

    /// Maps contracts in chunks, one task per chunk (a few per core), and puts the results back in order.
    private func inParallel<Value: Sendable>(_ contracts: [ACIContract],
                                             _ compute: @escaping @Sendable (ACIContract) throws(CPTSKitError) -> Value)
        async throws(CPTSKitError) -> [Value]
    {
        let chunkCount = min(contracts.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        guard chunkCount > 0 else { return [] }
        let chunkSize = (contracts.count + chunkCount - 1) / chunkCount
        let outcomes = await withTaskGroup(of: (Int, [Result<Value, CPTSKitError>]).self) { group in
            for start in stride(from: 0, to: contracts.count, by: chunkSize) {
                let chunk = Array(contracts[start..<min(start + chunkSize, contracts.count)])
                group.addTask {
                    (start, chunk.map { contract in Result { () throws(CPTSKitError) in try compute(contract) } })
                }
            }
            var all = [Result<Value, CPTSKitError>?](repeating: nil, count: contracts.count)
            for await (start, results) in group {
                for (offset, result) in results.enumerated() { all[start + offset] = result }
            }
            return all
        }
        var values: [Value] = []
        values.reserveCapacity(contracts.count)
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let value): values.append(value)
            case .failure(let error): throw error.nested(under: "contracts[\(index)]")
            case nil:
                throw CPTSKitError(.invalidArgument, path: "contracts[\(index)]",
                                   message: BilingualText(fr: "ce contrat n'a pas été calculé", en: "this contract was not computed"), value: nil)
            }
        }
        return values
    }
}
