// The contract through any `Decoder` or `Encoder`, in the `cpts-contract/1` format, with the
// same strict reading and checks as `ACIContract(jsonBytes:)`.

extension ACIContract: Codable {
    /// Reads a `cpts-contract/1` document with any decoder (`JSONDecoder` in a server's request type).
    ///
    /// The document is read by the same strict reader as ``init(jsonBytes:)``, so it is the same
    /// contract with the same checks. Two differences, both from the decoder: an object's members
    /// come in no particular order (when a document has several errors, another may be reported
    /// first), and duplicate keys are the decoder's to accept or refuse. Decode contracts with the
    /// default key strategy: their keys are the format's (`signed_on`), not Swift names.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the coding path of the offending field
    ///   (`missions[1].budget.fixed` becomes `missions`, `1`, `budget`, `fixed` under the
    ///   decoder's own path), with the ``CPTSKitError`` as underlying error; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
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
