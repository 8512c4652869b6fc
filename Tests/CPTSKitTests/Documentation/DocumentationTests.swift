import Foundation
import Testing
@testable import CPTSKit

/// The documents cannot lie: their code is the tests' code, their outputs are real outputs.
@Suite("Documentation stays true", .serialized)
struct DocumentationTests {
    /// The `// snippet: NAME` … `// end snippet` blocks of a test file, dedented.
    static func snippets(in relativePath: String) throws -> [String: String] {
        let lines = try RepositoryFiles.text(relativePath).components(separatedBy: "\n")
        var result: [String: String] = [:]
        var name: String?
        var body: [String] = []
        var indent = 0
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("// snippet: ") {
                name = String(trimmed.dropFirst("// snippet: ".count))
                indent = line.prefix { $0 == " " }.count
                body = []
            } else if trimmed == "// end snippet", let current = name {
                result[current] = body.joined(separator: "\n")
                name = nil
            } else if name != nil {
                body.append(String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count))))
            }
        }
        return result
    }

    /// The DocC article of `Documentation/GettingStarted.md`: one guide, two places. Links to other
    /// guides, which DocC cannot follow, name the file instead; snippet markers are dropped.
    static func doccArticle(from guide: String) -> String {
        var lines = guide.components(separatedBy: "\n").filter { !$0.hasPrefix("<!-- snippet: ") }
        if lines.first == "# Getting started" { lines[0] = "# Getting Started" }
        var text = lines.joined(separator: "\n")
        while let open = text.range(of: "]("), let start = text[..<open.lowerBound].lastIndex(of: "["),
              let close = text[open.upperBound...].firstIndex(of: ")") {
            let label = String(text[text.index(after: start)..<open.lowerBound])
            let target = String(text[open.upperBound..<close])
            let file = "`Documentation/" + (target.split(separator: "#").first.map(String.init) ?? target) + "`"
            text.replaceSubrange(start...close, with: label == (target.split(separator: "#").first.map(String.init) ?? "") ? file : "\(label) (\(file))")
        }
        return text + "\n> Note: This article is the repository's `Documentation/GettingStarted.md`, copied by a test: there is one getting-started guide.\n"
    }

    @Test("The DocC catalogue's Getting Started is Documentation/GettingStarted.md")
    func doccGettingStarted() throws {
        let guide = try RepositoryFiles.text("Documentation/GettingStarted.md")
        try GeneratedFiles.check("Sources/CPTSKit/CPTSKit.docc/GettingStarted.md", expected: Self.doccArticle(from: guide))
    }

    @Test("GettingStarted.md shows exactly the code its tests run")
    func gettingStartedSnippets() throws {
        let snippets = try Self.snippets(in: "Tests/CPTSKitTests/Documentation/GettingStartedSnippets.swift")
        let document = try RepositoryFiles.text("Documentation/GettingStarted.md")
        #expect(snippets.count == 6)
        for (name, code) in snippets {
            #expect(document.contains("<!-- snippet: \(name) -->\n```swift\n\(code)\n```"), "snippet \(name) differs")
        }
    }

    @Test("Every Swift block of the DocC catalogues is a snippet that a test compiles and runs")
    func doccSnippets() throws {
        // The Getting Started article is Documentation/GettingStarted.md: its code is GettingStartedSnippets'.
        let snippets = Set(try Self.snippets(in: "Tests/CPTSKitTests/Documentation/DocCSnippets.swift").values)
            .union(try Self.snippets(in: "Tests/CPTSKitTests/Documentation/GettingStartedSnippets.swift").values)
        var blocks = 0
        for catalogue in ["Sources/CPTSKit/CPTSKit.docc", "Sources/CPTSKitReports/CPTSKitReports.docc",
                          "Sources/CPTSKitFrance/CPTSKitFrance.docc", "Sources/CPTSKitTesting/CPTSKitTesting.docc",
                          "Sources/CPTSKitExamples/CPTSKitExamples.docc"] {
        let directory = RepositoryFiles.url(catalogue)
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".md") {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for part in text.components(separatedBy: "```swift\n").dropFirst() {
                guard let end = part.range(of: "\n```") else { continue }
                let code = String(part[..<end.lowerBound])
                // A Package.swift excerpt cannot run in a test: CI builds a package from it (.ci/run).
                if code.contains(".package(path:") { continue }
                blocks += 1
                #expect(snippets.contains(code), "\(file): a Swift block no test runs:\n\(code)")
            }
        }
        }
        #expect(blocks == 16)
    }

    /// Rewrites (or checks) every ```console block of a document whose first line is `$ cpts …`.
    static func checkConsoleBlocks(_ relativePath: String) throws {
        let text = try RepositoryFiles.text(relativePath)
        var output = ""
        var rest = Substring(text)
        var blocks = 0
        while let start = rest.range(of: "```console\n$ cpts ") {
            output += rest[..<start.lowerBound]
            let afterPrompt = rest[start.upperBound...]
            guard let lineEnd = afterPrompt.firstIndex(of: "\n"), let close = afterPrompt.range(of: "\n```\n") else { break }
            let commandLine = String(afterPrompt[..<lineEnd])
            let arguments = commandLine.split(separator: " ").map(String.init)
            let result = try CLIRunner.run(arguments)
            var shown = result.stdout
            if shown.hasSuffix("\n") { shown.removeLast() }
            if result.status != 0 {
                shown = result.stderr.hasSuffix("\n") ? String(result.stderr.dropLast()) : result.stderr
                shown += "\n(exit \(result.status))"
            }
            output += "```console\n$ cpts \(commandLine)\n\(shown)\n```\n"
            rest = afterPrompt[close.upperBound...]
            blocks += 1
        }
        output += rest
        #expect(blocks > 0)
        try GeneratedFiles.check(relativePath, expected: output)
    }

    @Test("Territory.md: its code is the tests' code, its commands' output is real")
    func territory() throws {
        let snippets = try Self.snippets(in: "Tests/CPTSKitTests/Documentation/TerritorySnippets.swift")
        var document = try RepositoryFiles.text("Documentation/Territory.md")
        #expect(snippets.count == 1)
        for (name, code) in snippets {
            let marker = "<!-- snippet: \(name) -->\n```swift\n"
            guard let start = document.range(of: marker), let end = document.range(of: "```\n", range: start.upperBound..<document.endIndex)
            else {
                Issue.record("snippet \(name) missing")
                continue
            }
            document.replaceSubrange(start.upperBound..<end.lowerBound, with: code + "\n")
        }
        try GeneratedFiles.check("Documentation/Territory.md", expected: document)
        try Self.checkConsoleBlocks("Documentation/Territory.md")
    }

    @Test("CLI.md shows the real output of every command it quotes")
    func cliOutputs() throws {
        try Self.checkConsoleBlocks("Documentation/CLI.md")
    }

    @Test("ContractFormat.md lists the real message of every invalid fixture")
    func contractFormatErrors() throws {
        let document = try RepositoryFiles.text("Documentation/ContractFormat.md")
        guard let begin = document.range(of: "<!-- errors:begin -->\n"), let end = document.range(of: "<!-- errors:end -->") else {
            Issue.record("markers missing")
            return
        }
        var table = "| fixture | kind | message |\n|---|---|---|\n"
        for fixture in ContractJSONTests.invalidFiles {
            let bytes = try RepositoryFiles.bytes("Tests/Fixtures/invalid/\(fixture.file)")
            var message = "accepted"
            do throws(CPTSKitError) {
                _ = try FundingEngine().funding(for: try ACIContract(jsonBytes: bytes))
            } catch {
                message = error.description
            }
            let cell = message.replacingOccurrences(of: "|", with: "\\|")
            table += "| `\(fixture.file)` | `\(fixture.kind)` | \(cell) |\n"
        }
        let expected = String(document[..<begin.upperBound]) + table + String(document[end.lowerBound...])
        try GeneratedFiles.check("Documentation/ContractFormat.md", expected: expected)
        let example = try RepositoryFiles.text("Tests/Fixtures/valid-format-example.json")
        #expect(document.contains("```json\n" + example + "\n```"))
    }

    @Test("RulebookFormat.md: its code is the tests' code, its key table and its errors are generated")
    func rulebookFormat() throws {
        let snippets = try Self.snippets(in: "Tests/CPTSKitTests/Documentation/RulebookFormatSnippets.swift")
        var document = try RepositoryFiles.text("Documentation/RulebookFormat.md")
        #expect(snippets.count == 2)
        for (name, code) in snippets.sorted(by: { $0.key < $1.key }) {
            let marker = "<!-- snippet: \(name) -->\n```swift\n"
            guard let start = document.range(of: marker), let end = document.range(of: "\n```", range: start.upperBound..<document.endIndex)
            else {
                Issue.record("snippet \(name) missing")
                continue
            }
            document.replaceSubrange(start.upperBound..<end.lowerBound, with: code)
        }
        var keys = "| key | value | what |\n|---|---|---|\n"
        for entry in RulebookFigureKey.catalogue { keys += "| `\(entry.pattern)` | \(entry.type) | \(entry.meaning) |\n" }
        var errors = "| fixture | kind | message |\n|---|---|---|\n"
        for fixture in RulebookFileErrorTests.invalidFiles {
            let bytes = try RepositoryFiles.bytes("Tests/Fixtures/invalid-rulebooks/\(fixture.file)")
            var message = "accepted"
            do throws(CPTSKitError) {
                _ = try RulebookRegistry.standard.adding(jsonBytes: bytes)
            } catch {
                message = error.description
            }
            errors += "| `\(fixture.file)` | `\(fixture.kind)` | \(message.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        for (name, table) in [("keys", keys), ("errors", errors)] {
            guard let begin = document.range(of: "<!-- \(name):begin -->\n"), let end = document.range(of: "<!-- \(name):end -->") else {
                Issue.record("\(name) markers missing")
                continue
            }
            document.replaceSubrange(begin.upperBound..<end.lowerBound, with: table)
        }
        try GeneratedFiles.check("Documentation/RulebookFormat.md", expected: document)
        let example = try RepositoryFiles.text("Examples/rulebooks/draft-2026-hypothese.json")
        #expect(document.contains("```json\n" + example + "```"))
    }
}
