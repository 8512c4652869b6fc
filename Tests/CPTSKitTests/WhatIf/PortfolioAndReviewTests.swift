import Foundation
import FoundationXML
import Testing
import CPTSKitTesting
@testable import CPTSKit
@testable import CPTSKitReports
import CPTSKitFrance
import CPTSKitExamples

@Suite("Portfolio summary and yearly review")
struct PortfolioAndReviewTests {
    let engine = FundingEngine()

    @Test("Portfolio totals equal the sum of the individual statements, to the cent")
    func portfolioTotals() throws {
        var generator = SeededGenerator(seed: 700)
        var contracts = try (0..<120).map { _ in try RandomContracts.make(using: &generator) }
        contracts += try BundledExample.allCases.map { try $0.contract() }
        var summary = PortfolioSummary()
        for contract in contracts { try summary.add(contract) }
        var total: Int64 = 0, maxTotal: Int64 = 0, commitment: Int64 = 0, payments: Int64 = 0
        var byYear = [Int64](repeating: 0, count: 5), byMission: [MissionKind: Int64] = [:]
        for contract in contracts {
            let funding = try engine.funding(for: contract)
            total += funding.total.cents
            maxTotal += funding.maxTotal.cents
            payments += try engine.schedule(for: contract).total.cents
            for statement in funding.years {
                byYear[statement.year.number - 1] += statement.total.cents
                for line in statement.lines {
                    commitment += line.bestCase.cents
                    if let mission = line.mission, line.isSettled { byMission[mission, default: 0] += line.amount.cents }
                }
            }
        }
        #expect(summary.contractCount == 120 + BundledExample.allCases.count)
        #expect(summary.total.total.cents == total)
        #expect(summary.total.maxTotal.cents == maxTotal)
        #expect(summary.total.commitment.cents == commitment)
        #expect((1...5).map { summary.byContractYear[$0]?.total.cents ?? 0 } == byYear)
        for (mission, cents) in byMission { #expect(summary.byMission[mission]?.total.cents == cents) }
        #expect(summary.paymentsByCalendarYear.values.reduce(0) { $0 + $1.cents } == payments)
        #expect(summary.byVolet.values.reduce(0) { $0 + $1.total.cents } == total)
        #expect(summary.bySizeClass.values.reduce(0) { $0 + $1.total.cents } == total)
        #expect(summary.byDepartment.values.reduce(0) { $0 + $1.total.cents } == total)
    }

    @Test("The seed portfolio: 2 585 155,70 €, Morbihan coverage from the communes public data allows")
    func seedPortfolio() throws {
        var summary = PortfolioSummary()
        // The two seed CPTS (Rade à Ria's contract is an invented illustration).
        for example in [BundledExample.ploermel, .lorientLittoral] { try summary.add(try example.contract()) }
        #expect(summary.total.total == Euros(cents: 258_515_570))
        #expect(summary.byDepartment["56"]?.total == Euros(cents: 139_864_384))
        #expect(summary.byDepartment["unknown"]?.total == Euros(cents: 118_651_186))
        let coverage = try summary.coverage(of: .morbihan)
        // Lorient Littoral's five communes, 109 422 inhabitants, and Ploërmel's two communautés de
        // communes (56 communes), 81 487 (population municipale 2020), of 764 161.
        #expect(coverage.coveredPopulation == 109_422 + 81_487)
        #expect(FrenchNumber.percent(coverage.share) == "24,98 %")
    }

    @Test("A contract that fails leaves the summary unchanged")
    func failure() throws {
        var summary = PortfolioSummary()
        try summary.add(try BundledExample.ploermel.contract())
        let before = summary
        let bad = try ACIContract(cpts: try CPTS(name: "X", population: 72_520), signedOn: try CalendarDate(parsing: "2025-01-01"),
                                  missions: [try EngagedMission(kind: .prevention)])
        #expect(throws: CPTSKitError.self) { try summary.add(bad) }
        #expect(summary == before)
    }

    @Test("Lorient's year-1 review: advances and balance add up to the year, figures by hand")
    func review() throws {
        let review = try engine.review(for: try BundledExample.lorientLittoral.contract(), year: 1)
        #expect(review.isAssessed)
        #expect(review.fonctionnement == Euros(cents: 7_500_000))
        #expect(review.total == Euros(cents: 29_864_384))
        #expect(try review.advancesPaid.adding(review.balanceDue) == review.total)
        // Signature 140 625 € + mission starts 5 198,63 + 23 244,86 + 3 914,39 = 172 982,88 €.
        #expect(review.advancesPaid == Euros(cents: 17_298_288))
        let access = try #require(review.missions.first { $0.mission == .accessToCare })
        #expect(access.earned == Euros(cents: 2_200_000))
        #expect(access.possible == Euros(cents: 3_500_000))
        let ald = try #require(access.indicators.first { $0.id == "ald-sans-mt" })
        #expect(ald.baseline == Fraction(219))
        #expect(ald.leftOnTable == Euros(cents: 300_000))
        #expect(ald.objective.french == "≤ 219 → 3 000,00 € ; ≤ 100 → 6 000,00 € ; ≤ 50 → 9 000,00 €")
        #expect(ald.objective.english == "≤ 219 → €3,000.00; ≤ 100 → €6,000.00; ≤ 50 → €9,000.00")
        let pending = try engine.review(for: try BundledExample.lorientLittoral.contract(), year: 2)
        #expect(!pending.isAssessed)
        #expect(pending.warnings.contains { $0.french.contains("non évaluée") && $0.english.contains("not assessed") })
        #expect(throws: CPTSKitError.self) { try engine.review(for: try BundledExample.lorientLittoral.contract(), year: 6) }
    }

    /// Collects the `data-cents` attributes and the text of an XHTML document.
    final class Collector: NSObject, XMLParserDelegate {
        var cents: [Int64] = []
        var text = ""
        var elements = 0
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements += 1
            if let value = attributes["data-cents"], let number = Int64(value) { cents.append(number) }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test("The HTML review is well-formed, self-contained, and holds the JSON's figures", arguments: BundledExample.allCases)
    func html(_ example: BundledExample) throws {
        let contract = try example.contract()
        for year in 1...2 {
            let review = try engine.review(for: contract, year: year)
            let html = ReviewRenderer.html(review)
            #expect(!html.contains("http://") || !html.contains("src=") && !html.contains("href="))
            let parser = XMLParser(data: Data(html.utf8))
            let collector = Collector()
            parser.delegate = collector
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(collector.elements > 20)
            #expect(html.contains("<svg"))
            // Every amount the HTML shows is one the JSON holds, and the key figures are shown.
            let json = ReviewRenderer.json(review).serialized()
            for value in Set(collector.cents) { #expect(json.contains(": \(value)")) }
            for figure in [review.total, review.advancesPaid, review.balanceDue, review.fonctionnement] {
                #expect(collector.cents.contains(figure.cents))
                #expect(collector.text.contains(figure.description(in: .french)))
            }
            #expect(ReviewRenderer.markdown(review).contains(review.total.description(in: .french)))
        }
    }
}
