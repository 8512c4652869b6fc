/// Where one indicator stands in a contract year between two yearly reviews: its interim
/// measurements, their projection to the year's end, and what each would pay.
///
/// Amounts are the statement's own: the variable line of the indicator, evaluated on the latest
/// value and on the projected one as if they were the year's result (the same evaluator as
/// ``FundingEngine/statement(for:year:rulebook:)``, prorations included). An indicator with no
/// measurement yet has no value and no amount (``isMeasured`` is false).
public struct IndicatorFollowUp: Hashable, Sendable {
    /// One interim value of the indicator and its day.
    public struct Measurement: Hashable, Sendable {
        /// The day it was measured.
        public let on: CalendarDate
        /// The value.
        public let value: IndicatorResult

        /// Creates a dated value.
        ///
        /// - Parameters:
        ///   - on: The day.
        ///   - value: The value.
        public init(on: CalendarDate, value: IndicatorResult) {
            self.on = on
            self.value = value
        }
    }

    /// The mission the indicator belongs to.
    public let mission: MissionKind
    /// The indicator in force in the year (its payout, label and measure).
    public let indicator: Indicator
    /// Its measurements of the year up to the as-of date, in date order.
    public let measurements: [Measurement]
    /// The value projected to the year's end: a cumulative count scaled by the days elapsed
    /// (exact, never rounded), a level or an action held as last measured; `nil` without a measurement.
    public let projected: IndicatorResult?
    /// What the line pays at the latest value; `nil` without a measurement.
    public let amountAtLatest: Euros?
    /// What the line pays at the projected value; `nil` without a measurement.
    public let amountAtProjected: Euros?
    /// The most the line can pay in the year.
    public let bestCase: Euros
    /// The next improvement over the projection that pays more (a tier, the target, the action),
    /// its reach and the gap to it (``IndicatorOutlook/NextStep/distance``); `nil` at the best.
    public let nextStep: IndicatorOutlook.NextStep?

    /// The indicator's id.
    public var id: String { indicator.id }
    /// Whether the indicator has a measurement up to the as-of date.
    public var isMeasured: Bool { !measurements.isEmpty }
    /// The latest measurement up to the as-of date, if any.
    public var latest: Measurement? { measurements.last }
}
