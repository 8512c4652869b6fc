extension Fraction {
    /// The value as a percentage in a language, rounded to nearest, ties away from zero:
    /// `72,9 %` / `72.9%` (a share of a year, a coverage, an advance rate).
    ///
    /// - Parameters:
    ///   - language: French (decimal comma, a space before `%`) or English.
    ///   - decimals: The number of decimals, 0…6.
    public func percentDescription(in language: Language, decimals: Int = 2) -> String {
        let french = FrenchText.percent(self, decimals: decimals)
        guard language == .english else { return french }
        var english = french.replacingAll(",", with: ".").replacingAll(" ", with: ",")
        if english.hasSuffix(",%") { english.removeLast(2); english += "%" }
        return english
    }
}
