/// Money that reads like money: `let budget: Euros = 17_500`, `budget + supplement`, `-balance`.
///
/// The operators stop the program on an overflow beyond ±92 233 720 368 547 758,07 €, as `Int`'s
/// do: they are for amounts written in code. Amounts read from data go through the checked
/// ``adding(_:)``, ``subtracting(_:)`` and ``multiplied(by:rounding:)``, which throw
/// ``CPTSKitError/Kind/overflow`` instead — CPTSKit itself computes only with those.
extension Euros: ExpressibleByIntegerLiteral, AdditiveArithmetic {
    /// A whole number of euros written as a literal: `let fonctionnement: Euros = 75_000`.
    ///
    /// - Parameter euros: The amount in whole euros.
    public init(integerLiteral euros: Int64) {
        self.init(cents: euros * 100)
    }

    /// The sum of two amounts; stops the program on overflow (see ``adding(_:)`` for data).
    ///
    /// - Parameters:
    ///   - lhs: An amount.
    ///   - rhs: The amount to add.
    /// - Returns: `lhs + rhs`.
    public static func + (lhs: Euros, rhs: Euros) -> Euros {
        Euros(cents: lhs.cents + rhs.cents)
    }

    /// The difference of two amounts; stops the program on overflow (see ``subtracting(_:)``).
    ///
    /// - Parameters:
    ///   - lhs: An amount.
    ///   - rhs: The amount to subtract.
    /// - Returns: `lhs - rhs`.
    public static func - (lhs: Euros, rhs: Euros) -> Euros {
        Euros(cents: lhs.cents - rhs.cents)
    }

    /// The opposite amount: `-balance`.
    ///
    /// - Parameter amount: An amount.
    /// - Returns: `0 − amount`.
    public static prefix func - (amount: Euros) -> Euros {
        Euros(cents: -amount.cents)
    }
}

extension Fraction: ExpressibleByIntegerLiteral {
    /// A whole number written as a literal: `let all: Fraction = 1`.
    ///
    /// - Parameter value: The integer.
    public init(integerLiteral value: Int64) {
        self.init(value)
    }
}
