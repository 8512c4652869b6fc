// The contract through any `Decoder` or `Encoder`, in the `cpts-contract/1` format, with the
// same strict reading and checks as `ACIContract(jsonBytes:)`.

extension ACIContract: Codable {
    /// Reads a `cpts-contract/1` document with any decoder (`JSONDecoder` in a server's request type).
    ///
    /// The document is read by the same strict reader as ``init(jsonBytes:)``, so it is the same
    /// contract with the same checks. Two differences, both from the decoder: an object's members
    /// come in no particular order (when a document has several errors, another may be reported
    /// first), and duplicate keys are the decoder's to accept or refuse. A decoder that converts
    /// keys from snake case (`signed_on` → `signedOn`) is recognised and its keys spelled back;
    /// an identifier written with capital letters (an indicator id) cannot then be told from a
    /// converted one: decode such contracts with the default key strategy.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the coding path of the offending field
    ///   (`missions[1].budget.fixed` becomes `missions`, `1`, `budget`, `fixed` under the
    ///   decoder's own path), with the ``CPTSKitError`` as underlying error; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder).snakeCasedIfConverted(marker: "signed_on")
        do {
            try self.init(json: json)
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath + JSONMemberKey.codingPath(of: error.path),
                debugDescription: error.description, underlyingError: error))
        }
    }

    /// Writes the contract as its `cpts-contract/1` document (``jsonValue``).
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

extension CPTS: Codable {
    /// Reads a CPTS as a contract file's `cpts` object writes it (`name`, `population`,
    /// `communes`, `epcis`, `members`), with the same checks.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the offending field, with the ``CPTSKitError``
    ///   as underlying error.
    public init(from decoder: any Decoder) throws {
        // Its keys have no underscore: a snake-case-converting decoder leaves them as they are.
        let json = try JSONValue(from: decoder)
        do {
            self = try ContractDecoding.cpts(json)
        } catch {
            // The reader names fields under `cpts.`; here the CPTS is the value itself.
            let path = error.path.hasPrefix("cpts.") ? String(error.path.dropFirst("cpts.".count)) : error.path
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath + JSONMemberKey.codingPath(of: path),
                debugDescription: error.description, underlyingError: error))
        }
    }

    /// Writes the CPTS as a contract file's `cpts` object.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    /// The CPTS as a contract file's `cpts` object.
    public var jsonValue: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("name", .string(name)), ("population", .number(String(population)))]
        if !communes.isEmpty { members.append(("communes", .array(communes.map { .string($0.rawValue) }))) }
        if !epcis.isEmpty { members.append(("epcis", .array(epcis.map { .string($0) }))) }
        if let count = self.members { members.append(("members", .number(String(count)))) }
        return .object(members)
    }
}

extension JSONValue {
    /// The tree with every object key spelled back in snake case (`signedOn` → `signed_on`) when a
    /// snake-case-converting decoder read it, recognised by the root's `marker` key spelled as the
    /// conversion spells it and not as the format does.
    func snakeCasedIfConverted(marker: String) -> JSONValue {
        guard case .object(let members) = self, !members.contains(where: { $0.key == marker }),
              members.contains(where: { $0.key == camelCaseSpelling(marker) })
        else { return self }
        return snakeCased()
    }

    private func snakeCased() -> JSONValue {
        switch self {
        case .object(let members):
            return .object(members.map { (key: Self.snakeCaseSpelling($0.key), value: $0.value.snakeCased()) })
        case .array(let items):
            return .array(items.map { $0.snakeCased() })
        default:
            return self
        }
    }

    /// `sizeClass` → `size_class`: the inverse of the conversion for keys written in lower case.
    static func snakeCaseSpelling(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
