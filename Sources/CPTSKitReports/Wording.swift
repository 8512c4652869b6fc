import CPTSKit

/// How one language writes what `cpts` shows people: its words, amounts, dates, numbers and
/// percentages.
///
/// | | French | English |
/// |---|---|---|
/// | amount | `17 500,00 €`, `-26 681,51 €` | `€17,500.00`, `-€26,681.51` |
/// | date | `12/05/2025` | `12 May 2025` |
/// | number | `110 110`, `72,9` | `110,110`, `72.9` |
/// | percentage | `72,9 %` | `72.9%` |
/// | result | `oui`, `non`, `72,9` | `yes`, `no`, `72.9` |
public struct Wording: Hashable, Sendable {
    /// The language.
    public let language: Language

    /// The wording of a language.
    ///
    /// - Parameter language: French or English.
    public init(_ language: Language) {
        self.language = language
    }

    /// French wording.
    public static let french = Wording(.french)
    /// English wording.
    public static let english = Wording(.english)

    /// Picks the text of the language: `words("Année", "Year")`.
    ///
    /// - Parameters:
    ///   - french: The French text.
    ///   - english: The English text.
    public func callAsFunction(_ french: String, _ english: String) -> String {
        language == .french ? french : english
    }

    /// Picks the text of a bilingual text.
    ///
    /// - Parameter text: The text in both languages.
    public func callAsFunction(_ text: BilingualText) -> String { text(language) }

    /// An amount: `17 500,00 €` / `€17,500.00`.
    ///
    /// - Parameter amount: The amount.
    public func money(_ amount: Euros) -> String {
        amount.description(in: language)
    }

    /// A whole number: `110 110` / `110,110`.
    ///
    /// - Parameter value: The number.
    public func integer<T: BinaryInteger>(_ value: T) -> String {
        let french = FrenchNumber.grouped(value)
        return language == .french ? french : french.replacingAll(" ", with: ",")
    }

    /// An exact decimal: `72,9` / `72.9`.
    ///
    /// - Parameter value: The number.
    public func decimal(_ value: Fraction) -> String {
        language == .french ? FrenchNumber.decimal(value) : value.decimalDescription
    }

    /// A percentage rounded to nearest, ties away from zero: `72,9 %` / `72.9%`.
    ///
    /// - Parameters:
    ///   - rate: The exact rate (`1/2` is 50 %).
    ///   - decimals: The number of decimals, 0…6.
    public func percent(_ rate: Fraction, decimals: Int = 2) -> String {
        rate.percentDescription(in: language, decimals: decimals)
    }

    /// A day: `12/05/2025` / `12 May 2025`.
    ///
    /// - Parameter date: The day.
    public func date(_ date: CalendarDate) -> String {
        date.description(in: language)
    }

    /// A day without its year: `11/08` / `11 Aug`, in a table of one contract year.
    ///
    /// - Parameter date: The day.
    public func shortDate(_ date: CalendarDate) -> String {
        guard language == .english else { return String(date.frenchDescription.prefix(5)) }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[max(0, min(11, date.month - 1))])"
    }

    /// An exact value, or `≈` and the value rounded to two decimals when it has more (a
    /// projection such as 16 425/181): `90,75` / `≈ 90,75`.
    ///
    /// - Parameter value: The value.
    public func approximate(_ value: Fraction) -> String {
        let exact = decimal(value)
        if !exact.contains("/"), (exact.split(whereSeparator: { $0 == "," || $0 == "." }).dropFirst().first?.count ?? 0) <= 2 {
            return exact
        }
        let hundredths = (try? Euros(cents: 100).multiplied(by: value, rounding: .toNearestOrAwayFromZero))?.cents ?? 0
        return "≈ " + decimal((try? Fraction(hundredths, 100)) ?? .zero)
    }

    /// A reported result: `oui` / `yes`, or the number.
    ///
    /// - Parameter result: The result.
    public func result(_ result: IndicatorResult) -> String {
        switch result {
        case .achieved(let done): done ? self("oui", "yes") : self("non", "no")
        case .measured(let value): decimal(value)
        }
    }
}
