/// Reads the fields of one JSON object, tracking which were used so unknown ones are errors.
///
/// Unknown fields are an error naming the field, since a typo must not
/// silently drop an indicator. Every error carries the full path of the field.
struct JSONObjectReader {
    let path: String
    private let members: [(key: String, value: JSONValue)]
    /// Which members were asked for (a contract object has a handful of members).
    private var used: [Bool]

    /// Opens `value` as an object at `path`.
    init(_ value: JSONValue, path: String) throws(CPTSKitError) {
        guard case .object(let members) = value else {
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu un objet, trouvé \(value.frenchTypeName)", en: "expected an object, found \(value.typeName)"), value: value.excerpt)
        }
        self.path = path
        self.members = members
        used = [Bool](repeating: false, count: members.count)
    }

    /// The path of a member.
    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A member that may be absent (`null` counts as absent).
    mutating func optional(_ key: String) -> JSONValue? {
        for index in members.indices where members[index].key == key {
            used[index] = true
            if case .null = members[index].value { return nil }
            return members[index].value
        }
        return nil
    }

    /// A member as written, `null` included; `nil` only when absent.
    mutating func member(_ key: String) -> JSONValue? {
        for index in members.indices where members[index].key == key {
            used[index] = true
            return members[index].value
        }
        return nil
    }

    /// A member that must be present.
    mutating func required(_ key: String) throws(CPTSKitError) -> JSONValue {
        guard let value = optional(key) else {
            throw CPTSKitError(.missingField, path: path(key), message: BilingualText(fr: "ce champ est obligatoire", en: "this field is required"), value: "absent")
        }
        return value
    }

    /// Fails on the first member that was never asked for.
    func finish(known: [String]) throws(CPTSKitError) {
        for (index, member) in members.enumerated() where !used[index] {
            throw CPTSKitError(.unknownField, path: path(member.key),
                               message: BilingualText(fr: "champ inconnu ; attendu : \(known.joined(separator: ", "))", en: "unknown field; expected one of: \(known.joined(separator: ", "))"),
                               value: member.value.excerpt)
        }
    }

    /// The members in document order (for maps such as `results`).
    var allMembers: [(key: String, value: JSONValue)] { members }
}

/// Conversions from JSON values to CPTSKit values, with the path in every error.
enum JSONField {
    static func string(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> String {
        guard case .string(let text) = value else {
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu une chaîne, trouvé \(value.frenchTypeName)", en: "expected a string, found \(value.typeName)"), value: value.excerpt)
        }
        return text
    }

    static func array(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> [JSONValue] {
        guard case .array(let items) = value else {
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu un tableau, trouvé \(value.frenchTypeName)", en: "expected an array, found \(value.typeName)"), value: value.excerpt)
        }
        return items
    }

    static func bool(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> Bool {
        guard case .bool(let flag) = value else {
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu true ou false, trouvé \(value.frenchTypeName)", en: "expected true or false, found \(value.typeName)"), value: value.excerpt)
        }
        return flag
    }

    /// A whole number given as a JSON number.
    static func integer(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> Int {
        guard case .number(let literal) = value else {
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu un nombre entier, trouvé \(value.frenchTypeName)", en: "expected a whole number, found \(value.typeName)"), value: value.excerpt)
        }
        let decimal: DecimalText
        do throws(CPTSKitError) {
            decimal = try DecimalText(parsing: Substring(literal).utf8, what: "number")
        } catch {
            throw error.nested(under: path)
        }
        guard decimal.scale == 0 else {
            throw CPTSKitError(.invalidNumber, path: path, message: BilingualText(fr: "attendu un nombre entier", en: "expected a whole number"), value: literal)
        }
        return Int(decimal.significand)
    }

    /// Euros from a JSON string or number, at most two decimals, never negative.
    static func amount(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> Euros {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let literal): text = literal
        default:
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu un montant en euros (chaîne ou nombre), trouvé \(value.frenchTypeName)", en: "expected an amount in euros (string or number), found \(value.typeName)"),
                               value: value.excerpt)
        }
        let amount: Euros
        do throws(CPTSKitError) {
            amount = try Euros(parsing: text)
        } catch {
            throw error.nested(under: path)
        }
        guard !amount.isNegative else {
            throw CPTSKitError(.negativeAmount, path: path, message: BilingualText(fr: "un montant ne peut pas être négatif", en: "an amount cannot be negative"), value: text)
        }
        return amount
    }

    /// An exact number from a JSON number or a decimal string.
    static func exact(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> Fraction {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let literal): text = literal
        default:
            throw CPTSKitError(.wrongType, path: path, message: BilingualText(fr: "attendu un nombre ou une chaîne décimale, trouvé \(value.frenchTypeName)", en: "expected a number or a decimal string, found \(value.typeName)"),
                               value: value.excerpt)
        }
        do throws(CPTSKitError) {
            return try Fraction(parsing: text)
        } catch {
            throw error.nested(under: path)
        }
    }

    static func date(_ value: JSONValue, _ path: String) throws(CPTSKitError) -> CalendarDate {
        let text = try string(value, path)
        do throws(CPTSKitError) {
            return try CalendarDate(parsing: text)
        } catch {
            throw error.nested(under: path)
        }
    }

    /// Runs a throwing conversion and places its error under `path`.
    static func nest<T>(_ path: String, _ body: () throws(CPTSKitError) -> T) throws(CPTSKitError) -> T {
        do throws(CPTSKitError) {
            return try body()
        } catch {
            throw error.nested(under: path)
        }
    }
}
