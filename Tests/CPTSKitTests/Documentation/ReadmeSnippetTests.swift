import Foundation
import Testing
import CPTSKit

@Suite("README: its code example compiles, runs and says the truth")
struct ReadmeSnippetTests {
    @Test("The README snippet is this test's code, and its figures are right")
    func snippet() throws {
        // README-SNIPPET-BEGIN
        let contract = try ACIContract(
            cpts: CPTS(name: "CPTS Exemple", population: 110_110),
            signedOn: CalendarDate(parsing: "2025-05-12"),
            missions: [EngagedMission(kind: .prevention, startsOn: CalendarDate(parsing: "2025-11-12"))])
        let (funding, schedule) = try FundingEngine().fundingAndSchedule(for: contract)
        print(funding.years[0].total)                 // €83,678.08: €75,000 + €17,500 × 181/365
        print(schedule.payments.count, schedule.total == funding.total)   // 7 true
        // README-SNIPPET-END
        #expect(funding.years[0].total.description == "€83,678.08")
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
        // The contract is built in at most eight lines, the whole example too.
        let code = snippet.components(separatedBy: "\n")
        #expect(code.count <= 8)
        #expect(code.prefix { !$0.contains("FundingEngine") }.count <= 8)
    }
}
