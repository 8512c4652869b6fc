/// The lookups of a ``PopulationDataset``, built once with it and shared by its copies (a
/// class, so that reading a territory does not copy a dozen tables per code).
final class PopulationDatasetIndexes: Sendable {
    /// Commune position by code key (see `INSEECode.key`), -1 where there is none.
    private let positions: [Int32]
    /// The day number of the latest commune change leading to the code (by key), 0 for none:
    /// a code changed into after a millésime's geography may have taken others in since.
    private let changedInto: [Int32]
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
    /// The populations, one row per commune position.
    let columns: PopulationColumns
    /// The position of each commune's département in the dataset's départements; -1 if not held.
    let departmentOf: [Int]

    init(positions: [Int32], changedInto: [Int32], departments: [String: Int], epciMembers: [String: [Int]],
         arrondissements: [INSEECode: [Int]], movementsFrom: [INSEECode: [Int]], movementsTo: [INSEECode: [Int]],
         columns: PopulationColumns, departmentOf: [Int])
    {
        self.positions = positions
        self.changedInto = changedInto
        self.departments = departments
        self.epciMembers = epciMembers
        self.arrondissements = arrondissements
        self.movementsFrom = movementsFrom
        self.movementsTo = movementsTo
        self.columns = columns
        self.departmentOf = departmentOf
    }

    /// Gathers the lookups commune by commune, in position order.
    struct Builder {
        let millesimes: [Int]
        let departmentIndex: [String: Int]
        var positions = Array(repeating: Int32(-1), count: INSEECode.keyCount)
        var municipal: [Int] = []
        var total: [Int] = []
        var departmentOf: [Int] = []
        var members: [[Int]] = []
        var sirens: [String] = []
        var slots: [String: Int] = [:]
        var arrondissements: [INSEECode: [Int]] = [:]
        private var lastDepartment = (key: -1, index: -1)
        private var lastSlot = (siren: "", slot: -1)

        init(millesimes: [Int], departments: [Department], capacity: Int) {
            self.millesimes = millesimes
            var index: [String: Int] = [:]
            for (position, department) in departments.enumerated() { index[department.code] = position }
            departmentIndex = index
            municipal.reserveCapacity(capacity * millesimes.count)
            total.reserveCapacity(capacity * millesimes.count)
            departmentOf.reserveCapacity(capacity)
        }

        /// Declares the EPCIs by slot, when the caller numbers them (a generated table).
        mutating func declare(epcis: [EPCI]) {
            sirens = epcis.map(\.siren)
            members = Array(repeating: [], count: epcis.count)
        }

        /// Adds a commune built in code at the next position.
        mutating func add(_ commune: Commune) {
            for millesime in millesimes {
                var found = (municipal: -1, total: -1)
                for entry in commune.populations where entry.millesime == millesime { found = (entry.municipal, entry.total) }
                municipal.append(found.municipal)
                total.append(found.total)
            }
            add(key: commune.code.key, parentKey: commune.parent?.key, epciSlot: slot(of: commune.epci))
        }

        /// Adds the commune of a key at the next position (its figures are in the columns).
        mutating func add(key: Int, parentKey: Int?, epciSlot: Int?) {
            let position = departmentOf.count
            positions[key] = Int32(position)
            let department = INSEECode.departmentKey(ofKey: key)
            if department != lastDepartment.key {
                lastDepartment = (department, departmentIndex[INSEECode.department(ofKey: key)] ?? -1)
            }
            departmentOf.append(lastDepartment.index)
            if let parentKey { arrondissements[INSEECode(key: parentKey), default: []].append(position) }
            if let slot = epciSlot, members.indices.contains(slot) { members[slot].append(position) }
        }

        private mutating func slot(of epci: EPCI?) -> Int? {
            guard let siren = epci?.siren else { return nil }
            if siren == lastSlot.siren { return lastSlot.slot }
            let slot = slots[siren] ?? sirens.count
            if slot == sirens.count {
                slots[siren] = slot
                sirens.append(siren)
                members.append([])
            }
            lastSlot = (siren, slot)
            return slot
        }

        /// The lookups; `columns` are the figures when the communes came by key.
        func finish(movements: [CommuneMovement], columns given: PopulationColumns? = nil) -> PopulationDatasetIndexes {
            var epciMembers: [String: [Int]] = [:]
            for (slot, siren) in sirens.enumerated() where !members[slot].isEmpty { epciMembers[siren, default: []] += members[slot] }
            var from: [INSEECode: [Int]] = [:]
            var to: [INSEECode: [Int]] = [:]
            var changedInto = Array(repeating: Int32(0), count: INSEECode.keyCount)
            for (position, movement) in movements.enumerated() {
                from[movement.before, default: []].append(position)
                to[movement.after, default: []].append(position)
                changedInto[movement.after.key] = max(changedInto[movement.after.key], Int32(clamping: movement.date.dayNumber))
            }
            return PopulationDatasetIndexes(
                positions: positions, changedInto: changedInto, departments: departmentIndex, epciMembers: epciMembers,
                arrondissements: arrondissements, movementsFrom: from, movementsTo: to,
                columns: given ?? PopulationColumns(millesimes: millesimes, municipal: municipal, total: total),
                departmentOf: departmentOf)
        }
    }

    /// The position of the commune with this code.
    func position(of code: INSEECode) -> Int? {
        let position = positions[code.key]
        return position < 0 ? nil : Int(position)
    }

    /// Whether a commune change after the given day leads to this code.
    func isChangedInto(_ code: INSEECode, after day: Int) -> Bool { Int(changedInto[code.key]) > day }

    /// Whether the commune at `position` exists in a millésime column.
    func exists(_ position: Int, column: Int) -> Bool { columns.value(row: position, column: column, measure: .municipal) != nil }

    /// The column of a millésime.
    func column(of millesime: Int) -> Int? { columns.column(of: millesime) }

    /// The population of the commune at `position` in a millésime column, or `nil` where it does
    /// not exist.
    func population(at position: Int, column: Int, measure: PopulationMeasure) -> Int? {
        columns.value(row: position, column: column, measure: measure)
    }
}
