import CPTSKit

/// Writes CSV (RFC 4180): fields separated by a comma (or `;` for French spreadsheets), quoted
/// when they hold the separator, a quote or a line break.
enum CSVWriter {
    static func field(_ text: String, separator: Character = ",") -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    static func row(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field($0, separator: separator) }.joined(separator: String(separator))
    }
}
