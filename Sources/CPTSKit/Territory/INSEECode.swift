/// The INSEE code of a French commune (*code officiel géographique*): five characters.
///
/// Two characters of département (`56`; Corsica `2A`/`2B`) then three of commune, or three of
/// an overseas département (`971`…`976`) then two. `56121` is Lorient.
public struct INSEECode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The five characters of the code.
    public let rawValue: String

    /// Validates and creates a code.
    ///
    /// - Parameter text: Five characters: digits, or `2A`/`2B` followed by three digits.
    /// - Throws: ``CPTSKitError/Kind/invalidINSEECode`` for any other shape, département `00`,
    ///   `20` (split into 2A/2B in 1976) or `96`.
    public init(_ text: String) throws(CPTSKitError) {
        let bytes = Array(text.utf8)
        func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
        var valid = bytes.count == 5 && bytes[2...].allSatisfy(isDigit)
        if valid {
            if bytes[0] == UInt8(ascii: "2"), bytes[1] == UInt8(ascii: "A") || bytes[1] == UInt8(ascii: "B") {
                valid = true
            } else if isDigit(bytes[0]), isDigit(bytes[1]) {
                let department = Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48)
                valid = department != 0 && department != 20 && department != 96
                    && (department != 97 || (49...54).contains(bytes[2]))
            } else {
                valid = false
            }
        }
        guard valid else {
            throw CPTSKitError(.invalidINSEECode, path: "",
                               message: "is not an INSEE commune code (five characters, e.g. 56121 or 2A004)",
                               value: text)
        }
        rawValue = text
    }

    /// The département part: `56`, `2A`, or three characters overseas (`971`).
    public var department: String {
        String(rawValue.prefix(rawValue.hasPrefix("97") ? 3 : 2))
    }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes as text, which is the INSEE order within a département.
    public static func < (lhs: INSEECode, rhs: INSEECode) -> Bool { lhs.rawValue < rhs.rawValue }
}
