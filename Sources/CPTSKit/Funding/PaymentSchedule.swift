/// The payment calendar of a contract: when each euro of its statements is paid.
///
/// ACI 2019 art. 9.1 and the Senate report of 2025:
///
/// ```
/// line                          when                               how
/// fonctionnement, year 1,       signature                          in full
///   before the first mission
/// fonctionnement, from the      start of year (or first mission)   75 % advance
///   first mission on            next anniversary                   balance
/// start-up supplement           signature                          in full
/// fixed part, first year        mission start                      75 % of the prorated part
///                               next anniversary                   balance
/// fixed part, later years       start of the year (anniversary)    75 % advance
///                               next anniversary                   balance
/// variable part, activation     anniversary closing the year       in full (pending if not assessed)
/// ```
///
/// Splits use the largest-remainder allocation, so Σ payments = Σ lines to the cent.
public struct PaymentSchedule: Hashable, Sendable {
    /// The CPTS's name.
    public let cpts: String
    /// The payments in date order.
    public let payments: [Payment]
    /// Σ of the payments: equal to the funding's total.
    public let total: Euros
    /// Σ of the pending best cases: total + pending = the funding's maximum total.
    public let pendingTotal: Euros
    /// The day the calendar is read on, when it is: a payment dated on or before it has fallen
    /// due, a later one is upcoming (``FundingEngine/fundingAndSchedule(for:rulebook:asOf:)`` sets it).
    public private(set) var asOf: CalendarDate? = nil

    /// The same calendar read on another day (`nil`: on none).
    ///
    /// - Parameter date: The day.
    public func reading(asOf date: CalendarDate?) -> PaymentSchedule {
        var copy = self
        copy.asOf = date
        return copy
    }

    /// Whether a payment has fallen due on the day the calendar is read (on or before it);
    /// `nil` when it is read on no day.
    ///
    /// - Parameter payment: A payment of the calendar.
    public func isDue(_ payment: Payment) -> Bool? { asOf.map { payment.dueOn <= $0 } }

    /// What has fallen due by ``asOf`` (its assessed part; pending balances are in
    /// ``pendingTotal``); `nil` when the calendar is read on no day.
    public var dueTotal: Euros? {
        guard let asOf else { return nil }
        // Cannot overflow: a part of ``total``, whose sum was checked.
        return Euros(cents: payments.reduce(0) { $1.dueOn <= asOf ? $0 &+ $1.amount.cents : $0 })
    }

    /// What is still to come after ``asOf``: ``total`` minus ``dueTotal``; `nil` when read on no day.
    public var upcomingTotal: Euros? { dueTotal.map { Euros(cents: total.cents &- $0.cents) } }
}
