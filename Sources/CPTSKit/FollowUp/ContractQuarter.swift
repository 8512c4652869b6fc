/// A quarter of a contract year: Q1 is the first three months after the anniversary.
///
/// Quarters follow the contract, not the civil year: a contract signed on 12 May has its Q1 from
/// 12 May to 11 August. Each quarter starts three months after the one before it, counted from
/// the signature like the anniversaries (``CalendarDate/adding(months:)``: a day missing in the
/// target month falls on its last day); Q4 ends on the year's last day.
public struct ContractQuarter: Hashable, Sendable {
    /// 1…4.
    public let number: Int
    /// Its first day.
    public let start: CalendarDate
    /// Its last day: the day of the quarterly meeting in the follow-up (a convention: no text
    /// fixes the date of the CPTS, ARS and CPAM quarterly exchanges).
    public let lastDay: CalendarDate

    /// Creates a quarter.
    ///
    /// - Parameters:
    ///   - number: 1…4.
    ///   - start: Its first day.
    ///   - lastDay: Its last day.
    public init(number: Int, start: CalendarDate, lastDay: CalendarDate) {
        self.number = number
        self.start = start
        self.lastDay = lastDay
    }

    /// Whether a day falls within the quarter.
    ///
    /// - Parameter date: The day.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= lastDay }
}

extension ContractYear {
    /// The year's four quarters.
    ///
    /// - Parameter signedOn: The contract's signature, from which quarters are counted as the
    ///   anniversaries are.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` only beyond year 9999.
    public func quarters(signedOn: CalendarDate) throws(CPTSKitError) -> [ContractQuarter] {
        var starts: [CalendarDate] = []
        for quarter in 0..<4 { starts.append(try signedOn.adding(months: 12 * (number - 1) + 3 * quarter)) }
        starts.append(end)
        var quarters: [ContractQuarter] = []
        for index in 0..<4 {
            quarters.append(ContractQuarter(number: index + 1, start: starts[index], lastDay: try starts[index + 1].adding(days: -1)))
        }
        return quarters
    }
}
