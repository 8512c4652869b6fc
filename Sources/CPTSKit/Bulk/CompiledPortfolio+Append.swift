extension CompiledPortfolio {
    /// Checks and compiles one more contract.
    ///
    /// - Parameter contract: The contract.
    /// - Throws: ``CPTSKitError`` exactly as ``FundingEngine/funding(for:rulebook:asOf:)`` would; the
    ///   portfolio is then unchanged.
    public mutating func append(_ contract: ACIContract) throws(CPTSKitError) {
        let book: Rulebook
        if let rulebook { book = rulebook } else { book = try engine.rulebook(for: contract) }
        // The compiled columns hold no warning: the checks run, their text is not written.
        let plan = try FundingPlan(contract: contract, rulebook: book, registry: engine.registry, collectWarnings: false)
        let mark = Mark(self)
        do throws(CPTSKitError) {
            if try appendLayout(plan) {
                contracts.append(contract)
                rulebooks.append(book)
                sizeClasses.append(plan.timeline.sizeClass)
                return
            }
        } catch {
            rollBack(to: mark)
            throw error
        }
        rollBack(to: mark)
        try appendExact(contract, rulebook: book)
    }

    /// The lengths of every column, to undo a partial append.
    struct Mark {
        let counts: [Int]
        init(_ portfolio: CompiledPortfolio) {
            counts = [portfolio.headers.count, portfolio.dueCents.count, portfolio.bestVariableCents.count,
                      portfolio.allOrNothingAmount.count, portfolio.allOrNothingAchieved.count, portfolio.tierReach.count,
                      portfolio.tierAmount.count, portfolio.tierResult.count, portfolio.proportionalAmount.count,
                      portfolio.proportionalTarget.count, portfolio.proportionalResult.count, portfolio.templates.count,
                      portfolio.terms.count, portfolio.proratedLines.count, portfolio.ladderBounds.count,
                      portfolio.ladderReach.count, portfolio.ladderAmount.count, portfolio.ladderResult.count]
        }
    }

    mutating func rollBack(to mark: Mark) {
        func cut<T>(_ array: inout [T], _ count: Int) { if array.count > count { array.removeSubrange(count...) } }
        let c = mark.counts
        cut(&headers, c[0]); cut(&dueCents, c[1]); cut(&bestVariableCents, c[2]); cut(&allOrNothingAmount, c[3])
        cut(&allOrNothingAchieved, c[4]); cut(&tierReach, c[5]); cut(&tierAmount, c[6]); cut(&tierResult, c[7])
        cut(&proportionalAmount, c[8]); cut(&proportionalTarget, c[9]); cut(&proportionalResult, c[10])
        cut(&templates, c[11]); cut(&terms, c[12]); cut(&proratedLines, c[13])
        cut(&ladderBounds, c[14]); cut(&ladderReach, c[15]); cut(&ladderAmount, c[16]); cut(&ladderResult, c[17])
    }

    /// Adds a contract computed by the reference path.
    mutating func appendExact(_ contract: ACIContract, rulebook book: Rulebook) throws(CPTSKitError) {
        let funding = try engine.funding(for: contract, rulebook: book)
        let termStart = Int32(terms.count), templateStart = Int32(templates.count)
        for statement in funding.years {
            for line in statement.lines {
                terms.append(FundingTerm(volet: line.volet, mission: line.mission, part: line.part, indicator: line.indicator,
                                         rule: line.rule, source: line.source, confidence: line.confidence,
                                         rulebook: line.rulebook, amendment: line.amendment))
            }
            dueCents.append(statement.total.cents)
            bestVariableCents.append(statement.maxTotal.cents &- statement.total.cents)
        }
        // The years after an early termination have no line: zero in the columns.
        for _ in funding.years.count..<Self.years {
            dueCents.append(0)
            bestVariableCents.append(0)
        }
        let empty = Int32(0)..<Int32(0)
        headers.append(Header(allOrNothing: empty, tiers: empty, proportional: empty,
                              templates: templateStart..<templateStart, terms: termStart..<Int32(terms.count),
                              assessed: 0, exact: Int32(exact.count), rounding: book.roundingRule))
        exact.append(funding)
        contracts.append(contract)
        rulebooks.append(book)
        sizeClasses.append(funding.sizeClass)
    }

    /// Magnitudes kept below 2^61 so negation, padding and sums cannot overflow.
    static let limit: Int64 = 1 << 61
    /// The reach of padding tiers (and, negated, the result of years without one): stored tier
    /// values are 32-bit and kept below it in magnitude, so no result reaches a padding tier.
    static let unreachable: Int32 = 1 << 30

    /// Lays a plan's templates out in the columns; `false` when the compact layout cannot be exact for it.
    ///
    /// The lines, their years, bases and shares come from ``LineRecipe/templates``, the recipe the
    /// reference path also reads; the `switch` below says, for each way a line's amount is found
    /// (``LineKind/amount``), how it is laid out or that the contract goes to the reference path.
    mutating func appendLayout(_ plan: FundingPlan) throws(CPTSKitError) -> Bool {
        // A contract that changes over its term (later rulebooks, amendments, a catch-up, an early
        // termination) is laid out like any other: its templates already carry each run of years
        // with its own base and origin, the years a change splits or a termination cuts short are
        // templates with one partial year, and the years after a termination have no template
        // (their columns hold zeros, their statements no line).
        // A later rulebook may round otherwise: the columns' sums round by the first year's rule,
        // and what another rule changes in an assessed year is added to its due column (results
        // are known when compiling) and mended in its statements, like a prorated line.
        // A year assessed for some indicators only (a what-if scenario's) keeps the others pending:
        // they have no result in the columns, so they sum to nothing, and statements mend them.
        var assessed: UInt8 = 0
        for year in 1...Self.years where plan.timeline.contract.results[year] != nil { assessed |= UInt8(1) << UInt8(year - 1) }
        let aonStart = Int32(allOrNothingAmount.count), tierStart = Int32(tierAmount.count)
        let propStart = Int32(proportionalAmount.count), templateStart = Int32(templates.count), termStart = Int32(terms.count)

        func addTerm(_ term: FundingTerm) -> Int32 {
            terms.append(term)
            return Int32(terms.count) - termStart - 1
        }

        let proratedStart = proratedLines.count, ladderStart = ladderBounds.count
        var anyPending = false
        for template in plan.recipe.templates {
            // Every kind of line: its term, and the year its share is partial (a mission's start, a
            // change inside a year, a termination), with that year's term and amount (a due line's
            // amount, a variable line's best case), scaled by the share and rounded once.
            let term = addTerm(plan.term(of: template))
            var first = Template.noFirstYear, firstTerm = term, firstCents = template.base.cents
            let year = Int(template.firstYear), share = template.share(in: year)
            if year >= 1, share != .one {
                first = UInt8(year - 1)
                firstTerm = addTerm(plan.term(of: template, in: year))
                firstCents = try template.amount(in: year, rounding: plan.timeline.yearContexts[year - 1].rounding).cents
            }
            switch template.kind.traits.amount {
            case .due:
                templates.append(Template(kind: .due, years: template.years, firstYear: first, term: term, firstTerm: firstTerm,
                                          column: 0, cents: template.base.cents, firstCents: firstCents))
            case .assessed:
                let indicator = plan.indicator(of: template)
                guard let (kind, column) = try addColumn(indicator, years: template.years, plan: plan) else { return false }
                if first != Template.noFirstYear {
                    // A prorated envelope: its year's evaluated amount is scaled once more.
                    proratedLines.append(ProratedLine(template: Int32(templates.count), share: share))
                }
                // Only a what-if scenario's contract leaves a line of an assessed year without result.
                var pending: UInt8 = 0
                if plan.timeline.contract.partiallyAssessed {
                    for year in 1...Self.years where (template.years & assessed) >> UInt8(year - 1) & 1 == 1
                        && plan.timeline.contract.results[year]?[indicator.id] == nil {
                        pending |= UInt8(1) << UInt8(year - 1)
                    }
                    anyPending = anyPending || pending != 0
                }
                templates.append(Template(kind: kind, years: template.years, firstYear: first, term: term, firstTerm: firstTerm,
                                          column: column, cents: template.base.cents, firstCents: firstCents, pendingYears: pending))
            }
        }
        // Per-year sums, checked once so the bulk loops may add without checks. In an assessed
        // year, the due column also carries what the variable columns' sums do not say — a
        // prorated line's scaling, a ladder's amount —: results are known when compiling, so the
        // totals loop stays the same for every contract.
        let adjusts = proratedLines.count > proratedStart || ladderBounds.count > ladderStart || !plan.timeline.roundsAlike
        for year in 0..<Self.years {
            var due = Euros.zero, best = Euros.zero
            let isAssessed = assessed >> UInt8(year) & 1 == 1
            for template in templates[Int(templateStart)...] where template.years >> UInt8(year) & 1 == 1 {
                let cents = template.firstYear == UInt8(year) ? template.firstCents : template.cents
                if template.kind == .due {
                    due = try due.adding(Euros(cents: cents))
                } else if !isAssessed || template.pendingYears >> UInt8(year) & 1 == 1 {
                    best = try best.adding(Euros(cents: cents))
                }
            }
            // An assessed year has a context: a contract refuses results after its termination.
            if adjusts, assessed >> UInt8(year) & 1 == 1 {
                due = try due.adding(Euros(cents: adjustment(templates: Int(templateStart)..<templates.count, year: year,
                                                             columns: plan.timeline.rounding, rounding: plan.timeline.yearContexts[year].rounding)))
            }
            guard (try due.adding(best)).cents < Self.limit else { return false }
            dueCents.append(due.cents)
            bestVariableCents.append(best.cents)
        }
        headers.append(Header(allOrNothing: aonStart..<Int32(allOrNothingAmount.count),
                              tiers: tierStart..<Int32(tierAmount.count),
                              proportional: propStart..<Int32(proportionalAmount.count),
                              templates: templateStart..<Int32(templates.count), terms: termStart..<Int32(terms.count),
                              assessed: assessed, exact: -1, rounding: plan.timeline.rounding,
                              mendsLines: proratedLines.count > proratedStart || !plan.timeline.roundsAlike || anyPending,
                              yearRoundings: Header.packed(plan.timeline.yearContexts)))
        return true
    }

    /// The smallest decimal scale at which every value is a whole number, or `nil` (not a finite decimal).
    static func scale(of values: [Fraction]) -> Int? {
        var scale = 0
        for value in values {
            guard let places = value.decimalScale else { return nil }
            scale = max(scale, places)
        }
        return scale
    }

    /// A value as a whole number at `scale`, or `nil` beyond the safe range.
    static func scaled(_ value: Fraction, _ scale: Int) -> Int64? {
        let lowest = value.reduced
        let factor = DecimalText.powersOfTen[scale] / lowest.denominator
        let (product, overflow) = lowest.numerator.multipliedReportingOverflow(by: factor)
        guard !overflow, product > -limit, product < limit else { return nil }
        return product
    }

    /// Adds an indicator to its column; `nil` when it does not fit the compact layout.
    mutating func addColumn(_ indicator: Indicator, years: UInt8, plan: FundingPlan) throws(CPTSKitError)
        -> (Template.Kind, Int32)?
    {
        var measured: [Fraction?] = []
        for year in 1...Self.years {
            if years >> UInt8(year - 1) & 1 == 1, case .measured(let value)? = plan.timeline.contract.results[year]?[indicator.id] {
                measured.append(value)
            } else {
                measured.append(nil)
            }
        }
        switch indicator.payout {
        case .allOrNothing(let amount):
            var bits: UInt8 = 0
            for year in 1...Self.years where years >> UInt8(year - 1) & 1 == 1
                && plan.timeline.contract.results[year]?[indicator.id] == .achieved(true) {
                bits |= UInt8(1) << UInt8(year - 1)
            }
            allOrNothingAmount.append(amount.cents)
            allOrNothingAchieved.append(bits)
            return (.allOrNothing, Int32(allOrNothingAmount.count - 1))
        case .tiers(let better, let tiers):
            guard let scale = Self.scale(of: tiers.map(\.reach) + measured.compactMap { $0 }) else { return nil }
            // The ladder is the one `Payout` evaluates, easiest tier first. A result reaches a prefix
            // of it and the last tier of that prefix pays (`Indicator` checks that a harder tier
            // never pays less), so the amount is the sum of the increments over the prefix: no
            // branch, no maximum. `Direction.reaches` is encoded by negating lower-is-better values,
            // so every lane tests `result ≥ reach`. 32-bit lanes halve the bytes streamed per
            // contract-year; values that do not fit use the reference path.
            guard let ladder = Self.encodeLadder(indicator.payout, better: better, tiers: tiers, scale: scale, measured: measured)
            else { return nil }
            guard tiers.count <= Self.tierWidth else {
                // More tiers than the tier column's lanes: a ladder column of its own, as many lanes as tiers.
                let start = Int32(ladderReach.count)
                ladderReach += ladder.reaches
                ladderAmount += ladder.increments
                ladderBounds.append(start..<Int32(ladderReach.count))
                ladderResult += ladder.results
                return (.ladder, Int32(ladderBounds.count - 1))
            }
            var reaches = SIMD4<Int32>(repeating: Self.unreachable), increments = SIMD4<Int32>(repeating: 0)
            for slot in ladder.reaches.indices {
                reaches[slot] = ladder.reaches[slot]
                increments[slot] = ladder.increments[slot]
            }
            tierReach.append(reaches)
            tierAmount.append(increments)
            tierResult += ladder.results
            return (.tiers, Int32(tierAmount.count - 1))
        case .proportional(let target, let amount):
            guard let scale = Self.scale(of: [target] + measured.compactMap { $0 }),
                  let scaledTarget = Self.scaled(target, scale), scaledTarget > 0 else { return nil }
            // amount × min(result, target) must stay below 2^61.
            let (product, overflow) = amount.cents.multipliedReportingOverflow(by: scaledTarget)
            guard !overflow, product < Self.limit else { return nil }
            proportionalAmount.append(amount.cents)
            proportionalTarget.append(scaledTarget)
            for result in measured {
                guard let result else { proportionalResult.append(0); continue }
                guard let value = Self.scaled(result, scale), value >= 0 else { return nil }
                proportionalResult.append(value)
            }
            return (.proportional, Int32(proportionalAmount.count - 1))
        }
    }
}

