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
    /// A human-readable explanation, without the path and the value.
    public var message: String
    /// The offending value as it was given, if any.
    public var value: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: The family of the error.
    ///   - path: The path of the offending field.
    ///   - message: What is wrong, in one sentence.
    ///   - value: The offending value, as given.
    public init(_ kind: Kind, path: String, message: String, value: String? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.value = value
    }

    /// The one-line rendering: `path: message (value)`.
    public var description: String {
        var text = path.isEmpty ? message : "\(path): \(message)"
        if let value { text += " (\(value))" }
        return text
    }

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
