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

    /// Decodes a table into a dataset.
    package static func dataset(name: String, millesimes: [Int], attribution: String, parts: Parts) -> PopulationDataset {
        let epcis = lines(parts.epcis).compactMap { fields -> EPCI? in
            fields.count == 3 ? EPCI(siren: text(fields[0]), name: text(fields[2])) : nil
        }
        let regions = lines(parts.regions).compactMap { fields -> Region? in
            fields.count == 2 ? Region(code: text(fields[0]), name: text(fields[1])) : nil
        }
        let departments = lines(parts.departments).compactMap { fields -> Department? in
            fields.count == 3 ? Department(code: text(fields[0]), name: text(fields[2]), region: text(fields[1])) : nil
        }
        let movements = lines(parts.movements).compactMap { fields -> CommuneMovement? in
            guard fields.count == 6, let date = try? CalendarDate(parsing: text(fields[0])), let kind = integer(fields[1]),
                  let before = try? INSEECode(text(fields[2])), let after = try? INSEECode(text(fields[4]))
            else { return nil }
            return CommuneMovement(date: date, kind: kind, before: before, beforeName: text(fields[3]), after: after,
                                   afterName: text(fields[5]))
        }
        var communes: [Commune] = []
        parts.communes.withUTF8Buffer { buffer in
            communes.reserveCapacity(buffer.count / 48)
            forEachLine(buffer) { fields in
                guard fields.count == 4 + millesimes.count, let code = try? INSEECode(text(fields[0])) else { return }
                var populations: [CommunePopulation] = []
                populations.reserveCapacity(millesimes.count)
                for (offset, millesime) in millesimes.enumerated() {
                    let figure = fields[4 + offset]
                    guard let plus = figure.firstIndex(of: UInt8(ascii: "+")),
                          let municipal = integer(figure[figure.startIndex..<plus]),
                          let apart = integer(figure[(plus + 1)...])
                    else { continue }
                    populations.append(CommunePopulation(millesime: millesime, municipal: municipal, total: municipal + apart))
                }
                let epci = integer(fields[2]).flatMap { epcis.indices.contains($0) ? epcis[$0] : nil }
                let parent = fields[3].isEmpty ? nil : try? INSEECode(text(fields[3]))
                communes.append(Commune(code: code, name: text(fields[1]), epci: epci, populations: populations, parent: parent))
            }
        }
        return PopulationDataset(name: name, millesimes: millesimes, communes: communes, departments: departments,
                                 regions: regions, movements: movements, attribution: attribution)
    }

    /// The fields of every line of a short part, as arrays of bytes.
    private static func lines(_ part: StaticString) -> [[ArraySlice<UInt8>]] {
        var result: [[ArraySlice<UInt8>]] = []
        part.withUTF8Buffer { buffer in forEachLine(buffer) { fields in result.append(fields.map { ArraySlice($0) }) } }
        return result
    }

    /// Calls `body` with the `|`-separated fields of each non-empty line.
    private static func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>, _ body: ([Slice<UnsafeBufferPointer<UInt8>>]) -> Void) {
        var fields: [Slice<UnsafeBufferPointer<UInt8>>] = []
        fields.reserveCapacity(12)
        var fieldStart = buffer.startIndex
        var position = buffer.startIndex
        while position <= buffer.endIndex {
            let byte = position < buffer.endIndex ? buffer[position] : UInt8(ascii: "\n")
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\n") {
                fields.append(buffer[fieldStart..<position])
                fieldStart = position + 1
                if byte == UInt8(ascii: "\n") {
                    if fields.count > 1 || fields.first?.isEmpty == false { body(fields) }
                    fields.removeAll(keepingCapacity: true)
                }
            }
            position += 1
        }
    }

    private static func text<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func integer<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var value = 0
        for byte in bytes {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
