import CPTSKit
import Testing

// What Swift Testing prints for a result in a failed expectation: the result's own one-line
// `description` (its CPTS, size class, rulebook, total) instead of every stored property.
// For the lines that differ, write `#expect(a == b, "\(FundingDifference(a, b))")`.

extension ContractFunding: CustomTestStringConvertible {
    /// The funding's own one-line `description`.
    public var testDescription: String { description }
}

extension FundingStatement: CustomTestStringConvertible {
    /// The statement's own one-line `description`.
    public var testDescription: String { description }
}

extension PaymentSchedule: CustomTestStringConvertible {
    /// The schedule's own one-line `description`.
    public var testDescription: String { description }
}
