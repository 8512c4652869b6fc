extension Euros {
    /// The sum of two amounts, overflow-checked.
    ///
    /// - Parameter other: The amount to add.
    /// - Returns: `self + other`.
    /// - Throws: ``CPTSKitError/Kind/overflow`` when the sum leaves 64-bit cents.
    @inlinable
    public func adding(_ other: Euros) throws(CPTSKitError) -> Euros {
        let (sum, overflow) = cents.addingReportingOverflow(other.cents)
        guard !overflow else { throw Euros.overflowError("\(self.plainDescription) + \(other.plainDescription)") }
        return Euros(cents: sum)
    }

    /// The difference of two amounts, overflow-checked.
    ///
    /// - Parameter other: The amount to subtract.
    /// - Returns: `self - other`.
    /// - Throws: ``CPTSKitError/Kind/overflow`` when the difference leaves 64-bit cents.
    @inlinable
    public func subtracting(_ other: Euros) throws(CPTSKitError) -> Euros {
        let (difference, overflow) = cents.subtractingReportingOverflow(other.cents)
        guard !overflow else { throw Euros.overflowError("\(self.plainDescription) - \(other.plainDescription)") }
        return Euros(cents: difference)
    }

    /// The amount scaled by an exact fraction and rounded once to the cent.
    ///
    /// The product is formed on 128 bits, then divided and rounded by `rule`: this is how every
    /// prorata and every proportional payout is computed (ACI 2019 art. 9.1; rounding once per line, an inferred default). For example
    /// 20 000,00 € × 206/366 = 11 256,830… € → 11 256,83 € half-up.
    ///
    /// - Parameters:
    ///   - rate: The exact factor.
    ///   - rule: The rounding rule to apply once.
    /// - Returns: The rounded amount.
    /// - Throws: ``CPTSKitError/Kind/overflow`` when the result leaves 64-bit cents.
    @inlinable
    public func multiplied(by rate: Fraction, rounding rule: RoundingRule) throws(CPTSKitError) -> Euros {
        if rate.denominator == 1 {
            let (product, overflow) = cents.multipliedReportingOverflow(by: rate.numerator)
            guard !overflow else { throw Euros.overflowError("\(self.plainDescription) × \(rate)") }
            return Euros(cents: product)
        }
        let negative = (cents < 0) != (rate.numerator < 0)
        let product = cents.magnitude.multipliedFullWidth(by: rate.numerator.magnitude)
        let divisor = UInt64(rate.denominator)
        guard product.high < divisor else { throw Euros.overflowError("\(self.plainDescription) × \(rate)") }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let magnitude = rule.roundMagnitude(quotient: quotient, remainder: remainder, divisor: divisor)
        guard magnitude <= UInt64(Int64.max) else { throw Euros.overflowError("\(self.plainDescription) × \(rate)") }
        return Euros(cents: negative ? -Int64(magnitude) : Int64(magnitude))
    }

    /// The sum of a sequence of amounts, overflow-checked.
    ///
    /// - Parameter amounts: The amounts to add.
    /// - Returns: Their total, zero for an empty sequence.
    /// - Throws: ``CPTSKitError/Kind/overflow`` when a partial sum leaves 64-bit cents.
    public static func sum<S: Sequence>(_ amounts: S) throws(CPTSKitError) -> Euros where S.Element == Euros {
        var total: Int64 = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount.cents)
            guard !overflow else { throw overflowError("sum of amounts") }
            total = next
        }
        return Euros(cents: total)
    }

    /// The error raised when an amount leaves 64-bit cents.
    @usableFromInline
    static func overflowError(_ operation: String) -> CPTSKitError {
        CPTSKitError(.overflow, path: "", message: BilingualText(fr: "montant trop grand pour l'arithmétique exacte", en: "amount too large for exact arithmetic"), value: operation)
    }
}
