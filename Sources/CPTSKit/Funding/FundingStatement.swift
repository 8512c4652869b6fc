/// What a contract pays for one contract year: its lines, their totals and the warnings.
///
/// Totals are derived from the lines: ``total`` counts due and assessed lines; ``maxTotal``
/// adds the best case of pending ones (`total_cents` / `max_total_cents` in the JSON).
public struct FundingStatement: Hashable, Sendable {
    /// The CPTS's name.
    public let cpts: String
    /// Its size class.
    public let sizeClass: SizeClass
    /// The identifier of the rulebook applied.
    public let rulebook: String
    /// The contract year.
    public let year: ContractYear
    /// The lines, in order: *fonctionnement*, then each mission as the contract lists them.
    public let lines: [FundingLine]
    /// Warnings about this year.
    public let warnings: [FundingWarning]
    /// Σ of due and assessed lines.
    public let total: Euros
    /// Σ of all lines, pending ones at their best case.
    public let maxTotal: Euros

    /// Creates a statement, summing its lines with overflow checks.
    ///
    /// - Parameters:
    ///   - cpts: The CPTS's name.
    ///   - sizeClass: Its size class.
    ///   - rulebook: The rulebook's identifier.
    ///   - year: The contract year.
    ///   - lines: The lines.
    ///   - warnings: The warnings.
    /// - Throws: ``CPTSKitError/Kind/overflow`` if the lines do not sum in 64-bit cents.
    public init(cpts: String, sizeClass: SizeClass, rulebook: String, year: ContractYear, lines: [FundingLine],
                warnings: [FundingWarning]) throws(CPTSKitError) {
        self.cpts = cpts
        self.sizeClass = sizeClass
        self.rulebook = rulebook
        self.year = year
        self.lines = lines
        self.warnings = warnings
        var settled = Euros.zero, all = Euros.zero
        for index in lines.indices {
            let amount = lines[index].amount
            all = try all.adding(amount)
            if lines[index].status != .pending { settled = try settled.adding(amount) }
        }
        total = settled
        maxTotal = all
    }

    /// Σ of the settled lines of one volet.
    ///
    /// - Parameter volet: The volet.
    public func total(of volet: Volet) -> Euros {
        Euros(cents: lines.reduce(0) { $0 &+ ($1.volet == volet && $1.isSettled ? $1.amount.cents : 0) })
    }

    /// Σ of the settled lines of one mission.
    ///
    /// - Parameter mission: The mission.
    public func total(of mission: MissionKind) -> Euros {
        Euros(cents: lines.reduce(0) { $0 &+ ($1.mission == mission && $1.isSettled ? $1.amount.cents : 0) })
    }

    /// Whether some lines await the year's assessment.
    public var hasPendingLines: Bool { lines.contains { $0.status == .pending } }

    /// The rulebooks the year's lines were computed under, in order: one, or two when a rulebook
    /// starts to apply during the year (``RulebookChanges/effectiveDate``). The start-up catch-up
    /// of year 1, which a later rulebook grants, does not count.
    public var rulebooks: [String] {
        var ids: [String] = [rulebook]
        for line in lines where line.rule != .startUpCatchUp && !ids.contains(line.rulebook) { ids.append(line.rulebook) }
        return ids
    }
}
