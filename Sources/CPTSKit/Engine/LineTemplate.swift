/// One line of a contract's statements, described once for every contract year it appears in.
///
/// The recipe of a contract: ``FundingPlan`` builds its templates once, in statement order, and
/// both the reference statements (``FundingEngine``) and the compiled columns
/// (``CompiledPortfolio``) are produced from them — neither decides on its own which lines exist,
/// in which years, on which base, with which share.
///
/// ```
/// kind               years                       base                 share in the first year
/// fonctionnement     1…5                         yearly amount        1
/// startUpSupplement  1 (signed in the window)    start-up − yearly    1
/// fixedPart          start year…5                fixed part           prorata of the start year
/// crisisActivation   crisis years, started       activation amount    1
/// indicator          start year…5                best case            prorata if the rulebook
///                                                                     prorates the envelope, else 1
/// ```
///
/// A contract that changes over its term has more templates per line: one per run of years that
/// owe the same amount from the same origin (rulebook, budget, amendment), a year split by a
/// change on a given day giving one template per part, and the year a termination cuts short
/// its own prorated share. A template has at most one year with a partial share.
package struct LineTemplate: Hashable, Sendable {
    /// What a template pays for; a new kind is written here and in the line-kind table
    /// (``LineKind``), which the templates, the schedule and the compiled path read.
    package enum Kind: UInt8, Hashable, Sendable, CaseIterable {
        /// Volet 1, the yearly *fonctionnement*.
        case fonctionnement
        /// Volet 1, the first-year start-up supplement.
        case startUpSupplement
        /// A mission's fixed part.
        case fixedPart
        /// The crisis mission's activation, in a year the ARS recognised a crisis.
        case crisisActivation
        /// One indicator's variable part.
        case indicator
    }

    // Plain data, no reference: a plan builds one template per line and the reference path builds
    // a plan per statement, so copying a template must cost a copy of bytes, never a retain. The
    // provenance is looked up in the plan (``FundingPlan/provenance(of:)``).

    /// What the template pays for.
    package let kind: Kind
    /// The mission, for volet 2.
    package let mission: MissionKind?
    /// Bit `y − 1` set when the line appears in contract year `y`.
    package let years: UInt8
    /// The contract year whose share is ``firstShare`` (a mission's start year); 0 when none.
    package let firstYear: UInt8
    /// The rule in a year with a whole share (``rule(in:)`` gives the prorated one).
    package let rule: FundingRule
    /// For a mission's line: the mission's position in ``ContractTimeline/missions``; −1 for volet 1.
    package let missionIndex: Int32
    /// For an indicator: its position in its indicator set.
    package let indicatorIndex: Int32
    /// For an indicator: which of its mission's indicator sets (0 the contract's own, then one per
    /// indicators amendment, ``FundingPlan/Mission/indicatorSets``).
    package let indicatorSet: UInt8
    /// Where the base comes from: an index in ``LineRecipe/origins`` (source, rulebook, amendment).
    package let origin: UInt16
    /// The yearly base: an amount due, or an indicator's best case before any proration.
    package let base: Euros
    /// The share of ``base`` owed in ``firstYear``; every other year owes the whole base.
    package let firstShare: Fraction

    /// Creates a template.
    package init(kind: Kind, mission: MissionKind?, years: UInt8, base: Euros, firstYear: Int = 0, firstShare: Fraction = .one,
                 missionIndex: Int = -1, indicatorIndex: Int = -1, indicatorSet: Int = 0, origin: Int = 0, rule: FundingRule) {
        self.kind = kind
        self.mission = mission
        self.years = years
        self.base = base
        self.firstYear = UInt8(clamping: firstYear)
        self.firstShare = firstShare
        self.missionIndex = Int32(clamping: missionIndex)
        self.indicatorIndex = Int32(clamping: indicatorIndex)
        self.indicatorSet = UInt8(clamping: indicatorSet)
        self.origin = UInt16(clamping: origin)
        self.rule = rule
    }

    /// The years `from…ACIContract.yearCount` as a bit set.
    package static func years(from first: Int) -> UInt8 {
        guard first <= ACIContract.yearCount else { return 0 }
        let all: UInt8 = (1 << UInt8(ACIContract.yearCount)) - 1
        return first <= 1 ? all : all & ~((UInt8(1) << UInt8(first - 1)) - 1)
    }

    /// Volet 1 or volet 2 (the line-kind table, ``LineKind``).
    package var volet: Volet { kind.traits.volet }

    /// The part paid (the line-kind table, ``LineKind``).
    package var part: FundingPart { kind.traits.part }

    /// Whether the line appears in a contract year.
    @inline(__always)
    package func appears(in year: Int) -> Bool {
        year >= 1 && year <= ACIContract.yearCount && years >> UInt8(year - 1) & 1 == 1
    }

    /// The share of the base owed in a year.
    @inline(__always)
    package func share(in year: Int) -> Fraction {
        year == Int(firstYear) ? firstShare : .one
    }

    /// The rule of the line in a year: on a partial share, the kind's prorated rule (``LineKind/proratedRule``) when it has one.
    package func rule(in year: Int) -> FundingRule {
        guard share(in: year) != .one else { return rule }
        return kind.traits.proratedRule ?? rule
    }

    /// The base scaled by the year's share and rounded once: the amount of a due line, or an
    /// indicator's best case in that year.
    ///
    /// - Throws: ``CPTSKitError/Kind/overflow``.
    package func amount(in year: Int, rounding: RoundingRule) throws(CPTSKitError) -> Euros {
        let share = share(in: year)
        return share == .one ? base : try base.multiplied(by: share, rounding: rounding)
    }
}
