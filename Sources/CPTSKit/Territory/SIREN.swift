extension EPCI {
    /// Checks a SIREN number: nine digits whose Luhn check digit is right.
    ///
    /// - Parameters:
    ///   - text: The number as written, e.g. `200042174`.
    ///   - path: The path of the field, for the error.
    /// - Throws: ``CPTSKitError/Kind/invalidSIREN`` for any other text.
    public static func validateSIREN(_ text: String, path: String) throws(CPTSKitError) {
        let digits = Array(text.utf8)
        guard digits.count == 9, digits.allSatisfy({ (48...57).contains($0) }) else {
            throw CPTSKitError(.invalidSIREN, path: path, message: BilingualText(fr: "n'est pas un numéro SIREN (neuf chiffres, par ex. 200042174)", en: "is not a SIREN number (nine digits, e.g. 200042174)"),
                               value: text)
        }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var value = Int(digit - 48)
            if offset % 2 == 1 { value = value * 2 > 9 ? value * 2 - 9 : value * 2 }
            sum += value
        }
        guard sum % 10 == 0 else {
            throw CPTSKitError(.invalidSIREN, path: path, message: BilingualText(fr: "n'est pas un numéro SIREN : sa clé de contrôle est fausse", en: "is not a SIREN number: its check digit is wrong"),
                               value: text)
        }
    }
}
