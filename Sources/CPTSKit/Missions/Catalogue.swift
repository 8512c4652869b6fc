/// A catalogue of keyed choices with French labels, plus `custom:` for local ones.
///
/// Shared by ``PreventionTheme`` and ``CarePathway``: both are chosen by key in a contract
/// (`Documentation/ContractFormat.md`), and both admit `custom:some-name` whose label is the name.
protocol KeyedChoice: Hashable, Sendable {
    /// The catalogue: key and French label of every standard choice.
    static var catalogue: [(key: String, label: String)] { get }
    /// What the catalogue lists, in an error message (`prevention theme`).
    static var noun: String { get }
    /// The French name of the kind of entry, with its article's gender: `un parcours`, `un thème`.
    static var frenchNoun: String { get }
    /// The error kind raised for an unknown key.
    static var unknownKind: CPTSKitError.Kind { get }
    /// Creates a choice from a key known to be valid.
    init(validatedKey: String, label: String)
}

extension KeyedChoice {
    /// Resolves a key against the catalogue, or a `custom:` key.
    static func resolve(_ key: String) throws(CPTSKitError) -> Self {
        if key.hasPrefix("custom:") {
            let name = String(key.dropFirst("custom:".count))
            guard !name.isEmpty else {
                throw CPTSKitError(unknownKind, path: "", message: BilingualText(fr: "un \(frenchNoun) personnalisé doit avoir un nom après 'custom:'", en: "a custom \(noun) needs a name after 'custom:'"), value: key)
            }
            return Self(validatedKey: key, label: name)
        }
        for entry in catalogue where entry.key == key {
            return Self(validatedKey: key, label: entry.label)
        }
        throw CPTSKitError(unknownKind, path: "",
                           message: BilingualText(fr: "\(frenchNoun) inconnu ; connus : \(catalogue.map(\.key).joined(separator: ", ")), ou custom:NOM", en: "unknown \(noun); known: \(catalogue.map(\.key).joined(separator: ", ")), or custom:NAME"),
                           value: key)
    }
}
