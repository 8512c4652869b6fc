import Foundation
import Testing

/// Files generated from other files of the repository, checked byte for byte by the tests.
///
/// With `CPTSKIT_REGENERATE=1` in the environment the check writes the expected text instead
/// (`Scripts/regenerate` does this), so a generator and its check are one piece of code.
enum GeneratedFiles {
    static func check(_ relativePath: String, expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["CPTSKIT_REGENERATE"] == "1" {
            try Data(expected.utf8).write(to: RepositoryFiles.url(relativePath))
        }
        let actual = try RepositoryFiles.text(relativePath)
        #expect(actual == expected, "\(relativePath) is stale: run Scripts/regenerate", sourceLocation: sourceLocation)
    }

    /// `BundledExamples.generated.swift`: the example files as raw string literals.
    static func examplesSource() throws -> String {
        var out = """
            // Generated from Examples/*.json by Tests/CPTSKitTests/Support/GeneratedFiles.swift; run Scripts/regenerate.
            // Do not edit by hand.

            /// The text of the bundled examples (see ``BundledExample``).
            enum BundledExampleText {

            """
        for (name, file) in [("ploermel", "ploermel-2024.json"), ("lorientLittoral", "lorient-littoral-2025.json"),
                             ("radeARia", "rade-a-ria-2021.json")] {
            let text = try RepositoryFiles.text("Examples/\(file)")
            out += "    /// `Examples/\(file)`.\n"
            out += "    static let \(name) = #\"\"\"\n\(text)\n\"\"\"#\n\n"
        }
        out.removeLast()
        return out + "}\n"
    }
}
