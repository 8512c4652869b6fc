import Foundation
import Testing
import CPTSKit

@Suite("README: its code example compiles, runs and says the truth")
struct ReadmeSnippetTests {
    @Test("The README snippet is this test's code, and its figures are right")
    func snippet() throws {
        // README-SNIPPET-BEGIN
        let contract = try ACIContract(
            cpts: try CPTS(name: "CPTS Exemple", population: 110_110),
            signedOn: try CalendarDate(parsing: "2025-05-12"),
            missions: [try EngagedMission(kind: .prevention, startsOn: try CalendarDate(parsing: "2025-11-12"))])
        let funding = try FundingEngine().funding(for: contract)
        print(funding.years[0].total)                 // 83 678,08 €: 75 000 € + 17 500 € × 181/365
        let schedule = try FundingEngine().schedule(for: contract)
        print(schedule.payments.count, schedule.total == funding.total)   // 7 true
        // README-SNIPPET-END
        #expect(funding.years[0].total.description == "83 678,08 €")
        #expect(schedule.payments.count == 7)
        #expect(schedule.total == funding.total)

        let readme = try RepositoryFiles.text("README.md")
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        guard let begin = lines.firstIndex(where: { $0.contains("README-SNIPPET-" + "BEGIN") }),
              let end = lines.firstIndex(where: { $0.contains("README-SNIPPET-" + "END") }) else {
            Issue.record("markers not found")
            return
        }
        let snippet = lines[(begin + 1)..<end].map { String($0.dropFirst(8)) }.joined(separator: "\n")
        #expect(readme.contains("import CPTSKit\n\n" + snippet + "\n```"))
    }
}
