import CPTSKit

/// The contract files shipped with CPTSKit: three CPTS of the Morbihan.
///
/// Ploërmel and Lorient Littoral: their signature dates, declared populations, missions,
/// themes and pathways are real (press releases of the CPAM du Morbihan), as are Lorient
/// Littoral's communes; Ploërmel's file lists no commune (its exact perimeter is not public).
/// Their mission start dates, budgets, indicators and results are plausible stand-ins. Rade à
/// Ria: its name, communes and population are real; its 2021 signature, budgets, indicators,
/// results and amendments are invented to show a contract living through avenant 2.
/// `Examples/README.md` says which fact is which. The text is compiled in (generated from
/// `Examples/*.json`), so `cpts example` works wherever the binary is copied.
public enum BundledExample: String, Hashable, Sendable, CaseIterable {
    /// CPTS Pays de Ploërmel Cœur de Bretagne, T2, signed 9 October 2024.
    case ploermel
    /// CPTS Lorient Littoral, T3, signed 12 May 2025.
    case lorientLittoral = "lorient-littoral"
    /// CPTS Rade à Ria, T1, a contract dated 15 September 2021 (invented) that lives through
    /// avenant 2, with a budget and an indicators amendment.
    case radeARia = "rade-a-ria"

    /// The file name under `Examples/`.
    public var fileName: String {
        switch self {
        case .ploermel: "ploermel-2024.json"
        case .lorientLittoral: "lorient-littoral-2025.json"
        case .radeARia: "rade-a-ria-2021.json"
        }
    }

    /// The `cpts-contract/1` text of the example.
    public var jsonText: String {
        switch self {
        case .ploermel: BundledExampleText.ploermel
        case .lorientLittoral: BundledExampleText.lorientLittoral
        case .radeARia: BundledExampleText.radeARia
        }
    }

    /// The example decoded into a contract.
    ///
    /// - Throws: `CPTSKitError` — never for the shipped files, which the tests decode.
    public func contract() throws(CPTSKitError) -> ACIContract {
        try ACIContract(jsonText: jsonText)
    }
}
