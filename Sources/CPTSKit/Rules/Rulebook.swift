/// One version of the ACI funding rules: every figure, dated and sourced, that the engine reads.
///
/// Rules are data (`Documentation/Architecture.md`): the 2019 agreement and each avenant are a ``Rulebook`` value in
/// a file of their own (`Rulebook+ACI2019.swift`, `Rulebook+Avenant2.swift`); the
/// ``FundingEngine`` only interprets them. Questions no public source answers (boundary
/// inclusivity, proration basis, rounding, the +75 % window) are parameters: copy a rulebook,
/// change a property, and compute again.
public struct Rulebook: Hashable, Sendable, Identifiable {
    /// The figures, shared between copies until one is changed (copy on write): a rulebook is
    /// copied into every computation, and its many sourced figures would otherwise be copied too.
    final class Storage: @unchecked Sendable {
        var id: String
        var title: String
        var effectiveFrom: Figure<CalendarDate>
        var sizeBoundaries: Figure<SizeBoundaries>
        var fonctionnement: SizeTable<Figure<Euros>> {
            didSet { fonctionnementVaries = Self.varies(fonctionnement) }
        }
        var startUpFonctionnement: SizeTable<Figure<Euros>>?
        var startUpWindowEnd: Figure<CalendarDate>?
        var missions: [MissionRule] {
            didSet {
                missionKinds = missions.map(\.kind)
                missionsVary = Self.vary(missions)
            }
        }
        /// The kinds of ``missions``, in order: what the engine looks up for every plan, without
        /// copying the rules.
        private(set) var missionKinds: [MissionKind] = []
        var yearlyMaximum: SizeTable<Figure<Euros>> {
            didSet { maximumVaries = Self.varies(yearlyMaximum) }
        }
        // Whether a yearly amount has one value per contract year: read for every plan, so kept
        // up to date, table by table, as the amounts change rather than searched each time.
        private var fonctionnementVaries: Bool
        private var maximumVaries: Bool
        private var missionsVary: Bool
        var variesByYear: Bool { fonctionnementVaries || maximumVaries || missionsVary }
        var advanceRate: Figure<Fraction>
        var prorationBasis: Figure<ProrationBasis>
        var prorateVariableEnvelope: Figure<Bool>
        var rounding: Figure<RoundingRule>

        init(id: String, title: String, effectiveFrom: Figure<CalendarDate>, sizeBoundaries: Figure<SizeBoundaries>, fonctionnement: SizeTable<Figure<Euros>>, startUpFonctionnement: SizeTable<Figure<Euros>>?, startUpWindowEnd: Figure<CalendarDate>?, missions: [MissionRule], yearlyMaximum: SizeTable<Figure<Euros>>, advanceRate: Figure<Fraction>, prorationBasis: Figure<ProrationBasis>, prorateVariableEnvelope: Figure<Bool>, rounding: Figure<RoundingRule>) {
            self.id = id
            self.title = title
            self.effectiveFrom = effectiveFrom
            self.sizeBoundaries = sizeBoundaries
            self.fonctionnement = fonctionnement
            self.startUpFonctionnement = startUpFonctionnement
            self.startUpWindowEnd = startUpWindowEnd
            self.missions = missions
            missionKinds = missions.map(\.kind)
            self.yearlyMaximum = yearlyMaximum
            fonctionnementVaries = Self.varies(fonctionnement)
            maximumVaries = Self.varies(yearlyMaximum)
            missionsVary = Self.vary(missions)
            self.advanceRate = advanceRate
            self.prorationBasis = prorationBasis
            self.prorateVariableEnvelope = prorateVariableEnvelope
            self.rounding = rounding
        }

        /// Whether an amount of the table has one value per contract year (read in place).
        static func varies(_ table: SizeTable<Figure<Euros>>) -> Bool {
            table.t1.variesByYear || table.t2.variesByYear || table.t3.variesByYear || table.t4.variesByYear
        }

        /// Whether an amount of the missions has one value per contract year.
        static func vary(_ missions: [MissionRule]) -> Bool {
            for index in missions.indices {
                if varies(missions[index].fixed) { return true }
                if let variable = missions[index].variable, varies(variable) { return true }
                if let activated = missions[index].activated, varies(activated) { return true }
            }
            return false
        }

