/// How an exact quotient is brought to a whole number of cents.
///
/// CPTSKit rounds **once per funding line** (`aci-rules.md §6`); the rulebooks default to
/// ``toNearestOrAwayFromZero``, the *arrondi commercial* (half-up) of French accounting.
///
/// ```
/// exact cents   toNearestOrAwayFromZero  toNearestOrEven  down  up
///   2.5               3                    2               2     3
///   3.5               4                    4               3     4
///  -2.5              -3                   -2              -2    -3
///   2.4               2                    2               2     3
/// ```
public enum RoundingRule: String, Hashable, Sendable, CaseIterable, Codable {
    /// Half-up (*arrondi commercial*): ties go away from zero. The ACI default.
    case toNearestOrAwayFromZero = "half_up"
    /// Banker's rounding: ties go to the even cent.
    case toNearestOrEven = "half_even"
    /// Truncation towards zero.
    case down = "down"
    /// Away from zero whenever there is a remainder.
    case up = "up"

    /// The rule's name as it appears in documentation and explanations.
    public var label: String {
        switch self {
        case .toNearestOrAwayFromZero: "arrondi au centime le plus proche, demi vers le haut"
        case .toNearestOrEven: "arrondi au centime pair le plus proche"
        case .down: "troncature au centime"
        case .up: "arrondi au centime supérieur"
        }
    }

    /// Rounds the non-negative quotient `quotient + remainder / divisor` to a whole number.
    ///
    /// - Parameters:
    ///   - quotient: The whole part of the magnitude.
    ///   - remainder: The remainder, `0 ≤ remainder < divisor`.
    ///   - divisor: The divisor, positive.
    /// - Returns: The rounded magnitude; it may exceed `quotient` by one.
    @inlinable
    func roundMagnitude(quotient: UInt64, remainder: UInt64, divisor: UInt64) -> UInt64 {
        if remainder == 0 { return quotient }
        let rest = divisor - remainder
        switch self {
        case .down:
            return quotient
        case .up:
            return quotient &+ 1
        case .toNearestOrAwayFromZero:
            return remainder >= rest ? quotient &+ 1 : quotient
        case .toNearestOrEven:
            if remainder > rest { return quotient &+ 1 }
            if remainder < rest { return quotient }
            return quotient & 1 == 0 ? quotient : quotient &+ 1
        }
    }
}
