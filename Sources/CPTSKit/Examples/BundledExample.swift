/// The contract files shipped with CPTSKit: the two real Morbihan CPTS of `seed-cpts.md`.
///
/// Their dates, populations, communes, missions, themes and pathways are real; their budgets
/// (Ploërmel, T2, whose national amounts are unknown), indicators and results are plausible
/// stand-ins, as `Examples/README.md` says. The text is compiled in (generated from
/// `Examples/*.json`), so `cpts example` works wherever the binary is copied.
public enum BundledExample: String, Hashable, Sendable, CaseIterable {
    /// CPTS Pays de Ploërmel Cœur de Bretagne, T2, signed 9 October 2024.
    case ploermel
    /// CPTS Lorient Littoral, T3, signed 12 May 2025.
    case lorientLittoral = "lorient-littoral"

    /// The file name under `Examples/`.
    public var fileName: String {
        switch self {
        case .ploermel: "ploermel-2024.json"
        case .lorientLittoral: "lorient-littoral-2025.json"
        }
    }

    /// The `cpts-contract/1` text of the example.
    public var jsonText: String {
        switch self {
        case .ploermel: BundledExampleText.ploermel
        case .lorientLittoral: BundledExampleText.lorientLittoral
        }
    }

    /// The example decoded into a contract.
    ///
    /// - Throws: ``CPTSKitError`` — never for the shipped files, which the tests decode.
    public func contract() throws(CPTSKitError) -> ACIContract {
        try ACIContract(jsonText: jsonText)
    }
}
