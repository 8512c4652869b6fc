import CPTSKit

/// How well every indicator of a contract did: what `ACIContract.withResults(_:years:)`
/// writes for each.
public enum Attainment: Hashable, Sendable {
    /// Every indicator at its best: achieved, the target reached, the best tier's reach.
    case best
    /// Every indicator at its worst: not achieved, zero, below (or above, when lower is better)
    /// every tier.
    case worst
    /// Measured results at this share of the best one (`1/2`: half the target; for a
    /// lower-is-better tier, the best reach divided by the share); an all-or-nothing indicator is
    /// achieved only at a share of one or more.
    case share(Fraction)

    /// The result of one indicator.
    ///
    /// - Parameter indicator: The indicator.
    /// - Returns: Its result at this attainment.
    /// - Throws: `CPTSKitError.Kind.overflow` when the result's terms leave 64 bits.
    public func result(for indicator: Indicator) throws(CPTSKitError) -> IndicatorResult {
        switch indicator.payout {
        case .allOrNothing:
            switch self {
            case .best: return .achieved(true)
            case .worst: return .achieved(false)
            case .share(let share): return .achieved(share >= .one)
            }
        case .proportional(let target, _):
            switch self {
            case .best: return .measured(target)
            case .worst: return .measured(.zero)
            case .share(let share): return .measured(try Self.product(target, share))
            }
        case .tiers(let better, let tiers):
            let reaches = tiers.map(\.reach)
            let best = (better == .higher ? reaches.max() : reaches.min()) ?? .zero
            switch (self, better) {
            case (.best, _): return .measured(best)
            case (.worst, .higher): return .measured(.zero)
            case (.worst, .lower): return .measured(try (reaches.max() ?? .zero).subtracting(-1))
            case (.share(let share), .higher): return .measured(try Self.product(best, share))
            case (.share(let share), .lower):
                guard !share.isZero else { return try Attainment.worst.result(for: indicator) }
                return .measured(try best.divided(by: share))
            }
        }
    }

    /// `a × b`, exactly.
    static func product(_ a: Fraction, _ b: Fraction) throws(CPTSKitError) -> Fraction {
        let (numerator, overflowN) = a.numerator.multipliedReportingOverflow(by: b.numerator)
        let (denominator, overflowD) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        guard !overflowN, !overflowD else {
            throw CPTSKitError(.overflow, path: "", message: BilingualText(fr: "résultat trop grand pour l'arithmétique exacte", en: "result too large for exact arithmetic"), value: "\(a) × \(b)")
        }
        return try Fraction(numerator, denominator)
    }
}

extension ACIContract {
    /// The results of every indicator at an attainment, for the contract years given where each
    /// mission has started (the indicators in force that year, amendments included).
    ///
    /// - Parameters:
    ///   - attainment: How well every indicator did.
    ///   - years: The contract years to assess; all five by default (none after a termination).
    /// - Returns: Results by year and indicator id.
    /// - Throws: `CPTSKitError.Kind.overflow` for results beyond 64-bit terms.
    public func results(_ attainment: Attainment, years: ClosedRange<Int> = 1...5)
        throws(CPTSKitError) -> [Int: [String: IndicatorResult]]
    {
        var results: [Int: [String: IndicatorResult]] = [:]
        for year in activeYears where years.contains(year.number) {
            var yearResults: [String: IndicatorResult] = [:]
            for (index, mission) in missions.enumerated() where (mission.startsOn ?? signedOn) < year.end {
                for indicator in indicators(ofMission: index, inYear: year.number).indicators {
                    yearResults[indicator.id] = try attainment.result(for: indicator)
                }
            }
            results[year.number] = yearResults
        }
        return results
    }

    /// A copy whose results are those of an attainment (see `results(_:years:)`).
    ///
    /// - Parameters:
    ///   - attainment: How well every indicator did.
    ///   - years: The contract years to assess; all five by default.
    /// - Returns: The contract with those results.
    /// - Throws: `CPTSKitError` as `with(results:)` does.
    public func withResults(_ attainment: Attainment, years: ClosedRange<Int> = 1...5) throws(CPTSKitError) -> ACIContract {
        try with(results: try results(attainment, years: years))
    }
}
