extension CompiledPortfolio {
    /// One contract-year's total, pending lines excluded: ``FundingStatement/total``, to the cent.
    ///
    /// - Parameters:
    ///   - contract: The contract's index, `0..<count`.
    ///   - year: The contract year, 1…5.
    /// - Returns: The total.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` or ``CPTSKitError/Kind/yearOutOfContract`` out of range.
    public func total(contract: Int, year: Int) throws(CPTSKitError) -> Euros {
        try check(contract, year)
        return Euros(cents: totalCents(contract, year - 1))
    }

    /// One contract-year's total with pending lines at their best case (``FundingStatement/maxTotal``).
    ///
    /// - Parameters:
    ///   - contract: The contract's index.
    ///   - year: The contract year, 1…5.
    /// - Returns: The maximum total.
    /// - Throws: As ``total(contract:year:)``.
    public func maxTotal(contract: Int, year: Int) throws(CPTSKitError) -> Euros {
        try check(contract, year)
        let header = headers[contract], slot = contract &* Self.years &+ year &- 1
        // An assessed year: its total and the best cases of the lines still pending in it (none
        // but in a what-if scenario's contract).
        if header.exact < 0, header.assessed >> UInt8(year - 1) & 1 == 1 {
            return Euros(cents: totalCents(contract, year - 1) &+ bestVariableCents[slot])
        }
        return Euros(cents: dueCents[slot] &+ bestVariableCents[slot])
    }

    /// Writes the five year totals of every contract into `buffer`: `buffer[5 c + y − 1]` for year y.
    ///
    /// The bulk entry point: the buffer is resized once and reused between calls.
    ///
    /// - Parameter buffer: The buffer to fill.
    public func writeTotals(into buffer: inout [Euros]) {
        let needed = count &* Self.years
        if buffer.count != needed { buffer = [Euros](repeating: .zero, count: needed) }
        buffer.withUnsafeMutableBufferPointer { out in
            for contract in 0..<count {
                for year in 0..<Self.years { out[contract &* Self.years &+ year] = Euros(cents: totalCents(contract, year)) }
            }
        }
    }

    /// The sum of every contract-year total (pending lines excluded).
    public var grandTotal: Euros {
        var sum: Int64 = 0
        for contract in 0..<count { for year in 0..<Self.years { sum &+= totalCents(contract, year) } }
        return Euros(cents: sum)
    }

    func check(_ contract: Int, _ year: Int) throws(CPTSKitError) {
        guard (0..<count).contains(contract) else {
            throw CPTSKitError(.invalidArgument, path: "contract", message: BilingualText(fr: "aucun contrat à cet indice (le portefeuille en contient \(count))", en: "no contract at this index (the portfolio holds \(count))"),
                               value: "\(contract)")
        }
        guard (1...Self.years).contains(year) else {
            throw CPTSKitError(.yearOutOfContract, path: "year", message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(Self.years)", en: "contract years are numbered 1 to \(Self.years)"),
                               value: "\(year)")
        }
    }

    /// The total of year `year + 1` of a contract, in cents; sums were checked when compiling.
    func totalCents(_ contract: Int, _ year: Int) -> Int64 {
        let header = headers[contract]
        let due = dueCents[contract &* Self.years &+ year]
        guard header.exact < 0, header.assessed >> UInt8(year) & 1 == 1 else { return due }
        return due &+ allOrNothingSum(header.allOrNothing, year) &+ tierSum(header.tiers, year)
            &+ proportionalSum(header.proportional, year, header.rounding)
    }

    /// An evaluated amount scaled by a share of the year and rounded once: the reference path's
    /// `Euros.multiplied(by:rounding:)` itself. The amount lies between zero and the line's best
    /// case, whose scaled value was computed (overflow-checked) when compiling, and the share is
    /// not negative (days of a year), so the product fits and the call cannot fail.
    static func prorated(_ cents: Int64, _ share: Fraction, _ rounding: RoundingRule) -> Int64 {
        (try? Euros(cents: cents).multiplied(by: share, rounding: rounding))?.cents ?? cents
    }

    func allOrNothingSum(_ range: Range<Int32>, _ year: Int) -> Int64 {
        allOrNothingAmount.withUnsafeBufferPointer { amounts in
            allOrNothingAchieved.withUnsafeBufferPointer { achieved in
                var sum: Int64 = 0
                for i in Int(range.lowerBound)..<Int(range.upperBound) {
                    sum &+= Int64((achieved[i] >> UInt8(year)) & 1) &* amounts[i]
                }
                return sum
            }
        }
    }

    func tierSum(_ range: Range<Int32>, _ year: Int) -> Int64 {
        tierReach.withUnsafeBufferPointer { reach in
            tierAmount.withUnsafeBufferPointer { amount in
                tierResult.withUnsafeBufferPointer { result in
                    var sum: Int64 = 0
                    for i in Int(range.lowerBound)..<Int(range.upperBound) {
                        // The increments of the tiers reached add up to the hardest one's amount,
                        // checked to fit 32 bits when compiling.
                        sum &+= Int64(Self.fourLaneSum(result[i &* Self.years &+ year], reaches: reach[i], increments: amount[i]))
                    }
                    return sum
                }
            }
        }
    }

