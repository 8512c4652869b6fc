// The checks of a contract's interim measurements (`progress` in a contract file): the same
// checks as `results`, plus dates inside the year and in order.

extension ACIContract {
    /// The last day on which a measurement of a year can be dated: the eve of its next
    /// anniversary, or of the termination when the contract ends during the year.
    ///
    /// - Parameter year: The contract year.
    func lastMeasurableDay(of year: ContractYear) -> CalendarDate {
        let end = terminatedOn.map { min($0, year.end) } ?? year.end
        return (try? end.adding(days: -1)) ?? end
    }

    /// Checks every measurement; the first fault throws with its path (`progress.2[1].on`).
    func checkProgress() throws(CPTSKitError) {
        for (year, measurements) in progress.sorted(by: { $0.key < $1.key }) {
            guard (1...ACIContract.yearCount).contains(year) else {
                throw CPTSKitError(.yearOutOfContract, path: "progress.\(year)",
                                   message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(ACIContract.yearCount)", en: "contract years are numbered 1 to \(ACIContract.yearCount)"), value: "\(year)")
            }
            let contractYear = years[year - 1]
            if let terminatedOn, contractYear.start >= terminatedOn {
                throw CPTSKitError(.afterTermination, path: "progress.\(year)",
                                   message: BilingualText(fr: "l'année \(year) commence après la fin du contrat (\(terminatedOn))", en: "year \(year) starts after the contract ended (\(terminatedOn))"), value: "\(year)")
            }
            let lastDay = lastMeasurableDay(of: contractYear)
            var previous: CalendarDate? = nil
            for (index, measurement) in measurements.enumerated() {
                let path = "progress.\(year)[\(index)]"
                guard contractYear.start <= measurement.on, measurement.on <= lastDay else {
                    throw CPTSKitError(.dateOutOfContract, path: "\(path).on",
                                       message: BilingualText(fr: "une mesure de l'année \(year) est datée du \(contractYear.start.frenchDescription) au \(lastDay.frenchDescription)",
                                                              en: "a measurement of year \(year) is dated from \(contractYear.start) to \(lastDay)"),
                                       value: measurement.on.description)
                }
                if let previous, measurement.on <= previous {
                    throw CPTSKitError(.measurementOutOfOrder, path: "\(path).on",
                                       message: BilingualText(fr: "les mesures sont dans l'ordre des dates : celle-ci n'est pas après progress.\(year)[\(index - 1)] (\(previous.frenchDescription))",
                                                              en: "measurements are in date order: this one is not after progress.\(year)[\(index - 1)] (\(previous))"),
                                       value: measurement.on.description)
                }
                previous = measurement.on
                for (id, result) in measurement.results.sorted(by: { $0.key < $1.key }) {
                    try checkResult(result, of: id, year: year, path: "\(path).results.\(id)")
                }
            }
        }
    }
}
