/// A text for people in French and in English: both are required, so no message or label can
/// exist in one language only.
public struct BilingualText: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The French text.
    public let french: String
    /// The English text.
    public let english: String

    /// Creates a text from its two languages.
    ///
    /// - Parameters:
    ///   - french: The French text.
    ///   - english: The English text.
    public init(fr french: String, en english: String) {
        self.french = french
        self.english = english
    }

    /// The text in a language.
    ///
    /// - Parameter language: French or English.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .french: french
        case .english: english
        }
    }

    /// The English text, for developers.
    public var description: String { english }
}
