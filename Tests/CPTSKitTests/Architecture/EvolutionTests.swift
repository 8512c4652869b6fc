import Testing
import CPTSKit

/// What `Documentation/Evolution.md` tells integrators to write compiles here without a warning
/// (CI builds with warnings as errors): over an enum that grows, a `switch` that handles the cases
/// it needs and ends with `default`; or one that lists every case, to be told of new ones.
@Suite("Enums that grow: the switches integrators are told to write")
struct EvolutionTests {
    static func handle(_ kind: FundingWarning.Kind) -> String {
        switch kind {
        case .startDeadlineMissed, .deploymentDeadlineMissed, .deadlinePassed: "deadline"
        case .budgetBelowNational: "budget"
        default: "other"
        }
    }

    static func family(_ kind: CPTSKitError.Kind) -> String {
        switch kind {
        case .malformedJSON, .unknownField, .missingField, .wrongType: "file"
        default: "data"
        }
    }

    static func read(_ kind: TerritoryNote.Kind) -> Bool {
        switch kind {
        case .arrondissements, .epci: false
        default: true
        }
    }

    /// Evolution.md's switch over a mission: the ACI's by name, then what a declaration says.
    static func describe(_ kind: MissionKind) -> String {
        // snippet: evolution-mission
        switch kind {
        case .accessToCare, .carePathways, .prevention, .crisisResponse:
            return "socle"
        default:
            return kind.category == .socle ? "socle" : "optionnelle"  // a mission a rulebook declares
        }
        // end snippet
    }

    @Test("Evolution.md's switch: the cases it needs, then default")
    func documentedSwitch() throws {
        var seen: [String] = []
        func notifyCoordinator(_ warning: FundingWarning) { seen.append("coordinator: \(warning.kind.rawValue)") }
        func logForAnalyst(_ warning: FundingWarning) { seen.append("analyst: \(warning.kind.rawValue)") }
        func log(_ warning: FundingWarning) { seen.append("log: \(warning.kind.rawValue)") }
        for kind in [FundingWarning.Kind.startDeadlineMissed, .budgetBelowNational, .aboveYearlyMaximum] {
            let warning = FundingWarning(kind, path: "missions[0]", message: "test")
            // snippet: evolution-default
            switch warning.kind {
            case .startDeadlineMissed, .deploymentDeadlineMissed:
                notifyCoordinator(warning)
            case .budgetBelowNational:
                logForAnalyst(warning)
            default:
                log(warning)  // any other kind, including one added by a later version
            }
            // end snippet
        }
        #expect(seen == ["coordinator: start_deadline_missed", "analyst: budget_below_national", "log: above_yearly_maximum"])
        let snippets = try DocumentationTests.snippets(in: "Tests/CPTSKitTests/Architecture/EvolutionTests.swift")
        let document = try RepositoryFiles.text("Documentation/Evolution.md")
        let code = try #require(snippets["evolution-default"])
        #expect(document.contains("<!-- snippet: evolution-default -->\n```swift\n" + code + "\n```\n"))
        let mission = try #require(snippets["evolution-mission"])
        #expect(document.contains("<!-- snippet: evolution-mission -->\n```swift\n" + mission + "\n```\n"))
    }

    @Test("Known cases are handled; the others fall to default")
    func switches() {
        #expect(Self.describe(.prevention) == "socle")
        #expect(Self.describe(.professionalSupport) == "optionnelle")
        let declared = try? MissionKind(declaration: MissionDeclaration(
            key: "evolution_socle", label: BilingualText(fr: "Mission socle", en: "Core mission"), category: .socle))
        #expect(declared.map(Self.describe) == "socle")
        #expect(Self.handle(.budgetBelowNational) == "budget")
        #expect(Self.handle(.aboveYearlyMaximum) == "other")
        #expect(Self.family(.unknownField) == "file")
        #expect(Self.family(.overflow) == "data")
        #expect(TerritoryNote.Kind.allCases.filter(Self.read) == TerritoryNote.Kind.allCases.filter { $0 != .arrondissements && $0 != .epci })
    }
}
