/// A strict JSON parser (RFC 8259) over bytes, for contract files.
///
/// Written for CPTSKit rather than `JSONDecoder` so that numbers stay exact text, duplicate
/// keys and invalid UTF-8 are errors, nesting is bounded, and every syntax error reports
/// its line, column and byte offset. It runs in time linear in the input.
struct JSONParser {
    /// The deepest nesting accepted; contract files need 8.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// Parses a whole document.
    static func parse(_ bytes: [UInt8]) throws(CPTSKitError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            parser.position = 3
            parser.skipWhitespace()
        }
        guard parser.position < bytes.count else { throw parser.error(BilingualText(fr: "le fichier est vide ; attendu un objet JSON", en: "the file is empty; expected a JSON object")) }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error(BilingualText(fr: "texte inattendu après le document JSON", en: "unexpected text after the JSON document")) }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func error(_ message: BilingualText, at offset: Int? = nil) -> CPTSKitError {
        let offset = min(offset ?? position, bytes.count)
        var line = 1, column = 1
        var index = 0
        while index < offset {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        // The place is said in each language's words; there is no value to quote.
        return CPTSKitError(.malformedJSON, path: "",
                            message: BilingualText(fr: "JSON mal formé ligne \(line), colonne \(column) (octet \(offset)) : \(message.french)",
                                                   en: "malformed JSON at line \(line), column \(column) (byte \(offset)): \(message.english)"),
                            value: nil)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(CPTSKitError) -> JSONValue {
        guard position < bytes.count else { throw error(BilingualText(fr: "fin de fichier inattendue", en: "unexpected end of file")) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default:
            throw error(BilingualText(fr: "caractère inattendu '\(Self.printable(bytes[position]))'", en: "unexpected character '\(Self.printable(bytes[position]))'"))
        }
    }

    private static func printable(_ byte: UInt8) -> String {
        (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func expectWord(_ word: StaticString) throws(CPTSKitError) {
        let start = position
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard position < bytes.count, bytes[position] == expected else {
                throw error(BilingualText(fr: "littéral invalide ; attendu \(word)", en: "invalid literal; expected \(word)"), at: start)
            }
            position += 1
        }
    }

    private mutating func enter() throws(CPTSKitError) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else {
            throw error(BilingualText(fr: "imbrication de plus de \(JSONParser.maximumDepth) niveaux", en: "nesting deeper than \(JSONParser.maximumDepth) levels"))
        }
    }

    private mutating func parseObject() throws(CPTSKitError) -> JSONValue {
        try enter()
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error(BilingualText(fr: "attendu un nom de champ entre guillemets", en: "expected a quoted field name"))
            }
            let keyStart = position
            let key = try parseString()
            // Objects of a contract file are small: a linear scan beats hashing every key.
            for member in members where member.key == key { throw error(BilingualText(fr: "champ en double \"\(key)\"", en: "duplicate field \"\(key)\""), at: keyStart) }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error(BilingualText(fr: "attendu ':' après le nom de champ \"\(key)\"", en: "expected ':' after field name \"\(key)\""))
            }
            position += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard position < bytes.count else { throw error(BilingualText(fr: "fin de fichier inattendue dans un objet", en: "unexpected end of file inside an object")) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                depth -= 1
                return .object(members)
            }
            throw error(BilingualText(fr: "attendu ',' ou '}' dans un objet", en: "expected ',' or '}' in an object"))
        }
    }

    private mutating func parseArray() throws(CPTSKitError) -> JSONValue {
        try enter()
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw error(BilingualText(fr: "fin de fichier inattendue dans un tableau", en: "unexpected end of file inside an array")) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                depth -= 1
                return .array(items)
            }
            throw error(BilingualText(fr: "attendu ',' ou ']' dans un tableau", en: "expected ',' or ']' in an array"))
        }
    }

    private mutating func parseNumber() throws(CPTSKitError) -> String {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error(BilingualText(fr: "nombre invalide", en: "invalid number"), at: start) }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw error(BilingualText(fr: "nombre invalide (zéro en tête)", en: "invalid number (leading zero)"), at: start) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error(BilingualText(fr: "nombre invalide (aucun chiffre après '.')", en: "invalid number (no digit after '.')"), at: start) }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw error(BilingualText(fr: "nombre invalide (aucun chiffre dans l'exposant)", en: "invalid number (no digit in exponent)"), at: start) }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func parseString() throws(CPTSKitError) -> String {
        let start = position
        position += 1
        let plainStart = position
        // Fast path: no escape, so the string is the bytes between the quotes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = bytes.withUnsafeBufferPointer { buffer in
                    UTF8Validation.string(UnsafeBufferPointer(rebasing: buffer[plainStart..<position]))
                }
                guard let text else { throw error(BilingualText(fr: "UTF-8 invalide dans une chaîne", en: "invalid UTF-8 in a string"), at: start) }
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        var scalars: [UInt8] = Array(bytes[plainStart..<min(position, bytes.count)])
        var runStart = position
        while true {
            guard position < bytes.count else { throw error(BilingualText(fr: "chaîne non terminée", en: "unterminated string"), at: start) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                scalars.append(contentsOf: bytes[runStart..<position])
                position += 1
                break
            }
            if byte < 0x20 { throw error(BilingualText(fr: "caractère de contrôle dans une chaîne (à échapper)", en: "control character in a string (escape it)")) }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: bytes[runStart..<position])
                try parseEscape(into: &scalars)
                runStart = position
                continue
            }
            position += 1
        }
        let text = scalars.withUnsafeBufferPointer { UTF8Validation.string($0) }
        guard let text else { throw error(BilingualText(fr: "UTF-8 invalide dans une chaîne", en: "invalid UTF-8 in a string"), at: start) }
        return text
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(CPTSKitError) {
        position += 1
        guard position < bytes.count else { throw error(BilingualText(fr: "échappement non terminé", en: "unterminated escape")) }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): output.append(0x22)
        case UInt8(ascii: "\\"): output.append(0x5C)
        case UInt8(ascii: "/"): output.append(0x2F)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error(BilingualText(fr: "demi-codet isolé dans un échappement \\u", en: "unpaired surrogate in \\u escape"))
                }
                position += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error(BilingualText(fr: "demi-codet isolé dans un échappement \\u", en: "unpaired surrogate in \\u escape")) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error(BilingualText(fr: "demi-codet isolé dans un échappement \\u", en: "unpaired surrogate in \\u escape"))
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error(BilingualText(fr: "échappement \\u invalide", en: "invalid \\u escape")) }
            output.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw error(BilingualText(fr: "échappement invalide '\\\(Self.printable(byte))'", en: "invalid escape '\\\(Self.printable(byte))'"), at: position - 2)
        }
    }

    private mutating func parseHex4() throws(CPTSKitError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error(BilingualText(fr: "échappement \\u tronqué", en: "truncated \\u escape")) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error(BilingualText(fr: "chiffre hexadécimal invalide dans un échappement \\u", en: "invalid hexadecimal digit in \\u escape"))
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }
}
