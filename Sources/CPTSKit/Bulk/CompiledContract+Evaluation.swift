extension CompiledContract {
    /// The year's total, pending lines excluded: what ``FundingStatement/total`` says, to the cent.
    ///
    /// - Parameter year: The contract year, 1…5.
    /// - Returns: The total.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    @inlinable
    public func total(year: Int) throws(CPTSKitError) -> Euros {
        guard (1...ACIContract.yearCount).contains(year) else { throw CompiledContract.yearError(year) }
        return Euros(cents: totalCents(yearIndex: year - 1))
    }

    /// The year's total with pending lines at their best case (``FundingStatement/maxTotal``).
    ///
    /// - Parameter year: The contract year, 1…5.
    /// - Returns: The maximum total.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    public func maxTotal(year: Int) throws(CPTSKitError) -> Euros {
        guard (1...ACIContract.yearCount).contains(year) else { throw CompiledContract.yearError(year) }
        let index = year - 1
        if exact != nil { return Euros(cents: dueCents[index] &+ bestVariableCents[index]) }
        let assessed = assessedYears >> UInt8(index) & 1 == 1
        return Euros(cents: assessed ? totalCents(yearIndex: index) : dueCents[index] &+ bestVariableCents[index])
    }

    /// The sum of the totals of the five years (pending lines excluded).
    public var contractTotal: Euros {
        var sum: Int64 = 0
        for index in 0..<ACIContract.yearCount { sum &+= totalCents(yearIndex: index) }
        return Euros(cents: sum)
    }

    @usableFromInline
    static func yearError(_ year: Int) -> CPTSKitError {
        CPTSKitError(.yearOutOfContract, path: "year", message: "contract years are numbered 1 to \(ACIContract.yearCount)",
                     value: "\(year)")
    }

    /// The total of year `index + 1` in cents; sums cannot overflow (checked at compile time).
    @usableFromInline
    func totalCents(yearIndex index: Int) -> Int64 {
        if exact != nil { return dueCents[index] }
        guard assessedYears >> UInt8(index) & 1 == 1 else { return dueCents[index] }
        return dueCents[index] &+ allOrNothingSum(index) &+ tierSum(index) &+ proportionalSum(index)
    }

    func allOrNothingSum(_ index: Int) -> Int64 {
        allOrNothingAmount.withUnsafeBufferPointer { amounts in
            allOrNothingAchieved.withUnsafeBufferPointer { achieved in
                var sum: Int64 = 0
                for i in 0..<amounts.count { sum &+= Int64((achieved[i] >> UInt8(index)) & 1) &* amounts[i] }
                return sum
            }
        }
    }

    func tierSum(_ index: Int) -> Int64 {
        tierReach.withUnsafeBufferPointer { reach in
            tierAmount.withUnsafeBufferPointer { amount in
                tierResult.withUnsafeBufferPointer { result in
                    var sum: Int64 = 0
                    let count = amount.count / CompiledContract.tierWidth
                    for i in 0..<count {
                        let value = result[i &* ACIContract.yearCount &+ index]
                        let base = i &* CompiledContract.tierWidth
                        var best: Int64 = 0
                        for j in 0..<CompiledContract.tierWidth {
                            let pay = value >= reach[base &+ j] ? amount[base &+ j] : 0
                            best = pay > best ? pay : best
                        }
                        sum &+= best
                    }
                    return sum
                }
            }
        }
    }

    func proportionalSum(_ index: Int) -> Int64 {
        proportionalAmount.withUnsafeBufferPointer { amount in
            proportionalTarget.withUnsafeBufferPointer { target in
                proportionalResult.withUnsafeBufferPointer { result in
                    var sum: Int64 = 0
                    for i in 0..<amount.count {
                        sum &+= CompiledContract.proportional(amount[i], target[i], result[i &* ACIContract.yearCount &+ index])
                    }
                    return sum
                }
            }
        }
    }

    /// `amount × min(result, target) / target` rounded half-up, all non-negative, no overflow (checked).
    @inline(__always)
    static func proportional(_ amount: Int64, _ target: Int64, _ result: Int64) -> Int64 {
        let reached = result < target ? result : target
        return Int64(UInt64(bitPattern: 2 &* amount &* reached &+ target) / UInt64(bitPattern: 2 &* target))
    }

    func variableCents(_ slot: Slot, _ index: Int) -> Int64 {
        let i = Int(slot.index)
        switch slot.kind {
        case .due:
            return slot.dueCents
        case .allOrNothing:
            return Int64((allOrNothingAchieved[i] >> UInt8(index)) & 1) &* allOrNothingAmount[i]
        case .tiers:
            let value = tierResult[i &* ACIContract.yearCount &+ index]
            var best: Int64 = 0
            for j in 0..<CompiledContract.tierWidth where value >= tierReach[i &* CompiledContract.tierWidth &+ j] {
                best = max(best, tierAmount[i &* CompiledContract.tierWidth &+ j])
            }
            return best
        case .proportional:
            return CompiledContract.proportional(proportionalAmount[i], proportionalTarget[i],
                                                 proportionalResult[i &* ACIContract.yearCount &+ index])
        }
    }

    /// Fills `buffer` with the year's lines, without allocating once the buffer has grown.
    ///
    /// The lines are those of ``FundingEngine/statement(for:year:rulebook:)``, in the same order,
    /// with the same amounts and statuses; their provenance is ``terms``[line.term].
    ///
    /// - Parameters:
    ///   - year: The contract year, 1…5.
    ///   - buffer: The buffer to fill; its previous lines are discarded.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    public func fillStatement(year: Int, into buffer: inout StatementBuffer) throws(CPTSKitError) {
        guard (1...ACIContract.yearCount).contains(year) else { throw CompiledContract.yearError(year) }
        let index = year - 1
        buffer.lines.removeAll(keepingCapacity: true)
        var total: Int64 = 0, maxTotal: Int64 = 0
        if let exact {
            for (slot, line) in zip(layout[index], exact.funding.years[index].lines) {
                buffer.lines.append(CompactFundingLine(amountCents: line.amount.cents, bestCaseCents: line.bestCase.cents,
                                                       term: slot.term, status: line.status))
            }
            buffer.total = exact.funding.years[index].total
            buffer.maxTotal = exact.funding.years[index].maxTotal
            return
        }
        let assessed = assessedYears >> UInt8(index) & 1 == 1
        for slot in layout[index] {
            let status: LineStatus
            let amount: Int64
            if slot.kind == .due {
                status = .due
                amount = slot.dueCents
            } else if assessed {
                status = .assessed
                amount = variableCents(slot, index)
            } else {
                status = .pending
                amount = slot.bestCents
            }
            if status != .pending { total &+= amount }
            maxTotal &+= amount
            buffer.lines.append(CompactFundingLine(amountCents: amount, bestCaseCents: slot.bestCents, term: slot.term, status: status))
        }
        buffer.total = Euros(cents: total)
        buffer.maxTotal = Euros(cents: maxTotal)
    }

    /// The year's full statement, computed by the reference path (base, rate and result on each line).
    ///
    /// - Parameter year: The contract year, 1…5.
    /// - Throws: ``CPTSKitError`` as ``FundingEngine/statement(for:year:rulebook:)``.
    public func statement(year: Int) throws(CPTSKitError) -> FundingStatement {
        if let exact {
            guard (1...exact.funding.years.count).contains(year) else { throw CompiledContract.yearError(year) }
            return exact.funding.years[year - 1]
        }
        return try engine.statement(for: contract, year: year, rulebook: rulebook)
    }
}
