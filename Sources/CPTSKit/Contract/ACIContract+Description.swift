// The contract describes itself in one short English line, as results do.

extension ACIContract: CustomStringConvertible {
    /// `CPTS Lorient Littoral, signed on 2025-05-12 (aci-2019-av2): 6 missions, results for
    /// years 1, 2, 1 amendment`.
    public var description: String {
        var parts = ["\(missions.count) mission\(missions.count == 1 ? "" : "s")"]
        if !results.isEmpty { parts.append("results for year\(results.count == 1 ? "" : "s") \(results.keys.sorted().map(String.init).joined(separator: ", "))") }
        if !amendments.isEmpty { parts.append("\(amendments.count) amendment\(amendments.count == 1 ? "" : "s")") }
        let book = rulebookID.map { " (\($0))" } ?? ""
        return "\(cpts.name), signed on \(signedOn)\(book): \(parts.joined(separator: ", "))"
    }
}