    func proportionalSum(_ range: Range<Int32>, _ year: Int, _ rounding: RoundingRule) -> Int64 {
        // One loop per rule, so that each is compiled with its rule fixed: no branch per indicator.
        switch rounding {
        case .toNearestOrAwayFromZero: proportionalLoop(range, year, .toNearestOrAwayFromZero)
        case .toNearestOrEven: proportionalLoop(range, year, .toNearestOrEven)
        case .towardZero: proportionalLoop(range, year, .towardZero)
        case .awayFromZero: proportionalLoop(range, year, .awayFromZero)
        }
    }

    @inline(__always)
    func proportionalLoop(_ range: Range<Int32>, _ year: Int, _ rounding: RoundingRule) -> Int64 {
        proportionalAmount.withUnsafeBufferPointer { amount in
            proportionalTarget.withUnsafeBufferPointer { target in
                proportionalResult.withUnsafeBufferPointer { result in
                    var sum: Int64 = 0
                    for i in Int(range.lowerBound)..<Int(range.upperBound) {
                        sum &+= Self.proportional(amount[i], target[i], result[i &* Self.years &+ year], rounding)
                    }
                    return sum
                }
            }
        }
    }

    /// `amount × min(result, target) ÷ target`, rounded by the contract's rule: the payout
    /// kernel's proportional payout, as ``Payout/evaluation(of:rounding:)`` runs it, on scaled
    /// integers, all non-negative, with the product and the target checked below 2^61 when compiling.
    @inline(__always)
    static func proportional(_ amount: Int64, _ target: Int64, _ result: Int64, _ rounding: RoundingRule) -> Int64 {
        PayoutKernel.scaledCents(amount, by: PayoutKernel.counted(result, of: target), over: target, rounding: rounding)
    }

    /// The value of one variable line in a year (assessed).
    func variableCents(_ template: Template, _ year: Int, _ rounding: RoundingRule) -> Int64 {
        let i = Int(template.column)
        switch template.kind {
        case .due:
            return template.cents
        case .allOrNothing:
            return Int64((allOrNothingAchieved[i] >> UInt8(year)) & 1) &* allOrNothingAmount[i]
        case .tiers:
            return Int64(Self.fourLaneSum(tierResult[i &* Self.years &+ year], reaches: tierReach[i], increments: tierAmount[i]))
        case .proportional:
            return Self.proportional(proportionalAmount[i], proportionalTarget[i], proportionalResult[i &* Self.years &+ year],
                                     rounding)
        case .ladder:
            return ladderCents(i, year)
        }
    }

    /// The amount of a four-lane tier column: the increments of the steps a result reaches. A
    /// ladder lists its tiers from the easiest to the hardest; a result reaches a prefix of it, and
    /// the increments over that prefix add up to the amount of the hardest tier reached. Each lane
    /// asks the payout kernel, written so that the four tests become one vector compare.
    @inline(__always)
    static func fourLaneSum(_ result: Int32, reaches steps: SIMD4<Int32>, increments: SIMD4<Int32>) -> Int32 {
        let reached = SIMD4<Int32>(PayoutKernel.reaches(result, steps[0]) ? -1 : 0, PayoutKernel.reaches(result, steps[1]) ? -1 : 0,
                                   PayoutKernel.reaches(result, steps[2]) ? -1 : 0, PayoutKernel.reaches(result, steps[3]) ? -1 : 0)
        return (increments & reached).wrappedSum()
    }

    /// A ladder's amount in a year: the increments of the tiers reached, one lane at a time. Out of
    /// line, so that the four-lane kinds stay a few instructions in the statement loop.
    @inline(never)
    func ladderCents(_ column: Int, _ year: Int) -> Int64 {
        let result = ladderResult[column &* Self.years &+ year]
        var sum: Int64 = 0
        for lane in Int(ladderBounds[column].lowerBound)..<Int(ladderBounds[column].upperBound) where PayoutKernel.reaches(result, ladderReach[lane]) {
            sum &+= Int64(ladderAmount[lane])
        }
        return sum
    }

