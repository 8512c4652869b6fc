import Foundation
import Testing

/// Every public symbol of the library has a doc comment: a source scan, cheap enough for every run.
@Suite("Every public symbol is documented")
struct PublicDocumentationTests {
    static func swiftFiles() throws -> [URL] {
        var files: [URL] = []
        for library in ["Sources/CPTSKit", "Sources/CPTSKitReports", "Sources/CPTSKitFrance", "Sources/CPTSKitTesting"] {
            let root = RepositoryFiles.url(library)
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            files += enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("No public declaration without a /// comment above it (attributes may sit between)")
    func everyPublicDeclarationDocumented() throws {
        var undocumented: [String] = []
        var count = 0
        for file in try Self.swiftFiles() {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("public ") || trimmed.hasPrefix("public(") else { continue }
                // Extensions are not symbols of their own; their members are checked one by one.
                if trimmed.hasPrefix("public extension") { continue }
                count += 1
                var above = index - 1
                while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
                if above < 0 || !lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                    undocumented.append("\(file.lastPathComponent):\(index + 1): \(trimmed)")
                }
            }
        }
        #expect(count > 200)
        #expect(undocumented.isEmpty, "\(undocumented.joined(separator: "\n"))")
    }

    @Test("Enum cases of public enums are documented too")
    func publicEnumCasesDocumented() throws {
        var undocumented: [String] = []
        for file in try Self.swiftFiles() {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            var inPublicEnum = false
            var depth = 0
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("public enum ") { inPublicEnum = true; depth = 0 }
                if inPublicEnum {
                    depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
                    if trimmed.hasPrefix("case "), depth == 1,
                       !lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                        undocumented.append("\(file.lastPathComponent):\(index + 1): \(trimmed)")
                    }
                    if depth <= 0, trimmed.contains("}") { inPublicEnum = false }
                }
            }
        }
        #expect(undocumented.isEmpty, "\(undocumented.joined(separator: "\n"))")
    }
}
