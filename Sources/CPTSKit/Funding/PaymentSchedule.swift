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
}
