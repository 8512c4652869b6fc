/// The French writing of numbers that the core's own descriptions use: `764 161`, `72,9`, `75 %`.
///
/// The values' `description`s (``Euros``, ``Population``, ``SizeBoundaries``…) are French, one
/// documented language for developers and logs. Display for people — tables, reports, the choice
/// of a language — belongs to the `CPTSKitReports` product, whose `FrenchNumber` is built on this.
package enum FrenchText {
    /// The integer with a space between groups of three digits: `764 161`, `-1 234`.
    ///
    /// - Parameter value: The integer.
    /// - Returns: The grouped digits, with a leading minus sign when negative.
    package static func grouped<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value.magnitude)
        let count = digits.utf8.count
        var out = value < 0 ? "-" : ""
        out.reserveCapacity(count + count / 3 + 1)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }

    /// An exact number with a decimal comma: `72,9`, `219`.
    ///
    /// - Parameter value: The number.
    /// - Returns: Its exact decimal form, the dot replaced by a comma.
    package static func decimal(_ value: Fraction) -> String {
        value.decimalDescription.replacingAll(".", with: ",")
    }

    /// A rate as a French percentage rounded to nearest, ties away from zero: `79,46 %`.
    ///
    /// - Parameters:
    ///   - rate: The exact rate (`1/2` is 50 %).
    ///   - decimals: The number of decimals, 0…6.
    /// - Returns: The percentage with a decimal comma and a space before `%`.
    package static func percent(_ rate: Fraction, decimals: Int = 2) -> String {
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
