import Testing
@testable import CPTSKit

/// The line-kind table: every kind has a row, and the rows hang together.
@Suite("The line-kind table")
struct LineKindTests {
    @Test("Each kind pays its own part, in its volet, with the timing and amount its part implies",
          arguments: LineTemplate.Kind.allCases)
    func row(_ kind: LineTemplate.Kind) {
        let traits = kind.traits
        let expected: (Volet, FundingPart, FundingRule?, PaymentTiming, LineAmount) = switch kind {
        case .fonctionnement: (.fonctionnement, .annual, .fonctionnementProrated, .fonctionnement, .due)
        case .startUpSupplement: (.fonctionnement, .startUpSupplement, nil, .atSignature, .due)
        case .fixedPart: (.missions, .fixed, .fixedPartProrated, .advanceAndBalance, .due)
        case .crisisActivation: (.missions, .crisisActivation, nil, .atAnniversary, .due)
        case .indicator: (.missions, .variable, nil, .atAnniversary, .assessed)
        }
        #expect(traits.volet == expected.0 && traits.part == expected.1 && traits.proratedRule == expected.2)
        #expect(traits.timing == expected.3 && traits.amount == expected.4)
    }

    @Test("Every part is paid by exactly one kind; every timing and amount is used; prorated rules are the prorated ones")
    func table() {
        let rows = LineTemplate.Kind.allCases.map(\.traits)
        #expect(Set(rows.map(\.part)) == Set(FundingPart.allCases))
        #expect(rows.count == FundingPart.allCases.count)
        #expect(Set(rows.map(\.timing)) == Set(PaymentTiming.allCases))
        #expect(Set(rows.map(\.amount)) == Set(LineAmount.allCases))
        #expect(rows.compactMap(\.proratedRule).allSatisfy { $0.rawValue.hasSuffix("_prorated") })
        #expect(Set(rows.compactMap(\.proratedRule)) == Set(FundingRule.allCases.filter { $0.rawValue.hasSuffix("_prorated") }))
    }

    @Test("A template reads its volet, part and partial-year rule from the table", arguments: LineTemplate.Kind.allCases)
    func template(_ kind: LineTemplate.Kind) throws {
        let rule: FundingRule = kind == .indicator ? .indicatorAllOrNothing : .fixedPart
        let template = LineTemplate(kind: kind, mission: nil, years: 0b11, base: Euros(cents: 100), firstYear: 1,
                                    firstShare: try Fraction(1, 2), rule: rule)
        #expect(template.volet == kind.traits.volet && template.part == kind.traits.part)
        #expect(template.rule(in: 1) == (kind.traits.proratedRule ?? rule))
        #expect(template.rule(in: 2) == rule)
    }
}