        func copy() -> Storage {
            Storage(id: id, title: title, effectiveFrom: effectiveFrom, sizeBoundaries: sizeBoundaries, fonctionnement: fonctionnement, startUpFonctionnement: startUpFonctionnement, startUpWindowEnd: startUpWindowEnd, missions: missions, yearlyMaximum: yearlyMaximum, advanceRate: advanceRate, prorationBasis: prorationBasis, prorateVariableEnvelope: prorateVariableEnvelope, rounding: rounding)
        }
    }

    private var storage: Storage

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The identifier used in contract files: `aci-2019`, `aci-2019-av2`.
    public var id: String {
        get { storage.id }
        set { uniqueStorage().id = newValue }
    }

    /// The French title, e.g. `ACI CPTS 2019, avenant 2`.
    public var title: String {
        get { storage.title }
        set { uniqueStorage().title = newValue }
    }

    /// The date from which the rulebook applies to new contracts.
    public var effectiveFrom: Figure<CalendarDate> {
        get { storage.effectiveFrom }
        set { uniqueStorage().effectiveFrom = newValue }
    }

    /// The size-class thresholds and their inclusivity (`§1`).
    public var sizeBoundaries: Figure<SizeBoundaries> {
        get { storage.sizeBoundaries }
        set { uniqueStorage().sizeBoundaries = newValue }
    }

    /// Volet 1, *fonctionnement*: the yearly amount by size class (`§2`).
    public var fonctionnement: SizeTable<Figure<Euros>> {
        get { storage.fonctionnement }
        set { uniqueStorage().fonctionnement = newValue }
    }

    /// The first year's *fonctionnement* for CPTS in the start-up window ("+75 %", `§2`), by size.
    public var startUpFonctionnement: SizeTable<Figure<Euros>>? {
        get { storage.startUpFonctionnement }
        set { uniqueStorage().startUpFonctionnement = newValue }
    }

    /// The last signature date eligible for the start-up amount.
    public var startUpWindowEnd: Figure<CalendarDate>? {
        get { storage.startUpWindowEnd }
        set { uniqueStorage().startUpWindowEnd = newValue }
    }

    /// Volet 2: the missions this rulebook defines (`§3`).
    public var missions: [MissionRule] {
        get { storage.missions }
        set { uniqueStorage().missions = newValue }
    }

    /// The known yearly maxima, *fonctionnement* plus all missions (`§3`).
    public var yearlyMaximum: SizeTable<Figure<Euros>> {
        get { storage.yearlyMaximum }
        set { uniqueStorage().yearlyMaximum = newValue }
    }

    /// The share of a yearly amount paid in advance (`§5`, Art. 9.1): 75 %.
    public var advanceRate: Figure<Fraction> {
        get { storage.advanceRate }
        set { uniqueStorage().advanceRate = newValue }
    }

    /// How a fixed part is prorated in a mission's first year (`§5`).
    public var prorationBasis: Figure<ProrationBasis> {
        get { storage.prorationBasis }
        set { uniqueStorage().prorationBasis = newValue }
    }

    /// Whether a mission's variable envelope is prorated too in its first year (inferred default: no).
    public var prorateVariableEnvelope: Figure<Bool> {
        get { storage.prorateVariableEnvelope }
        set { uniqueStorage().prorateVariableEnvelope = newValue }
    }

