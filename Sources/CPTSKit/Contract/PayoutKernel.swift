/// The payout kernel: the comparison, the cap and the rounding that decide what an indicator
/// pays, each written once and run by both evaluation paths.
///
/// The reference path (``Payout/evaluation(of:rounding:)``) runs it on exact fractions and
/// euros; the compiled portfolio runs it on whole numbers at a decimal scale, lower-is-better
/// values negated. Both orient a comparison so that higher is better, then ask ``reaches(_:_:)``;
/// both cap a proportional result with ``counted(_:of:)`` and round its amount with
/// ``scaledCents(_:by:over:rounding:)``. A change to one of them changes both paths at once,
/// and the boundary tests of each path see it.
///
/// ```
/// reaches(72.40, 72.40)  true     counted(350, of: 700)  350
/// reaches(72.39, 72.40)  false    counted(800, of: 700)  700
/// scaledCents(500_000, by: 1, over: 3, .toNearestOrAwayFromZero)  166_667
/// ```
@usableFromInline
enum PayoutKernel {
    /// Whether a result reaches a threshold, both oriented so that a higher value is better.
    ///
    /// ``Payout/Direction/reaches(_:_:)`` orients a lower-is-better comparison by swapping its
    /// operands; the compiled columns orient it by negating both values.
    @inlinable @inline(__always)
    static func reaches<Value: Comparable>(_ result: Value, _ threshold: Value) -> Bool {
        result >= threshold
    }

    /// What a proportional payout counts of a result: the result, capped at the target.
    @inlinable @inline(__always)
    static func counted<Value: Comparable>(_ result: Value, of target: Value) -> Value {
        min(result, target)
    }

    /// `amount × part ÷ whole`, rounded once by `rounding`, for non-negative whole numbers whose
    /// product and divisor stay below 2^62 (``RoundingRule/dividing(_:by:)``'s range).
    @inlinable @inline(__always)
    static func scaledCents(_ amount: Int64, by part: Int64, over whole: Int64, rounding: RoundingRule) -> Int64 {
        Int64(bitPattern: rounding.dividing(UInt64(bitPattern: amount &* part), by: UInt64(bitPattern: whole)))
    }

    /// Whether ``scaledCents(_:by:over:rounding:)`` may compute `amount × part ÷ whole`.
    @inlinable
    static func canScale(_ amount: Int64, by part: Int64, over whole: Int64) -> Bool {
        guard amount >= 0, part >= 0, whole > 0, whole < Int64(1) << 62 else { return false }
        let (product, overflow) = amount.multipliedReportingOverflow(by: part)
        return !overflow && product < Int64(1) << 62
    }
}