    /// Fills `buffer` with one contract-year's lines, without allocating once the buffer has grown.
    ///
    /// The lines are those of ``FundingEngine/statement(for:year:rulebook:)``, in the same order,
    /// with the same amounts and statuses; their provenance is ``terms(ofContract:)``[line.term].
    ///
    /// - Parameters:
    ///   - contract: The contract's index.
    ///   - year: The contract year, 1…5.
    ///   - buffer: The buffer to fill; its previous lines are discarded.
    /// - Throws: As ``total(contract:year:)``.
    package func fillStatement(contract: Int, year: Int, into buffer: inout StatementBuffer) throws(CPTSKitError) {
        try check(contract, year)
        let header = headers[contract], index = year - 1
        buffer.lines.removeAll(keepingCapacity: true)
        if header.exact >= 0 {
            let funding = exact[Int(header.exact)]
            guard index < funding.years.count else {
                // A year after an early termination: no line.
                buffer.total = .zero
                buffer.maxTotal = .zero
                return
            }
            var term = Int32(funding.years[..<index].reduce(0) { $0 + $1.lines.count })
            for line in funding.years[index].lines {
                buffer.lines.append(CompactFundingLine(amountCents: line.amount.cents, bestCaseCents: line.bestCase.cents,
                                                       term: term, status: line.status))
                term += 1
            }
            buffer.total = funding.years[index].total
            buffer.maxTotal = funding.years[index].maxTotal
            return
        }
        let assessed = header.assessed >> UInt8(index) & 1 == 1
        let bit = UInt8(1) << UInt8(index)
        var total: Int64 = 0, maxTotal: Int64 = 0
        templates.withUnsafeBufferPointer { all in
            for t in Int(header.templates.lowerBound)..<Int(header.templates.upperBound) where all[t].years & bit != 0 {
                let template = all[t]
                let line: CompactFundingLine
                if template.kind == .due {
                    let first = template.firstYear == UInt8(index)
                    let cents = first ? template.firstCents : template.cents
                    line = CompactFundingLine(amountCents: cents, bestCaseCents: cents, term: first ? template.firstTerm : template.term,
                                              status: .due)
                    total &+= cents
                } else if assessed {
                    let cents = variableCents(template, index, header.rounding)
                    line = CompactFundingLine(amountCents: cents, bestCaseCents: template.cents, term: template.term, status: .assessed)
                    total &+= cents
                } else {
                    line = CompactFundingLine(amountCents: template.cents, bestCaseCents: template.cents, term: template.term,
                                              status: .pending)
                }
                maxTotal &+= line.amountCents
                buffer.lines.append(line)
            }
        }
        buffer.total = Euros(cents: total)
        buffer.maxTotal = Euros(cents: maxTotal)
        if header.mendsLines { mendLines(header, index, assessed, into: &buffer) }
    }

    /// Replaces, in a statement filled as if no line were prorated, every year rounded by the
    /// first year's rule and every line of an assessed year had its result: the variable lines
    /// prorated in this year by their prorated best case and term and, when assessed, their
    /// evaluated amount scaled by the share; in a year whose rulebook rounds otherwise, the
    /// assessed amounts evaluated under the year's rule; a line without result in an assessed year
    /// by its best case, pending. The totals follow. Out of line: few contracts have such lines.
    @inline(never)
    func mendLines(_ header: Header, _ index: Int, _ assessed: Bool, into buffer: inout StatementBuffer) {
        var total = buffer.total.cents, maxTotal = buffer.maxTotal.cents
        let bit = UInt8(1) << UInt8(index), rounding = header.rounding(inYear: index)
        let roundsOtherwise = rounding != header.rounding
        var position = 0
        for t in Int(header.templates.lowerBound)..<Int(header.templates.upperBound) where templates[t].years & bit != 0 {
            defer { position += 1 }
            let template = templates[t]
            let prorated = template.firstYear == UInt8(index), pending = template.pendingYears & bit != 0
            guard template.kind != .due, prorated || pending || (assessed && roundsOtherwise) else { continue }
            let old = buffer.lines[position]
            let best = prorated ? template.firstCents : template.cents
            if pending {
                // No result in an assessed year: pending at its best case, out of the total.
                total &-= old.amountCents
                maxTotal &+= best &- old.amountCents
                buffer.lines[position] = CompactFundingLine(amountCents: best, bestCaseCents: best,
                                                            term: prorated ? template.firstTerm : old.term, status: .pending)
                continue
            }
            var cents = prorated ? template.firstCents : old.amountCents
            if assessed {
                cents = variableCents(template, index, rounding)
                if prorated, let share = proratedShare(ofTemplate: t) { cents = Self.prorated(cents, share, rounding) }
                total &+= cents &- old.amountCents
            }
            maxTotal &+= cents &- old.amountCents
            buffer.lines[position] = CompactFundingLine(amountCents: cents, bestCaseCents: best,
                                                        term: prorated ? template.firstTerm : old.term, status: old.status)
        }
        buffer.total = Euros(cents: total)
        buffer.maxTotal = Euros(cents: maxTotal)
    }

    /// One contract-year's full statement, by the reference path (base, rate and result on each line).
    ///
    /// - Parameters:
    ///   - contract: The contract's index.
    ///   - year: The contract year, 1…5.
    /// - Throws: As ``FundingEngine/statement(for:year:rulebook:)``.
    public func statement(contract: Int, year: Int) throws(CPTSKitError) -> FundingStatement {
        try check(contract, year)
        let header = headers[contract]
        if header.exact >= 0, year <= exact[Int(header.exact)].years.count { return exact[Int(header.exact)].years[year - 1] }
        return try engine.statement(for: contracts[contract], year: year, rulebook: rulebooks[contract])
    }
}
