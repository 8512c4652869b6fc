/// An error raised by CPTSKit: what went wrong, where in the input, and with which value.
///
/// Every failure of the library — a malformed contract file, an impossible date, a budget above
/// the national amount, an overflow — is one of these. The ``path`` names the offending field in
/// the `cpts-contract/1` notation (`missions[2].indicators[0].payout.amount`), so an error read
/// from a file and an error raised by a value built in code read alike.
///
/// ```
/// missions[0].starts_on: is not a real calendar date (2025-02-29)
/// ```
public struct CPTSKitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The family of an error, for programmatic handling.
    public var kind: Kind
    /// The path of the offending field, e.g. `missions[2].budget.fixed`; empty for the whole document.
    public var path: String
    /// What is wrong, in English (the language of ``description``, for developers and logs),
    /// without the path and the value.
    public var message: String
    /// What is wrong, in French.
    public var frenchMessage: String
    /// The offending value as it was given, if any.
    public var value: String?

    /// Creates an error whose message is in both languages, as CPTSKit's own errors are.
    ///
    /// - Parameters:
    ///   - kind: The family of the error.
    ///   - path: The path of the offending field.
    ///   - message: What is wrong, in one sentence, in French and in English.
    ///   - value: The offending value, as given.
    public init(_ kind: Kind, path: String, message: BilingualText, value: String? = nil) {
        self.kind = kind
        self.path = path
        self.message = message.english
        self.frenchMessage = message.french
        self.value = value
    }

    /// Creates an error with a message in one language (used for both), for an integrator's own
    /// errors of these kinds.
    ///
    /// - Parameters:
    ///   - kind: The family of the error.
    ///   - path: The path of the offending field.
    ///   - message: What is wrong, in one sentence.
    ///   - value: The offending value, as given.
    public init(_ kind: Kind, path: String, message: String, value: String? = nil) {
        self.init(kind, path: path, message: BilingualText(fr: message, en: message), value: value)
    }

    /// The message in both languages.
    public var text: BilingualText { BilingualText(fr: frenchMessage, en: message) }

    /// The message in a language.
    ///
    /// - Parameter language: French or English.
    public func message(in language: Language) -> String { text(language) }

    /// The one-line rendering in a language: `path: message (value)`; the path, the kind and the
    /// value are the same in both.
    ///
    /// - Parameter language: French or English.
    public func description(in language: Language) -> String {
        let message = text(language)
        var line = path.isEmpty ? message : "\(path): \(message)"
        if let value { line += " (\(value))" }
        return line
    }

    /// The one-line rendering in English: `path: message (value)`.
    public var description: String { description(in: .english) }

    /// Returns the same error with its path placed under a parent path.
    ///
    /// - Parameter parent: The path of the enclosing field, e.g. `missions[1]`.
    /// - Returns: The error whose path is `parent.path`.
    public func nested(under parent: String) -> CPTSKitError {
        var copy = self
        if parent.isEmpty { return copy }
        if path.isEmpty {
            copy.path = parent
        } else if path.hasPrefix("[") {
            copy.path = parent + path
        } else {
            copy.path = parent + "." + path
        }
        return copy
    }
}
