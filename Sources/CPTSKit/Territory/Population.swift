/// A number of inhabitants, and where the figure comes from.
///
/// INSEE publishes legal populations each year by *millésime* (the census reference year; the
/// millésime 2020 is in force from 1 January 2023). A CPTS contract carries a *declared*
/// population, which may match no millésime (the CPTS's own figure).
public struct Population: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Where a population figure comes from.
    public enum Origin: Hashable, Sendable {
        /// Declared in the contract or the *projet de santé*; no census reference.
        case declared
        /// An INSEE legal population of the given millésime and measure.
        case insee(millesime: Int, measure: PopulationMeasure)
    }

    /// The number of inhabitants.
    public let count: Int
    /// Where the figure comes from.
    public let origin: Origin

    /// Creates a population figure.
    ///
    /// - Parameters:
    ///   - count: The number of inhabitants, zero or more.
    ///   - origin: Where it comes from; declared by default.
    /// - Throws: ``CPTSKitError/Kind/invalidPopulation`` for a negative count.
    public init(_ count: Int, origin: Origin = .declared) throws(CPTSKitError) {
        guard count >= 0 else {
            throw CPTSKitError(.invalidPopulation, path: "", message: BilingualText(fr: "une population ne peut pas être négative", en: "a population cannot be negative"), value: "\(count)")
        }
        self.count = count
        self.origin = origin
    }

    /// The count in English, short: `110,110 inhabitants` (`1 inhabitant`).
    public var description: String { description(in: .english) }

    /// `110,110 inhabitants` for a count without building a population.
    static func description(count: Int) -> String {
        "\(FrenchText.grouped(count).split(separator: " ").joined(separator: ",")) \(count == 1 ? "inhabitant" : "inhabitants")"
    }

    /// The count as a reader of the language writes it: `110 110 habitants` / `110,110 inhabitants`.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        let grouped = FrenchText.grouped(count)
        return switch language {
        case .french: "\(grouped) \(count > 1 ? "habitants" : "habitant")"
        case .english: Population.description(count: count)
        }
    }

    /// Orders populations by count.
    public static func < (lhs: Population, rhs: Population) -> Bool { lhs.count < rhs.count }
}

/// Which INSEE legal population is meant.
public enum PopulationMeasure: String, Hashable, Sendable, CaseIterable, Codable {
    /// *Population municipale* (PMUN): people whose usual residence is in the commune.
    case municipal = "pmun"
    /// *Population totale* (PTOT): municipal plus those counted apart (students, …).
    case total = "ptot"

    /// The French name of the measure.
    public var label: String {
        switch self {
        case .municipal: "population municipale"
        case .total: "population totale"
        }
    }

    /// The name of the measure in a language: `population municipale` / `municipal population`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (_, .french): label
        case (.municipal, .english): "municipal population"
        case (.total, .english): "total population"
        }
    }
}
