import CPTSKitFrance
import Testing
@testable import CPTSKit

@Suite("France: every commune, EPCI and commune change")
struct FranceTerritoryTests {
    struct TotalCase: Sendable, CustomTestStringConvertible {
        let millesime: Int
        let france: Int
        let morbihan: Int
        var testDescription: String { "millésime \(millesime)" }
    }

    // The check values published with the national files (Σ PMUN of every commune, and of the 56).
    static let totals: [TotalCase] = [
        .init(millesime: 2020, france: 67_163_913, morbihan: 764_161),
        .init(millesime: 2021, france: 67_408_052, morbihan: 768_687),
        .init(millesime: 2022, france: 67_760_573, morbihan: 776_103),
        .init(millesime: 2023, france: 68_094_280, morbihan: 783_390),
    ]

    @Test("National and Morbihan sums of every millésime", arguments: totals)
    func sums(_ c: TotalCase) throws {
        let france = PopulationDataset.france
        #expect(france.totalPopulation(millesime: c.millesime, measure: .municipal) == c.france)
        let morbihan = try france.coverage(of: .department("56"), by: [], millesime: c.millesime)
        #expect(morbihan.population == c.morbihan)
        #expect(morbihan.communes == 249)
        #expect(morbihan.coveredPopulation == 0)
        #expect(morbihan.uncovered.count == 249)
    }

    @Test("100 départements in 17 régions: Mayotte (département 976, région 06) is not in the data")
    func departments() {
        let france = PopulationDataset.france
        #expect(france.departments.count == 100)
        #expect(france.regions.count == 17)
        #expect(france.department("976") == nil)
        #expect(france.department("2A")?.name == "Corse-du-Sud")
        #expect(france.department("29")?.region == "53")
        #expect(france.millesimes == [2020, 2021, 2022, 2023])
    }

    @Test("The Morbihan of the core is the national table filtered to département 56")
    func oneSourceOfTruth() {
        let national = PopulationDataset.france.communes.filter { $0.department == "56" }
        #expect(national == PopulationDataset.morbihan.communes)
        #expect(PopulationDataset.morbihan.departments == [Department(code: "56", name: "Morbihan", region: "53")])
        #expect(PopulationDataset.morbihan.regions == [Region(code: "53", name: "Bretagne")])
    }

    static func cpts(_ communes: [String], epcis: [String] = [], name: String = "CPTS test") throws -> CPTS {
        try CPTS(name: name, population: 10_000, communes: communes.map { try INSEECode($0) }, epcis: epcis)
    }

    @Test("Croixanvec (56049) merged into Saint-Gérand-Croixanvec (56213) on 2022-01-01", arguments: [2020, 2021, 2022, 2023])
    func croixanvec(_ millesime: Int) throws {
        let france = PopulationDataset.france
        let territory = try france.territory(of: try Self.cpts(["56049"]), millesime: millesime)
        #expect(territory.communes.map(\.rawValue) == ["56213"])
        let note = try #require(territory.notes.first)
        #expect(territory.notes.count == 1)
        #expect(note.kind == .merged)
        #expect(note.isWarning)
        #expect(note.path == "cpts.communes[0]")
        #expect(note.date?.description == "2022-01-01")
        #expect(note.message.contains("56049 (Croixanvec) merged into 56213 (Saint-Gérand-Croixanvec) on 2022-01-01"))
        let check = try #require(try france.crossCheck(try Self.cpts(["56049"]), millesime: millesime))
        #expect(check.inseeSum == france.commune(try INSEECode("56213"))?.population(millesime: millesime, measure: .municipal))
        // The Morbihan of the core holds the same commune changes.
        #expect(try PopulationDataset.morbihan.territory(of: try Self.cpts(["56049"]), millesime: millesime) == territory)
    }

    struct CityCase: Sendable, CustomTestStringConvertible {
        let commune: String
        let arrondissements: Int
        let population2023: Int
        var testDescription: String { commune }
    }

    static let cities: [CityCase] = [
        .init(commune: "75056", arrondissements: 20, population2023: 2_103_778),
        .init(commune: "69123", arrondissements: 9, population2023: 519_127),
        .init(commune: "13055", arrondissements: 16, population2023: 886_040),
    ]

