extension Payout.Direction {
    /// Whether a result reaches a tier: `result ≥ reach` when higher is better, `result ≤ reach` when lower is.
    ///
    /// The comparison is the payout kernel's, oriented: a lower-is-better comparison swaps its
    /// operands here, and the compiled portfolio negates its values, so both paths run the same
    /// `≥` (see ``CompiledPortfolio``).
    ///
    /// ```
    /// direction  reach  result  reached
    /// higher     72.40  72.39   no
    /// higher     72.40  72.40   yes   (the boundary reaches)
    /// higher     72.40  72.41   yes
    /// lower      100    101     no
    /// lower      100    100     yes   (the boundary reaches)
    /// lower      100    99      yes
    /// ```
    ///
    /// - Parameters:
    ///   - result: The measured result.
    ///   - reach: The tier's threshold.
    /// - Returns: `true` when the tier is reached.
    @inlinable
    public func reaches(_ result: Fraction, _ reach: Fraction) -> Bool {
        switch self {
        case .higher: PayoutKernel.reaches(result, reach)
        case .lower: PayoutKernel.reaches(reach, result)
        }
    }

    /// Whether threshold `a` is easier to reach than threshold `b` (lower when higher is better):
    /// a result standing at `a` does not reach `b`.
    ///
    /// - Parameters:
    ///   - a: A threshold.
    ///   - b: Another threshold.
    /// - Returns: `true` when every result reaching `b` reaches `a` and some result reaches `a` only.
    @inlinable
    public func isEasier(_ a: Fraction, than b: Fraction) -> Bool {
        !reaches(a, b)
    }

    /// The comparison a reached tier satisfies, for explanations: `≥` or `≤`.
    public var symbol: String {
        switch self {
        case .higher: "≥"
        case .lower: "≤"
        }
    }
}

extension Payout {
    /// The tiers from the easiest to reach to the hardest, with their positions in the contract's list.
    ///
    /// Empty for other payout shapes. A result reaches a prefix of this ladder, and since a
    /// harder tier never pays less (checked by ``Indicator``), the last tier of that prefix is the
    /// one that pays.
    public var ladder: [(index: Int, tier: Tier)] {
        guard case .tiers(_, let tiers) = self else { return [] }
        return ladderOrder.map { (index: $0, tier: tiers[$0]) }
    }

    /// The positions of the tiers from the easiest to reach to the hardest (one allocation, for
    /// the paths that run per indicator: validation and the compiled layout).
    package var ladderOrder: [Int] {
        guard case .tiers(let better, let tiers) = self else { return [] }
        return tiers.indices.sorted { better.isEasier(tiers[$0].reach, than: tiers[$1].reach) }
    }
}
