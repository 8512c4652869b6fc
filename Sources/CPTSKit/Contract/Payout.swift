/// How an indicator's result turns into euros: the payout shapes of real contract annexes.
///
/// Real contracts give each indicator its own amount. Three shapes occur in them; the fourth,
/// ``proportional(target:amount:)``, is the natural generalisation of a count target.
///
/// ```
/// shape              result         pays
/// allOrNothing 2000  true / false   2 000 € / 0 €
/// tiers higher       72.9           the tier of the highest reach ≤ 72.9 (72.40 → 2 500 €)
/// tiers lower        84             the tier of the lowest reach ≥ 84 (100 → 6 000 €)
/// proportional 700   350            5 000 € × 350/700 = 2 500 €, capped at 5 000 €
/// ```
public enum Payout: Hashable, Sendable {
    /// The whole amount if the action was carried out, nothing otherwise.
    case allOrNothing(amount: Euros)
    /// Tiers (*paliers*) on a measured rate or count; the best tier reached pays, no interpolation.
    case tiers(better: Direction, tiers: [Tier])
    /// `amount × min(result / target, 1)`, rounded once to the cent.
    case proportional(target: Fraction, amount: Euros)

    /// Which direction of a measured result is an improvement.
    public enum Direction: String, Hashable, Sendable, Codable {
        /// Higher is better: a tier is reached when `result ≥ reach`.
        case higher
        /// Lower is better: a tier is reached when `result ≤ reach` (e.g. patients without a doctor).
        case lower
    }

    /// The most the indicator can pay: its contribution to the mission's best case.
    public var bestCase: Euros {
        switch self {
        case .allOrNothing(let amount): amount
        case .proportional(_, let amount): amount
        case .tiers(_, let tiers):
            tiers.reduce(Euros.zero) { $1.amount > $0 ? $1.amount : $0 }
        }
    }

    /// The key of the shape in contract files: `all_or_nothing`, `tiers`, `proportional`.
    public var typeKey: String {
        switch self {
        case .allOrNothing: "all_or_nothing"
        case .tiers: "tiers"
        case .proportional: "proportional"
        }
    }
}

/// One tier (*palier*) of a tiered indicator: the result to reach and what it pays.
public struct Tier: Hashable, Sendable {
    /// The threshold, exact (`72.40`).
    public var reach: Fraction
    /// The amount paid when this is the best tier reached.
    public var amount: Euros

    /// Creates a tier.
    ///
    /// - Parameters:
    ///   - reach: The threshold result.
    ///   - amount: The amount it pays.
    public init(reach: Fraction, amount: Euros) {
        self.reach = reach
        self.amount = amount
    }
}
