/// The INSEE code of a French commune (*code officiel géographique*): five characters.
///
/// Two characters of département (`56`; Corsica `2A`/`2B`) then three of commune, or three of
/// an overseas département (`971`…`976`) then two. `56121` is Lorient.
public struct INSEECode: Hashable, Comparable, Sendable, CustomStringConvertible, RawRepresentable {
    /// The five characters of the code.
    public let rawValue: String
    /// Creates a code from its five characters, `nil` when they are not one; ``init(_:)`` says why.
    ///
    /// - Parameter rawValue: Five characters: digits, or `2A`/`2B` followed by three digits.
    public init?(rawValue: String) {
        guard let code = try? INSEECode(rawValue) else { return nil }
        self = code
    }

    /// The code as a number below ``keyCount``: the département (`2A` 100, `2B` 101) times 1 000
    /// plus the last three characters; a direct index for tables of communes.
    let key: Int

    /// The bound of ``key``.
    static let keyCount = 102_000

    /// Validates and creates a code.
    ///
    /// - Parameter text: Five characters: digits, or `2A`/`2B` followed by three digits.
    /// - Throws: ``CPTSKitError/Kind/invalidINSEECode`` for any other shape, département `00`,
    ///   `20` (split into 2A/2B in 1976) or `96`.
    public init(_ text: String) throws(CPTSKitError) {
        guard let key = Self.key(of: text.utf8) else {
            throw CPTSKitError(.invalidINSEECode, path: "",
                               message: BilingualText(fr: "n'est pas un code commune INSEE (cinq caractères, par ex. 56121 ou 2A004)", en: "is not an INSEE commune code (five characters, e.g. 56121 or 2A004)"),
                               value: text)
        }
        rawValue = text
        self.key = key
    }

    /// The code of a key made by ``key(of:)``.
    init(key: Int) {
        let department = key / 1000
        let rest = key % 1000
        rawValue = String(unsafeUninitializedCapacity: 5) { buffer in
            buffer[0] = department >= 100 ? UInt8(ascii: "2") : UInt8(48 + department / 10 % 10)
            buffer[1] = department >= 100 ? UInt8(ascii: "A") + UInt8(department - 100) : UInt8(48 + department % 10)
            buffer[2] = UInt8(48 + rest / 100)
            buffer[3] = UInt8(48 + rest / 10 % 10)
            buffer[4] = UInt8(48 + rest % 10)
            return 5
        }
        self.key = key
    }

    /// The département code of a key: two characters, or three overseas.
    static func department(ofKey key: Int) -> String {
        let department = key / 1000
        if department == 100 { return "2A" }
        if department == 101 { return "2B" }
        if department == 97 { return "97\(key / 100 % 10)" }
        return department < 10 ? "0\(department)" : "\(department)"
    }

    /// A code read from the bytes of a compiled table; `nil` for any other shape.
    init?<Bytes: Collection<UInt8>>(bytes: Bytes) {
        guard let key = Self.key(of: bytes) else { return nil }
        rawValue = String(decoding: bytes, as: UTF8.self)
        self.key = key
    }

    /// The key of five characters that form a code, or `nil`: digits, or `2A`/`2B` then three
    /// digits; not département `00`, `20` (split into 2A/2B in 1976) or `96`; overseas `971`–`976`.
    static func key<Bytes: Sequence<UInt8>>(of text: Bytes) -> Int? {
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        var count = 0
        for byte in text {
            switch count {
            case 0: bytes.0 = byte
            case 1: bytes.1 = byte
            case 2: bytes.2 = byte
            case 3: bytes.3 = byte
            case 4: bytes.4 = byte
            default: return nil
            }
            count += 1
        }
        func digit(_ byte: UInt8) -> Int? { (48...57).contains(byte) ? Int(byte - 48) : nil }
        guard count == 5, let third = digit(bytes.2), let fourth = digit(bytes.3), let fifth = digit(bytes.4) else { return nil }
        let department: Int
        if bytes.0 == UInt8(ascii: "2"), bytes.1 == UInt8(ascii: "A") || bytes.1 == UInt8(ascii: "B") {
            department = 100 + Int(bytes.1 - UInt8(ascii: "A"))
        } else if let first = digit(bytes.0), let second = digit(bytes.1) {
            department = first * 10 + second
            guard department != 0, department != 20, department != 96, department != 97 || (1...6).contains(third) else {
                return nil
            }
        } else {
            return nil
        }
        return department * 1000 + third * 100 + fourth * 10 + fifth
    }

    /// Codes are equal when their characters are.
    public static func == (lhs: INSEECode, rhs: INSEECode) -> Bool { lhs.key == rhs.key }

    /// Hashes the code.
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// The key of a code's département (the first two characters, or the first three overseas):
    /// equal for two codes exactly when their départements are.
    static func departmentKey(ofKey key: Int) -> Int { key >= 97_000 && key < 98_000 ? key / 100 : key / 1000 }

    /// The département part: `56`, `2A`, or three characters overseas (`971`).
    public var department: String {
        String(rawValue.prefix(rawValue.hasPrefix("97") ? 3 : 2))
    }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders codes as text, which is the INSEE order within a département.
    public static func < (lhs: INSEECode, rhs: INSEECode) -> Bool { lhs.rawValue < rhs.rawValue }
}
