extension Fraction: Comparable, Hashable {
    /// Compares two fractions by value, exactly (128-bit cross products).
    public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high != right.high ? left.high < right.high : left.low < right.low
    }

    /// Two fractions are equal when they denote the same value (`1/2 == 2/4`).
    public static func == (lhs: Fraction, rhs: Fraction) -> Bool {
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high == right.high && left.low == right.low
    }

    /// Hashes the value in lowest terms, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        let lowest = reduced
        hasher.combine(lowest.numerator)
        hasher.combine(lowest.denominator)
    }

    /// The quotient `self / other`, exactly.
    ///
    /// - Parameter other: The divisor, non-zero.
    /// - Returns: The quotient, with common factors removed before multiplying.
    /// - Throws: ``CPTSKitError/Kind/invalidNumber`` when dividing by zero,
    ///   ``CPTSKitError/Kind/overflow`` when the terms do not fit 64 bits.
    public func divided(by other: Fraction) throws(CPTSKitError) -> Fraction {
        let a = reduced, b = other.reduced
        guard b.numerator != 0 else {
            throw CPTSKitError(.invalidNumber, path: "", message: BilingualText(fr: "division par zéro", en: "division by zero"), value: "\(self) / \(other)")
        }
        // (a.n / a.d) / (b.n / b.d) = (a.n * b.d) / (a.d * b.n), reduced crosswise first.
        let g1 = Int64(Fraction.gcd(a.numerator.magnitude, b.numerator.magnitude))
        let g2 = Int64(Fraction.gcd(UInt64(a.denominator), UInt64(b.denominator)))
        let n1 = a.numerator / max(g1, 1), n2 = b.numerator / max(g1, 1)
        let d1 = a.denominator / g2, d2 = b.denominator / g2
        let (num, o1) = n1.multipliedReportingOverflow(by: d2)
        let (den, o2) = d1.multipliedReportingOverflow(by: n2)
        guard !o1, !o2 else {
            throw CPTSKitError(.overflow, path: "", message: BilingualText(fr: "rapport trop grand pour l'arithmétique exacte", en: "ratio too large for exact arithmetic"),
                               value: "\(self) / \(other)")
        }
        return try Fraction(num, den)
    }

    /// The difference `self − other`, exactly, in lowest terms.
    ///
    /// - Parameter other: The fraction to subtract.
    /// - Throws: ``CPTSKitError/Kind/overflow`` when the terms do not fit 64 bits.
    public func subtracting(_ other: Fraction) throws(CPTSKitError) -> Fraction {
        let a = reduced, b = other.reduced
        let (left, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator)
        let (right, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator)
        let (numerator, o3) = left.subtractingReportingOverflow(right)
        let (denominator, o4) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        guard !o1, !o2, !o3, !o4 else {
            throw CPTSKitError(.overflow, path: "", message: BilingualText(fr: "différence trop grande pour l'arithmétique exacte", en: "difference too large for exact arithmetic"), value: "\(self) − \(other)")
        }
        return try Fraction(numerator, denominator).reduced
    }

    /// The absolute value.
    public var magnitude: Fraction {
        numerator < 0 && numerator != .min ? Fraction(unchecked: -numerator, denominator) : self
    }

    /// The smaller of this fraction and one: the attainment of a proportional objective.
    public var cappedAtOne: Fraction { self > .one ? .one : self }
}
