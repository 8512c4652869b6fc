/// The lookups of a ``PopulationDataset``, built once with it.
struct PopulationDatasetIndexes: Hashable, Sendable {
    /// Commune position by code.
    let communes: [INSEECode: Int]
    /// Département position by code.
    let departments: [String: Int]
    /// Member commune positions by EPCI SIREN.
    let epciMembers: [String: [Int]]
    /// Arrondissement positions by the code of Paris, Lyon or Marseille.
    let arrondissements: [INSEECode: [Int]]
    /// Movement positions by the code before the change.
    let movementsFrom: [INSEECode: [Int]]
    /// Movement positions by the code after the change.
    let movementsTo: [INSEECode: [Int]]

    init(communes list: [Commune], departments: [Department], movements: [CommuneMovement]) {
        var communes: [INSEECode: Int] = [:]
        communes.reserveCapacity(list.count)
        var epciMembers: [String: [Int]] = [:]
        var arrondissements: [INSEECode: [Int]] = [:]
        for (position, commune) in list.enumerated() {
            communes[commune.code] = position
            if let epci = commune.epci { epciMembers[epci.siren, default: []].append(position) }
            if let parent = commune.parent { arrondissements[parent, default: []].append(position) }
        }
        var departmentIndex: [String: Int] = [:]
        for (position, department) in departments.enumerated() { departmentIndex[department.code] = position }
        var from: [INSEECode: [Int]] = [:]
        var to: [INSEECode: [Int]] = [:]
        for (position, movement) in movements.enumerated() {
            from[movement.before, default: []].append(position)
            to[movement.after, default: []].append(position)
        }
        self.communes = communes
        self.departments = departmentIndex
        self.epciMembers = epciMembers
        self.arrondissements = arrondissements
        movementsFrom = from
        movementsTo = to
    }
}
