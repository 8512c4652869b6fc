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
            // A year split by a rulebook change has one line per rulebook for the same part.
            func key(_ line: FundingLine) -> String {
                "\(line.mission?.key ?? "-")|\(line.part.rawValue)|\(line.indicator ?? "-")|\(line.rulebook)"
            }
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
                                             delta: Euros(cents: counted(other) &- counted(line)),
                                             baseStatus: line.status, scenarioStatus: other?.status))
                }
            }
            for line in new.lines where !seen.contains(key(line)) {
                differences.append(.init(year: new.year.number, mission: line.mission, part: line.part, indicator: line.indicator,
                                         base: nil, scenario: line.amount, delta: Euros(cents: counted(line)),
                                         baseStatus: nil, scenarioStatus: line.status))
            }
        }
        return ScenarioComparison(base: base, scenario: varied, differences: differences)
    }
}
