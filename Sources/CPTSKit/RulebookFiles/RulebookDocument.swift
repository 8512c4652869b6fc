/// A `cpts-rulebook/1` file as read, before it is resolved against the rulebooks it extends.
///
/// Reading checks the shape of every field (types, keys, values); ``RulebookRegistry/adding(_:)``
/// then resolves the document: it starts from the rulebook named by ``extends`` (or from nothing),
/// applies every figure in file order, and checks the result as a whole.
///
/// ```swift
/// let document = try RulebookDocument(jsonText: text)
/// let registry = try RulebookRegistry.standard.adding([document])
/// let draft = try registry.rulebook(id: document.id)
/// ```
public struct RulebookDocument: Hashable, Sendable {
    /// The rulebook's identifier; distinct from every rulebook already known.
    public let id: String
    /// Its title, for people (a hypothetical text says so in its title).
    public let title: String
    /// The rulebook whose figures it inherits, if any.
    public let extends: String?
    /// From when it applies; its value is `nil` when unknown (the rulebook then applies only
    /// where a contract or an amendment names it).
    public let effectiveOn: Figure<CalendarDate>
    /// The figures the file gives, in file order, each with the path of its entry.
    let figures: [(key: RulebookFigureKey, figure: RulebookFileFigure, path: String)]
    /// The `introduced_by` of each mission listed under `missions`.
    let introducedBy: [(kind: MissionKind, id: String, path: String)]
    /// The missions the file declares under `missions` (those with a `label`), in file order.
    let declarations: [(kind: MissionKind, path: String)]

    /// Reads a rulebook file from its bytes.
    ///
    /// - Parameter jsonBytes: The file, UTF-8.
    /// - Throws: ``CPTSKitError`` naming the first offending field, e.g.
    ///   `figures.fonctionnement.annual.T2.value: an amount cannot be negative (-5)`.
    public init<Bytes: Collection>(jsonBytes: Bytes) throws(CPTSKitError) where Bytes.Element == UInt8 {
        try self.init(json: JSONParser.parse(Array(jsonBytes)))
    }

    /// Reads a rulebook file from its text.
    ///
    /// - Parameter jsonText: The JSON text.
    /// - Throws: ``CPTSKitError`` as ``init(jsonBytes:)``.
    public init(jsonText: String) throws(CPTSKitError) {
        try self.init(json: JSONParser.parse(Array(jsonText.utf8)))
    }

    /// Reads a parsed rulebook file.
    ///
    /// - Parameter json: The document.
    /// - Throws: ``CPTSKitError`` naming the first offending field.
    public init(json: JSONValue) throws(CPTSKitError) {
        var root = try JSONObjectReader(json, path: "")
        let format = try JSONField.string(try root.required("format"), "format")
        guard format == RulebookFormat.identifier else {
            throw CPTSKitError(.unsupportedFormat, path: "format",
                               message: BilingualText(fr: "format non pris en charge ; attendu \"\(RulebookFormat.identifier)\"", en: "unsupported format; expected \"\(RulebookFormat.identifier)\""), value: format)
        }
        id = try JSONField.string(try root.required("id"), "id")
        guard Self.isValidID(id) else {
            throw CPTSKitError(.wrongType, path: "id",
                               message: BilingualText(fr: "un identifiant compte 1 à 64 lettres minuscules, chiffres, '-', '_' ou '.'", en: "an identifier is 1 to 64 lowercase letters, digits, '-', '_' or '.'"), value: id)
        }
        title = try JSONField.string(try root.required("title"), "title")
        guard !title.isEmpty else {
            throw CPTSKitError(.wrongType, path: "title", message: BilingualText(fr: "un titre est obligatoire", en: "a title is required"), value: "\"\"")
        }
        extends = try root.optional("extends").map { (value) throws(CPTSKitError) in try JSONField.string(value, "extends") }
        guard let effective = root.member("effective_on") else {
            throw CPTSKitError(.missingField, path: "effective_on", message: BilingualText(fr: "ce champ est obligatoire (null s'il est inconnu)", en: "this field is required (null when unknown)"),
                               value: "absent")
        }
        effectiveOn = try Self.effectiveDate(effective, id: id)
        var figures: [(key: RulebookFigureKey, figure: RulebookFileFigure, path: String)] = []
        let entries = try JSONObjectReader(try root.required("figures"), path: "figures")
        for (key, value) in entries.allMembers {
            let path = "figures.\(key)"
            let parsed = try JSONField.nest(path) { () throws(CPTSKitError) in try RulebookFigureKey(parsing: key) }
            figures.append((parsed, try RulebookFileFigure(json: value, path: path), path))
        }
        self.figures = figures
        var introducedBy: [(kind: MissionKind, id: String, path: String)] = []
        var declarations: [(kind: MissionKind, path: String)] = []
        if let value = root.optional("missions") {
            for (key, item) in try JSONObjectReader(value, path: "missions").allMembers {
                let path = "missions.\(key)"
                var kind = try JSONField.nest(path) { () throws(CPTSKitError) in try MissionKind(key: key) }
                var object = try JSONObjectReader(item, path: path)
                if let label = object.optional("label") {
                    kind = try MissionKind(declaration: try Self.declaration(key, label: label, in: &object, path: path))
                    declarations.append((kind, path))
                    if let introducer = object.optional("introduced_by") {
                        introducedBy.append((kind, try JSONField.string(introducer, "\(path).introduced_by"), path))
                    }
                } else {
                    for field in ["kind", "parts", "catalogue"] where object.optional(field) != nil {
                        throw CPTSKitError(.missingField, path: "\(path).label",
                                           message: BilingualText(fr: "une mission déclarée a un nom : {\"fr\": …, \"en\": …}", en: "a declared mission has a name: {\"fr\": …, \"en\": …}"),
                                           value: "absent")
                    }
                    let introducer = try JSONField.string(try object.required("introduced_by"), "\(path).introduced_by")
                    introducedBy.append((kind, introducer, path))
                }
                try object.finish(known: RulebookFormat.missionFields)
            }
        }
        self.introducedBy = introducedBy
        self.declarations = declarations
        try root.finish(known: RulebookFormat.rootFields)
    }

