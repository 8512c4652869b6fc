/// The funding of a whole contract: one statement per contract year, and the contract's totals.
public struct ContractFunding: Hashable, Sendable {
    /// The CPTS's name.
    public let cpts: String
    /// Its size class.
    public let sizeClass: SizeClass
    /// The rulebook applied.
    public let rulebook: String
    /// The signature date.
    public let signedOn: CalendarDate
    /// The five statements, year 1 to 5.
    public let years: [FundingStatement]
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
    /// - Throws: ``CPTSKitError/Kind/overflow`` if the totals do not fit 64-bit cents.
    public init(cpts: String, sizeClass: SizeClass, rulebook: String, signedOn: CalendarDate,
                years: [FundingStatement], warnings: [FundingWarning]) throws(CPTSKitError) {
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
