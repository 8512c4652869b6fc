/// What the checks of a plan found beyond errors: the warnings, and the figures of a rulebook
/// under study that the lines met. The third part of a ``FundingPlan``.
///
/// The checks themselves (budgets against national amounts, envelopes, deadlines, results
/// reported early) are in `FundingPlan+Checks.swift`: they read the timeline and the recipe and
/// write here.
struct PlanFindings: Sendable {
    /// A figure of a rulebook under study met by a line, and whether the line is paid from it.
    struct FigureUse: Hashable, Sendable {
        var key: RulebookFigureKey
        var paid: Bool
    }

    /// Whether the contract-level warnings are written: a single statement, a schedule from given
    /// statements and the compiled path need the checks (errors), not the warnings' text.
    var collectsWarnings = true
    /// The rulebook whose paid figures are recorded in ``figuresRead`` (a draft under study), `nil` for none.
    var recordsFiguresOf: String? = nil
    /// The contract-level warnings, each once, in the order the checks wrote them.
    var warnings: [FundingWarning] = []
    /// The amount figures of ``recordsFiguresOf`` the plan met, in the order met: paid from, or
    /// replaced by the contract's own budget (``noteFigure(_:of:paid:)``). A list, not a table: it
    /// is read once, by the impact that asked for it.
    var figuresRead: [FigureUse] = []

    /// Appends a warning unless the same one is already there (a figure checked in several years
    /// warns once); written only when the plan collects warnings.
    mutating func warn(_ warning: @autoclosure () -> FundingWarning) {
        guard collectsWarnings else { return }
        let warning = warning()
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Records that a line met a figure of the rulebook under study (``recordsFiguresOf``): paid
    /// from it, or replaced by the contract's own amount. Nothing when no rulebook is studied.
    mutating func noteFigure(_ key: RulebookFigureKey, of book: Rulebook, paid: Bool) {
        guard let studied = recordsFiguresOf, book.id == studied else { return }
        let use = FigureUse(key: key, paid: paid)
        if figuresRead.last != use { figuresRead.append(use) }
    }
}
