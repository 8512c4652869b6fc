import CPTSKit

/// French display of whole numbers, exact decimals, results and rates: `110 110`, `72,9`, `79,46 %`.
public enum FrenchNumber {
    /// The integer with a space between groups of three digits: `764 161`.
    ///
    /// - Parameter value: The integer.
    /// - Returns: The grouped digits, with a leading minus sign when negative.
    public static func grouped<T: BinaryInteger>(_ value: T) -> String { FrenchText.grouped(value) }

    /// An exact number with a decimal comma: `72,9`, `219`.
    ///
    /// - Parameter value: The number.
    /// - Returns: Its exact decimal form, the dot replaced by a comma.
    public static func decimal(_ value: Fraction) -> String { FrenchText.decimal(value) }

    /// A reported result in French: `oui`, `non`, or the number with a decimal comma.
    ///
    /// - Parameter result: The result.
    public static func result(_ result: IndicatorResult) -> String {
        switch result {
        case .achieved(let done): done ? "oui" : "non"
        case .measured(let value): decimal(value)
        }
    }

    /// A rate as a French percentage rounded to nearest, ties away from zero: `79,46 %`.
    ///
    /// - Parameters:
    ///   - rate: The exact rate (`1/2` is 50 %).
    ///   - decimals: The number of decimals, 0…6.
    /// - Returns: The percentage with a decimal comma and a space before `%`.
    public static func percent(_ rate: Fraction, decimals: Int = 2) -> String { FrenchText.percent(rate, decimals: decimals) }
}
