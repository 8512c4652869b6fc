extension Fraction {
    /// Parses an exact decimal (`"72.40"`, `"-3"`, `"1e3"`) or a ratio (`"2/3"`) into a fraction.
    ///
    /// Decimal text becomes a fraction over a power of ten, so `"72.40"` is `724/10`.
    ///
    /// - Parameter text: The number as text.
    /// - Throws: ``CPTSKitError/Kind/invalidNumber`` for text that is neither,
    ///   ``CPTSKitError/Kind/overflow`` for more digits than 64-bit terms hold.
    public init(parsing text: String) throws(CPTSKitError) {
        if let slash = text.utf8.firstIndex(of: UInt8(ascii: "/")) {
            let top = try DecimalText(parsing: text[..<slash].utf8, what: "ratio")
            let bottom = try DecimalText(
                parsing: text[text.utf8.index(after: slash)...].utf8, what: "ratio")
            guard top.scale == 0, bottom.scale == 0 else {
                throw CPTSKitError(.invalidNumber, path: "", message: BilingualText(fr: "un rapport doit avoir des termes entiers", en: "a ratio must have whole terms"), value: text)
            }
            do throws(CPTSKitError) {
                self = try Fraction(top.significand, bottom.significand)
            } catch {
                throw CPTSKitError(error.kind, path: "", message: error.text, value: text)
            }
            return
        }
        self = try DecimalText(parsing: Substring(text).utf8, what: "number").fraction
    }

    /// The exact decimal text of the value when it has one (`724/10` → `"72.4"`), else `n/d`.
    ///
    /// A fraction has a finite decimal form when its reduced denominator has no prime factor but
    /// 2 and 5; the contract encoder writes results this way so that a round trip is exact.
    public var decimalDescription: String {
        let lowest = reduced
        guard let scale = decimalScale else { return lowest.description }
        let factor = DecimalText.powersOfTen[scale] / lowest.denominator
        let (scaled, overflow) = lowest.numerator.multipliedReportingOverflow(by: factor)
        guard !overflow else { return lowest.description }
        if scale == 0 { return "\(scaled)" }
        let magnitude = scaled.magnitude
        let power = UInt64(DecimalText.powersOfTen[scale])
        var fractional = String(magnitude % power)
        while fractional.utf8.count < scale { fractional = "0" + fractional }
        return (scaled < 0 ? "-" : "") + "\(magnitude / power)." + fractional
    }

    /// The number of decimal places of the exact decimal form (`724/10` → 1), or `nil` when the
    /// value has none within 18 places (its reduced denominator has a prime factor other than 2 and 5).
    var decimalScale: Int? {
        var denominator = reduced.denominator
        var twos = 0, fives = 0
        while denominator % 2 == 0 { denominator /= 2; twos += 1 }
        while denominator % 5 == 0 { denominator /= 5; fives += 1 }
        let scale = max(twos, fives)
        return denominator == 1 && scale <= 18 ? scale : nil
    }
}
