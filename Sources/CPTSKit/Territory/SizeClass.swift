/// The size class (*taille*) of a CPTS, T1 to T4, set by its population (PAPS-HDF portal).
///
/// Amounts of both volets depend on it. The thresholds and which class a boundary value belongs
/// to are rulebook parameters (``SizeBoundaries``): by default `p < 40 000` is T1,
/// `40 000 ≤ p < 80 000` T2, `80 000 ≤ p ≤ 175 000` T3 and `p > 175 000` T4.
public enum SizeClass: Int, Hashable, Sendable, CaseIterable, Comparable, Codable, CustomStringConvertible {
    /// *Taille 1*: fewer than 40 000 inhabitants.
    case t1 = 1
    /// *Taille 2*: 40 000 to 80 000 inhabitants.
    case t2 = 2
    /// *Taille 3*: 80 000 to 175 000 inhabitants.
    case t3 = 3
    /// *Taille 4*: more than 175 000 inhabitants.
    case t4 = 4

    /// The short name used in the agreement's tables: `T1` … `T4`.
    public var code: String { "T\(rawValue)" }
    /// The French name: `taille 3`.
    public var label: String { "taille \(rawValue)" }

    /// `taille 3` in French, `size 3` in English.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String { language == .french ? label : "size \(rawValue)" }
    /// The short name, `T3`.
    public var description: String { code }

    /// Orders classes from the smallest CPTS to the largest.
    public static func < (lhs: SizeClass, rhs: SizeClass) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The class of a population under the given boundaries.
    ///
    /// - Parameters:
    ///   - population: The declared number of inhabitants.
    ///   - boundaries: The rulebook's thresholds and their inclusivity.
    public init(population: Int, boundaries: SizeBoundaries) {
        var passed = 0
        for boundary in boundaries.boundaries where boundary.isPassed(by: population) { passed += 1 }
        self = SizeClass(rawValue: 1 + min(passed, 3)) ?? .t4
    }

    /// Parses `T1`…`T4` (or `1`…`4`), throwing like every other parser of the library.
    ///
    /// - Parameter code: The class code.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` naming the expected codes.
    public init(parsing code: String) throws(CPTSKitError) {
        guard let value = SizeClass(code: code) else {
            throw CPTSKitError(.invalidArgument, path: "", message: BilingualText(fr: "taille inconnue ; attendu T1, T2, T3 ou T4", en: "unknown size class; expected T1, T2, T3 or T4"),
                               value: code)
        }
        self = value
    }

    /// Parses `T1`…`T4` (or `1`…`4`); `nil` otherwise (``init(parsing:)`` says why).
    ///
    /// - Parameter code: The class code.
    public init?(code: String) {
        let digits = code.hasPrefix("T") || code.hasPrefix("t") ? String(code.dropFirst()) : code
        guard let number = Int(digits), let value = SizeClass(rawValue: number) else { return nil }
        self = value
    }
}