    @Test("Paris, Lyon, Marseille by commune equal the sum of their arrondissements", arguments: cities)
    func city(_ c: CityCase) throws {
        let france = PopulationDataset.france
        let code = try INSEECode(c.commune)
        let arrondissements = france.arrondissements(of: code)
        #expect(arrondissements.count == c.arrondissements)
        #expect(france.commune(code)?.populations.isEmpty == true)
        let byCommune = try #require(try france.crossCheck(try Self.cpts([c.commune]), millesime: 2023))
        let byArrondissement = try #require(try france.crossCheck(try Self.cpts(arrondissements.map(\.code.rawValue)), millesime: 2023))
        #expect(byCommune.inseeSum == byArrondissement.inseeSum)
        #expect(byCommune.notes.map(\.kind) == [.arrondissements])
        #expect(byCommune.notes.first?.isWarning == false)
        #expect(byArrondissement.notes.isEmpty)
        let coverage = try france.coverage(of: .department(code.department), by: [try Self.cpts([c.commune])], millesime: 2023)
        #expect(coverage.coveredCommunes == c.arrondissements)
        #expect(byCommune.inseeSum == c.population2023)
        if c.commune == "75056" { #expect(coverage.share == Fraction.one) }
    }

    @Test("A CPTS drawn by arrondissement: Paris 1er and 2e")
    func parisArrondissements() throws {
        let check = try #require(try PopulationDataset.france.crossCheck(try Self.cpts(["75101", "75102"]), millesime: 2023))
        #expect(check.inseeSum == 34_961)
    }

    @Test("An EPCI is expanded to its communes of 2025, Lorient Agglomération and Brest Métropole")
    func epci() throws {
        let france = PopulationDataset.france
        for siren in ["200042174", "242900314"] {
            let members = france.communes(ofEPCI: siren)
            #expect(!members.isEmpty)
            let territory = try france.territory(of: try Self.cpts([], epcis: [siren]), millesime: 2023)
            #expect(Set(territory.communes) == Set(members.map(\.code)))
            #expect(territory.notes.map(\.kind) == [.epci])
            #expect(territory.notes.first?.path == "cpts.epcis[0]")
            let listed = try #require(try france.crossCheck(try Self.cpts(members.map(\.code.rawValue)), millesime: 2023))
            let expanded = try #require(try france.crossCheck(try Self.cpts([], epcis: [siren]), millesime: 2023))
            #expect(listed.inseeSum == expanded.inseeSum)
        }
        // Brest Métropole: the eight communes of the DGCL 2025 file.
        #expect(france.communes(ofEPCI: "242900314").count == 8)
        // Métropole du Grand Paris lists Paris as one commune: it counts as its arrondissements.
        let grandParis = try france.territory(of: try Self.cpts([], epcis: ["200054781"]), millesime: 2023)
        #expect(grandParis.communes.contains(try INSEECode("75101")))
        #expect(!grandParis.communes.contains(try INSEECode("75056")))
    }

    @Test("Communes claimed by two CPTS are counted once and reported")
    func overlaps() throws {
        let france = PopulationDataset.france
        let brest = try Self.cpts([], epcis: ["242900314"], name: "A")
        let iroise = try Self.cpts(["29069", "29260"], name: "B")
        let coverage = try france.coverage(of: .department("29"), by: [brest, iroise], millesime: 2023)
        #expect(coverage.overlaps.map(\.code.rawValue) == ["29069"])
        #expect(coverage.overlaps.first?.claimedBy == ["A", "B"])
        let guilers = try #require(france.commune(try INSEECode("29069"))?.population(millesime: 2023, measure: .municipal))
        #expect(coverage.coveredPopulation == coverage.communities[0].population + coverage.communities[1].population - guilers)
        #expect(coverage.coveredCommunes == 9)
        #expect(coverage.covered.count == 9)
        #expect(coverage.uncovered.count == coverage.communes - 9)
        // Uncovered: most populated first, then by code.
        for (first, second) in zip(coverage.uncovered, coverage.uncovered.dropFirst()) {
            #expect(first.population > second.population || (first.population == second.population && first.code < second.code))
        }
        #expect(coverage.uncovered.first?.name == "Quimper")
    }

    @Test("A région is the sum of its départements")
    func region() throws {
        let france = PopulationDataset.france
        let cpts = [try Self.cpts(["56121", "29019", "35238"])]
        let bretagne = try france.coverage(of: .region("53"), by: cpts, millesime: 2023)
        #expect(bretagne.departments.map(\.code) == ["22", "29", "35", "56"])
        #expect(bretagne.areaName == "Bretagne (53)")
        var population = 0, covered = 0
        for code in ["22", "29", "35", "56"] {
            let part = try france.coverage(of: .department(code), by: cpts, millesime: 2023)
            population += part.population
            covered += part.coveredPopulation
            #expect(bretagne.departments.first { $0.code == code }?.population == part.population)
        }
        #expect(bretagne.population == population)
        #expect(bretagne.coveredPopulation == covered)
        #expect(bretagne.regions.isEmpty)
        let two = try france.coverage(of: .departments(["29", "75"]), by: cpts, millesime: 2023)
        #expect(two.regions.map(\.code) == ["11", "53"])
        let whole = try france.coverage(of: .whole, by: cpts, millesime: 2023)
        #expect(whole.population == 68_094_280)
        #expect(whole.regions.count == 17)
        #expect(whole.regions.reduce(0) { $0 + $1.population } == 68_094_280)
    }

    @Test("Unknown codes, SIRENs, areas and millésimes are errors with their path")
    func errors() throws {
        let france = PopulationDataset.france
        var error = #expect(throws: CPTSKitError.self) { try france.territory(of: try Self.cpts(["56121", "56999"]), millesime: 2023) }
        #expect(error?.kind == .unknownCommune)
        #expect(error?.path == "cpts.communes[1]")
        #expect(error?.value == "56999")
        error = #expect(throws: CPTSKitError.self) { try france.coverage(by: [try Self.cpts([], epcis: ["200042174", "732829320"])], millesime: 2023) }
        #expect(error?.kind == .unknownEPCI)
        #expect(error?.path == "cpts.epcis[1]")
        for (siren, message) in [("20004217", "nine digits"), ("200042175", "check digit"), ("20004217A", "nine digits")] {
            error = #expect(throws: CPTSKitError.self) { try Self.cpts([], epcis: [siren]) }
            #expect(error?.kind == .invalidSIREN)
            #expect(error?.path == "cpts.epcis[0]")
            #expect(error?.message.contains(message) == true)
        }
        error = #expect(throws: CPTSKitError.self) { try Self.cpts([], epcis: ["200042174", "200042174"]) }
        #expect(error?.path == "cpts.epcis[1]")
        error = #expect(throws: CPTSKitError.self) { try france.coverage(of: .department("976"), by: [], millesime: 2023) }
        #expect(error?.path == "departement")
        #expect(error?.message.contains("Mayotte") == true)
        error = #expect(throws: CPTSKitError.self) { try france.coverage(of: .departments(["29", "99"]), by: [], millesime: 2023) }
        #expect(error?.value == "99")
        error = #expect(throws: CPTSKitError.self) { try france.coverage(of: .region("99"), by: [], millesime: 2023) }
        #expect(error?.path == "region")
        error = #expect(throws: CPTSKitError.self) { try france.coverage(by: [], millesime: 2019) }
        #expect(error?.path == "millesime")
        // Malformed codes never reach the dataset: the contract reader refuses them with their path.
        error = #expect(throws: CPTSKitError.self) { try INSEECode("5612") }
        #expect(error?.kind == .invalidINSEECode)
    }

    @Test("Mayotte's codes are outside the data: reported, never counted")
    func mayotte() throws {
        let check = try #require(try PopulationDataset.france.crossCheck(try Self.cpts(["97611", "56121"]), millesime: 2023))
        #expect(check.unknownCodes.map(\.rawValue) == ["97611"])
        #expect(check.notes.map(\.kind) == [.outsideDataset])
        #expect(check.inseeSum == 58_329)
        let coverage = try PopulationDataset.france.coverage(of: .department("56"), by: [try Self.cpts(["97611", "56121"])],
                                                            millesime: 2023)
        #expect(coverage.outside.map(\.rawValue) == ["97611"])
    }

    @Test("Commune changes of the real data: a commune nouvelle, a code change, a restoration")
    func realChanges() throws {
        let france = PopulationDataset.france
        // Pargny-Filain (02589) took in Filain (02311) on 2025-01-01: after the geography of 2022
        // (1 January 2024), so both count; in 2023 (geography of 1 January 2025) Filain is inside.
        let before = try france.territory(of: try Self.cpts(["02589"]), millesime: 2022)
        #expect(before.communes.map(\.rawValue) == ["02589", "02311"])
        #expect(before.notes.map(\.kind) == [.absorbed])
        let listedBoth = try france.territory(of: try Self.cpts(["02589", "02311"]), millesime: 2022)
        #expect(listedBoth.notes.isEmpty)
        let after = try france.territory(of: try Self.cpts(["02589"]), millesime: 2023)
        #expect(after.communes.map(\.rawValue) == ["02589"])
        #expect(after.notes.isEmpty)
        #expect(try france.territory(of: try Self.cpts(["02311"]), millesime: 2023).notes.map(\.kind) == [.merged])
        // Les Trois Lacs changed code 27058 → 27676 on 2023-01-01.
        let renamed = try france.territory(of: try Self.cpts(["27058"]), millesime: 2023)
        #expect(renamed.communes.map(\.rawValue) == ["27676"])
        // Villotran (60694) merged into 60054 in 2019 and was restored on 2024-01-01: in 2020 the
        // whole of 60054 counts, and the note says so.
        let restored = try france.territory(of: try Self.cpts(["60694"]), millesime: 2020)
        #expect(restored.communes.map(\.rawValue) == ["60054"])
        #expect(restored.notes.map(\.kind) == [.restored])
        #expect(restored.notes.first?.isWarning == true)
        #expect(try france.territory(of: try Self.cpts(["60694"]), millesime: 2022).notes.isEmpty)
    }
}
