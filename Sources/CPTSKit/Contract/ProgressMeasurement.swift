/// An interim measurement of a contract year: the values of some indicators on one day, between
/// two yearly reviews.
///
/// The CPTS, the ARS and the CPAM meet every quarter (*"échangeront tous les trimestres sur
/// l'avancée des projets"*, CPAM du Morbihan press releases of 9 October 2024 and 12 May 2025)
/// with interim figures; ``ACIContract/progress`` keeps them by contract year, and
/// ``FundingEngine/followUp(for:year:asOf:)`` projects them to the year's end. A measurement names
/// only the indicators measured that day, with values of their kind (a number, or `true`/`false`
/// for an all-or-nothing action).
public struct ProgressMeasurement: Hashable, Sendable {
    /// The day of the measurement, inside its contract year.
    public let on: CalendarDate
    /// The values measured that day, by indicator id.
    public let results: [String: IndicatorResult]

    /// Creates a measurement (checked when a contract receives it).
    ///
    /// - Parameters:
    ///   - on: The day of the measurement.
    ///   - results: The values measured that day, by indicator id.
    public init(on: CalendarDate, results: [String: IndicatorResult]) {
        self.on = on
        self.results = results
    }
}
