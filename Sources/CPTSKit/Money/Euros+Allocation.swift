extension Euros {
    /// Splits this amount into parts proportional to `weights` that add up to it exactly.
    ///
    /// The largest-remainder method: each part first gets the whole cents of
    /// its exact share, then the cents left over go one by one to the parts with the largest
    /// remainders, the earlier part first on ties. A 75 % advance and its balance are such a
    /// split with weights `[3, 1]`: 10,01 € → 7,51 € and 2,50 €.
    ///
    /// - Parameter weights: Non-negative weights, at least one positive.
    /// - Returns: One amount per weight; their sum is `self`, to the cent.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` for empty, negative or all-zero weights,
    ///   ``CPTSKitError/Kind/overflow`` when the weights are too large to combine exactly.
    public func allocated(proportionallyTo weights: [Int64]) throws(CPTSKitError) -> [Euros] {
        var weightTotal: Int64 = 0
        for weight in weights {
            guard weight >= 0 else {
                throw CPTSKitError(.invalidArgument, path: "weights", message: BilingualText(fr: "les poids ne doivent pas être négatifs", en: "weights must not be negative"), value: "\(weight)")
            }
            let (next, overflow) = weightTotal.addingReportingOverflow(weight)
            guard !overflow else { throw Euros.overflowError("sum of weights") }
            weightTotal = next
        }
        guard weightTotal > 0 else {
            throw CPTSKitError(.invalidArgument, path: "weights", message: BilingualText(fr: "au moins un poids doit être positif", en: "at least one weight must be positive"),
                               value: "\(weights)")
        }
        let magnitude = cents.magnitude
        let divisor = UInt64(weightTotal)
        var parts = [UInt64](repeating: 0, count: weights.count)
        var remainders = [UInt64](repeating: 0, count: weights.count)
        var given: UInt64 = 0
        for (index, weight) in weights.enumerated() {
            // magnitude × weight < 2^63 × 2^63, and the quotient ≤ magnitude, so this cannot trap.
            let product = magnitude.multipliedFullWidth(by: UInt64(weight))
            let (quotient, remainder) = divisor.dividingFullWidth(product)
            parts[index] = quotient
            remainders[index] = remainder
            given &+= quotient
        }
        var leftover = magnitude - given
        if leftover > 0 {
            let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
            var position = 0
            while leftover > 0 {
                parts[order[position % order.count]] += 1
                leftover -= 1
                position += 1
            }
        }
        let negative = cents < 0
        return parts.map { Euros(cents: negative ? -Int64($0) : Int64($0)) }
    }
}

extension Euros {
    /// Splits this amount into an advance at `rate` and the balance, like
    /// `allocated(proportionallyTo: [n, d − n])` but without allocating an array.
    ///
    /// - Parameter rate: The advance share `n/d`, with `0 ≤ n ≤ d`.
    /// - Returns: The advance and the balance; they add up to this amount.
    func splitAdvance(rate: Fraction) -> (advance: Euros, balance: Euros) {
        let n = UInt64(max(0, min(rate.numerator, rate.denominator))), d = UInt64(rate.denominator)
        let magnitude = cents.magnitude
        let first = d.dividingFullWidth(magnitude.multipliedFullWidth(by: n))
        let second = d.dividingFullWidth(magnitude.multipliedFullWidth(by: d - n))
        var advance = first.quotient
        if magnitude - first.quotient - second.quotient > 0, first.remainder >= second.remainder { advance += 1 }
        let signed = cents < 0 ? -Int64(advance) : Int64(advance)
        return (Euros(cents: signed), Euros(cents: cents &- signed))
    }
}
