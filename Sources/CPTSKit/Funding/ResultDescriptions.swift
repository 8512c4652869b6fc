// Every result describes itself in one short English line, as the errors do: what a log line, a
// debugger or `print` needs. People read the renderers of CPTSKitReports, in their language.

extension ContractFunding: CustomStringConvertible {
    /// `CPTS Lorient Littoral, T3, aci-2019-av2, 5 years from 2025-05-12: total €1,398,643.84
    /// (up to €1,812,000.00), 2 warnings` — a few hundred characters at most.
    public var description: String {
        let span = years.isEmpty ? "no year" : "\(years.count) year\(years.count == 1 ? "" : "s") from \(signedOn)"
        let upTo = maxTotal == total ? "" : " (up to \(maxTotal))"
        let ended = terminatedOn.map { ", terminated on \($0)" } ?? ""
        let count = allWarnings.count
        let warned = count == 0 ? "" : ", \(count) warning\(count == 1 ? "" : "s")"
        return "\(cpts), \(sizeClass), \(rulebook), \(span)\(ended): total \(total)\(upTo)\(warned)"
    }
}

extension FundingStatement: CustomStringConvertible {
    /// `CPTS Lorient Littoral, year 1 (2025-05-12 → 2026-05-11), T3, aci-2019-av2: 12 lines,
    /// total €298,643.84`.
    public var description: String {
        let upTo = maxTotal == total ? "" : " (up to \(maxTotal))"
        return "\(cpts), \(year), \(sizeClass), \(rulebooks.joined(separator: " then ")): "
            + "\(lines.count) line\(lines.count == 1 ? "" : "s"), total \(total)\(upTo)"
    }
}

extension FundingLine: CustomStringConvertible {
    /// `year 2, prevention, variable part, ateliers: €2,000.00 of €4,000.00, assessed`.
    public var description: String {
        let what = [mission?.key ?? volet.rawValue, part.label(in: .english), indicator].compactMap { $0 }.joined(separator: ", ")
        let outOf = bestCase == amount ? "" : " of \(bestCase)"
        return "year \(year), \(what): \(amount)\(outOf), \(status.rawValue)"
    }
}

extension Payment: CustomStringConvertible {
    /// `2026-05-12, 1st anniversary (year 1): €68,660.96, 9 lines`.
    public var description: String {
        let pending = pendingAmount == .zero ? "" : " (\(pendingAmount) pending)"
        return "\(dueOn), \(event) (year \(year)): \(amount)\(pending), \(settles.count) line\(settles.count == 1 ? "" : "s")"
    }
}

extension PaymentSchedule: CustomStringConvertible {
    /// `CPTS Lorient Littoral: 17 payments from 2025-05-12 to 2030-05-12, total €1,398,643.84`.
    public var description: String {
        let span = payments.first.map { first in " from \(first.dueOn) to \(payments.last?.dueOn ?? first.dueOn)" } ?? ""
        let pending = pendingTotal == .zero ? "" : " (\(pendingTotal) pending)"
        let day = asOf.map { ", as of \($0)" } ?? ""
        return "\(cpts): \(payments.count) payment\(payments.count == 1 ? "" : "s")\(span), total \(total)\(pending)\(day)"
    }
}
