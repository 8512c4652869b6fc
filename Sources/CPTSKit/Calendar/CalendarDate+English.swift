extension CalendarDate {
    /// The English names of the months, January first.
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                "November", "December"]

    /// The date as English prose writes it: `12 May 2025`.
    public var englishDescription: String {
        "\(day) \(CalendarDate.englishMonths[max(0, min(11, month - 1))]) \(year)"
    }
}

extension CalendarDate {
    /// The date as a reader of the language writes it: `12/05/2025` / `12 May 2025`
    /// (``description`` is ISO 8601, `2025-05-12`, for programs and logs).
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        language == .french ? frenchDescription : englishDescription
    }
}
