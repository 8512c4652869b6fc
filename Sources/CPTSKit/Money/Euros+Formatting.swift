extension Euros: CustomStringConvertible {
    /// The amount in English, short, as every `description` of the package is: `€17,500.00`.
    /// For people, choose the language: ``description(in:)``.
    public var description: String { englishDescription }

    /// The amount as a reader of the language writes it: `17 500,00 €` / `€17,500.00`.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        language == .french ? frenchDescription : englishDescription
    }

    /// French formatting: spaces between thousands, a decimal comma and the euro sign.
    ///
    /// Plain spaces are used (not the narrow no-break space of typeset French) so that the text
    /// is the same in a terminal, a test and a spreadsheet: `-1 234 567,89 €`.
    public var frenchDescription: String {
        let magnitude = cents.magnitude
        let grouped = FrenchText.grouped(magnitude / 100)
        let centsPart = magnitude % 100
        return (cents < 0 ? "-" : "") + grouped + "," + (centsPart < 10 ? "0" : "") + String(centsPart) + " €"
    }

    /// English formatting: the euro sign first, commas between thousands, a decimal point:
    /// `€17,500.00`, `-€1,234,567.89`.
    public var englishDescription: String {
        let magnitude = cents.magnitude
        let grouped = FrenchText.grouped(magnitude / 100).replacingAll(" ", with: ",")
        let centsPart = magnitude % 100
        return (cents < 0 ? "-€" : "€") + grouped + "." + (centsPart < 10 ? "0" : "") + String(centsPart)
    }

    /// Machine formatting with a dot and two decimals, as the contract file writes money: `17500.00`.
    public var plainDescription: String {
        let magnitude = cents.magnitude
        let centsPart = magnitude % 100
        return (cents < 0 ? "-" : "") + String(magnitude / 100) + "." + (centsPart < 10 ? "0" : "") + String(centsPart)
    }
}
