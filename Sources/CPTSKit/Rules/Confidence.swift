/// How firmly a rulebook figure is established (the marks of `Documentation/Rules.md`).
public enum Confidence: String, Hashable, Sendable, CaseIterable, Codable {
    /// **L** — the legal text (the arrêté in the JO, or a faithful reproduction).
    case legal = "L"
    /// **S** — a secondary source: Senate report, ARS/CPAM portal, professional press.
    case secondary = "S"
    /// **C** — read in real CPTS contract annexes.
    case contract = "C"
    /// **I** — inferred; shipped only as a documented, overridable default.
    case inferred = "I"
    /// **—** — not found: the figure is unknown and must come from the contract.
    case notFound = "—"
    /// A figure of the contract itself (a budget, an indicator's amount): the parties' own
    /// figure, as firm as their signed contract — not a mark of the built-in rulebooks, and
    /// never written in a rulebook file.
    case ownContract = "contract"

    /// The French description of the mark.
    public var label: String {
        switch self {
        case .legal: "texte légal"
        case .secondary: "source secondaire"
        case .contract: "contrats réels"
        case .inferred: "déduit (valeur par défaut)"
        case .notFound: "inconnu"
        case .ownContract: "chiffre de ce contrat"
        }
    }

    /// The description of the mark in a language.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (_, .french): label
        case (.legal, .english): "legal text"
        case (.secondary, .english): "secondary source"
        case (.contract, .english): "real contracts"
        case (.inferred, .english): "inferred (default value)"
        case (.notFound, .english): "unknown"
        case (.ownContract, .english): "figure of this contract"
        }
    }
}
