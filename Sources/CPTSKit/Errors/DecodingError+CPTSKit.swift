extension Decoder {
    /// Decodes a single string and reads it with `parse`; a value `parse` refuses becomes
    /// `DecodingError.dataCorrupted` at the decoder's coding path, the ``CPTSKitError`` (its kind,
    /// message and raw value) as underlying error.
    ///
    /// So a bad amount in a server's request reads `amounts[2]` from `JSONDecoder`, as a bad amount
    /// in a contract file reads `missions[2].budget.fixed` from ``ACIContract/init(jsonBytes:)``.
    func decodeText<Value>(_ parse: (String) throws(CPTSKitError) -> Value) throws -> Value {
        let container = try singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath, debugDescription: error.description, underlyingError: error))
        }
    }
}