extension CompiledPortfolio {
    /// A tier indicator's ladder as integer lanes: reaches easiest first at `scale`, negated when
    /// lower is better; amount increments; five results (a year without one never reaches a tier).
    /// `nil` when a reach or result reaches 2^30 in magnitude or an amount leaves 32 bits.
    static func encodeLadder(_ payout: Payout, better: Payout.Direction, tiers: [Tier], scale: Int, measured: [Fraction?])
        -> (reaches: [Int32], increments: [Int32], results: [Int32])?
    {
        let sign: Int64 = better == .higher ? 1 : -1
        var previous: Int64 = 0
        var reaches: [Int32] = [], increments: [Int32] = [], results: [Int32] = []
        for position in payout.ladderOrder {
            let tier = tiers[position]
            guard let reach = scaled(tier.reach, scale), abs(reach) < Int64(unreachable),
                  tier.amount.cents <= Int64(Int32.max) else { return nil }
            reaches.append(Int32(sign * reach))
            increments.append(Int32(tier.amount.cents &- previous))
            previous = tier.amount.cents
        }
        for result in measured {
            guard let result else { results.append(-unreachable); continue }
            guard let value = scaled(result, scale), abs(value) < Int64(unreachable) else { return nil }
            results.append(Int32(sign * value))
        }
        return (reaches, increments, results)
    }

