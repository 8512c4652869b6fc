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
            let heading = "\(old.title) (\(old.id)) → \(new.title) (\(new.id))\n\n"
            guard !differences.isEmpty else {
                return heading + words("Aucune différence : chaque valeur est la même.", "No difference: every value is the same.") + "\n"
            }
            var table = TextTable([(words("Clé", "Key"), .left), (words("Avant", "Before"), .right), (words("Après", "After"), .right),
                                   ("Source", .left), ("Conf.", .left)])
            for difference in differences {
                table.append([difference.key, text(difference.old, words), text(difference.new, words), difference.source.description,
                              difference.confidence.rawValue])
            }
            return heading + table.rendered() + "\n\n"
                + words("\(differences.count) valeur(s) différente(s). « inconnu » : valeur non trouvée (null) ; « absent » : le recueil n'a pas ce chiffre.",
                        "\(differences.count) value(s) differ. “unknown”: value not found (null); “absent”: the rulebook lacks this figure.") + "\n"
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
        case let other?: other.serialized(pretty: false)
        }
    }
}
