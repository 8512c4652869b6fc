extension PopulationDataset {
    /// Computes the coverage of an area by the given CPTS.
    ///
    /// - Parameters:
    ///   - area: The area; the whole dataset by default (the Morbihan for ``morbihan``).
    ///   - communities: The CPTS, each with its communes and EPCIs.
    ///   - millesime: The census reference year.
    ///   - measure: Municipal (default) or total population.
    /// - Returns: The coverage.
    /// - Throws: ``CPTSKitError``: `invalidArgument` for a millésime, département or région the
    ///   dataset does not hold; `unknownCommune` or `unknownEPCI` for a listed code it cannot read
    ///   (see ``territory(of:millesime:)``).
    public func coverage(of area: CoverageArea = .whole, by communities: [CPTS], millesime: Int,
                         measure: PopulationMeasure = .municipal) throws(CPTSKitError) -> Coverage
    {
        try requireMillesime(millesime, path: "millesime")
        let (areaDepartments, areaName) = try departments(of: area)
        let inArea = Set(areaDepartments.map(\.code))
        var claims: [Int: [Int]] = [:]
        var parts: [Coverage.Community] = []
        var outside: Set<INSEECode> = []
        for (index, cpts) in communities.enumerated() {
            let territory = try territory(of: cpts, millesime: millesime)
            var count = 0, population = 0, elsewhere = 0
            for code in territory.communes {
                guard let position = indexes.communes[code] else { continue }
                guard inArea.contains(code.department) else {
                    elsewhere += 1
                    continue
                }
                claims[position, default: []].append(index)
                count += 1
                population += communes[position].population(millesime: millesime, measure: measure) ?? 0
            }
            outside.formUnion(territory.outside)
            parts.append(Coverage.Community(name: cpts.name, communes: count, population: population,
                                            communesOutsideArea: elsewhere, notes: territory.notes))
        }
        var tally = CoverageTally()
        var uncovered: [Coverage.CommuneFigure] = []
        var covered: [Coverage.Claim] = []
        for (position, commune) in communes.enumerated() {
            let department = commune.department
            guard inArea.contains(department), let population = commune.population(millesime: millesime, measure: measure)
            else { continue }
            let claimants = claims[position] ?? []
            tally.add(department: department, population: population, covered: !claimants.isEmpty)
            if claimants.isEmpty {
                uncovered.append(Coverage.CommuneFigure(code: commune.code, name: commune.name, department: department,
                                                        population: population))
            } else {
                covered.append(Coverage.Claim(code: commune.code, name: commune.name, department: department, population: population,
                                              claimedBy: claimants.map { communities[$0].name }))
            }
        }
        uncovered.sort { ($1.population, $0.code) < ($0.population, $1.code) }
        let departmentParts = areaDepartments.map { tally.part(code: $0.code, name: $0.name, of: [$0.code]) }
        var regionParts: [Coverage.Part] = []
        let regionCodes = Set(areaDepartments.map(\.region)).sorted()
        if regionCodes.count > 1 {
            for code in regionCodes {
                let members = areaDepartments.filter { $0.region == code }.map(\.code)
                regionParts.append(tally.part(code: code, name: region(code)?.name ?? code, of: members))
            }
        }
        return Coverage(area: area, areaName: areaName, millesime: millesime, measure: measure,
                        population: tally.population, coveredPopulation: tally.coveredPopulation,
                        communes: tally.communes, coveredCommunes: tally.coveredCommunes, communities: parts,
                        covered: covered, uncovered: uncovered, departments: departmentParts, regions: regionParts,
                        outside: outside.sorted(), attribution: attribution)
    }

    /// Computes the coverage of the whole dataset (the Morbihan for ``morbihan``).
    ///
    /// - Parameters:
    ///   - communities: The CPTS, each with its communes and EPCIs.
    ///   - millesime: The census reference year.
    ///   - measure: Municipal (default) or total population.
    /// - Returns: The coverage.
    /// - Throws: As ``coverage(of:by:millesime:measure:)``.
    public func coverage(by communities: [CPTS], millesime: Int, measure: PopulationMeasure = .municipal)
        throws(CPTSKitError) -> Coverage
    {
        try coverage(of: .whole, by: communities, millesime: millesime, measure: measure)
    }
}

/// The sums of a coverage, per département.
struct CoverageTally {
    private(set) var population = 0
    private(set) var coveredPopulation = 0
    private(set) var communes = 0
    private(set) var coveredCommunes = 0
    private var byDepartment: [String: (population: Int, covered: Int, communes: Int, coveredCommunes: Int)] = [:]

    mutating func add(department: String, population: Int, covered: Bool) {
        self.population += population
        communes += 1
        var entry = byDepartment[department] ?? (0, 0, 0, 0)
        entry.population += population
        entry.communes += 1
        if covered {
            coveredPopulation += population
            coveredCommunes += 1
            entry.covered += population
            entry.coveredCommunes += 1
        }
        byDepartment[department] = entry
    }

    func part(code: String, name: String, of departments: [String]) -> Coverage.Part {
        var population = 0, covered = 0, communes = 0, coveredCommunes = 0
        for department in departments {
            guard let entry = byDepartment[department] else { continue }
            population += entry.population
            covered += entry.covered
            communes += entry.communes
            coveredCommunes += entry.coveredCommunes
        }
        return Coverage.Part(code: code, name: name, population: population, coveredPopulation: covered, communes: communes,
                             coveredCommunes: coveredCommunes)
    }
}
