extension CompiledContract {
    /// Compiles a contract: every check of the engine, then the compact layout.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - engine: The engine whose registry picks the rulebook.
    ///   - rulebook: A rulebook to use instead of the contract's (for what-if sweeps).
    /// - Throws: ``CPTSKitError`` exactly as ``FundingEngine/funding(for:rulebook:)`` would.
    public init(_ contract: ACIContract, engine: FundingEngine = FundingEngine(), rulebook: Rulebook? = nil)
        throws(CPTSKitError)
    {
        let book: Rulebook
        if let rulebook { book = rulebook } else { book = try engine.rulebook(for: contract) }
        let plan = try FundingPlan(contract: contract, rulebook: book)
        var builder = LayoutBuilder(plan: plan)
        if try builder.build() {
            self.init(contract: contract, rulebook: book, engine: engine, builder: builder)
        } else {
            let funding = try engine.funding(for: contract, rulebook: book)
            self.init(contract: contract, rulebook: book, engine: engine, fallback: funding)
        }
    }

    private init(contract: ACIContract, rulebook: Rulebook, engine: FundingEngine, builder: LayoutBuilder) {
        self.contract = contract
        self.rulebook = rulebook
        self.engine = engine
        exact = nil
        terms = builder.terms
        dueCents = builder.due
        bestVariableCents = builder.bestVariable
        assessedYears = builder.assessed
        allOrNothingAmount = builder.allOrNothingAmount
        allOrNothingAchieved = builder.allOrNothingAchieved
        tierReach = builder.tierReach
        tierAmount = builder.tierAmount
        tierResult = builder.tierResult
        proportionalAmount = builder.proportionalAmount
        proportionalTarget = builder.proportionalTarget
        proportionalResult = builder.proportionalResult
        layout = builder.layout
    }

    private init(contract: ACIContract, rulebook: Rulebook, engine: FundingEngine, fallback funding: ContractFunding) {
        self.contract = contract
        self.rulebook = rulebook
        self.engine = engine
        exact = ExactFallback(funding: funding)
        var terms: [FundingTerm] = []
        var index: [FundingTerm: Int32] = [:]
        var layout: [[Slot]] = []
        for statement in funding.years {
            var slots: [Slot] = []
            for line in statement.lines {
                let term = FundingTerm(volet: line.volet, mission: line.mission, part: line.part, indicator: line.indicator,
                                       rule: line.rule, source: line.source, confidence: line.confidence)
                let position: Int32
                if let known = index[term] {
                    position = known
                } else {
                    position = Int32(terms.count)
                    index[term] = position
                    terms.append(term)
                }
                slots.append(Slot(kind: .due, index: 0, term: position, dueCents: line.amount.cents, bestCents: line.bestCase.cents))
            }
            layout.append(slots)
        }
        self.terms = terms
        self.layout = layout
        dueCents = funding.years.map(\.total.cents)
        bestVariableCents = funding.years.map { $0.maxTotal.cents &- $0.total.cents }
        assessedYears = 0
        allOrNothingAmount = []
        allOrNothingAchieved = []
        tierReach = []
        tierAmount = []
        tierResult = []
        proportionalAmount = []
        proportionalTarget = []
        proportionalResult = []
    }

    /// Whether the contract is computed by the reference path (see the type's discussion).
    public var usesReferencePath: Bool { exact != nil }
}

/// Builds the compact columns of a plan; `build()` answers whether the layout is exact.
struct LayoutBuilder {
    let plan: FundingPlan
    var terms: [FundingTerm] = []
    var termIndex: [FundingTerm: Int32] = [:]
    var due: [Int64] = []
    var bestVariable: [Int64] = []
    var assessed: UInt8 = 0
    var allOrNothingAmount: [Int64] = []
    var allOrNothingAchieved: [UInt8] = []
    var tierReach: [Int64] = []
    var tierAmount: [Int64] = []
    var tierResult: [Int64] = []
    var proportionalAmount: [Int64] = []
    var proportionalTarget: [Int64] = []
    var proportionalResult: [Int64] = []
    var layout: [[CompiledContract.Slot]] = []

