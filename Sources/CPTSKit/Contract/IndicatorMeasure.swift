/// How an indicator's value grows during a contract year: what the quarterly follow-up projects.
///
/// A count that adds up over the year (patients who found a *médecin traitant*, workshops held)
/// is ``cumulative``: measured on day *D* of a year of *N* days, it is projected to the year's end
/// as `value × N ÷ D`, exactly. A rate or a state that holds (a screening rate, the SAS
/// organisation in place) is a ``level``: the latest measurement is its projection. Contract files
/// write it `"measure": "cumulative"` on an indicator; `level` is the default.
public enum IndicatorMeasure: String, Hashable, Sendable, CaseIterable, Codable {
    /// A rate or a state: the latest value holds until the year's end.
    case level
    /// A count that adds up over the year: projected in proportion to the days elapsed.
    case cumulative

    /// `niveau` / `level`, `cumul` / `cumulative`.
    ///
    /// - Parameter language: French or English.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.level, .french): "niveau"
        case (.level, .english): "level"
        case (.cumulative, .french): "cumul"
        case (.cumulative, .english): "cumulative"
        }
    }
}
