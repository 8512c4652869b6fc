/// The three population thresholds between size classes, and which side each boundary value is on.
///
/// The thresholds 40 000, 80 000 and 175 000 are sourced (S); whether a
/// population equal to a threshold belongs to the lower or the upper class was not found, so
/// it is a parameter with the default (I):
///
/// ```
/// population   39 999  40 000  79 999  80 000  175 000  175 001
/// class          T1      T2      T2      T3      T3       T4
/// ```
public struct SizeBoundaries: Hashable, Sendable {
    /// Which class a population exactly at a threshold belongs to.
    public enum Side: String, Hashable, Sendable, Codable, CaseIterable {
        /// The threshold value is the first of the upper class (`40 000 → T2`).
        case upper
        /// The threshold value is the last of the lower class (`175 000 → T3`).
        case lower
    }

    /// One threshold between two consecutive classes.
    public struct Boundary: Hashable, Sendable {
        /// The threshold population.
        public var value: Int
        /// The class a population equal to `value` belongs to.
        public var side: Side

        /// Creates a threshold.
        ///
        /// - Parameters:
        ///   - value: The threshold population.
        ///   - side: Which class the threshold value itself belongs to.
        public init(_ value: Int, side: Side) {
            self.value = value
            self.side = side
        }

        /// Whether `population` lies in a class above this boundary.
        func isPassed(by population: Int) -> Bool {
            population > value || (population == value && side == .upper)
        }
    }

    /// The boundaries T1|T2, T2|T3 and T3|T4, in increasing order.
    public var boundaries: [Boundary]

    /// Creates the three boundaries.
    ///
    /// - Parameters:
    ///   - t1t2: The boundary between T1 and T2.
    ///   - t2t3: The boundary between T2 and T3.
    ///   - t3t4: The boundary between T3 and T4.
    public init(t1t2: Boundary, t2t3: Boundary, t3t4: Boundary) {
        boundaries = [t1t2, t2t3, t3t4]
    }

    /// The sourced thresholds with the default inclusivity (PAPS-HDF portal).
    public static let standard = SizeBoundaries(
        t1t2: Boundary(40_000, side: .upper),
        t2t3: Boundary(80_000, side: .upper),
        t3t4: Boundary(175_000, side: .lower))

    /// The interval of each class in words, e.g. `80 000 ≤ p ≤ 175 000`.
    ///
    /// - Parameter sizeClass: The class to describe.
    /// - Returns: Its population interval.
    public func interval(of sizeClass: SizeClass) -> String {
        let index = sizeClass.rawValue - 1
        var parts: [String] = []
        if index > 0 {
            let low = boundaries[index - 1]
            parts.append("\(FrenchText.grouped(low.value)) \(low.side == .upper ? "≤" : "<") p")
        }
        if index < boundaries.count {
            let high = boundaries[index]
            let bound = "\(high.side == .upper ? "<" : "≤") \(FrenchText.grouped(high.value))"
            parts.append(parts.isEmpty ? "p \(bound)" : bound)
        }
        return parts.joined(separator: " ")
    }
}
