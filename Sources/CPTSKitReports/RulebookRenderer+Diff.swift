import CPTSKit

extension RulebookRenderer {
    /// `cpts rules diff A B`: the figures whose value differs, with the new value's source.
    ///
    /// - Parameters:
    ///   - differences: `Rulebook.differences(to:)` of `old` to `new`.
    ///   - old: The first rulebook.
    ///   - new: The second rulebook.
    ///   - format: Table, JSON or CSV.
    ///   - language: The language of a table.
    /// - Returns: The text, ending with a newline.
    public static func render(_ differences: [RulebookDifference], from old: Rulebook, to new: Rulebook, format: OutputFormat,
                              language: Language = .french) -> String {
        let words = Wording(language)
        switch format {
        case .json:
            return JSONValue.object([
                ("format", .string("cpts-rules-diff/1")),
                ("old", .string(old.id)), ("new", .string(new.id)), ("count", .number(String(differences.count))),
                ("differences", .array(differences.map { difference in
                    .object([("key", .string(difference.key)), ("old", difference.old ?? .null), ("old_present", .bool(difference.old != nil)),
                             ("new", difference.new ?? .null), ("new_present", .bool(difference.new != nil)),
                             ("source", .string(difference.source.description)),
                             ("confidence", .string(difference.confidence.rawValue))])
                })),
            ]).serialized() + "\n"
        case .csv:
            var out = CSVWriter.row(["key", "old", "new", "source", "confidence"]) + "\n"
            for difference in differences {
                out += CSVWriter.row([difference.key, text(difference.old), text(difference.new), difference.source.description,
                                      difference.confidence.rawValue]) + "\n"
            }
            return out
        case .table:
            let heading = TextTable.wrapped("\(old.title) (\(old.id)) → \(new.title) (\(new.id))") + "\n\n"
            guard !differences.isEmpty else {
                return heading + words("Aucune différence : chaque valeur est la même.", "No difference: every value is the same.") + "\n"
            }
            var table = TextTable([(words("Clé", "Key"), .left), (words("Avant", "Before"), .right), (words("Après", "After"), .right),
                                   ("Source", .left), ("Conf.", .left)])
            for difference in differences {
                table.append([difference.key, text(difference.old, words), text(difference.new, words), difference.source.description,
                              difference.confidence.rawValue])
            }
            var body = table.rendered()
            if body.split(separator: "\n").contains(where: { $0.count > 100 }) {
                // Too wide for a terminal (values by contract year, a mission's declaration): one
                // block per difference, the key with its provenance, then before and after.
                body = ""
                for difference in differences {
                    body += "  \(difference.key) (\(difference.source), \(difference.confidence.rawValue))\n"
                    body += TextTable.wrapped("    " + words("avant : ", "before: ") + text(difference.old, words), continuation: "            ") + "\n"
                    body += TextTable.wrapped("    " + words("après : ", "after: ") + text(difference.new, words), continuation: "            ") + "\n"
                }
                body.removeLast()
            }
            return heading + body + "\n\n"
                + TextTable.wrapped(words("\(differences.count) valeur(s) différente(s). « inconnu » : valeur non trouvée (null) ; « absent » : le recueil n'a pas ce chiffre.",
                        "\(differences.count) value(s) differ. “unknown”: value not found (null); “absent”: the rulebook lacks this figure."),
                                    continuation: "") + "\n"
        }
    }

    /// A value as a file writes it: text unquoted, `inconnu`/`unknown` for null, `absent` when the
    /// rulebook lacks it, the values of a figure by contract year joined by ` / `.
    static func text(_ value: JSONValue?, _ words: Wording = .french) -> String {
        switch value {
        case nil: "absent"
        case .null?: words("inconnu", "unknown")
        case .string(let text)?: text
        case .array(let items)? where items.allSatisfy({ if case .string = $0 { true } else { false } }):
            items.map { text($0, words) }.joined(separator: " / ")
        case .number(let literal)?: literal
        case .bool(let flag)?: flag ? "true" : "false"
        case .object(let members)? where members.contains(where: { $0.key == "kind" }):
            declaration(members, words)
        case let other?: other.serialized(pretty: false)
        }
    }

    /// A mission's declaration for people: `mission optionnelle « Soutien … » : fixed, variable`.
    static func declaration(_ members: [(key: String, value: JSONValue)], _ words: Wording) -> String {
        func string(_ value: JSONValue?) -> String? { if case .string(let text)? = value { text } else { nil } }
        var labels: [(key: String, value: JSONValue)] = []
        if case .object(let list)? = members.first(where: { $0.key == "label" })?.value { labels = list }
        let label = string(labels.first(where: { $0.key == words.language.rawValue })?.value) ?? "?"
        let kind = string(members.first(where: { $0.key == "kind" })?.value) ?? "?"
        var parts: [String] = []
        if case .array(let items)? = members.first(where: { $0.key == "parts" })?.value {
            parts = items.compactMap { string($0) }.map { part in
                switch part {
                case "fixed": words("part fixe", "fixed part")
                case "variable": words("part variable", "variable part")
                case "activation": words("montant d'activation", "activation amount")
                default: part
                }
            }
        }
        var catalogue = ""
        if let name = string(members.first(where: { $0.key == "catalogue" })?.value) { catalogue = ", catalogue " + name }
        let socle = kind == "socle"
        return words("mission \(socle ? "socle" : "optionnelle") « \(label) » : \(parts.joined(separator: ", "))\(catalogue)",
                     "\(socle ? "socle" : "optional") mission “\(label)”: \(parts.joined(separator: ", "))\(catalogue)")
    }
}
