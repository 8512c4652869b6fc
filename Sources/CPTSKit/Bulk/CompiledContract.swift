/// A contract checked and laid out for bulk computation: year totals and statements at portfolio speed.
///
/// Compiling runs every check of ``FundingEngine`` once and resolves every amount; what depends
/// on the year — fixed parts, activations, results — is then laid out in compact integer columns
/// shared by the five years: one column per payout kind, tier thresholds and results brought to a
/// common decimal scale per indicator, lower-is-better tiers negated so every comparison reads
/// `result ≥ reach`, and no branch on the payout kind in the totals loop.
///
/// Speed never costs exactness: every figure equals the reference path (``FundingEngine``) to
/// the cent. Contracts the compact layout cannot represent exactly (a rounding rule other than
/// half-up, a prorated variable envelope, results that are not finite decimals, products beyond
/// 63 bits) are computed by the reference path instead, transparently.
///
/// ```swift
/// let compiled = try CompiledContract(contract)
/// compiled.total(year: 1)            // same as FundingEngine().funding(for: contract).years[0].total
/// ```
public struct CompiledContract: Sendable {
    /// The contract compiled.
    public let contract: ACIContract
    /// The provenance table the compact lines refer to.
    public let terms: [FundingTerm]
    let rulebook: Rulebook
    let engine: FundingEngine
    let exact: ExactFallback?

    /// Σ of due lines (fonctionnement, fixed parts, activation) per year, in cents.
    let dueCents: [Int64]
    /// Σ of the best cases of the variable lines per year, in cents.
    let bestVariableCents: [Int64]
    /// Bit `y` set when year `y + 1` is assessed.
    let assessedYears: UInt8

    // All-or-nothing column: amount, and bit y set when achieved (and active) in year y + 1.
    let allOrNothingAmount: [Int64]
    let allOrNothingAchieved: [UInt8]
    // Tier column: 4 reaches and 4 amounts per indicator (padded), results per year at the same scale.
    let tierReach: [Int64]
    let tierAmount: [Int64]
    let tierResult: [Int64]
    // Proportional column: amount, target and per-year result at a common scale.
    let proportionalAmount: [Int64]
    let proportionalTarget: [Int64]
    let proportionalResult: [Int64]

    /// The lines of each year in reference order, as (kind, column index, term index).
    let layout: [[Slot]]

    /// Which value a line slot reads.
    struct Slot: Sendable {
        enum Kind: UInt8, Sendable { case due, allOrNothing, tiers, proportional }
        let kind: Kind
        let index: Int32
        let term: Int32
        let dueCents: Int64
        let bestCents: Int64
    }

    /// The full statements, kept when the compact layout cannot hold the contract exactly.
    struct ExactFallback: Sendable {
        let funding: ContractFunding
    }

    /// The number of tiers per indicator in the tier column; more tiers use the reference path.
    static let tierWidth = 4
}
