/// The legal populations of many communes, one column per millésime: the communes of a
/// compiled table, and the lookups of every dataset, read their figures here.
final class PopulationColumns: Sendable {
    /// The millésimes, in column order.
    let millesimes: [Int]
    /// PMUN of row `r` in column `c` at `r * millesimes.count + c`; -1 where the commune does not exist.
    let municipal: [Int]
    /// PTOT, laid out as ``municipal``.
    let total: [Int]

    init(millesimes: [Int], municipal: [Int], total: [Int]) {
        self.millesimes = millesimes
        self.municipal = municipal
        self.total = total
    }

    /// The column of a millésime.
    func column(of millesime: Int) -> Int? { millesimes.firstIndex(of: millesime) }

    /// One figure, or `nil` where the commune does not exist in that millésime.
    func value(row: Int, column: Int, measure: PopulationMeasure) -> Int? {
        let index = row * millesimes.count + column
        switch measure {
        case .municipal:
            guard municipal.indices.contains(index), municipal[index] >= 0 else { return nil }
            return municipal[index]
        case .total:
            guard total.indices.contains(index), total[index] >= 0 else { return nil }
            return total[index]
        }
    }

    /// A row as a list of populations.
    func populations(row: Int) -> [CommunePopulation] {
        var result: [CommunePopulation] = []
        for (column, millesime) in millesimes.enumerated() {
            guard let municipal = value(row: row, column: column, measure: .municipal),
                  let total = value(row: row, column: column, measure: .total)
            else { continue }
            result.append(CommunePopulation(millesime: millesime, municipal: municipal, total: total))
        }
        return result
    }
}
