/// One entry of the `figures` object of a rulebook file: a value (or `null`, unknown) and its provenance.
///
/// ```json
/// { "value": "75000.00", "source": "PRESS-2020 montants actuels", "confidence": "S", "section": "§2" }
/// ```
struct RulebookFileFigure: Hashable, Sendable {
    /// The value as written, `.null` when unknown.
    var value: JSONValue
    var source: SourceReference
    var confidence: Confidence
    var section: String
    var note: String?

    /// The entry of a figure, its value already in file form.
    init<V>(_ figure: Figure<V>, value: (V) -> JSONValue) {
        if let years = figure.yearValues {
            self.value = .array(years.map(value))
        } else {
            self.value = figure.value.map(value) ?? .null
        }
        source = figure.source
        confidence = figure.confidence
        section = figure.section
        note = figure.note
    }

    /// The figure an entry describes, its value converted by `convert` (given the value's path).
    ///
    /// - Parameters:
    ///   - path: The entry's path, `figures.<key>`.
    ///   - byYear: Whether the value may be a list of one value per contract year (the yearly
    ///     amounts: fonctionnement, a mission's parts, the yearly maximum).
    ///   - convert: Reads one value.
    func figure<V>(_ path: String, byYear: Bool = false, _ convert: (JSONValue, String) throws(CPTSKitError) -> V)
        throws(CPTSKitError) -> Figure<V>
    {
        if case .null = value {
            return Figure(value: nil, source: source, confidence: confidence, section: section, note: note)
        }
        if byYear, case .array(let items) = value {
            guard items.count == Rulebook.contractYears else {
                throw CPTSKitError(.invalidRulebook, path: "\(path).value",
                                   message: BilingualText(fr: "une valeur par année du contrat : \(Rulebook.contractYears) valeurs attendues",
                                                          en: "one value per contract year: \(Rulebook.contractYears) values expected"),
                                   value: "\(items.count) values")
            }
            var values: [V] = []
            for (index, item) in items.enumerated() { values.append(try convert(item, "\(path).value[\(index)]")) }
            return Figure(yearValues: values, source: source, confidence: confidence, section: section, note: note)
        }
        return Figure(value: try convert(value, "\(path).value"), source: source, confidence: confidence, section: section,
                      note: note)
    }

    /// The entry as a JSON object: `value`, `source`, `confidence` (`null` when unknown), then
    /// `section` and `note` when they are given.
    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("value", value), ("source", .string(source.description)),
            ("confidence", confidence == .notFound ? .null : .string(confidence.rawValue)),
        ]
        if !section.isEmpty { members.append(("section", .string(section))) }
        if let note { members.append(("note", .string(note))) }
        return .object(members)
    }

    /// The fields an entry may have.
    static let fields = ["value", "source", "confidence", "section", "note"]

    /// Reads an entry at `path` (`figures.<key>`).
    init(json: JSONValue, path: String) throws(CPTSKitError) {
        var object = try JSONObjectReader(json, path: path)
        guard let raw = object.member("value") else {
            throw CPTSKitError(.missingField, path: "\(path).value", message: BilingualText(fr: "ce champ est obligatoire (null s'il est inconnu)", en: "this field is required (null when unknown)"),
                               value: "absent")
        }
        value = raw
        let sourceText = try JSONField.string(try object.required("source"), "\(path).source")
        guard !sourceText.isEmpty else {
            throw CPTSKitError(.wrongType, path: "\(path).source", message: BilingualText(fr: "une source est obligatoire (\"—\" si elle est inconnue)", en: "a source is required (\"—\" when unknown)"),
                               value: "\"\"")
        }
        source = SourceReference(text: sourceText)
        guard let confidenceValue = object.member("confidence") else {
            throw CPTSKitError(.missingField, path: "\(path).confidence",
                               message: BilingualText(fr: "ce champ est obligatoire (L, S, C, I, ou null si la valeur est inconnue)", en: "this field is required (L, S, C, I, or null when the value is unknown)"), value: "absent")
        }
        switch (confidenceValue, raw) {
        case (.null, .null):
            confidence = .notFound
        case (.null, _):
            throw CPTSKitError(.wrongType, path: "\(path).confidence",
                               message: BilingualText(fr: "une valeur connue demande une confiance : L, S, C ou I", en: "a known value needs a confidence: L, S, C or I"), value: "null")
        case (_, .null):
            throw CPTSKitError(.wrongType, path: "\(path).confidence",
                               message: BilingualText(fr: "une valeur inconnue (null) n'a pas de confiance : écrire null", en: "an unknown value (null) has no confidence: write null"), value: confidenceValue.excerpt)
        default:
            let mark = try JSONField.string(confidenceValue, "\(path).confidence")
            guard let parsed = Confidence(rawValue: mark), parsed != .notFound, parsed != .ownContract else {
                throw CPTSKitError(.wrongType, path: "\(path).confidence", message: BilingualText(fr: "attendu : L, S, C ou I", en: "expected one of: L, S, C, I"), value: mark)
            }
            confidence = parsed
        }
        section = try object.optional("section").map { (value) throws(CPTSKitError) in
            try JSONField.string(value, "\(path).section")
        } ?? ""
        note = try object.optional("note").map { (value) throws(CPTSKitError) in try JSONField.string(value, "\(path).note") }
        try object.finish(known: Self.fields)
    }
}
