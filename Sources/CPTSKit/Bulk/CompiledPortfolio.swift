/// Many contracts checked and laid out for bulk computation: year totals and statements at portfolio speed.
///
/// Compiling runs every check of ``FundingEngine`` once per contract and resolves every amount;
/// what varies by year — fixed parts, activations, results — is laid out in contiguous integer
/// columns for the whole portfolio, one per payout kind, shared by each contract's five years:
/// tier thresholds and results brought to a common decimal scale per indicator, lower-is-better
/// tiers negated so every comparison reads `result ≥ reach` (the comparison, proportional cap and
/// rounding are those ``Payout/evaluation(of:rounding:)`` runs on fractions), no branch on the
/// payout kind in the totals loop, and a statement's lines described once per contract as
/// templates with the years they appear in. Terminations, prorated envelopes, ladders of any
/// number of tiers, later rulebooks rounding otherwise and a what-if scenario's year assessed
/// for some indicators only are all laid out.
///
/// Speed never costs exactness: every figure equals the reference path (``FundingEngine``) to the
/// cent. Both paths read the same recipe, the plan's line templates; a contract the compact
/// layout cannot represent exactly (results
/// that are not finite decimals, tier values beyond 30 bits, products beyond 61 bits) is computed
/// by the reference path instead, transparently (``usesReferencePath(contract:)``).
///
/// ```swift
/// var portfolio = CompiledPortfolio()
/// for contract in contracts { try portfolio.append(contract) }
/// var totals: [Euros] = []
/// portfolio.writeTotals(into: &totals)     // 5 totals per contract, in order
/// ```
public struct CompiledPortfolio: Hashable, Sendable {
    /// One line of a contract's statements, shared by the years it appears in.
    struct Template: Hashable, Sendable {
        /// `ladder`: tiers beyond the four lanes of the tier column, in a column of their own.
        enum Kind: UInt8, Hashable, Sendable { case due, allOrNothing, tiers, proportional, ladder }
        var kind: Kind
        /// Bit `y` set when the line appears in year `y + 1`.
        var years: UInt8
        /// The year index (0-based) whose amount is `firstCents` and term `firstTerm`; ``noFirstYear`` for none.
        var firstYear: UInt8
        var term: Int32
        var firstTerm: Int32
        /// The column of a variable line (portfolio-wide index).
        var column: Int32
        /// The due amount, or the best case of a variable line.
        var cents: Int64
        /// The due amount in `firstYear` (a prorated fixed part).
        var firstCents: Int64
        /// Bit `y` set when the line stays pending in year `y + 1` though the year is assessed (a
        /// what-if scenario that sets some of its results): no result in the columns, so it sums
        /// to zero, and its statements mend it to pending at its best case.
        var pendingYears: UInt8 = 0

        /// The `firstYear` of a line whose amount is the same every year.
        static let noFirstYear: UInt8 = 255
    }

    /// Where a contract's data lies in the portfolio columns.
    struct Header: Hashable, Sendable {
        var allOrNothing: Range<Int32>
        var tiers: Range<Int32>
        var proportional: Range<Int32>
        var templates: Range<Int32>
        var terms: Range<Int32>
        var assessed: UInt8
        /// The index in `exact` of the reference funding, for contracts on the reference path.
        var exact: Int32
        /// The rounding rule of the contract's first year: the variable columns' sums round by it.
        var rounding: RoundingRule
        /// Whether a statement mends some of its lines after its loop (no cost per line for the
        /// other contracts): a variable line prorated in a year (``proratedLines``), a year whose
        /// rulebook rounds otherwise than the first (``yearRoundings``), a line pending in an
        /// assessed year (``Template/pendingYears``).
        var mendsLines = false
        /// Each year's rounding rule, two bits per year (``code(of:)``).
        var yearRoundings: UInt16 = 0

        /// The rounding rule of year `index + 1`.
        func rounding(inYear index: Int) -> RoundingRule {
            switch yearRoundings >> UInt16(2 * index) & 3 {
            case 0: .toNearestOrAwayFromZero
            case 1: .toNearestOrEven
            case 2: .towardZero
            default: .awayFromZero
            }
        }

        /// A rounding rule in two bits.
        static func code(of rule: RoundingRule) -> UInt16 {
            switch rule {
            case .toNearestOrAwayFromZero: 0
            case .toNearestOrEven: 1
            case .towardZero: 2
            case .awayFromZero: 3
            }
        }

        /// The rules of a contract's years, two bits per year.
        static func packed(_ years: [FundingPlan.Year]) -> UInt16 {
            var bits: UInt16 = 0
            for (index, year) in years.enumerated() { bits |= code(of: year.rounding) << UInt16(2 * index) }
            return bits
        }
    }

    /// A variable line whose envelope is prorated in one year (a mission starting inside it, a
    /// termination cutting it short, under a rulebook that prorates envelopes): in that year, its
    /// amount is the evaluated payout scaled by `share` and rounded once, as the reference path does.
    struct ProratedLine: Hashable, Sendable {
        /// The line's template (portfolio-wide index, increasing along ``proratedLines``); its
        /// `firstYear` is the prorated year.
        var template: Int32
        /// The share of the year, at most one.
        var share: Fraction
    }

