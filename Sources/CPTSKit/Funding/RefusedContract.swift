/// A contract an aggregate could not compute, recorded instead of stopping (``RefusalPolicy/record``).
public struct RefusedContract: Hashable, Sendable {
    /// Its position among the contracts offered to the aggregate, from 0 (added or refused).
    public let index: Int
    /// How it was named when offered (a file name), or its CPTS's name.
    public let label: String
    /// Why it was refused, with the path of the offending field.
    public let error: CPTSKitError

    /// Records a refusal.
    ///
    /// - Parameters:
    ///   - index: The contract's position among those offered.
    ///   - label: Its name.
    ///   - error: The error it raised.
    public init(index: Int, label: String, error: CPTSKitError) {
        self.index = index
        self.label = label
        self.error = error
    }
}

/// What an aggregate (``RulebookImpact``, ``PortfolioSummary``) does with a contract it cannot
/// compute: the choice is made at each call, so a refused contract is never dropped unseen.
public enum RefusalPolicy: Hashable, Sendable {
    /// Throw the contract's error and leave the aggregate unchanged.
    case stop
    /// Leave the aggregate's totals unchanged, list the contract in its `refused`, and go on.
    case record
}
