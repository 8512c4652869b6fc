import CPTSKit
import Testing

// What Swift Testing prints for a result in a failed expectation: one short line per value
// (its CPTS, size class, totals per year) instead of every stored property on one 18 KB line.
// For the lines that differ, write `#expect(a == b, "\(FundingDifference(a, b))")`.

extension ContractFunding: CustomTestStringConvertible {
    /// `CPTS Lorient Littoral, T3, aci-2019-av2: year 1 298 643,84 €, …; total 1 … € (up to 1 … €)`.
    public var testDescription: String {
        let years = self.years.map { "year \($0.year.number) \($0.total)" }.joined(separator: ", ")
        let upTo = maxTotal == total ? "" : " (up to \(maxTotal))"
        return "\(cpts), \(sizeClass), \(rulebook): \(years); total \(total)\(upTo)"
    }
}

extension FundingStatement: CustomTestStringConvertible {
    /// `CPTS Lorient Littoral, year 1 (T3, aci-2019-av2): 12 lines, total 298 643,84 €`.
    public var testDescription: String {
        let upTo = maxTotal == total ? "" : " (up to \(maxTotal))"
        return "\(cpts), year \(year.number) (\(sizeClass), \(rulebooks.joined(separator: " then "))): "
            + "\(lines.count) lines, total \(total)\(upTo)"
    }
}

extension PaymentSchedule: CustomTestStringConvertible {
    /// `CPTS Lorient Littoral: 17 payments from 2025-05-12 to 2030-05-12, total 1 … €`.
    public var testDescription: String {
        let span = payments.first.map { first in " from \(first.dueOn) to \(payments.last?.dueOn ?? first.dueOn)" } ?? ""
        let pending = pendingTotal == .zero ? "" : " (\(pendingTotal) pending)"
        return "\(cpts): \(payments.count) payments\(span), total \(total)\(pending)"
    }
}