    /// A mission the file declares: `label` (`fr`, `en`), `kind` (`socle` or `optional`), `parts`
    /// (default `["fixed", "variable"]`) and `catalogue` (none by default).
    private static func declaration(_ key: String, label: JSONValue, in object: inout JSONObjectReader, path: String)
        throws(CPTSKitError) -> MissionDeclaration
    {
        guard !MissionKind.allCases.contains(where: { $0.key == key }) else {
            throw CPTSKitError(.invalidRulebook, path: "\(path).label",
                               message: BilingualText(fr: "les six missions de l'ACI sont déclarées par CPTSKit ; une mission nouvelle a une autre clé", en: "the six ACI missions are declared by CPTSKit; a new mission has another key"),
                               value: key)
        }
        var names = try JSONObjectReader(label, path: "\(path).label")
        let french = try JSONField.string(try names.required("fr"), "\(path).label.fr")
        let english = try JSONField.string(try names.required("en"), "\(path).label.en")
        try names.finish(known: ["fr", "en"])
        let categoryText = try JSONField.string(try object.required("kind"), "\(path).kind")
        guard let category = MissionCategory(rawValue: categoryText) else {
            throw CPTSKitError(.invalidRulebook, path: "\(path).kind",
                               message: BilingualText(fr: "attendu : socle, optional", en: "expected: socle, optional"), value: categoryText)
        }
        var parts: MissionParts = [.fixed, .variable]
        if let value = object.optional("parts") {
            parts = []
            for (index, item) in try JSONField.array(value, "\(path).parts").enumerated() {
                let name = try JSONField.string(item, "\(path).parts[\(index)]")
                guard let part = MissionParts.fileNames.first(where: { $0.name == name })?.part else {
                    throw CPTSKitError(.invalidRulebook, path: "\(path).parts[\(index)]",
                                       message: BilingualText(fr: "attendu : fixed, variable, activation", en: "expected: fixed, variable, activation"), value: name)
                }
                parts.insert(part)
            }
            guard parts.contains(.fixed) else {
                throw CPTSKitError(.invalidRulebook, path: "\(path).parts",
                                   message: BilingualText(fr: "toute mission a une part fixe (fixed)", en: "every mission has a fixed part (fixed)"),
                                   value: parts.fileDescription)
            }
        }
        var catalogue: MissionCatalogue? = nil
        if let value = object.optional("catalogue") {
            let text = try JSONField.string(value, "\(path).catalogue")
            guard let known = MissionCatalogue(rawValue: text) else {
                throw CPTSKitError(.invalidRulebook, path: "\(path).catalogue",
                                   message: BilingualText(fr: "attendu : \(MissionCatalogue.allCases.map(\.rawValue).joined(separator: ", "))",
                                                          en: "expected: \(MissionCatalogue.allCases.map(\.rawValue).joined(separator: ", "))"),
                                   value: text)
            }
            catalogue = known
        }
        return try JSONField.nest(path) { () throws(CPTSKitError) in
            try MissionDeclaration(key: key, label: BilingualText(fr: french, en: english), category: category, parts: parts,
                                   catalogue: catalogue)
        }
    }

    /// `effective_on`: a date, `null` (unknown), or a figure object with its provenance (as an export writes it).
    private static func effectiveDate(_ value: JSONValue, id: String) throws(CPTSKitError) -> Figure<CalendarDate> {
        switch value {
        case .null:
            return Figure(value: nil, source: SourceReference("—"), confidence: .notFound, section: "", note: nil)
        case .object:
            return try RulebookFileFigure(json: value, path: "effective_on").figure("effective_on", JSONField.date)
        default:
            let date = try JSONField.date(value, "effective_on")
            return Figure(date, source: SourceReference(id), confidence: .inferred, section: "",
                          note: "date given by the rulebook file")
        }
    }

    /// Identifiers stay plain so they can be typed on a command line and written in a contract.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
    }

    /// Two documents are equal when they read the same.
    public static func == (lhs: RulebookDocument, rhs: RulebookDocument) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.extends == rhs.extends && lhs.effectiveOn == rhs.effectiveOn
            && lhs.figures.map(\.key) == rhs.figures.map(\.key) && lhs.figures.map(\.figure) == rhs.figures.map(\.figure)
            && lhs.introducedBy.map(\.kind) == rhs.introducedBy.map(\.kind) && lhs.introducedBy.map(\.id) == rhs.introducedBy.map(\.id)
            && lhs.declarations.map(\.kind.declaration) == rhs.declarations.map(\.kind.declaration)
    }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }

    /// The keys the file gives.
    public var keys: [RulebookFigureKey] { figures.map(\.key) }
}
