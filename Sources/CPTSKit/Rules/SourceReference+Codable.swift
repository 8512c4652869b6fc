/// `Codable` for ``SourceReference`` through its text: the identifier, a space, the detail
/// (`"ACI-2019 art. 9.1"`), as rulebook files write it.
extension SourceReference: Codable {
    /// Decodes a source from its text: up to the first space the identifier, after it the detail.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: The decoder's error when the value is not a string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(text: text)
    }

    /// Encodes the source as its text.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension SourceReference {
    /// A source as written (`ACI-2019 art. 9.1`): the identifier up to the first space, the detail after it.
    ///
    /// The inverse of ``description``: `SourceReference(text: source.description) == source` for any
    /// identifier without a space.
    ///
    /// - Parameter text: The source's text.
    public init(text: String) {
        guard let space = text.firstIndex(of: " ") else {
            self.init(text)
            return
        }
        self.init(String(text[..<space]), String(text[text.index(after: space)...]))
    }
}
