// A CPTS describes itself in one short English line, as results do.

extension CPTS: CustomStringConvertible {
    /// `CPTS Lorient Littoral (110,110 inhabitants, 12 communes)`.
    public var description: String {
        var parts = [Population.description(count: population)]
        if !communes.isEmpty { parts.append("\(communes.count) commune\(communes.count == 1 ? "" : "s")") }
        if !epcis.isEmpty { parts.append("\(epcis.count) EPCI") }
        if communes.isEmpty && epcis.isEmpty { parts.append("no territory") }
        return "\(name) (\(parts.joined(separator: ", ")))"
    }
}
