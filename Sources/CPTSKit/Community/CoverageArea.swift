/// The area a coverage rate is computed over: a dataset's whole territory, a département, a
/// région or several départements.
public enum CoverageArea: Hashable, Sendable, Codable {
    /// Every commune of the dataset: France for the national data.
    case whole
    /// One département, by code (`56`, `2A`, `971`).
    case department(String)
    /// One région, by code (`53` Bretagne, `11` Île-de-France): its départements.
    case region(String)
    /// Several départements, by code.
    case departments([String])
}

extension PopulationDataset {
    /// The départements of an area, in code order, and its name.
    ///
    /// - Parameter area: The area.
    /// - Returns: The départements and a name such as `Finistère (29)` or `Bretagne (53)`.
    /// - Throws: ``CPTSKitError/Kind/invalidArgument`` (path `departement` or `region`) for a
    ///   code the dataset does not hold.
    public func departments(of area: CoverageArea) throws(CPTSKitError) -> (departments: [Department], name: String) {
        switch area {
        case .whole:
            return (departments, name)
        case .department(let code):
            let found = try requireDepartment(code)
            return ([found], "\(found.name) (\(found.code))")
        case .departments(let codes):
            var found: [Department] = []
            for code in Set(codes).sorted() { found.append(try requireDepartment(code)) }
            return (found, found.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))
        case .region(let code):
            let found = departments.filter { $0.region == code }
            guard !found.isEmpty else {
                let known = regions.map(\.code).joined(separator: ", ")
                throw CPTSKitError(.invalidArgument, path: "region",
                                   message: BilingualText(fr: "aucune région des données \(name) n'a ce code (elles contiennent \(known.isEmpty ? "aucune" : known))", en: "no région of the \(name) dataset has this code (it holds \(known.isEmpty ? "none" : known))"),
                                   value: code)
            }
            return (found, "\(region(code)?.name ?? code) (\(code))")
        }
    }

    private func requireDepartment(_ code: String) throws(CPTSKitError) -> Department {
        guard let found = department(code) else {
            let note = code == "976"
                ? BilingualText(fr: " ; l'INSEE publie à part les populations légales de Mayotte",
                                en: "; INSEE publishes the legal populations of Mayotte separately")
                : BilingualText(fr: "", en: "")
            throw CPTSKitError(.invalidArgument, path: "departement",
                               message: BilingualText(fr: "aucun département des données \(name) n'a ce code\(note.french)", en: "no département of the \(name) dataset has this code\(note.english)"), value: code)
        }
        return found
    }
}
