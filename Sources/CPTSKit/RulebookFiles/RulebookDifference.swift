/// One figure that differs between two rulebooks: what `cpts rules diff` lists.
public struct RulebookDifference: Hashable, Sendable {
    /// The figure's key (``RulebookFigureKey``), or `effective_on` for the date of application.
    public let key: String
    /// The value in the first rulebook as a file writes it (`80000.00`), `null` when unknown,
    /// `nil` when that rulebook has no such figure.
    public let old: JSONValue?
    /// The value in the second rulebook, likewise.
    public let new: JSONValue?
    /// The source of the new value (of the old one when the second rulebook lacks the figure).
    public let source: SourceReference
    /// The confidence of the new value (of the old one when the second rulebook lacks the figure).
    public let confidence: Confidence
}

extension Rulebook {
    /// The figures whose value differs from `other`'s (provenance alone does not count), in listing order.
    ///
    /// A figure one rulebook has and the other lacks (a mission, the start-up amounts) differs; a
    /// mission one declares and the other lacks, or declares otherwise (labels, kind, parts,
    /// catalogue), is listed first under `missions.<key>` with its declaration as the file writes it.
    ///
    /// - Parameter other: The rulebook compared with this one (this is the "old").
    /// - Returns: The differences; empty when every value is equal.
    public func differences(to other: Rulebook) -> [RulebookDifference] {
        let mine = fileFigures, theirs = other.fileFigures
        var byKey: [RulebookFigureKey: RulebookFileFigure] = [:]
        for entry in theirs { byKey[entry.key] = entry.figure }
        var found: [(key: RulebookFigureKey, difference: RulebookDifference)] = []
        var seen: Set<RulebookFigureKey> = []
        for entry in mine {
            seen.insert(entry.key)
            let new = byKey[entry.key]
            guard new?.value != entry.figure.value else { continue }
            found.append((entry.key, RulebookDifference(key: entry.key.description, old: entry.figure.value, new: new?.value,
                                                        source: new?.source ?? entry.figure.source,
                                                        confidence: new?.confidence ?? entry.figure.confidence)))
        }
        for entry in theirs where !seen.contains(entry.key) {
            found.append((entry.key, RulebookDifference(key: entry.key.description, old: nil, new: entry.figure.value,
                                                        source: entry.figure.source, confidence: entry.figure.confidence)))
        }
        var out = missionDifferences(to: other) + found.sorted { $0.key < $1.key }.map(\.difference)
        if effectiveFrom.value != other.effectiveFrom.value {
            out.insert(RulebookDifference(key: "effective_on", old: effectiveFrom.value.map(FileValue.date) ?? .null,
                                          new: other.effectiveFrom.value.map(FileValue.date) ?? .null,
                                          source: other.effectiveFrom.source, confidence: other.effectiveFrom.confidence),
                       at: 0)
        }
        return out
    }
}

extension Rulebook {
    /// The missions declared by one rulebook and not the other, or declared otherwise, under the
    /// key `missions.<key>`, in the order the rulebooks list them.
    func missionDifferences(to other: Rulebook) -> [RulebookDifference] {
        func declaration(_ rule: MissionRule?) -> MissionDeclaration? { rule.flatMap { $0.kind.declaration } }
        func json(_ declaration: MissionDeclaration?) -> JSONValue? { declaration.map { .object($0.fileMembers) } }
        var out: [RulebookDifference] = []
        var keys: [MissionKind] = missions.map(\.kind)
        for rule in other.missions where !keys.contains(rule.kind) { keys.append(rule.kind) }
        for kind in keys {
            let mine = missions.first { $0.kind == kind }, theirs = other.missions.first { $0.kind == kind }
            let old = mine == nil ? nil : declaration(mine), new = theirs == nil ? nil : declaration(theirs)
            guard (mine == nil) != (theirs == nil) || old != new else { continue }
            let provenance = theirs == nil ? effectiveFrom : other.effectiveFrom
            out.append(RulebookDifference(key: "missions.\(kind.key)", old: json(old), new: json(new),
                                          source: provenance.source, confidence: provenance.confidence))
        }
        return out
    }
}
