/// A commune of a population dataset: its INSEE code, name, EPCI and legal populations.
///
/// Paris, Lyon and Marseille are special: INSEE counts their *arrondissements municipaux*
/// (75101–75120, 69381–69389, 13201–13216), each a record whose ``parent`` is the commune, and
/// the commune itself (75056, 69123, 13055) is a record with no population of its own.
///
/// A commune of a compiled table (the Morbihan, France) is a row of that table, read when asked:
/// decoding 35 000 communes then costs a few milliseconds, not one object each.
public struct Commune: Hashable, Sendable {
    private let storage: Storage

    enum Storage: Sendable {
        case record(CommuneRecord)
        case row(CompiledCommunes, Int)
    }

    /// Creates a commune record.
    ///
    /// - Parameters:
    ///   - code: The INSEE code.
    ///   - name: The official name.
    ///   - epci: The EPCI it belongs to, if known.
    ///   - populations: Its legal populations by millésime.
    ///   - parent: The commune of a municipal arrondissement; `nil` for a commune.
    public init(code: INSEECode, name: String, epci: EPCI?, populations: [CommunePopulation], parent: INSEECode? = nil) {
        storage = .record(CommuneRecord(code: code, name: name, epci: epci, populations: populations, parent: parent))
    }

    /// Row `row` of a compiled table.
    init(table: CompiledCommunes, row: Int) {
        storage = .row(table, row)
    }

    /// The INSEE code, e.g. `56121`.
    public var code: INSEECode {
        switch storage {
        case .record(let record): record.code
        case .row(let table, let row): table.code(row: row)
        }
    }

    /// The official name, e.g. `Lorient`.
    public var name: String {
        switch storage {
        case .record(let record): record.name
        case .row(let table, let row): table.name(row: row)
        }
    }

    /// The intercommunality (*EPCI à fiscalité propre*) it belongs to, when known.
    public var epci: EPCI? {
        switch storage {
        case .record(let record): record.epci
        case .row(let table, let row): table.epci(row: row)
        }
    }

    /// For a municipal arrondissement of Paris, Lyon or Marseille, the commune it belongs to.
    public var parent: INSEECode? {
        switch storage {
        case .record(let record): record.parent
        case .row(let table, let row): table.parent(row: row)
        }
    }

    /// Its legal populations, one per millésime where the commune exists in INSEE's geography.
    public var populations: [CommunePopulation] {
        switch storage {
        case .record(let record): record.populations
        case .row(let table, let row): table.columns.populations(row: row)
        }
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
        switch storage {
        case .record(let record):
            for entry in record.populations where entry.millesime == millesime {
                return measure == .municipal ? entry.municipal : entry.total
            }
            return nil
        case .row(let table, let row):
            return table.columns.column(of: millesime).flatMap { table.columns.value(row: row, column: $0, measure: measure) }
        }
    }

    /// Two communes are equal when their code, name, EPCI, parent and figures are.
    public static func == (lhs: Commune, rhs: Commune) -> Bool {
        lhs.code == rhs.code && lhs.name == rhs.name && lhs.epci == rhs.epci && lhs.parent == rhs.parent
            && lhs.populations == rhs.populations
    }

    /// Hashes the commune's values.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(name)
        hasher.combine(epci)
        hasher.combine(parent)
        hasher.combine(populations)
    }
}

/// A commune built in code: its values, held once.
final class CommuneRecord: Sendable {
    let code: INSEECode
    let name: String
    let epci: EPCI?
    let populations: [CommunePopulation]
    let parent: INSEECode?

    init(code: INSEECode, name: String, epci: EPCI?, populations: [CommunePopulation], parent: INSEECode?) {
        self.code = code
        self.name = name
        self.epci = epci
        self.populations = populations
        self.parent = parent
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
