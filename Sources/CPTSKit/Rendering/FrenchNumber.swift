/// French rendering of whole numbers and rates: `110 110`, `79,46 %`.
public enum FrenchNumber {
    /// The integer with a space between groups of three digits: `764 161`.
    ///
    /// - Parameter value: The integer.
    /// - Returns: The grouped digits, with a leading minus sign when negative.
    public static func grouped<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }

    /// An exact number with a decimal comma: `72,9`, `219`.
    ///
    /// - Parameter value: The number.
    /// - Returns: Its exact decimal form, the dot replaced by a comma.
    public static func decimal(_ value: Fraction) -> String {
        value.decimalDescription.replacingAll(".", with: ",")
    }

    /// A reported result in French: `oui`, `non`, or the number with a decimal comma.
    ///
    /// - Parameter result: The result.
    public static func result(_ result: IndicatorResult) -> String {
        switch result {
        case .achieved(let done): done ? "oui" : "non"
        case .measured(let value): decimal(value)
        }
    }

    /// A rate as a French percentage rounded half-up: `79,46 %`.
    ///
    /// - Parameters:
    ///   - rate: The exact rate (`1/2` is 50 %).
    ///   - decimals: The number of decimals, 0…6.
    /// - Returns: The percentage with a decimal comma and a space before `%`.
    public static func percent(_ rate: Fraction, decimals: Int = 2) -> String {
        let places = max(0, min(decimals, 6))
        let scale = DecimalText.powersOfTen[places + 2]
        let scaled = (try? Euros(cents: scale).multiplied(by: rate, rounding: .toNearestOrAwayFromZero))?.cents ?? 0
        let unit = DecimalText.powersOfTen[places]
        let whole = grouped(scaled.magnitude / UInt64(unit))
        var text = (scaled < 0 ? "-" : "") + whole
        if places > 0 {
            var fractional = String(scaled.magnitude % UInt64(unit))
            while fractional.count < places { fractional = "0" + fractional }
            text += "," + fractional
        }
        return text + " %"
    }
}