    /// Magnitudes kept below 2^61 so negation, padding and sums cannot overflow.
    static let limit: Int64 = 1 << 61

    init(plan: FundingPlan) {
        self.plan = plan
    }

    mutating func term(_ term: FundingTerm) -> Int32 {
        if let known = termIndex[term] { return known }
        let position = Int32(terms.count)
        termIndex[term] = position
        terms.append(term)
        return position
    }

    /// Lays the plan out; `false` when the compact layout cannot be exact for it.
    mutating func build() throws(CPTSKitError) -> Bool {
        guard plan.rounding == .toNearestOrAwayFromZero, !plan.prorateVariable, plan.years.count == ACIContract.yearCount else {
            return false
        }
        let years = plan.years.count
        for year in 1...years where plan.contract.results[year] != nil { assessed |= UInt8(1) << UInt8(year - 1) }
        // Columns, one entry per indicator, shared by the years.
        var column: [String: (CompiledContract.Slot.Kind, Int32)] = [:]
        for mission in plan.missions {
            for indicator in mission.engaged.indicators {
                guard let entry = try addColumn(indicator, activeFrom: mission.startYear) else { return false }
                column[indicator.id] = entry
            }
        }
        // Lines of each year, in the reference order.
        for year in plan.years {
            var slots: [CompiledContract.Slot] = []
            var dueSum: Int64 = 0, bestSum: Int64 = 0
            func addDue(_ cents: Int64, _ term: Int32) throws(CPTSKitError) {
                slots.append(.init(kind: .due, index: 0, term: term, dueCents: cents, bestCents: cents))
                dueSum = try Euros(cents: dueSum).adding(Euros(cents: cents)).cents
            }
            let annual = plan.fonctionnement
            try addDue(annual.amount.cents, term(FundingTerm(volet: .fonctionnement, mission: nil, part: .annual, indicator: nil,
                                                              rule: .fonctionnementAnnual, source: annual.source,
                                                              confidence: annual.confidence)))
            if year.number == 1, let supplement = plan.startUpSupplement {
                try addDue(supplement.amount.cents, term(FundingTerm(volet: .fonctionnement, mission: nil, part: .startUpSupplement,
                                                                      indicator: nil, rule: .startUpSupplement,
                                                                      source: supplement.source, confidence: supplement.confidence)))
            }
            for mission in plan.missions where mission.startYear <= year.number {
                let kind = mission.engaged.kind
                let share = plan.fixedShare(of: mission, in: year)
                let fixed = try mission.fixed.amount.multiplied(by: share, rounding: plan.rounding)
                try addDue(fixed.cents, term(FundingTerm(volet: .missions, mission: kind, part: .fixed, indicator: nil,
                                                          rule: share == .one ? .fixedPart : .fixedPartProrated,
                                                          source: mission.fixed.source, confidence: mission.fixed.confidence)))
                if let activated = mission.activated, plan.contract.crisisYears.contains(year.number) {
                    try addDue(activated.amount.cents, term(FundingTerm(volet: .missions, mission: kind, part: .crisisActivation,
                                                                         indicator: nil, rule: .crisisActivation,
                                                                         source: activated.source, confidence: activated.confidence)))
                }
                for indicator in mission.engaged.indicators {
                    guard let (slotKind, index) = column[indicator.id] else { return false }
                    let best = indicator.payout.bestCase.cents
                    bestSum = try Euros(cents: bestSum).adding(indicator.payout.bestCase).cents
                    slots.append(.init(kind: slotKind, index: index,
                                       term: term(FundingTerm(volet: .missions, mission: kind, part: .variable, indicator: indicator.id,
                                                              rule: FundingRule(paying: indicator.payout), source: .contract,
                                                              confidence: .contract)),
                                       dueCents: 0, bestCents: best))
                }
            }
            _ = try Euros(cents: dueSum).adding(Euros(cents: bestSum))
            due.append(dueSum)
            bestVariable.append(bestSum)
            layout.append(slots)
        }
        return true
    }

