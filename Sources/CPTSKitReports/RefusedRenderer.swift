import CPTSKit

/// The files an aggregate (`cpts portfolio`, `cpts impact`) left out, written in each of its
/// formats: nothing a report leaves out is left out silently.
enum RefusedRenderer {
    /// `"skipped": [{"file": …, "error": {"kind", "code", "path", "message", "message_fr", "value"}}]`,
    /// in the order the files were offered; an empty list when none was skipped.
    static func json(_ refused: [RefusedContract]) -> JSONValue {
        .array(refused.map { entry in
            .object([("file", .string(entry.label)), ("index", .number(String(entry.index))), ("error", error(entry.error))])
        })
    }

    static func error(_ error: CPTSKitError) -> JSONValue {
        .object([("kind", .string(error.kind.rawValue)), ("code", .number(String(error.kind.code))), ("path", .string(error.path)),
                 ("message", .string(error.message(in: .english))), ("message_fr", .string(error.message(in: .french))),
                 ("value", error.value.map { .string($0) } ?? .null)])
    }

    /// A section of a table: its title with the count, then one line per file, `file: path: message (value)`.
    static func table(_ refused: [RefusedContract], _ w: Wording) -> String {
        guard !refused.isEmpty else { return "" }
        var out = "\n" + w("Fichiers laissés de côté (\(refused.count)), non comptés ci-dessus :",
                           "Files left out (\(refused.count)), not counted above:") + "\n"
        for entry in refused { out += "  \(entry.label): \(entry.error.description(in: w.language))\n" }
        return out
    }

    /// One CSV row per file: the group `skipped`, the file, then the error's kind, path and
    /// message (in English) in the next three columns, the other columns empty.
    static func csvRows(_ refused: [RefusedContract], columns: Int) -> [[String]] {
        refused.map { entry in
            let fields = ["skipped", entry.label, entry.error.kind.rawValue, entry.error.path, entry.error.description(in: .english)]
            return fields + Array(repeating: "", count: max(0, columns - fields.count))
        }
    }

    /// A section of an HTML page.
    static func html(_ refused: [RefusedContract], _ w: Wording) -> String {
        guard !refused.isEmpty else { return "" }
        let escape = ReviewRenderer.escape
        var out = "<h2>" + escape(w("Fichiers laissés de côté (\(refused.count)), non comptés ci-dessus",
                                    "Files left out (\(refused.count)), not counted above")) + "</h2>\n<ul class=\"skipped\">\n"
        for entry in refused { out += "<li><code>\(escape(entry.label))</code>\(w(" : ", ": "))\(escape(entry.error.description(in: w.language)))</li>\n" }
        return out + "</ul>\n"
    }
}
