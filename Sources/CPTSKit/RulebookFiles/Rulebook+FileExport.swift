extension Rulebook {
    /// The rulebook as a complete `cpts-rulebook/1` document: every figure, no `extends`.
    ///
    /// Loading it gives back an equal rulebook (``RulebookDocument/resolved(extending:)`` with no
    /// parent), so a built-in rulebook exported, edited and loaded again changes only what was edited.
    public var fileJSON: JSONValue {
        let figures = fileFigures.map { (key: $0.key.description, value: $0.figure.json) }
        let missionsMeta = missions.map {
            (key: $0.kind.key, value: JSONValue.object([("introduced_by", .string($0.introducedBy))]))
        }
        return .object([
            ("format", .string(RulebookFormat.identifier)),
            ("id", .string(id)),
            ("title", .string(title)),
            ("effective_on", RulebookFileFigure(effectiveFrom, value: FileValue.date).json),
            ("figures", .object(figures)),
            ("missions", .object(missionsMeta)),
        ])
    }

    /// ``fileJSON`` as indented text, ending with a newline.
    public var fileText: String { fileJSON.serialized() + "\n" }
}
