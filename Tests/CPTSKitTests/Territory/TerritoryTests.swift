import Testing
@testable import CPTSKit
@testable import CPTSKitReports

@Suite("Territory: INSEE codes, size classes, populations, coverage")
struct TerritoryTests {
    @Test("Valid INSEE codes", arguments: ["56121", "56069", "2A004", "2B033", "97101", "01001", "95690"])
    func validCodes(_ text: String) throws {
        #expect(try INSEECode(text).rawValue == text)
    }

    @Test("Invalid INSEE codes", arguments: ["5612", "561210", "2C004", "20004", "00001", "96001", "97901", "56 12", "abcde", ""])
    func invalidCodes(_ text: String) {
        let error = #expect(throws: CPTSKitError.self) { try INSEECode(text) }
        #expect(error?.kind == .invalidINSEECode)
        #expect(error?.value == text)
    }

    @Test("Départements of codes")
    func departments() throws {
        #expect(try INSEECode("56121").department == "56")
        #expect(try INSEECode("2A004").department == "2A")
        #expect(try INSEECode("97101").department == "971")
    }

    struct SizeCase: Sendable, CustomTestStringConvertible {
        let population: Int
        let size: SizeClass
        var testDescription: String { "\(population) → \(size)" }
    }

    // aci-rules.md §1: the default inclusivity, pinned at every boundary.
    static let sizeCases: [SizeCase] = [
        .init(population: 1, size: .t1), .init(population: 31_530, size: .t1), .init(population: 39_999, size: .t1),
        .init(population: 40_000, size: .t2), .init(population: 72_520, size: .t2), .init(population: 79_999, size: .t2),
        .init(population: 80_000, size: .t3), .init(population: 110_110, size: .t3), .init(population: 175_000, size: .t3),
        .init(population: 175_001, size: .t4), .init(population: 1_000_000, size: .t4),
    ]

    @Test("Size class boundaries (aci-rules.md §1)", arguments: sizeCases)
    func sizeClasses(_ c: SizeCase) {
        #expect(SizeClass(population: c.population, boundaries: .standard) == c.size)
        #expect(Rulebook.aci2019Avenant2.sizeClass(population: c.population) == c.size)
    }

    @Test("Inclusivity is a parameter")
    func inclusivityParameter() {
        let other = SizeBoundaries(t1t2: .init(40_000, side: .lower), t2t3: .init(80_000, side: .lower),
                                   t3t4: .init(175_000, side: .upper))
        #expect(SizeClass(population: 40_000, boundaries: other) == .t1)
        #expect(SizeClass(population: 80_000, boundaries: other) == .t2)
        #expect(SizeClass(population: 175_000, boundaries: other) == .t4)
        #expect(SizeBoundaries.standard.interval(of: .t3) == "80 000 ≤ p ≤ 175 000")
    }

    struct TotalCase: Sendable, CustomTestStringConvertible {
        let millesime: Int
        let municipal: Int
        let total: Int
        var testDescription: String { "millésime \(millesime)" }
    }

    // territory/README.md, check values.
    static let totalCases: [TotalCase] = [
        .init(millesime: 2020, municipal: 764_161, total: 785_666), .init(millesime: 2021, municipal: 768_687, total: 789_829),
        .init(millesime: 2022, municipal: 776_103, total: 797_092), .init(millesime: 2023, municipal: 783_390, total: 804_597),
    ]

    @Test("Morbihan totals per millésime", arguments: totalCases)
    func morbihanTotals(_ c: TotalCase) {
        let dataset = PopulationDataset.morbihan
        #expect(dataset.communes.count == 249)
        #expect(dataset.totalPopulation(millesime: c.millesime, measure: .municipal) == c.municipal)
        #expect(dataset.totalPopulation(millesime: c.millesime, measure: .total) == c.total)
    }

