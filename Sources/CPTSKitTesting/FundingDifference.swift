import CPTSKit

/// What differs between two fundings, line by line, in words: for a failed comparison, instead of
/// two values printed whole.
///
/// ```
/// #expect(actual == expected, "\(FundingDifference(actual, expected))")
/// ```
public struct FundingDifference: Hashable, Sendable, CustomStringConvertible {
    /// One difference: where, and the two sides as text.
    public struct Entry: Hashable, Sendable {
        /// Where: `year 1`, `year 1, prevention variable depistage-sein`…
        public let place: String
        /// The left side, e.g. `2 500,00 € (assessed)`, or `absent`.
        public let left: String
        /// The right side.
        public let right: String
    }

    /// The differences, in year and line order; empty when the fundings are equal.
    public let entries: [Entry]

    /// Compares two fundings.
    ///
    /// - Parameters:
    ///   - left: A funding, e.g. the one computed.
    ///   - right: Another, e.g. the one expected.
    public init(_ left: ContractFunding, _ right: ContractFunding) {
        var entries: [Entry] = []
        if left.sizeClass != right.sizeClass {
            entries.append(Entry(place: "size class", left: left.sizeClass.code, right: right.sizeClass.code))
        }
        let years = Set(left.years.map(\.year.number)).union(right.years.map(\.year.number)).sorted()
        for year in years {
            let a = left.years.first { $0.year.number == year }
            let b = right.years.first { $0.year.number == year }
            guard let a, let b else {
                entries.append(Entry(place: "year \(year)", left: a.map { "\($0.total)" } ?? "absent",
                                     right: b.map { "\($0.total)" } ?? "absent"))
                continue
            }
            entries += Self.compare(a, b)
        }
        self.entries = entries
    }

    /// Compares two statements.
    ///
    /// - Parameters:
    ///   - left: A statement.
    ///   - right: Another.
    public init(_ left: FundingStatement, _ right: FundingStatement) {
        entries = Self.compare(left, right)
    }

    static func compare(_ a: FundingStatement, _ b: FundingStatement) -> [Entry] {
        let year = "year \(a.year.number)"
        var entries: [Entry] = []
        if a.rulebook != b.rulebook { entries.append(Entry(place: "\(year), rulebook", left: a.rulebook, right: b.rulebook)) }
        func key(_ line: FundingLine) -> String {
            [line.mission?.key ?? line.volet.rawValue, line.part.rawValue, line.indicator].compactMap { $0 }.joined(separator: " ")
        }
        func text(_ line: FundingLine) -> String { "\(line.amount) (\(line.status.rawValue), \(line.rule.rawValue))" }
        var remaining = b.lines
        for line in a.lines {
            if let index = remaining.firstIndex(where: { key($0) == key(line) }) {
                let other = remaining.remove(at: index)
                if other != line {
                    entries.append(Entry(place: "\(year), \(key(line))", left: text(line), right: text(other)))
                }
            } else {
                entries.append(Entry(place: "\(year), \(key(line))", left: text(line), right: "absent"))
            }
        }
        for line in remaining { entries.append(Entry(place: "\(year), \(key(line))", left: "absent", right: text(line))) }
        if a.total != b.total { entries.append(Entry(place: "\(year), total", left: "\(a.total)", right: "\(b.total)")) }
        if a.warnings != b.warnings {
            entries.append(Entry(place: "\(year), warnings", left: a.warnings.map(\.kind.rawValue).joined(separator: ", "),
                                 right: b.warnings.map(\.kind.rawValue).joined(separator: ", ")))
        }
        return entries
    }

    /// Whether the two sides are equal.
    public var isEmpty: Bool { entries.isEmpty }

    /// One line per difference, `place: left ≠ right`; `no difference` when there is none.
    public var description: String {
        entries.isEmpty ? "no difference" : entries.map { "\($0.place): \($0.left) ≠ \($0.right)" }.joined(separator: "\n")
    }
}
