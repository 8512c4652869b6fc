/// The compact text of a territory table compiled into a product, decoded once on first use.
///
/// Large tables compile fast as one string literal and slowly as array literals, so the
/// generated sources (`MorbihanData`, `FranceData`) hold lines of `|`-separated fields:
///
/// - communes: `code|name|epci|parent|m1|m2|…`, `epci` an index into the EPCI lines, each `m` a
///   millésime's `pmun+pcap` or empty where the commune does not exist in that millésime;
/// - EPCIs: `siren|nature|name`; départements: `code|region|name`; régions: `code|name`;
/// - movements: `date|kind|before|before name|after|after name`.
///
/// The tests render the same text from the INSEE and DGCL files and compare it byte for byte,
/// and check every total, so a line that does not parse cannot go unnoticed there; here it is
/// skipped rather than trapping.
package enum TerritoryTable {
    /// The text of each part of a table.
    package struct Parts: Sendable {
        let communes: StaticString
        let epcis: StaticString
        let departments: StaticString
        let regions: StaticString
        let movements: StaticString

        /// Gathers the parts of a generated table.
        package init(communes: StaticString, epcis: StaticString, departments: StaticString, regions: StaticString,
                     movements: StaticString)
        {
            self.communes = communes
            self.epcis = epcis
            self.departments = departments
            self.regions = regions
            self.movements = movements
        }
    }

    /// The `|`-separated fields of one line, as ranges of the table's bytes.
    typealias Fields = [Slice<UnsafeBufferPointer<UInt8>>]

    /// Reads a part line by line, without copying it: a compiled string literal lives as long as
    /// the program.
    struct LineReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ part: StaticString) {
            bytes = part.hasPointerRepresentation
                ? UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount) : UnsafeBufferPointer(start: nil, count: 0)
        }

        /// The fields of the next non-empty line, or `false` at the end.
        mutating func next(_ fields: inout Fields) -> Bool {
            fields.removeAll(keepingCapacity: true)
            while position < bytes.count {
                var start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
                    if bytes[position] == UInt8(ascii: "|") {
                        fields.append(bytes[start..<position])
                        start = position + 1
                    }
                    position += 1
                }
                fields.append(bytes[start..<position])
                position += 1
                if fields.count > 1 || fields.first?.isEmpty == false { return true }
                fields.removeAll(keepingCapacity: true)
            }
            return false
        }
    }

    /// Decodes a table into a dataset, its lookups built in the same pass.
    ///
    /// The generator writes every part in order (communes by code, départements and régions by
    /// code, movements by date then codes), which the tests check.
    package static func dataset(name: String, millesimes: [Int], attribution: String, parts: Parts) -> PopulationDataset {
        var fields: Fields = []
        fields.reserveCapacity(12)
        var epcis: [EPCI] = []
        var reader = LineReader(parts.epcis)
        while reader.next(&fields) {
            if fields.count == 3 { epcis.append(EPCI(siren: text(fields[0]), name: text(fields[2]))) }
        }
        var regions: [Region] = []
        reader = LineReader(parts.regions)
        while reader.next(&fields) {
            if fields.count == 2 { regions.append(Region(code: text(fields[0]), name: text(fields[1]))) }
        }
        var departments: [Department] = []
        reader = LineReader(parts.departments)
        while reader.next(&fields) {
            if fields.count == 3 { departments.append(Department(code: text(fields[0]), name: text(fields[2]), region: text(fields[1]))) }
        }
        var movements: [CommuneMovement] = []
        reader = LineReader(parts.movements)
        while reader.next(&fields) {
            guard fields.count == 6, let date = try? CalendarDate(parsing: text(fields[0])), let kind = integer(fields[1]),
                  let before = INSEECode(bytes: fields[2]), let after = INSEECode(bytes: fields[4])
            else { continue }
            movements.append(CommuneMovement(date: date, kind: kind, before: before, beforeName: text(fields[3]), after: after,
                                             afterName: text(fields[5])))
        }
        // The communes: their columns in one pass, then one row each, read when asked.
        reader = LineReader(parts.communes)
        let capacity = reader.bytes.count / 40
        var keys: [Int32] = []
        var nameStarts: [Int32] = []
        var nameLengths: [Int16] = []
        var slots: [Int16] = []
        var parents: [Int32] = []
        var municipal: [Int] = []
        var total: [Int] = []
        keys.reserveCapacity(capacity)
        nameStarts.reserveCapacity(capacity)
        nameLengths.reserveCapacity(capacity)
        slots.reserveCapacity(capacity)
        parents.reserveCapacity(capacity)
        municipal.reserveCapacity(capacity * millesimes.count)
        total.reserveCapacity(capacity * millesimes.count)
        var builder = PopulationDatasetIndexes.Builder(millesimes: millesimes, departments: departments, capacity: capacity)
        builder.declare(epcis: epcis)
        while reader.next(&fields) {
            guard fields.count == 4 + millesimes.count, let key = INSEECode.key(of: fields[0]), fields[1].count <= Int16.max
            else { continue }
            for offset in millesimes.indices {
                let figure = fields[4 + offset]
                if let plus = figure.firstIndex(of: UInt8(ascii: "+")), let people = integer(figure[figure.startIndex..<plus]),
                   let apart = integer(figure[(plus + 1)...])
                {
                    municipal.append(people)
                    total.append(people + apart)
                } else {
                    municipal.append(-1)
                    total.append(-1)
                }
            }
            let slot = integer(fields[2]).flatMap { epcis.indices.contains($0) ? $0 : nil }
            let parent = fields[3].isEmpty ? nil : INSEECode.key(of: fields[3])
            keys.append(Int32(key))
            nameStarts.append(Int32(fields[1].startIndex))
            nameLengths.append(Int16(fields[1].count))
            slots.append(Int16(slot ?? -1))
            parents.append(Int32(parent ?? -1))
            builder.add(key: key, parentKey: parent, epciSlot: slot)
        }
        let columns = PopulationColumns(millesimes: millesimes, municipal: municipal, total: total)
        let table = CompiledCommunes(text: reader.bytes, keys: keys, nameStarts: nameStarts, nameLengths: nameLengths,
                                     epciSlots: slots, parentKeys: parents, epcis: epcis, columns: columns)
        let communes = keys.indices.map { Commune(table: table, row: $0) }
        return PopulationDataset(name: name, millesimes: millesimes, communes: communes, departments: departments,
                                 regions: regions, movements: movements, attribution: attribution,
                                 indexes: builder.finish(movements: movements, columns: columns))
    }

    private static func text<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var value = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let digit = Int(bytes.base[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return value
    }
}
