/// One contract compiled for fast year totals and statements: a ``CompiledPortfolio`` of one.
///
/// ```swift
/// let compiled = try CompiledContract(contract)
/// try compiled.total(year: 1)     // == FundingEngine().funding(for: contract).years[0].total
/// ```
package struct CompiledContract: Hashable, Sendable {
    /// The portfolio holding this one contract.
    package let portfolio: CompiledPortfolio

    /// Compiles a contract: every check of the engine, then the compact layout.
    ///
    /// - Parameters:
    ///   - contract: The contract.
    ///   - engine: The engine whose registry picks the rulebook.
    ///   - rulebook: A rulebook to use instead of the contract's (for what-if sweeps).
    /// - Throws: ``CPTSKitError`` exactly as ``FundingEngine/funding(for:rulebook:asOf:)`` would.
    package init(_ contract: ACIContract, engine: FundingEngine = FundingEngine(), rulebook: Rulebook? = nil) throws(CPTSKitError) {
        var portfolio = CompiledPortfolio(engine: engine, rulebook: rulebook)
        try portfolio.append(contract)
        self.portfolio = portfolio
    }

    /// The contract compiled.
    package var contract: ACIContract { portfolio.contracts[0] }
    /// The provenance table the compact lines refer to.
    package var terms: ArraySlice<FundingTerm> { portfolio.terms(ofContract: 0) }
    /// Whether the contract is computed by the reference path (see ``CompiledPortfolio``).
    package var usesReferencePath: Bool { portfolio.usesReferencePath(contract: 0) }

    /// The year's total, pending lines excluded (``FundingStatement/total``).
    ///
    /// - Parameter year: The contract year, 1…5.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    package func total(year: Int) throws(CPTSKitError) -> Euros { try portfolio.total(contract: 0, year: year) }

    /// The year's total with pending lines at their best case (``FundingStatement/maxTotal``).
    ///
    /// - Parameter year: The contract year, 1…5.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    package func maxTotal(year: Int) throws(CPTSKitError) -> Euros { try portfolio.maxTotal(contract: 0, year: year) }

    /// The sum of the five years' totals (pending lines excluded).
    package var contractTotal: Euros { portfolio.grandTotal }

    /// Fills `buffer` with the year's lines (see ``CompiledPortfolio/fillStatement(contract:year:into:)``).
    ///
    /// - Parameters:
    ///   - year: The contract year, 1…5.
    ///   - buffer: The buffer to fill.
    /// - Throws: ``CPTSKitError/Kind/yearOutOfContract`` outside 1…5.
    package func fillStatement(year: Int, into buffer: inout StatementBuffer) throws(CPTSKitError) {
        try portfolio.fillStatement(contract: 0, year: year, into: &buffer)
    }

    /// The year's full statement, by the reference path.
    ///
    /// - Parameter year: The contract year, 1…5.
    /// - Throws: As ``FundingEngine/statement(for:year:rulebook:)``.
    package func statement(year: Int) throws(CPTSKitError) -> FundingStatement { try portfolio.statement(contract: 0, year: year) }
}