    /// The rounding rule, applied once per line (`§6`).
    public var rounding: Figure<RoundingRule> {
        get { storage.rounding }
        set { uniqueStorage().rounding = newValue }
    }

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
        storage = Storage(id: id, title: title, effectiveFrom: effectiveFrom, sizeBoundaries: sizeBoundaries, fonctionnement: fonctionnement, startUpFonctionnement: startUpFonctionnement, startUpWindowEnd: startUpWindowEnd, missions: missions, yearlyMaximum: yearlyMaximum, advanceRate: advanceRate, prorationBasis: prorationBasis, prorateVariableEnvelope: prorateVariableEnvelope, rounding: rounding)
    }

    /// Two rulebooks are equal when every figure is.
    public static func == (lhs: Rulebook, rhs: Rulebook) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id
            && lhs.title == rhs.title
            && lhs.effectiveFrom == rhs.effectiveFrom
            && lhs.sizeBoundaries == rhs.sizeBoundaries
            && lhs.fonctionnement == rhs.fonctionnement
            && lhs.startUpFonctionnement == rhs.startUpFonctionnement
            && lhs.startUpWindowEnd == rhs.startUpWindowEnd
            && lhs.missions == rhs.missions
            && lhs.yearlyMaximum == rhs.yearlyMaximum
            && lhs.advanceRate == rhs.advanceRate
            && lhs.prorationBasis == rhs.prorationBasis
            && lhs.prorateVariableEnvelope == rhs.prorateVariableEnvelope
            && lhs.rounding == rhs.rounding
    }

    /// Hashes the identifier and the effective date (consistent with `==`).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(effectiveFrom)
    }

    /// The rule of one mission, or `nil` when this rulebook does not define it.
    ///
    /// - Parameter kind: The mission.
    public func mission(_ kind: MissionKind) -> MissionRule? {
        storage.missions.first { $0.kind == kind }
    }

    /// The size class of a declared population under this rulebook's boundaries.
    ///
    /// - Parameter population: The declared population.
    public func sizeClass(population: Int) -> SizeClass {
        SizeClass(population: population, boundaries: sizeBoundaries.value ?? .standard)
    }

    /// How many values a figure that varies by contract year lists: one per year of an ACI contract.
    static let contractYears = ACIContract.yearCount

    /// Whether any yearly amount (fonctionnement, a mission's part, the yearly maximum) has one
    /// value per contract year.
    var figuresVaryByYear: Bool { storage.variesByYear }

    /// The calendar parameters, read in place (a plan reads them for every year): the rounding
    /// rule, the proration basis, whether variable envelopes are prorated and the advance share;
    /// where the rulebook leaves one unknown, half up, days, no, and 75 % (ACI 2019, art. 9.1).
    var calendarParameters: (rounding: RoundingRule, basis: ProrationBasis, prorateVariable: Bool, advanceRate: Fraction) {
        (storage.rounding.value ?? .toNearestOrAwayFromZero, storage.prorationBasis.value ?? .days,
         storage.prorateVariableEnvelope.value ?? false, storage.advanceRate.value ?? Fraction(unchecked: 3, 4))
    }

    /// The *fonctionnement* figure of a size, read in place (without copying the table).
    func fonctionnementFigure(_ size: SizeClass) -> Figure<Euros> { storage.fonctionnement[size] }

    /// The national fixed part of the mission at a position of ``missions`` for a size, read in place.
    func missionFixedFigure(at index: Int, _ size: SizeClass) -> Figure<Euros> { storage.missions[index].fixed[size] }

    /// The national variable envelope of the mission at a position of ``missions`` for a size, if it has one, read in place.
    func missionVariableFigure(at index: Int, _ size: SizeClass) -> Figure<Euros>? { storage.missions[index].variable?[size] }

    /// The national activation amount of the mission at a position of ``missions`` for a size, if it has one, read in place.
    func missionActivatedFigure(at index: Int, _ size: SizeClass) -> Figure<Euros>? { storage.missions[index].activated?[size] }

    /// Whether the rulebook defines a mission (read in place, without copying its rules).
    func defines(_ kind: MissionKind) -> Bool { storage.missionKinds.contains(kind) }

    /// The missions this rulebook defines, as it declares them, in its order (read in place).
    var declaredKinds: [MissionKind] { storage.missionKinds }

    /// A mission as this rulebook declares it (with its names and parts), read in place; `nil`
    /// when the rulebook does not define it.
    func declaredKind(of kind: MissionKind) -> MissionKind? {
        storage.missionKinds.firstIndex(of: kind).map { storage.missionKinds[$0] }
    }

    /// The position of a mission's rules in ``missions``, read in place.
    func missionIndex(_ kind: MissionKind) -> Int? { storage.missionKinds.firstIndex(of: kind) }

    /// The rounding rule in force (half-up when the figure is unknown).
    public var roundingRule: RoundingRule { rounding.value ?? .toNearestOrAwayFromZero }
}
