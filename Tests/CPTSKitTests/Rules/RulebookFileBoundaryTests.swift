import Testing
@testable import CPTSKit

/// The checks of a rulebook file that compare two figures or a figure with a limit, each at,
/// just below and just above its boundary.
@Suite("Rulebook files: every check at its boundary")
struct RulebookFileBoundaryTests {
    /// A file extending avenant 2 with one figure.
    static func document(_ key: String, _ value: String) -> String {
        #"{"format": "cpts-rulebook/1", "id": "b", "title": "Bornes", "extends": "aci-2019-av2", "effective_on": "2026-07-01", "#
            + #""figures": {"\#(key)": {"value": \#(value), "source": "h", "confidence": "I"}}}"#
    }

    /// Reads a file; `nil` when valid, else the error's path.
    static func errorPath(_ text: String) -> String? {
        do {
            _ = try RulebookRegistry.standard.adding([try RulebookDocument(jsonText: text)])
            return nil
        } catch {
            return error.path
        }
    }

    @Test("A start-up amount may equal the annual fonctionnement (75 000 for T3), not fall below it",
          arguments: [("74999.99", false), ("75000", true), ("75000.01", true)])
    func startUpAgainstAnnual(_ value: String, _ valid: Bool) {
        let path = Self.errorPath(Self.document("fonctionnement.start_up.T3", #""\#(value)""#))
        #expect(path == (valid ? nil : "figures.fonctionnement.start_up.T3"))
    }

    @Test("Full deployment may fall in the start's month (12 for prévention), not before",
          arguments: [("11", false), ("12", true), ("13", true)])
    func deploymentAgainstStart(_ months: String, _ valid: Bool) {
        let path = Self.errorPath(Self.document("mission.prevention.deployment_deadline_months", months))
        #expect(path == (valid ? nil : "figures.mission.prevention.deployment_deadline_months"))
    }

    @Test("A deadline is 1 to 600 months", arguments: [("0", false), ("1", true), ("600", true), ("601", false)])
    func deadlineMonths(_ months: String, _ valid: Bool) {
        // The start deadline of the optional qualité mission has no deployment deadline to compare with.
        let path = Self.errorPath(Self.document("mission.qualite_pertinence.start_deadline_months", months))
        #expect(path == (valid ? nil : "figures.mission.qualite_pertinence.start_deadline_months.value"))
    }

    @Test("An advance share is above 0 and at most 1",
          arguments: [("0", false), ("0.0001", true), ("1", true), ("1.0001", false)])
    func advanceShare(_ share: String, _ valid: Bool) {
        let path = Self.errorPath(Self.document("payment.advance_share", #""\#(share)""#))
        #expect(path == (valid ? nil : "figures.payment.advance_share.value"))
    }

    @Test("Size thresholds are positive and increase strictly",
          arguments: [(0, 80_000, "figures.size.boundaries.value[0].population"), (1, 80_000, nil),
                      (40_000, 40_000, "figures.size.boundaries.value[1].population"), (40_000, 40_001, nil),
                      (40_000, 39_999, "figures.size.boundaries.value[1].population")])
    func thresholds(_ first: Int, _ second: Int, _ expected: String?) {
        let value = #"[{"population": \#(first), "side": "upper"}, {"population": \#(second), "side": "upper"}, "#
            + #"{"population": 175000, "side": "lower"}]"#
        #expect(Self.errorPath(Self.document("size.boundaries", value)) == expected)
    }
}
