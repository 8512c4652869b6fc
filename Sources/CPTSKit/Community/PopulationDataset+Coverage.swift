extension PopulationDataset {
    /// Computes the coverage of an area by the given CPTS.
    ///
    /// - Parameters:
    ///   - area: The area; the whole dataset by default.
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
        let column = indexes.column(of: millesime) ?? 0
        let (areaDepartments, areaName) = try departments(of: area)
        var inArea = Array(repeating: false, count: departments.count)
        for department in areaDepartments {
            if let index = indexes.departments[department.code] { inArea[index] = true }
        }
        // The first CPTS claiming each commune, and the others where there are several.
        var firstClaim = Array(repeating: -1, count: communes.count)
        var moreClaims: [Int: [Int]] = [:]
        var parts: [Coverage.Community] = []
        var outside: Set<INSEECode> = []
        for (index, cpts) in communities.enumerated() {
            let territory = try read(cpts, millesime: millesime)
            var count = 0, population = 0, elsewhere = 0
            for position in territory.positions {
                let department = indexes.departmentOf[position]
                guard department >= 0, inArea[department] else {
                    elsewhere += 1
                    continue
                }
                if firstClaim[position] < 0 {
                    firstClaim[position] = index
                } else {
                    moreClaims[position, default: []].append(index)
                }
                count += 1
                population += indexes.population(at: position, column: column, measure: measure) ?? 0
            }
            outside.formUnion(territory.outside)
            parts.append(Coverage.Community(name: cpts.name, communes: count, population: population,
                                            communesOutsideArea: elsewhere, notes: territory.notes))
        }
        var tally = CoverageTally(departments: departments.count)
        var uncovered: [Coverage.CommuneFigure] = []
        var covered: [Coverage.Claim] = []
        for position in communes.indices {
            let department = indexes.departmentOf[position]
            guard department >= 0, inArea[department],
                  let population = indexes.population(at: position, column: column, measure: measure)
            else { continue }
            let claimant = firstClaim[position]
            tally.add(department: department, population: population, covered: claimant >= 0)
            let code = departments[department].code
            if claimant < 0 {
                uncovered.append(Coverage.CommuneFigure(code: communes[position].code, name: communes[position].name,
                                                        department: code, population: population))
            } else {
                covered.append(Coverage.Claim(code: communes[position].code, name: communes[position].name, department: code,
                                              population: population,
                                              firstClaimant: communities[claimant].name,
                                              otherClaimants: (moreClaims[position] ?? []).map { communities[$0].name }))
            }
        }
        uncovered.sort { ($1.population, $0.code) < ($0.population, $1.code) }
        func index(_ code: String) -> Int { indexes.departments[code] ?? -1 }
        let departmentParts = areaDepartments.map { tally.part(code: $0.code, name: $0.name, of: [index($0.code)]) }
        var regionParts: [Coverage.Part] = []
        let regionCodes = Set(areaDepartments.map(\.region)).sorted()
        if regionCodes.count > 1 {
            for code in regionCodes {
                let members = areaDepartments.filter { $0.region == code }.map { index($0.code) }
                regionParts.append(tally.part(code: code, name: region(code)?.name ?? code, of: members))
            }
        }
        return Coverage(area: area, areaName: areaName, millesime: millesime, measure: measure,
                        population: tally.population, coveredPopulation: tally.coveredPopulation,
                        communes: tally.communes, coveredCommunes: tally.coveredCommunes, communities: parts,
                        covered: covered, uncovered: uncovered, departments: departmentParts, regions: regionParts,
                        outside: outside.sorted(), attribution: attribution)
    }

    /// Computes the coverage of the whole dataset.
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

/// The sums of a coverage, per département (by position in the dataset).
struct CoverageTally {
    private(set) var population = 0
    private(set) var coveredPopulation = 0
    private(set) var communes = 0
    private(set) var coveredCommunes = 0
    private var byDepartment: [(population: Int, covered: Int, communes: Int, coveredCommunes: Int)]

    init(departments: Int) {
        byDepartment = Array(repeating: (0, 0, 0, 0), count: departments)
    }

    mutating func add(department: Int, population: Int, covered: Bool) {
        self.population += population
        communes += 1
        byDepartment[department].population += population
        byDepartment[department].communes += 1
        if covered {
            coveredPopulation += population
            coveredCommunes += 1
            byDepartment[department].covered += population
            byDepartment[department].coveredCommunes += 1
        }
    }

    func part(code: String, name: String, of departments: [Int]) -> Coverage.Part {
        var population = 0, covered = 0, communes = 0, coveredCommunes = 0
        for department in departments where byDepartment.indices.contains(department) {
            let entry = byDepartment[department]
            population += entry.population
            covered += entry.covered
            communes += entry.communes
            coveredCommunes += entry.coveredCommunes
        }
        return Coverage.Part(code: code, name: name, population: population, coveredPopulation: covered, communes: communes,
                             coveredCommunes: coveredCommunes)
    }
}