    static func lorient() throws -> CPTS {
        try CPTS(name: "CPTS Lorient Littoral", population: 110_110,
                 communes: ["56121", "56098", "56107", "56162", "56069"].map { try INSEECode($0) })
    }

    static func radeARia() throws -> CPTS {
        try CPTS(name: "CPTS Rade à Ria", population: 31_530,
                 communes: ["56062", "56094", "56118", "56130", "56148", "56169", "56181", "56193", "56220"].map { try INSEECode($0) })
    }

    @Test("Lorient Littoral: declared 110 110 against the INSEE sums (seed-cpts.md §2)")
    func lorientCrossCheck() throws {
        let expected = [2020: 109_422, 2021: 110_063, 2022: 110_939, 2023: 111_192]
        for (millesime, sum) in expected {
            let check = try #require(try PopulationDataset.morbihan.crossCheck(try Self.lorient(), millesime: millesime))
            #expect(check.inseeSum == sum)
            #expect(check.difference == 110_110 - sum)
            #expect(!check.matches)
        }
    }

    @Test("Rade à Ria: 31 530 is exactly the PMUN 2020 of its 9 communes (seed-cpts.md §3)")
    func radeARiaCrossCheck() throws {
        let check = try #require(try PopulationDataset.morbihan.crossCheck(try Self.radeARia(), millesime: 2020))
        #expect(check.inseeSum == 31_530)
        #expect(check.matches)
        #expect(Rulebook.aci2019Avenant2.sizeClass(population: 31_530) == .t1)
    }

    @Test("Cross-check without communes, unknown codes and a missing millésime")
    func crossCheckEdges() throws {
        let ploermel = try CPTS(name: "CPTS Pays de Ploërmel", population: 72_520)
        #expect(try PopulationDataset.morbihan.crossCheck(ploermel, millesime: 2020) == nil)
        let mixed = try CPTS(name: "X", population: 10, communes: [try INSEECode("56121"), try INSEECode("35236")])
        let check = try #require(try PopulationDataset.morbihan.crossCheck(mixed, millesime: 2020))
        #expect(check.inseeSum == 57_412)
        #expect(check.unknownCodes.map(\.rawValue) == ["35236"])
        #expect(throws: CPTSKitError.self) { try PopulationDataset.morbihan.crossCheck(mixed, millesime: 2019) }
    }

    @Test("Coverage of the Morbihan by Lorient Littoral and Rade à Ria, overlaps counted once")
    func coverage() throws {
        let report = try PopulationDataset.morbihan.coverage(by: [try Self.lorient(), try Self.radeARia(), try Self.radeARia()],
                                                             millesime: 2020)
        #expect(report.population == 764_161)
        #expect(report.coveredPopulation == 109_422 + 31_530)
        #expect(report.coveredCommunes == 14)
        #expect(report.overlaps.count == 9)
        #expect(report.share == (try Fraction(140_952, 764_161)))
        #expect(FrenchNumber.percent(report.share) == "18,45 %")
    }

    @Test("A CPTS needs a name and a positive population")
    func cptsValidation() {
        let error = #expect(throws: CPTSKitError.self) { try CPTS(name: "X", population: 0) }
        #expect(error?.path == "cpts.population")
        #expect(error?.kind == .invalidPopulation)
        #expect(throws: CPTSKitError.self) { try CPTS(name: "", population: 10) }
        #expect(throws: CPTSKitError.self) { try CPTS(name: "X", population: 10, members: -1) }
        #expect(throws: CPTSKitError.self) { try Population(-1) }
    }

    @Test("Lorient's communes belong to Lorient Agglomération")
    func epci() throws {
        let lorient = try #require(PopulationDataset.morbihan.commune(try INSEECode("56121")))
        #expect(lorient.name == "Lorient")
        #expect(lorient.epci?.siren == "200042174")
        #expect(PopulationDataset.morbihan.communes(ofEPCI: "200042174").count >= 5)
    }
}
