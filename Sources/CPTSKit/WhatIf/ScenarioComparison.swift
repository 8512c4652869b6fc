/// A scenario's funding beside the base funding, line by line.
public struct ScenarioComparison: Hashable, Sendable {
    /// One line whose amount differs, or that exists on one side only.
    public struct Difference: Hashable, Sendable {
        /// The contract year.
        public let year: Int
        /// The mission, for volet 2.
        public let mission: MissionKind?
        /// The part.
        public let part: FundingPart
        /// The indicator, for variable lines.
        public let indicator: String?
        /// The amount in the base funding (`nil`: no such line).
        public let base: Euros?
        /// The amount in the scenario (`nil`: no such line).
        public let scenario: Euros?
        /// `scenario − base`, counting an absent line as zero and pending lines as zero.
        public let delta: Euros
    }

    /// The funding of the contract as it is.
    public let base: ContractFunding
    /// The funding under the scenario.
    public let scenario: ContractFunding
    /// The lines that differ, year by year, in the base statement's order.
    public let differences: [Difference]

    /// `scenario.total − base.total` (pending lines excluded on both sides).
    public var totalDifference: Euros { Euros(cents: scenario.total.cents &- base.total.cents) }
    /// `scenario.maxTotal − base.maxTotal`.
    public var maxTotalDifference: Euros { Euros(cents: scenario.maxTotal.cents &- base.maxTotal.cents) }

    /// The difference of one year's totals.
    ///
    /// - Parameter year: The contract year, 1…5.
    public func totalDifference(year: Int) -> Euros {
        guard (1...min(base.years.count, scenario.years.count)).contains(year) else { return .zero }
        return Euros(cents: scenario.years[year - 1].total.cents &- base.years[year - 1].total.cents)
    }
}

extension FundingEngine {
    /// Computes a contract with and without a scenario and lists the lines that differ.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - scenario: The variation.
    /// - Returns: Both fundings and their differences.
    /// - Throws: ``CPTSKitError`` from either computation.
    public func compare(_ contract: ACIContract, with scenario: Scenario) throws(CPTSKitError) -> ScenarioComparison {
        let base = try funding(for: contract)
        let varied = try funding(for: try scenario.apply(to: contract), rulebook: scenario.rulebook)
        var differences: [ScenarioComparison.Difference] = []
        for (old, new) in zip(base.years, varied.years) {
            func key(_ line: FundingLine) -> String { "\(line.mission?.key ?? "-")|\(line.part.rawValue)|\(line.indicator ?? "-")" }
            func counted(_ line: FundingLine?) -> Int64 { line.map { $0.isSettled ? $0.amount.cents : 0 } ?? 0 }
            var newByKey: [String: FundingLine] = [:]
            for line in new.lines { newByKey[key(line)] = line }
            var seen: Set<String> = []
            for line in old.lines {
                let k = key(line)
                seen.insert(k)
                let other = newByKey[k]
                if other?.amount != line.amount || other?.status != line.status {
                    differences.append(.init(year: old.year.number, mission: line.mission, part: line.part, indicator: line.indicator,
                                             base: line.amount, scenario: other?.amount,
                                             delta: Euros(cents: counted(other) &- counted(line))))
                }
            }
            for line in new.lines where !seen.contains(key(line)) {
                differences.append(.init(year: new.year.number, mission: line.mission, part: line.part, indicator: line.indicator,
                                         base: nil, scenario: line.amount, delta: Euros(cents: counted(line))))
            }
        }
        return ScenarioComparison(base: base, scenario: varied, differences: differences)
    }
}
