import Testing

/// A broken file of a fixtures folder with the error it must give: its path and its kind.
struct InvalidFixture: Sendable, CustomTestStringConvertible {
    let file: String
    let path: String
    let kind: String
    var testDescription: String { "\(file) → \(kind) at '\(path)'" }

    /// The fixtures listed in `FOLDER/EXPECTED.tsv` (file, path, kind; `#` starts a comment).
    static func load(_ folder: String) -> [InvalidFixture] {
        guard let text = try? RepositoryFiles.text("\(folder)/EXPECTED.tsv") else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return InvalidFixture(file: fields[0], path: fields[1], kind: fields[2])
        }
    }
}