    /// The smallest decimal scale at which every value is a whole number, or `nil` (not a finite decimal).
    static func scale(of values: [Fraction]) -> Int? {
        var scale = 0
        for value in values {
            var denominator = value.reduced.denominator
            var twos = 0, fives = 0
            while denominator % 2 == 0 { denominator /= 2; twos += 1 }
            while denominator % 5 == 0 { denominator /= 5; fives += 1 }
            guard denominator == 1 else { return nil }
            scale = max(scale, twos, fives)
        }
        return scale <= 18 ? scale : nil
    }

    /// A value as a whole number at `scale`, or `nil` beyond the safe range.
    static func scaled(_ value: Fraction, _ scale: Int) -> Int64? {
        let lowest = value.reduced
        let factor = DecimalText.powersOfTen[scale] / lowest.denominator
        let (product, overflow) = lowest.numerator.multipliedReportingOverflow(by: factor)
        guard !overflow, product > -limit, product < limit else { return nil }
        return product
    }

    /// The measured results of an indicator for years 1…5 (`nil` where absent or inactive).
    func measuredResults(_ id: String, activeFrom: Int) -> [Fraction?] {
        (1...ACIContract.yearCount).map { year in
            guard year >= activeFrom, case .measured(let value)? = plan.contract.results[year]?[id] else { return nil }
            return value
        }
    }

    /// Adds an indicator to its column; `nil` when it does not fit the compact layout.
    mutating func addColumn(_ indicator: Indicator, activeFrom: Int) throws(CPTSKitError) -> (CompiledContract.Slot.Kind, Int32)? {
        switch indicator.payout {
        case .allOrNothing(let amount):
            var bits: UInt8 = 0
            for year in activeFrom...ACIContract.yearCount where plan.contract.results[year]?[indicator.id] == .achieved(true) {
                bits |= UInt8(1) << UInt8(year - 1)
            }
            allOrNothingAmount.append(amount.cents)
            allOrNothingAchieved.append(bits)
            return (.allOrNothing, Int32(allOrNothingAmount.count - 1))
        case .tiers(let better, let tiers):
            guard tiers.count <= CompiledContract.tierWidth else { return nil }
            let results = measuredResults(indicator.id, activeFrom: activeFrom)
            guard let scale = Self.scale(of: tiers.map(\.reach) + results.compactMap { $0 }) else { return nil }
            let sign: Int64 = better == .higher ? 1 : -1
            for slot in 0..<CompiledContract.tierWidth {
                if slot < tiers.count {
                    guard let reach = Self.scaled(tiers[slot].reach, scale) else { return nil }
                    tierReach.append(sign * reach)
                    tierAmount.append(tiers[slot].amount.cents)
                } else {
                    tierReach.append(Int64.max)
                    tierAmount.append(0)
                }
            }
            for result in results {
                guard let result else { tierResult.append(Int64.min); continue }
                guard let value = Self.scaled(result, scale) else { return nil }
                tierResult.append(sign * value)
            }
            return (.tiers, Int32(tierAmount.count / CompiledContract.tierWidth - 1))
        case .proportional(let target, let amount):
            let results = measuredResults(indicator.id, activeFrom: activeFrom)
            guard let scale = Self.scale(of: [target] + results.compactMap { $0 }),
                  let scaledTarget = Self.scaled(target, scale), scaledTarget > 0 else { return nil }
            // (2 × amount × min(result, target) + target) must fit 63 bits.
            let (twice, o1) = amount.cents.multipliedReportingOverflow(by: 2)
            let (product, o2) = (twice &+ 1).multipliedReportingOverflow(by: scaledTarget)
            guard !o1, !o2, product < Self.limit else { return nil }
            proportionalAmount.append(amount.cents)
            proportionalTarget.append(scaledTarget)
            for result in results {
                guard let result else { proportionalResult.append(0); continue }
                guard let value = Self.scaled(result, scale), value >= 0 else { return nil }
                proportionalResult.append(value)
            }
            return (.proportional, Int32(proportionalAmount.count - 1))
        }
    }
}
