import CPTSKit

extension RulebookRenderer {
    /// `cpts rules diff A B`: the figures whose value differs, with the new value's source.
    ///
    /// - Parameters:
    ///   - differences: `Rulebook.differences(to:)` of `old` to `new`.
    ///   - old: The first rulebook.
    ///   - new: The second rulebook.
    ///   - format: Table, JSON or CSV.
    /// - Returns: The text, ending with a newline.
    public static func render(_ differences: [RulebookDifference], from old: Rulebook, to new: Rulebook, format: OutputFormat) -> String {
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
            guard !differences.isEmpty else { return heading + "Aucune différence : chaque valeur est la même.\n" }
            var table = TextTable([("Clé", .left), ("Avant", .right), ("Après", .right), ("Source", .left), ("Conf.", .left)])
            for difference in differences {
                table.append([difference.key, text(difference.old), text(difference.new), difference.source.description,
                              difference.confidence.rawValue])
            }
            return heading + table.rendered() + "\n\n\(differences.count) valeur(s) différente(s). "
                + "« inconnu » : valeur non trouvée (null) ; « absent » : le recueil n'a pas ce chiffre.\n"
        }
    }

    /// A value as a file writes it: text unquoted, `inconnu` for null, `absent` when the rulebook lacks it.
    static func text(_ value: JSONValue?) -> String {
        switch value {
        case nil: "absent"
        case .null?: "inconnu"
        case .string(let text)?: text
        case .number(let literal)?: literal
        case .bool(let flag)?: flag ? "true" : "false"
        case let other?: other.serialized(pretty: false)
        }
    }
}
