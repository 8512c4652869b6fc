/// The communes of a compiled table, column by column: each ``Commune`` of the table is a row,
/// its name read from the table's text when asked.
///
/// `@unchecked Sendable`: the only non-`Sendable` member is the view of the table's text, a
/// string literal compiled into the program — immutable, and alive as long as the program.
final class CompiledCommunes: @unchecked Sendable {
    /// The text the names are read from.
    let text: UnsafeBufferPointer<UInt8>
    /// Per row: the code's key (see `INSEECode.key`).
    let keys: [Int32]
    /// Per row: where the name starts in ``text``, and its length.
    let nameStarts: [Int32]
    let nameLengths: [Int16]
    /// Per row: the EPCI's position in ``epcis``, -1 for none.
    let epciSlots: [Int16]
    /// Per row: the key of the commune of a municipal arrondissement, -1 for none.
    let parentKeys: [Int32]
    /// The EPCIs.
    let epcis: [EPCI]
    /// The populations.
    let columns: PopulationColumns

    init(text: UnsafeBufferPointer<UInt8>, keys: [Int32], nameStarts: [Int32], nameLengths: [Int16], epciSlots: [Int16],
         parentKeys: [Int32], epcis: [EPCI], columns: PopulationColumns)
    {
        self.text = text
        self.keys = keys
        self.nameStarts = nameStarts
        self.nameLengths = nameLengths
        self.epciSlots = epciSlots
        self.parentKeys = parentKeys
        self.epcis = epcis
        self.columns = columns
    }

    func code(row: Int) -> INSEECode { INSEECode(key: Int(keys[row])) }

    func name(row: Int) -> String {
        let start = Int(nameStarts[row])
        let end = min(start + Int(nameLengths[row]), text.count)
        return String(decoding: text[min(start, end)..<end], as: UTF8.self)
    }

    func epci(row: Int) -> EPCI? {
        let slot = Int(epciSlots[row])
        return epcis.indices.contains(slot) ? epcis[slot] : nil
    }

    func parent(row: Int) -> INSEECode? {
        parentKeys[row] < 0 ? nil : INSEECode(key: Int(parentKeys[row]))
    }
}
