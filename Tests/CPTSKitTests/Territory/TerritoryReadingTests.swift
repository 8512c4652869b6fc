import Testing
@testable import CPTSKit

/// The date comparisons of code reading, at, just below and just above each boundary, on a small
/// dataset built for it (millésimes 2020 and 2023: geographies of 1 January 2022 and 2025).
@Suite("Reading codes through commune changes: every date boundary")
struct TerritoryReadingTests {
    static func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }
    static func code(_ text: String) throws -> INSEECode { try INSEECode(text) }

    /// 56100 exists in both millésimes, 56102 in 2020 only, 56104 in 2023 only.
    static func dataset(_ movements: [(String, Int, String, String)]) throws -> PopulationDataset {
        let epci = EPCI(siren: "200042174", name: "EPCI test")
        func commune(_ code: String, _ millesimes: [Int], epci: EPCI? = nil) throws -> Commune {
            Commune(code: try Self.code(code), name: "C\(code)", epci: epci,
                    populations: millesimes.map { CommunePopulation(millesime: $0, municipal: 100, total: 110) })
        }
        return PopulationDataset(
            name: "Test", millesimes: [2020, 2023],
            communes: [try commune("56100", [2020, 2023], epci: epci), try commune("56102", [2020]),
                       try commune("56104", [2023])],
            movements: try movements.map { (date, kind, before, after) in
                CommuneMovement(date: try Self.date(date), kind: kind, before: try Self.code(before), beforeName: "B",
                                after: try Self.code(after), afterName: "A")
            },
            attribution: "test")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let date: String
        let listed: String
        let before: String
        let after: String
        /// The communes counted in millésime 2020, or `nil` for an unknown code.
        let counted: [String]?
        let kind: TerritoryNote.Kind?
        var testDescription: String { "\(label), change on \(date)" }
    }

    // Geography of millésime 2020: 1 January 2022.
    static let cases: [Case] = [
        // An old code (56901, in no millésime) merged into 56100: read forward when the merge is
        // on or before the geography.
        .init(label: "old code", date: "2021-12-31", listed: "56901", before: "56901", after: "56100", counted: ["56100"], kind: .merged),
        .init(label: "old code", date: "2022-01-01", listed: "56901", before: "56901", after: "56100", counted: ["56100"], kind: .merged),
        .init(label: "old code", date: "2022-01-02", listed: "56901", before: "56901", after: "56100", counted: nil, kind: nil),
        // A newer code (56903) made from 56100: read backward when the change is after the geography.
        .init(label: "newer code", date: "2021-12-31", listed: "56903", before: "56100", after: "56903", counted: nil, kind: nil),
        .init(label: "newer code", date: "2022-01-01", listed: "56903", before: "56100", after: "56903", counted: nil, kind: nil),
        .init(label: "newer code", date: "2022-01-02", listed: "56903", before: "56100", after: "56903", counted: ["56100"], kind: .created),
        // 56100 took in 56102: counted with it only when that happened after the geography.
        .init(label: "taken in", date: "2021-12-31", listed: "56100", before: "56102", after: "56100", counted: ["56100"], kind: nil),
        .init(label: "taken in", date: "2022-01-01", listed: "56100", before: "56102", after: "56100", counted: ["56100"], kind: nil),
        .init(label: "taken in", date: "2022-01-02", listed: "56100", before: "56102", after: "56100", counted: ["56100", "56102"],
              kind: .absorbed),
    ]

    @Test("Merged, newer and absorbing codes around the geography date", arguments: cases)
    func boundary(_ c: Case) throws {
        let dataset = try Self.dataset([(c.date, 32, c.before, c.after)])
        let cpts = try CPTS(name: "X", population: 100, communes: [try Self.code(c.listed)])
        guard let counted = c.counted else {
            let error = #expect(throws: CPTSKitError.self) { try dataset.territory(of: cpts, millesime: 2020) }
            #expect(error?.kind == .unknownCommune)
            #expect(error?.path == "cpts.communes[0]")
            return
        }
        let territory = try dataset.territory(of: cpts, millesime: 2020)
        #expect(territory.communes.map(\.rawValue) == counted)
        #expect(territory.notes.map(\.kind) == (c.kind.map { [$0] } ?? []))
        #expect(territory.notes.first?.date == c.kind.map { _ in try? Self.date(c.date) } ?? nil)
    }

    // An EPCI's members are those of the latest millésime's geography (1 January 2025 here): a
    // commune taken in by a member counts only if that happened by then.
    static let epciCases: [(date: String, counted: [String])] = [
        ("2024-12-31", ["56100", "56102"]), ("2025-01-01", ["56100", "56102"]), ("2025-01-02", ["56100"]),
    ]

    @Test("An EPCI counts what its members took in up to its own date", arguments: epciCases)
    func epciBoundary(_ c: (date: String, counted: [String])) throws {
        let dataset = try Self.dataset([(c.date, 32, "56102", "56100")])
        let cpts = try CPTS(name: "X", population: 100, epcis: ["200042174"])
        let territory = try dataset.territory(of: cpts, millesime: 2020)
        #expect(territory.communes.map(\.rawValue) == c.counted)
        #expect(territory.notes.map(\.kind) == [.epci])
    }

    @Test("A restored commune counts as the whole commune it was part of, with a warning")
    func restoration() throws {
        let dataset = try Self.dataset([("2022-01-02", 21, "56100", "56903")])
        let territory = try dataset.territory(of: try CPTS(name: "X", population: 100, communes: [try Self.code("56903")]),
                                              millesime: 2020)
        #expect(territory.communes.map(\.rawValue) == ["56100"])
        #expect(territory.notes.map(\.kind) == [.restored])
        #expect(territory.notes.first?.isWarning == true)
    }

    @Test("A dataset without départements holds those of its communes")
    func derivedDepartments() throws {
        let dataset = try Self.dataset([])
        #expect(dataset.departments == [Department(code: "56", name: "56", region: "")])
        let outside = try dataset.territory(of: try CPTS(name: "X", population: 1, communes: [try Self.code("29019")]), millesime: 2020)
        #expect(outside.outside.map(\.rawValue) == ["29019"])
        #expect(outside.communes.isEmpty)
        #expect(PopulationDataset.geographyDate(ofMillesime: 2020).description == "2022-01-01")
        #expect(PopulationDataset.inForceDate(ofMillesime: 2020).description == "2023-01-01")
    }
}
