/// One version of the ACI funding rules: every figure, dated and sourced, that the engine reads.
///
/// Rules are data (`DESIGN.md`): the 2019 agreement and each avenant are a ``Rulebook`` value in
/// a file of their own (`Rulebook+ACI2019.swift`, `Rulebook+Avenant2.swift`); the
/// ``FundingEngine`` only interprets them. Open questions of `aci-rules.md §9` (boundary
/// inclusivity, proration basis, rounding, the +75 % window) are parameters: copy a rulebook,
/// change a property, and compute again.
public struct Rulebook: Hashable, Sendable, Identifiable {
    /// The identifier used in contract files: `aci-2019`, `aci-2019-av2`.
    public var id: String
    /// The French title, e.g. `ACI CPTS 2019, avenant 2`.
    public var title: String
    /// The date from which the rulebook applies to new contracts.
    public var effectiveFrom: Figure<CalendarDate>
    /// The size-class thresholds and their inclusivity (`§1`).
    public var sizeBoundaries: Figure<SizeBoundaries>
    /// Volet 1, *fonctionnement*: the yearly amount by size class (`§2`).
    public var fonctionnement: SizeTable<Figure<Euros>>
    /// The first year's *fonctionnement* for CPTS in the start-up window ("+75 %", `§2`), by size.
    public var startUpFonctionnement: SizeTable<Figure<Euros>>?
    /// The last signature date eligible for the start-up amount.
    public var startUpWindowEnd: Figure<CalendarDate>?
    /// Volet 2: the missions this rulebook defines (`§3`).
    public var missions: [MissionRule]
    /// The known yearly maxima, *fonctionnement* plus all missions (`§3`).
    public var yearlyMaximum: SizeTable<Figure<Euros>>
    /// The share of a yearly amount paid in advance (`§5`, Art. 9.1): 75 %.
    public var advanceRate: Figure<Fraction>
    /// How a fixed part is prorated in a mission's first year (`§5`).
    public var prorationBasis: Figure<ProrationBasis>
    /// Whether a mission's variable envelope is prorated too in its first year (`contract-format.md`).
    public var prorateVariableEnvelope: Figure<Bool>
    /// The rounding rule, applied once per line (`§6`).
    public var rounding: Figure<RoundingRule>

    /// Creates a rulebook from its figures.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - title: The French title.
    ///   - effectiveFrom: When it applies.
    ///   - sizeBoundaries: The size thresholds.
    ///   - fonctionnement: Volet 1 by size.
    ///   - startUpFonctionnement: The start-up first-year amount by size, if the rulebook has one.
    ///   - startUpWindowEnd: The last eligible signature date for it.
    ///   - missions: The mission rules.
    ///   - yearlyMaximum: Yearly maxima by size.
    ///   - advanceRate: The advance share.
    ///   - prorationBasis: The proration basis.
    ///   - prorateVariableEnvelope: Whether variable envelopes are prorated.
    ///   - rounding: The rounding rule.
    public init(id: String, title: String, effectiveFrom: Figure<CalendarDate>, sizeBoundaries: Figure<SizeBoundaries>,
                fonctionnement: SizeTable<Figure<Euros>>, startUpFonctionnement: SizeTable<Figure<Euros>>?,
                startUpWindowEnd: Figure<CalendarDate>?, missions: [MissionRule], yearlyMaximum: SizeTable<Figure<Euros>>,
                advanceRate: Figure<Fraction>, prorationBasis: Figure<ProrationBasis>,
                prorateVariableEnvelope: Figure<Bool>, rounding: Figure<RoundingRule>) {
        self.id = id
        self.title = title
        self.effectiveFrom = effectiveFrom
        self.sizeBoundaries = sizeBoundaries
        self.fonctionnement = fonctionnement
        self.startUpFonctionnement = startUpFonctionnement
        self.startUpWindowEnd = startUpWindowEnd
        self.missions = missions
        self.yearlyMaximum = yearlyMaximum
        self.advanceRate = advanceRate
        self.prorationBasis = prorationBasis
        self.prorateVariableEnvelope = prorateVariableEnvelope
        self.rounding = rounding
    }

    /// The rule of one mission, or `nil` when this rulebook does not define it.
    ///
    /// - Parameter kind: The mission.
    public func mission(_ kind: MissionKind) -> MissionRule? {
        missions.first { $0.kind == kind }
    }

    /// The size class of a declared population under this rulebook's boundaries.
    ///
    /// - Parameter population: The declared population.
    public func sizeClass(population: Int) -> SizeClass {
        SizeClass(population: population, boundaries: sizeBoundaries.value ?? .standard)
    }

    /// The rounding rule in force (half-up when the figure is unknown).
    public var roundingRule: RoundingRule { rounding.value ?? .toNearestOrAwayFromZero }
}
