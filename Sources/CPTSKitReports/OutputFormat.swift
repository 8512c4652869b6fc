import CPTSKit

/// The renderings `cpts` offers where it prints results.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// A French table for people: `17 500,00 €`, French labels, totals.
    case table
    /// The JSON shapes of `Documentation/ContractFormat.md`, for programs.
    case json
    /// Comma-separated values, one row per line or payment, amounts in cents and euros.
    case csv
}
