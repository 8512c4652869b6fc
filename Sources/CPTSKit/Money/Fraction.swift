/// An exact ratio of two integers: a prorata, an attainment rate, a measured result.
///
/// Fractions keep the terms they were given, so that an explanation can read
/// `17 500,00 € × 198/366` rather than `× 33/61`; equality, ordering and hashing use the value.
/// The denominator is always positive. Decimal results from a contract file (`"72.40"`) are
/// fractions with a power-of-ten denominator, so they compare exactly with tier thresholds.
public struct Fraction: Sendable, CustomStringConvertible {
    /// The numerator, carrying the sign.
    public let numerator: Int64
    /// The denominator, always positive.
    public let denominator: Int64

    /// Creates the fraction `numerator / denominator`.
    ///
    /// - Parameters:
    ///   - numerator: The numerator.
    ///   - denominator: The denominator, non-zero; a negative one moves its sign to the numerator.
    /// - Throws: ``CPTSKitError/Kind/invalidNumber`` for a zero denominator,
    ///   ``CPTSKitError/Kind/overflow`` when the sign cannot be moved (`Int64.min`).
    public init(_ numerator: Int64, _ denominator: Int64) throws(CPTSKitError) {
        guard denominator != 0 else {
            throw CPTSKitError(.invalidNumber, path: "", message: BilingualText(fr: "une fraction ne peut pas avoir un dénominateur nul", en: "a fraction cannot have a zero denominator"),
                               value: "\(numerator)/0")
        }
        if denominator < 0 {
            guard numerator != .min, denominator != .min else {
                throw CPTSKitError(.overflow, path: "", message: BilingualText(fr: "termes de la fraction hors limites", en: "fraction terms out of range"),
                                   value: "\(numerator)/\(denominator)")
            }
            self.numerator = -numerator
            self.denominator = -denominator
        } else {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// Creates the whole number `value` as a fraction over one.
    ///
    /// - Parameter value: The integer.
    public init(_ value: Int64) {
        numerator = value
        denominator = 1
    }

    /// Creates a fraction from terms already known to be valid (positive denominator).
    @usableFromInline
    init(unchecked numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Zero.
    public static let zero = Fraction(0)
    /// One: the rate of a line that is neither prorated nor scaled.
    public static let one = Fraction(1)

    /// `numerator/denominator`, or the bare numerator when the denominator is one.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// Whether the value is zero.
    public var isZero: Bool { numerator == 0 }
    /// Whether the value is below zero.
    public var isNegative: Bool { numerator < 0 }

    /// The same value in lowest terms.
    public var reduced: Fraction {
        let divisor = Fraction.gcd(numerator.magnitude, UInt64(denominator))
        guard divisor > 1 else { return self }
        return Fraction(unchecked: numerator / Int64(divisor), denominator / Int64(divisor))
    }

    /// The greatest common divisor of two magnitudes (`gcd(0, n) = n`).
    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
