import Foundation
import Testing
import CPTSKit

/// Integrators have the repository, not the project's working notes: every citation names the
/// public source itself (ACI article, avenant, JORF, INSEE file, as listed in Rules.md).
@Suite("Documentation cites public sources only")
struct SelfContainedDocumentationTests {
    static let forbidden = ["aci-rules.md", "contract-format.md", "contracts-over-time.md", "seed-cpts.md", "DESIGN.md",
                            "STYLE.md", "shared/domain", "../shared"]

    @Test("No source file, guide or the README names a file outside the repository")
    func noOutsidePaths() throws {
        var files = ["README.md"]
        for folder in ["Sources", "Documentation"] {
            let root = RepositoryFiles.url(folder)
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard ["swift", "md"].contains(url.pathExtension) else { continue }
                files.append(url.path.replacingOccurrences(of: RepositoryFiles.root.path + "/", with: ""))
            }
        }
        #expect(files.count > 100)
        for file in files {
            let text = try RepositoryFiles.text(file)
            for name in Self.forbidden { #expect(!text.contains(name), "\(file) cites \(name)") }
        }
    }

    /// The public source each rule's explanation cites.
    static let references: [(FundingRule, String)] = [
        (.fonctionnementAnnual, "ACI 2019, art. 8"), (.fixedPart, "ACI 2019, art. 8"),
        (.fonctionnementProrated, "prorata : interprétation (Rules.md, Contracts over time §1, §3)"),
        (.startUpSupplement, "avenant 2"), (.startUpCatchUp, "avenant 2"), (.crisisActivation, "avenant 2"),
        (.fixedPartProrated, "démarrage : Sénat r25-032 ; sinon interprétation (Rules.md, Contracts over time §1, §3)"), (.indicatorAllOrNothing, "contrat, annexe indicateurs"),
        (.indicatorTiersHigher, "contrat, annexe indicateurs"), (.indicatorTiersLower, "contrat, annexe indicateurs"),
        (.indicatorProportional, "contrat, annexe indicateurs"),
    ]

    @Test("Every rule names its public source", arguments: references)
    func reference(_ rule: FundingRule, _ expected: String) {
        #expect(rule.reference == expected)
    }

    @Test("The table of references covers every rule")
    func everyRule() { #expect(Set(Self.references.map(\.0)) == Set(FundingRule.allCases)) }
}