    /// What an assessed year's variable lines of a contract pay beyond the variable columns' sums:
    /// a prorated line's amount scaled by its share (``prorated(_:_:_:)``) rather than whole, a
    /// ladder's amount, which no column sums, a proportional payout rounded by the year's rule
    /// (`rounding`) where the columns round by the first year's (`columns`).
    func adjustment(templates range: Range<Int>, year: Int, columns: RoundingRule, rounding: RoundingRule) -> Int64 {
        var sum: Int64 = 0
        for index in range where templates[index].kind != .due && templates[index].years >> UInt8(year) & 1 == 1 {
            let template = templates[index]
            var paid = variableCents(template, year, rounding)
            if template.firstYear == UInt8(year), let share = proratedShare(ofTemplate: index) {
                paid = Self.prorated(paid, share, rounding)
            }
            sum &+= paid &- (template.kind == .ladder ? 0 : variableCents(template, year, columns))
        }
        return sum
    }

    /// The share of a prorated variable line, by its template's index (``proratedLines`` is in
    /// template order); `nil` for a line that is not prorated.
    func proratedShare(ofTemplate index: Int) -> Fraction? {
        var low = 0, high = proratedLines.count
        while low < high {
            let middle = (low + high) / 2
            if Int(proratedLines[middle].template) < index { low = middle + 1 } else { high = middle }
        }
        return low < proratedLines.count && Int(proratedLines[low].template) == index ? proratedLines[low].share : nil
    }

