extension CalendarDate {
    /// The number of days since 1970-01-01 (negative before it).
    ///
    /// Differences of day numbers count days exactly across leap years: the proration of
    /// ACI 2019 art. 9.1 is a quotient of two such differences.
    public var dayNumber: Int {
        // Days from civil (proleptic Gregorian), after H. Hinnant's public-domain algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Creates the date of a day number (days since 1970-01-01).
    ///
    /// - Parameter dayNumber: The day number.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` outside years 1…9999.
    public init(dayNumber: Int) throws(CPTSKitError) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        try self.init(year: year, month: month, day: day)
    }

    /// The date `days` days later (earlier when negative).
    ///
    /// - Parameter days: The number of days to add.
    /// - Returns: The shifted date.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` outside years 1…9999.
    public func adding(days: Int) throws(CPTSKitError) -> CalendarDate {
        try CalendarDate(dayNumber: dayNumber + days)
    }

    /// The date `months` months later, clamped to the last day of a shorter month.
    ///
    /// This one rule gives both the mission deadlines (`signature + 6 months`) and the contract
    /// anniversaries (`+ 12 n months`). A contract signed on 29 February has its anniversary on
    /// 28 February in common years and 29 February in leap years (an inferred default, stated):
    ///
    /// ```
    /// 2024-02-29 + 12 months = 2025-02-28
    /// 2024-02-29 + 48 months = 2028-02-29
    /// 2024-08-31 +  6 months = 2025-02-28
    /// ```
    ///
    /// - Parameter months: The number of months to add, zero or more.
    /// - Returns: The shifted date.
    /// - Throws: ``CPTSKitError/Kind/invalidDate`` past year 9999.
    public func adding(months: Int) throws(CPTSKitError) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        guard (1...9999).contains(newYear) else {
            throw CPTSKitError(.invalidDate, path: "", message: BilingualText(fr: "date hors limites", en: "date out of range"), value: "\(self) + \(months) months")
        }
        let newDay = min(day, CalendarDate.daysInMonth(newMonth, of: newYear))
        return CalendarDate(unchecked: newYear, newMonth, newDay)
    }

    /// The number of days from this date to `other` (positive when `other` is later).
    ///
    /// - Parameter other: The later date.
    /// - Returns: `other.dayNumber - dayNumber`.
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// The 30E/360 day count from this date to `other`: every month counts 30 days.
    ///
    /// The alternative proration basis ("months", not found in the sources, a parameter): 31st days count as
    /// the 30th, so a whole year always counts 360 days except around a 29 February anniversary.
    ///
    /// - Parameter other: The later date.
    /// - Returns: `360 Δyears + 30 Δmonths + Δdays` with days capped at 30.
    public func days360(until other: CalendarDate) -> Int {
        let d1 = min(day, 30), d2 = min(other.day, 30)
        return 360 * (other.year - year) + 30 * (other.month - month) + (d2 - d1)
    }
}
