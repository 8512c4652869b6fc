extension CalendarDate {
    /// The English names of the months, January first.
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                "November", "December"]

    /// The date as English prose writes it: `12 May 2025`.
    public var englishDescription: String {
        "\(day) \(CalendarDate.englishMonths[max(0, min(11, month - 1))]) \(year)"
    }
}