    /// Removes the last contract and its columns (a paired portfolio whose other side failed).
    mutating func removeLast() {
        guard let header = headers.last else { return }
        let years = Self.years
        if header.exact >= 0 {
            exact.removeLast()
        } else {
            let aon = Int(header.allOrNothing.lowerBound), tiers = Int(header.tiers.lowerBound)
            let proportional = Int(header.proportional.lowerBound)
            allOrNothingAmount.removeSubrange(aon...)
            allOrNothingAchieved.removeSubrange(aon...)
            tierReach.removeSubrange(tiers...)
            tierAmount.removeSubrange(tiers...)
            tierResult.removeSubrange((tiers * years)...)
            proportionalAmount.removeSubrange(proportional...)
            proportionalTarget.removeSubrange(proportional...)
            proportionalResult.removeSubrange((proportional * years)...)
            let first = Int(header.templates.lowerBound)
            let ladder = templates[first...].filter { $0.kind == .ladder }.map { Int($0.column) }.min()
            if let ladder {
                ladderReach.removeSubrange(Int(ladderBounds[ladder].lowerBound)...)
                ladderAmount.removeSubrange(Int(ladderBounds[ladder].lowerBound)...)
                ladderResult.removeSubrange((ladder * years)...)
                ladderBounds.removeSubrange(ladder...)
            }
            proratedLines.removeAll { Int($0.template) >= first }
            templates.removeSubrange(first...)
        }
        terms.removeSubrange(Int(header.terms.lowerBound)...)
        dueCents.removeLast(years)
        bestVariableCents.removeLast(years)
        headers.removeLast()
        contracts.removeLast()
        rulebooks.removeLast()
        sizeClasses.removeLast()
    }
}
