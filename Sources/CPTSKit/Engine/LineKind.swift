/// When a kind of line is paid in the ACI's calendar (``FundingPlan/settlements(ofTemplate:in:amount:)``).
package enum PaymentTiming: Hashable, Sendable, CaseIterable {
    /// *Fonctionnement* (ACI 2019, art. 9.1): in year 1, the days before the first mission starts
    /// in full at signature; then an advance when the year (or the part of it) opens, the balance
    /// at the anniversary.
    case fonctionnement
    /// An advance when the year, the part of it or the mission starts, the balance at the anniversary.
    case advanceAndBalance
    /// In full at signature.
    case atSignature
    /// In full at the anniversary that closes the year (after assessment, or when its event happened).
    case atAnniversary
}

/// How the amount of a kind of line is found in a year.
package enum LineAmount: Hashable, Sendable, CaseIterable {
    /// A sum due: the base, prorated when the year is partial.
    case due
    /// An indicator's payout on the year's result, at most its best case; pending without a result.
    case assessed
}

/// Everything that distinguishes a kind of line, declared in one place: which volet and part it
/// pays, the rule of a partial year, when it is paid, and how its amount is found.
///
/// The templates, ``FundingRule``, the schedule and the compiled path read this table; adding a
/// kind of line is adding a ``LineTemplate/Kind`` case and its row here (the compiler then lists
/// every `switch` left to decide), as `Documentation/Architecture.md` ("Adding a kind of line") says.
package struct LineKind: Hashable, Sendable {
    /// Volet 1 or volet 2.
    package let volet: Volet
    /// The part paid.
    package let part: FundingPart
    /// The rule of a year with a partial share; `nil` when the kind is never prorated by days
    /// (its own rule stands: a start-up supplement, a crisis activation, an indicator's payout).
    package let proratedRule: FundingRule?
    /// When it is paid.
    package let timing: PaymentTiming
    /// How its amount is found.
    package let amount: LineAmount
}

extension LineTemplate.Kind {
    /// The row of the line-kind table.
    @inline(__always)
    package var traits: LineKind {
        switch self {
        case .fonctionnement:
            LineKind(volet: .fonctionnement, part: .annual, proratedRule: .fonctionnementProrated, timing: .fonctionnement,
                     amount: .due)
        case .startUpSupplement:
            LineKind(volet: .fonctionnement, part: .startUpSupplement, proratedRule: nil, timing: .atSignature, amount: .due)
        case .fixedPart:
            LineKind(volet: .missions, part: .fixed, proratedRule: .fixedPartProrated, timing: .advanceAndBalance, amount: .due)
        case .crisisActivation:
            LineKind(volet: .missions, part: .crisisActivation, proratedRule: nil, timing: .atAnniversary, amount: .due)
        case .indicator:
            LineKind(volet: .missions, part: .variable, proratedRule: nil, timing: .atAnniversary, amount: .assessed)
        }
    }
}
