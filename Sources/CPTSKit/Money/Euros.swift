/// An exact amount of money: a whole number of euro cents in 64 bits.
///
/// National ACI amounts are whole euros; cents appear only through proration and proportional
/// payouts (national amounts are whole euros). Every operation that could overflow is checked and throws
/// ``CPTSKitError/Kind/overflow`` instead of wrapping or trapping. Binary floating point is
/// never involved: amounts are parsed from decimal text (`Euros(parsing: "17500.00")`) or built
/// from cents (`Euros(cents: 1_750_000)`).
public struct Euros: Hashable, Comparable, Sendable {
    /// The amount in cents of euro.
    public let cents: Int64

    /// Creates an amount from a number of cents.
    ///
    /// - Parameter cents: The amount in cents (`1_750_000` is 17 500,00 €).
    @inlinable
    public init(cents: Int64) {
        self.cents = cents
    }

    /// Creates an amount from a whole number of euros.
    ///
    /// - Parameter euros: The amount in euros.
    /// - Throws: ``CPTSKitError/Kind/overflow`` beyond ±92 233 720 368 547 758,07 €.
    public init(euros: Int64) throws(CPTSKitError) {
        let (value, overflow) = euros.multipliedReportingOverflow(by: 100)
        guard !overflow else {
            throw CPTSKitError(.overflow, path: "", message: BilingualText(fr: "montant trop grand pour l'arithmétique exacte", en: "amount too large for exact arithmetic"),
                               value: "\(euros)")
        }
        cents = value
    }

    /// Parses a decimal amount of euros, exactly: `"17500"`, `"17500.00"`, `"0.5"`.
    ///
    /// Trailing zeros past the cents are accepted (`"1.500"`); a non-zero third decimal is not.
    ///
    /// - Parameter text: The amount in euros, with a dot as decimal separator.
    /// - Throws: ``CPTSKitError/Kind/invalidAmount`` for anything that is not such a number or has
    ///   sub-cent digits, ``CPTSKitError/Kind/overflow`` for amounts beyond 64-bit cents.
    public init(parsing text: String) throws(CPTSKitError) {
        let decimal: DecimalText
        do throws(CPTSKitError) {
            decimal = try DecimalText(parsing: Substring(text).utf8, what: "amount")
        } catch let error where error.kind == .invalidNumber {
            throw CPTSKitError(.invalidAmount, path: "", message: BilingualText(fr: "n'est pas un montant en euros (chiffres, '.' facultatif et au plus deux décimales)", en: "is not an amount in euros (digits, optional '.' and up to two decimals)"),
                               value: text)
        }
        guard decimal.scale <= 2 else {
            throw CPTSKitError(.invalidAmount, path: "", message: BilingualText(fr: "a plus de deux décimales", en: "has more than two decimals"), value: text)
        }
        let (value, overflow) = decimal.significand.multipliedReportingOverflow(
            by: DecimalText.powersOfTen[2 - decimal.scale])
        guard !overflow else {
            throw CPTSKitError(.overflow, path: "", message: BilingualText(fr: "montant trop grand pour l'arithmétique exacte", en: "amount too large for exact arithmetic"), value: text)
        }
        cents = value
    }

    /// Zero euros.
    public static let zero = Euros(cents: 0)

    /// Orders amounts by value.
    @inlinable
    public static func < (lhs: Euros, rhs: Euros) -> Bool { lhs.cents < rhs.cents }

    /// Whether the amount is below zero.
    public var isNegative: Bool { cents < 0 }
}
