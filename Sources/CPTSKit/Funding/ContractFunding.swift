/// The funding of a whole contract: one statement per contract year, and the contract's totals.
public struct ContractFunding: Hashable, Sendable {
    /// The CPTS's name.
    public let cpts: String
    /// Its size class at signature (each statement has its year's, which an amendment may change).
    public let sizeClass: SizeClass
    /// The rulebook the contract started under (each statement and line names its own).
    public let rulebook: String
    /// The signature date.
    public let signedOn: CalendarDate
    /// The statements, year 1 to 5; fewer when the contract was terminated early (the years that
    /// start on or after the termination have none).
    public let years: [FundingStatement]
    /// The first day without contract, when an amendment terminated it early.
    public let terminatedOn: CalendarDate?
    /// Warnings about the contract as a whole (deadlines, budgets).
    public let warnings: [FundingWarning]
    /// Σ of the years' totals (pending lines excluded).
    public let total: Euros
    /// Σ of the years' maximum totals (pending lines at best case).
    public let maxTotal: Euros

    /// Creates the contract's funding from its yearly statements.
    ///
    /// - Parameters:
    ///   - cpts: The CPTS's name.
    ///   - sizeClass: Its size class.
    ///   - rulebook: The rulebook's identifier.
    ///   - signedOn: The signature date.
    ///   - years: The statements.
    ///   - warnings: Contract-level warnings.
    ///   - terminatedOn: The first day without contract after an early termination.
    /// - Throws: ``CPTSKitError/Kind/overflow`` if the totals do not fit 64-bit cents.
    public init(cpts: String, sizeClass: SizeClass, rulebook: String, signedOn: CalendarDate,
                years: [FundingStatement], warnings: [FundingWarning], terminatedOn: CalendarDate? = nil) throws(CPTSKitError) {
        self.terminatedOn = terminatedOn
        self.cpts = cpts
        self.sizeClass = sizeClass
        self.rulebook = rulebook
        self.signedOn = signedOn
        self.years = years
        self.warnings = warnings
        total = try Euros.sum(years.map(\.total))
        maxTotal = try Euros.sum(years.map(\.maxTotal))
    }

    /// Every warning: the contract's, then each year's.
    public var allWarnings: [FundingWarning] { warnings + years.flatMap(\.warnings) }

    /// Every line of every year.
    public var lines: [FundingLine] { years.flatMap(\.lines) }
}
