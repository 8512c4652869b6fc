/// An exact decimal read from text: `significand × 10^-scale`, with `scale ≥ 0`.
///
/// The one parser of decimal numbers in CPTSKit (amounts, results, tier thresholds), so that a
/// number never passes through binary floating point. Accepts JSON number syntax: an optional
/// minus sign, digits, an optional fraction, an optional exponent (`72.40`, `-3`, `1.5e3`).
struct DecimalText: Hashable, Sendable {
    /// The digits as an integer, with the sign.
    var significand: Int64
    /// The number of decimal places (trailing zeros removed).
    var scale: Int

    /// Powers of ten that fit `Int64`.
    static let powersOfTen: [Int64] = {
        var table: [Int64] = [1]
        for _ in 1...18 { table.append(table[table.count - 1] * 10) }
        return table
    }()

    /// Why a text is not a decimal, in both languages.
    enum Failure {
        case notDecimal, tooLarge, tooManyDigits

        var text: BilingualText {
            switch self {
            case .notDecimal: BilingualText(fr: "n'est pas un nombre décimal", en: "is not a decimal number")
            case .tooLarge: BilingualText(fr: "est trop grand pour l'arithmétique exacte", en: "is too large for exact arithmetic")
            case .tooManyDigits:
                BilingualText(fr: "a plus de chiffres que l'arithmétique exacte n'en permet", en: "has more digits than exact arithmetic allows")
            }
        }
    }

    /// Parses `text`; `what` names the kind of value in the error message.
    init(parsing text: Substring.UTF8View, what: String) throws(CPTSKitError) {
        var index = text.startIndex
        let end = text.endIndex
        // The messages are built only when parsing fails: this is the hot path of every decoded amount.
        func fail(_ why: Failure, _ kind: CPTSKitError.Kind = .invalidNumber) -> CPTSKitError {
            let noun = switch what {
            case "amount": BilingualText(fr: "le montant", en: "amount")
            case "ratio": BilingualText(fr: "le rapport", en: "ratio")
            default: BilingualText(fr: "le nombre", en: what)
            }
            let reason = why.text
            return CPTSKitError(kind, path: "", message: BilingualText(fr: "\(noun.french) \(reason.french)", en: "\(noun.english) \(reason.english)"),
                                value: String(Substring(text)))
        }
        var negative = false
        if index < end, text[index] == UInt8(ascii: "-") {
            negative = true
            text.formIndex(after: &index)
        }
        var magnitude: UInt64 = 0
        var digits = 0, fractionDigits = 0
        var overflowed = false
        func push(_ byte: UInt8) {
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(UInt64(byte &- 48))
            if o1 || o2 { overflowed = true } else { magnitude = plus }
        }
        while index < end, (48...57).contains(text[index]) {
            push(text[index]); digits += 1; text.formIndex(after: &index)
        }
        guard digits > 0 else { throw fail(.notDecimal) }
        if index < end, text[index] == UInt8(ascii: ".") {
            text.formIndex(after: &index)
            while index < end, (48...57).contains(text[index]) {
                push(text[index]); fractionDigits += 1; text.formIndex(after: &index)
            }
            guard fractionDigits > 0 else { throw fail(.notDecimal) }
        }
        var exponent = 0
        if index < end, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            text.formIndex(after: &index)
            var exponentNegative = false
            if index < end, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
                exponentNegative = text[index] == UInt8(ascii: "-")
                text.formIndex(after: &index)
            }
            var exponentDigits = 0
            while index < end, (48...57).contains(text[index]) {
                if exponent < 10_000 { exponent = exponent * 10 + Int(text[index] &- 48) }
                exponentDigits += 1
                text.formIndex(after: &index)
            }
            guard exponentDigits > 0 else { throw fail(.notDecimal) }
            if exponentNegative { exponent = -exponent }
        }
        guard index == end else { throw fail(.notDecimal) }
        guard !overflowed else { throw fail(.tooLarge, .overflow) }
        var scale = fractionDigits - exponent
        if magnitude == 0 { scale = 0 }
        while scale > 0, magnitude % 10 == 0 { magnitude /= 10; scale -= 1 }
        while scale < 0 {
            let (times, o) = magnitude.multipliedReportingOverflow(by: 10)
            guard !o else { throw fail(.tooLarge, .overflow) }
            magnitude = times
            scale += 1
        }
        guard scale <= 18, magnitude <= UInt64(Int64.max) else {
            throw fail(.tooManyDigits, .overflow)
        }
        significand = negative ? -Int64(magnitude) : Int64(magnitude)
        self.scale = scale
    }

    /// The value as a fraction over a power of ten.
    var fraction: Fraction { Fraction(unchecked: significand, DecimalText.powersOfTen[scale]) }
}
