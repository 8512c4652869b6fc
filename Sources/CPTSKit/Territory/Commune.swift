/// A commune of a population dataset: its INSEE code, name, EPCI and legal populations.
///
/// Paris, Lyon and Marseille are special: INSEE counts their *arrondissements municipaux*
/// (75101–75120, 69381–69389, 13201–13216), each a record whose ``parent`` is the commune, and
/// the commune itself (75056, 69123, 13055) is a record with no population of its own.
public struct Commune: Hashable, Sendable {
    /// The INSEE code, e.g. `56121`.
    public let code: INSEECode
    /// The official name, e.g. `Lorient`.
    public let name: String
    /// The intercommunality (*EPCI à fiscalité propre*) it belongs to, when known.
    public let epci: EPCI?
    /// Its legal populations, one per millésime where the commune exists in INSEE's geography.
    public let populations: [CommunePopulation]
    /// For a municipal arrondissement of Paris, Lyon or Marseille, the commune it belongs to.
    public let parent: INSEECode?

    /// Creates a commune record.
    ///
    /// - Parameters:
    ///   - code: The INSEE code.
    ///   - name: The official name.
    ///   - epci: The EPCI it belongs to, if known.
    ///   - populations: Its legal populations by millésime.
    ///   - parent: The commune of a municipal arrondissement; `nil` for a commune.
    public init(code: INSEECode, name: String, epci: EPCI?, populations: [CommunePopulation], parent: INSEECode? = nil) {
        self.code = code
        self.name = name
        self.epci = epci
        self.populations = populations
        self.parent = parent
    }

    /// Its département's code, e.g. `56`, `2A` or `971`.
    public var department: String { code.department }

    /// The legal population of one millésime, or `nil` when the dataset lacks it.
    ///
    /// - Parameters:
    ///   - millesime: The census reference year, e.g. 2020.
    ///   - measure: Municipal (PMUN) or total (PTOT).
    /// - Returns: The count, or `nil`.
    public func population(millesime: Int, measure: PopulationMeasure) -> Int? {
        for entry in populations where entry.millesime == millesime {
            return measure == .municipal ? entry.municipal : entry.total
        }
        return nil
    }
}

/// The legal populations of a commune for one INSEE millésime.
public struct CommunePopulation: Hashable, Sendable {
    /// The census reference year (the millésime 2020 is in force from 1 January 2023).
    public let millesime: Int
    /// *Population municipale* (PMUN).
    public let municipal: Int
    /// *Population totale* (PTOT).
    public let total: Int

    /// Creates one millésime's figures.
    ///
    /// - Parameters:
    ///   - millesime: The census reference year.
    ///   - municipal: The PMUN.
    ///   - total: The PTOT.
    public init(millesime: Int, municipal: Int, total: Int) {
        self.millesime = millesime
        self.municipal = municipal
        self.total = total
    }
}

/// An *établissement public de coopération intercommunale* (EPCI): an intercommunality.
public struct EPCI: Hashable, Sendable {
    /// Its SIREN number, e.g. `200042174` (Lorient Agglomération).
    public let siren: String
    /// Its name as the DGCL publishes it.
    public let name: String

    /// Creates an EPCI reference.
    ///
    /// - Parameters:
    ///   - siren: The SIREN number.
    ///   - name: The name.
    public init(siren: String, name: String) {
        self.siren = siren
        self.name = name
    }
}
