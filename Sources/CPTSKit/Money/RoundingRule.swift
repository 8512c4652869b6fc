/// How an exact quotient is brought to a whole number of cents, named as Swift names its own rules.
///
/// CPTSKit rounds **once per funding line**; the rulebooks default to
/// ``toNearestOrAwayFromZero``, the *arrondi commercial* of French accounting (a tie goes to the
/// larger magnitude). The names and their meaning are those of the standard library's
/// `FloatingPointRoundingRule`; CPTSKit has no rule toward −∞ or +∞ (`.down`, `.up` there),
/// because an amount and its opposite must round to opposite amounts.
///
/// ```
/// exact cents   toNearestOrAwayFromZero  toNearestOrEven  towardZero  awayFromZero
///    2.5               3                     2                2            3
///    3.5               4                     4                3            4
///    2.4               2                     2                2            3
///    2.6               3                     3                2            3
///   -2.5              -3                    -2               -2           -3
///   -2.6              -3                    -3               -2           -3
/// ```
///
/// Ties (`x.5`) are the only inputs where the two *to nearest* rules differ: away from zero
/// gives 3 for 2.5, to even gives 2 (the even neighbour), as in banking.
public enum RoundingRule: String, Hashable, Sendable, CaseIterable, Codable {
    /// To the nearest cent; a tie goes away from zero (*arrondi commercial*, "half-up"). The ACI default.
    case toNearestOrAwayFromZero = "half_up"
    /// To the nearest cent; a tie goes to the even cent ("banker's rounding").
    case toNearestOrEven = "half_even"
    /// To the cent toward zero: the fraction of a cent is dropped (truncation).
    case towardZero = "toward_zero"
    /// To the cent away from zero whenever a fraction of a cent remains.
    case awayFromZero = "away_from_zero"

    /// The rule's name as it appears in documentation and explanations.
    public var label: String { label(in: .french) }

    /// The rule's name in a language.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.toNearestOrAwayFromZero, .french): "arrondi au centime le plus proche, demi vers le haut"
        case (.toNearestOrAwayFromZero, .english): "to the nearest cent, half away from zero"
        case (.toNearestOrEven, .french): "arrondi au centime pair le plus proche"
        case (.toNearestOrEven, .english): "to the nearest even cent"
        case (.towardZero, .french): "troncature au centime"
        case (.towardZero, .english): "truncated to the cent"
        case (.awayFromZero, .french): "arrondi au centime supérieur"
        case (.awayFromZero, .english): "up to the next cent"
        }
    }

    /// Rounds the non-negative quotient `quotient + remainder / divisor` to a whole number.
    ///
    /// How CPTSKit rounds a 128-bit product (``Euros/multiplied(by:rounding:)``: prorata, and
    /// payouts beyond the payout kernel's range); ``dividing(_:by:)`` rounds the same way with one
    /// division for the kernel, and a test holds the two equal for every rule.
    ///
    /// - Parameters:
    ///   - quotient: The whole part of the magnitude.
    ///   - remainder: The remainder, `0 ≤ remainder < divisor`.
    ///   - divisor: The divisor, positive.
    /// - Returns: The rounded magnitude; it may exceed `quotient` by one.
    @inlinable @inline(__always)
    func roundMagnitude(quotient: UInt64, remainder: UInt64, divisor: UInt64) -> UInt64 {
        if remainder == 0 { return quotient }
        let rest = divisor &- remainder
        switch self {
        case .towardZero:
            return quotient
        case .awayFromZero:
            return quotient &+ 1
        case .toNearestOrAwayFromZero:
            return remainder >= rest ? quotient &+ 1 : quotient
        case .toNearestOrEven:
            if remainder > rest { return quotient &+ 1 }
            if remainder < rest { return quotient }
            return quotient & 1 == 0 ? quotient : quotient &+ 1
        }
    }

    /// `numerator ÷ divisor` rounded by this rule, for whole numbers below 2^62.
    ///
    /// The same rounding as ``roundMagnitude(quotient:remainder:divisor:)``, with one division:
    /// to nearest with ties away from zero is ⌊(2n + d) ÷ 2d⌋, away from zero ⌊(n + d − 1) ÷ d⌋.
    ///
    /// - Parameters:
    ///   - numerator: The dividend, `0 ≤ numerator < 2^62`.
    ///   - divisor: The divisor, `0 < divisor < 2^62`.
    /// - Returns: The rounded quotient.
    @inlinable @inline(__always)
    func dividing(_ numerator: UInt64, by divisor: UInt64) -> UInt64 {
        switch self {
        case .toNearestOrAwayFromZero:
            return (numerator &* 2 &+ divisor) / (divisor &* 2)
        case .towardZero:
            return numerator / divisor
        case .awayFromZero:
            return (numerator &+ divisor &- 1) / divisor
        case .toNearestOrEven:
            let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: divisor)
            return roundMagnitude(quotient: quotient, remainder: remainder, divisor: divisor)
        }
    }
}
