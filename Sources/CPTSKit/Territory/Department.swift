/// A département of the INSEE *Code officiel géographique*, with the région it belongs to.
public struct Department: Hashable, Sendable, Codable {
    /// Its code: `56`, `2A`, `971`.
    public let code: String
    /// Its name, e.g. `Morbihan`.
    public let name: String
    /// The code of its région, e.g. `53` (Bretagne).
    public let region: String

    /// Creates a département record.
    ///
    /// - Parameters:
    ///   - code: The INSEE code of the département.
    ///   - name: Its name.
    ///   - region: The INSEE code of its région.
    public init(code: String, name: String, region: String) {
        self.code = code
        self.name = name
        self.region = region
    }
}

/// A région of the INSEE *Code officiel géographique*.
public struct Region: Hashable, Sendable, Codable {
    /// Its code, e.g. `53`.
    public let code: String
    /// Its name, e.g. `Bretagne`.
    public let name: String

    /// Creates a région record.
    ///
    /// - Parameters:
    ///   - code: The INSEE code of the région.
    ///   - name: Its name.
    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