    /// The number of tiers per indicator in the tier column; more tiers use a ladder column.
    static let tierWidth = 4
    static let years = ACIContract.yearCount

    /// The contracts, in the order they were added.
    public internal(set) var contracts: [ACIContract] = []
    var rulebooks: [Rulebook] = []
    /// The size class of each contract's first year.
    var sizeClasses: [SizeClass] = []
    let engine: FundingEngine
    let rulebook: Rulebook?

    var headers: [Header] = []
    /// Five per contract: Σ due lines (in an assessed year, with what the variable columns' sums
    /// do not say), and Σ best cases of the variable lines pending in the year (all of them in a
    /// year not assessed).
    var dueCents: [Int64] = []
    var bestVariableCents: [Int64] = []
    var exact: [ContractFunding] = []

    var allOrNothingAmount: [Int64] = []
    var allOrNothingAchieved: [UInt8] = []
    /// `tierWidth` reaches (ascending) and amount increments per indicator; five results per indicator.
    var tierReach: [SIMD4<Int32>] = []
    var tierAmount: [SIMD4<Int32>] = []
    var tierResult: [Int32] = []
    var proportionalAmount: [Int64] = []
    var proportionalTarget: [Int64] = []
    /// Five results per indicator.
    var proportionalResult: [Int64] = []

    /// Tiers beyond `tierWidth`: per ladder, its lanes in `ladderReach`/`ladderAmount` (reach
    /// ascending after negation, amount increments), and five results.
    var ladderBounds: [Range<Int32>] = []
    var ladderReach: [Int32] = []
    var ladderAmount: [Int32] = []
    var ladderResult: [Int32] = []
    var templates: [Template] = []
    var proratedLines: [ProratedLine] = []
    var terms: [FundingTerm] = []

    /// Creates an empty portfolio.
    ///
    /// - Parameters:
    ///   - engine: The engine whose registry picks each contract's rulebook.
    ///   - rulebook: A rulebook to use for every contract instead of theirs (what-if sweeps).
    public init(engine: FundingEngine = FundingEngine(), rulebook: Rulebook? = nil) {
        self.engine = engine
        self.rulebook = rulebook
    }

    /// Compiles contracts into a portfolio.
    ///
    /// - Parameters:
    ///   - contracts: The contracts.
    ///   - engine: The engine whose registry picks each contract's rulebook.
    ///   - rulebook: A rulebook to use for every contract instead of theirs.
    /// - Throws: The first contract's ``CPTSKitError``, its path prefixed by `contracts[i]`.
    public init<S: Sequence>(_ contracts: S, engine: FundingEngine = FundingEngine(), rulebook: Rulebook? = nil)
        throws(CPTSKitError) where S.Element == ACIContract
    {
        self.init(engine: engine, rulebook: rulebook)
        for (index, contract) in contracts.enumerated() {
            do throws(CPTSKitError) {
                try append(contract)
            } catch {
                throw error.nested(under: "contracts[\(index)]")
            }
        }
    }

    /// The number of contracts.
    public var count: Int { contracts.count }

    /// Removes every contract, keeping the storage for reuse (memory stays flat when streaming).
    public mutating func removeAll() {
        contracts.removeAll(keepingCapacity: true)
        rulebooks.removeAll(keepingCapacity: true)
        sizeClasses.removeAll(keepingCapacity: true)
        headers.removeAll(keepingCapacity: true)
        dueCents.removeAll(keepingCapacity: true)
        bestVariableCents.removeAll(keepingCapacity: true)
        exact.removeAll(keepingCapacity: true)
        allOrNothingAmount.removeAll(keepingCapacity: true)
        allOrNothingAchieved.removeAll(keepingCapacity: true)
        tierReach.removeAll(keepingCapacity: true)
        tierAmount.removeAll(keepingCapacity: true)
        tierResult.removeAll(keepingCapacity: true)
        proportionalAmount.removeAll(keepingCapacity: true)
        proportionalTarget.removeAll(keepingCapacity: true)
        proportionalResult.removeAll(keepingCapacity: true)
        templates.removeAll(keepingCapacity: true)
        proratedLines.removeAll(keepingCapacity: true)
        ladderBounds.removeAll(keepingCapacity: true)
        ladderReach.removeAll(keepingCapacity: true)
        ladderAmount.removeAll(keepingCapacity: true)
        ladderResult.removeAll(keepingCapacity: true)
        terms.removeAll(keepingCapacity: true)
    }

    /// The provenance table of one contract's compact lines.
    ///
    /// - Parameter contract: The contract's index.
    /// - Returns: Its terms; ``CompactFundingLine/term`` indexes this slice from zero.
    package func terms(ofContract contract: Int) -> ArraySlice<FundingTerm> {
        let range = headers[contract].terms
        return terms[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// Whether a contract is computed by the reference path (see the type's discussion).
    ///
    /// - Parameter contract: The contract's index.
    public func usesReferencePath(contract: Int) -> Bool { headers[contract].exact >= 0 }

    /// The size class of a contract's first year (``ContractFunding/sizeClass``).
    ///
    /// - Parameter contract: The contract's index, `0..<count`.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` out of range.
    public func sizeClass(contract: Int) throws(CPTSKitError) -> SizeClass {
        try check(contract, 1)
        return sizeClasses[contract]
    }
}
