/// The result a CPTS reported for one indicator and one contract year.
public enum IndicatorResult: Hashable, Sendable, CustomStringConvertible {
    /// Whether the action of an all-or-nothing indicator was carried out.
    case achieved(Bool)
    /// A measured rate or count, exact (`72.9`, `84`).
    case measured(Fraction)

    /// `oui`/`non` or the exact decimal value.
    public var description: String {
        switch self {
        case .achieved(let done): done ? "oui" : "non"
        case .measured(let value): value.decimalDescription
        }
    }

    /// The result as a contract file writes it: `true`, `false` or the exact decimal (`72.9`):
    /// what an error carries as its raw `value`.
    public var rawValue: String {
        switch self {
        case .achieved(let done): done ? "true" : "false"
        case .measured(let value): value.decimalDescription
        }
    }
}
