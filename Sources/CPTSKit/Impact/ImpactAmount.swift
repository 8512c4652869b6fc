/// An amount without and with a draft rulebook: the baseline, the scenario and their difference.
public struct ImpactAmount: Hashable, Sendable {
    /// Under the rulebooks in force (the baseline registry).
    public internal(set) var baseline = Euros.zero
    /// With the draft rulebook added to them.
    public internal(set) var scenario = Euros.zero

    /// Zero on both sides.
    public init() {}

    /// Both sides given.
    ///
    /// - Parameters:
    ///   - baseline: The baseline amount.
    ///   - scenario: The scenario amount.
    public init(baseline: Euros, scenario: Euros) {
        self.baseline = baseline
        self.scenario = scenario
    }

    /// `scenario − baseline`: positive when the draft pays more.
    ///
    /// Sums are checked when they are built (``adding(_:)``): amounts stay far below the bounds
    /// where the difference could overflow.
    public var difference: Euros { Euros(cents: scenario.cents &- baseline.cents) }

    /// The sum of two amounts, side by side.
    ///
    /// - Parameter other: The amount to add.
    /// - Throws: ``CPTSKitError/Kind/overflow``.
    public func adding(_ other: ImpactAmount) throws(CPTSKitError) -> ImpactAmount {
        let sum = ImpactAmount(baseline: try baseline.adding(other.baseline), scenario: try scenario.adding(other.scenario))
        _ = try sum.scenario.subtracting(sum.baseline)
        return sum
    }
}

extension Dictionary where Value == ImpactAmount {
    /// These amounts and another group's, key by key, every sum checked.
    func adding(_ other: [Key: ImpactAmount]) throws(CPTSKitError) -> [Key: ImpactAmount] {
        var out = self
        for (key, amount) in other { out[key] = try (self[key] ?? ImpactAmount()).adding(amount) }
        return out
    }
}
