import Testing
@testable import CPTSKit
import CPTSKitReports

/// A bad option value is the user's typing, not the file's fault: exit 64, the option named, its
/// value shown, the nearest known name suggested when there is one.
@Suite("Usage errors name the option")
struct UsageErrorTests {
    static let contract = "Examples/lorient-littoral-2025.json"

    @Test("Exit 64, the option and the value in the message, in both languages", arguments: [
        (["whatif", "compare", contract, "--set", "depistage-sein=beaucoup"], "--set", "depistage-sein=beaucoup"),
        (["whatif", "compare", contract, "--set", "depistage-sien=3"], "--set", "depistage-sein"),
        (["whatif", "compare", contract, "--set", "depistage-sien=3"], "--set depistage-sien", "depistage-sein"),
        (["whatif", "compare", contract, "--set", "sans-egal"], "--set", "sans-egal"),
        (["whatif", "compare", contract, "--crisis", "9"], "--crisis", "9"),
        (["whatif", "compare", contract, "--crisis", "0"], "--crisis", "0"),
        (["whatif", "compare", contract, "--start", "prevention=2025-13-01"], "--start", "2025-13-01"),
        (["whatif", "late", contract, "--mission", "prevention", "--months", "-2"], "--months", "-2"),
        (["whatif", "late", contract, "--mission", "prevention", "--months", "deux"], "--months", "deux"),
        (["coverage", "Examples", "--departement", "976"], "--departement", "976"),
        (["coverage", "Examples", "--departement", "20"], "--departement", "20"),
        (["funding", contract, "--yaer", "1"], "--yaer", "--year"),
        (["impact", contract, "--rulebook", "Examples/rulebooks/draft-2026-hypothese.json"], "impact", contract),
    ])
    func usage(_ arguments: [String], _ option: String, _ shown: String) throws {
        for language in ["en", "fr"] {
            let result = try CLIRunner.run(arguments + ["--lang", language])
            #expect(result.status == 64, "\(arguments) \(language): \(result.stderr)")
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.contains(option), "\(first)")
            #expect(first.contains(shown), "\(first)")
        }
    }

    @Test("Values that are right stay right: 2a is Corse-du-Sud, 0 months and crisis years 1 to 5 are accepted", arguments: [
        ["coverage", "Examples", "--departement", "2a"],
        ["whatif", "late", contract, "--mission", "prevention", "--months", "0"],
        ["whatif", "compare", contract, "--year", "1", "--crisis", "1,5"],
        ["whatif", "compare", contract, "--year", "1", "--set", "depistage-sein=75"],
        ["whatif", "compare", contract, "--year", "1", "--start", "prevention=2025-12-01"],
    ])
    func accepted(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments + ["--lang", "en"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    @Test("The nearest name: within two edits, or none")
    func nearest() {
        #expect(Suggestion.nearest(to: "--yaer", among: ["--year", "--format"]) == "--year")
        #expect(Suggestion.nearest(to: "--zzzzzz", among: ["--year", "--format"]) == nil)
        // Within a third of the typed length when that is more than two: 3 edits of 10 characters, not 4.
        #expect(Suggestion.nearest(to: "--abcdeXYZ", among: ["--abcdefgh"]) == "--abcdefgh")
        #expect(Suggestion.nearest(to: "--abcdWXYZ", among: ["--abcdefgh"]) == nil)
        #expect(Suggestion.nearest(to: "--yeXX", among: ["--year"]) == "--year")
        #expect(Suggestion.nearest(to: "--XeXX", among: ["--year"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }
}
