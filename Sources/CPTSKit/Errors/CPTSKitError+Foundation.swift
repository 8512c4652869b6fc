#if canImport(Foundation)
import Foundation

/// `LocalizedError`: `error.localizedDescription` is the one-line ``CPTSKitError/description``
/// (`missions[0].starts_on: is not a real calendar date (2025-02-29)`), not Foundation's generic
/// "The operation could not be completed".
extension CPTSKitError: LocalizedError {
    /// The one-line description, with the path and the value.
    public var errorDescription: String? { description }
    /// What is wrong, without the path and the value.
    public var failureReason: String? { message }
}

/// `CustomNSError`: a stable domain and code (``CPTSKitError/Kind/code``), and the path, kind and
/// raw value in `userInfo`, for code that logs or bridges `NSError`s.
extension CPTSKitError: CustomNSError {
    /// `org.cptskit.CPTSKitError`.
    public static var errorDomain: String { "org.cptskit.CPTSKitError" }
    /// The kind's stable number.
    public var errorCode: Int { kind.code }
    /// The description, and the `kind`, `path` and `value` of the error.
    public var errorUserInfo: [String: Any] {
        [NSLocalizedDescriptionKey: description, "kind": kind.rawValue, "path": path, "value": value ?? ""]
    }
}
#endif
