extension Rulebook {
    /// The rulebook as a complete `cpts-rulebook/1` document: every figure, no `extends`.
    ///
    /// Loading it gives back an equal rulebook (``RulebookDocument/resolved(extending:)`` with no
    /// parent), so a built-in rulebook exported, edited and loaded again changes only what was edited.
    public var fileJSON: JSONValue {
        let figures = fileFigures.map { (key: $0.key.description, value: $0.figure.json) }
        // The ACI's missions are known by their keys; a declared one carries its declaration.
        let missionsMeta = missions.map { rule in
            var members: [(key: String, value: JSONValue)] = []
            if !rule.kind.isACIMission, let declaration = rule.kind.declaration { members += declaration.fileMembers }
            members.append(("introduced_by", .string(rule.introducedBy)))
            return (key: rule.kind.key, value: JSONValue.object(members))
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

extension MissionDeclaration {
    /// The declaration as a rulebook file writes it under `missions.<key>`: `label`, `kind`,
    /// `parts` and, where it has one, `catalogue`.
    var fileMembers: [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [
            ("label", .object([("fr", .string(label.french)), ("en", .string(label.english))])),
            ("kind", .string(category.rawValue)),
            ("parts", .array(parts.names.map { JSONValue.string($0) })),
        ]
        if let catalogue { members.append(("catalogue", .string(catalogue.rawValue))) }
        return members
    }
}
