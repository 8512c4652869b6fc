import Foundation
import Testing

/// The folders of the core library use each other without a cycle, exactly as
/// `Documentation/Architecture.md` draws them, and the core never reaches the presentation.
@Suite("Folder graph of the core: acyclic, and as documented")
struct FolderGraphTests {
    /// Which folder uses which: an edge when a file of one folder names a type declared in another.
    static func folderGraph(of library: String) throws -> [String: Set<String>] {
        let root = RepositoryFiles.url(library)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [:] }
        var files: [(folder: String, code: String)] = []
        var owner: [String: String] = [:]
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let relative = url.path.dropFirst(root.path.count + 1)
            let folder = relative.split(separator: "/").first.map(String.init) ?? ""
            let code = Self.code(of: try String(contentsOf: url, encoding: .utf8))
            files.append((folder, code))
            for line in code.split(separator: "\n") where !line.hasPrefix(" ") {
                let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
                for (index, word) in words.enumerated().dropLast()
                where ["struct", "enum", "class", "protocol", "typealias", "actor"].contains(word) && owner[words[index + 1]] == nil {
                    owner[words[index + 1]] = folder
                }
            }
        }
        var graph: [String: Set<String>] = [:]
        for (folder, code) in files {
            graph[folder, default: []].formUnion([])
            for word in Set(code.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }))
            where word.first?.isUppercase == true {
                if let used = owner[String(word)], used != folder { graph[folder, default: []].insert(used) }
            }
        }
        return graph
    }

    /// Source without comments and string literals (names inside them are not uses).
    static func code(of source: String) -> String {
        var out = ""
        var inMultiline = false
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("\"\"\"") {
                inMultiline.toggle()
                out += "\n"
                continue
            }
            if inMultiline { out += "\n"; continue }
            var inString = false, escaped = false, previous: Character = " "
            for character in line {
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                    continue
                }
                if character == "/" && previous == "/" { out.removeLast(); break }
                if character == "\"" { inString = true; continue }
                out.append(character)
                previous = character
            }
            out += "\n"
        }
        return out
    }

    /// The graph drawn in Architecture.md: rows `| `Folder` | A, B |` after the folder-graph marker.
    static func documentedGraph() throws -> [String: Set<String>] {
        let text = try RepositoryFiles.text("Documentation/Architecture.md")
        guard let start = text.range(of: "<!-- folder-graph -->") else { return [:] }
        var graph: [String: Set<String>] = [:]
        for line in text[start.upperBound...].split(separator: "\n").dropFirst(2) {
            guard line.hasPrefix("| `") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let folder = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            graph[folder] = Set(cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "—" })
        }
        return graph
    }

    static func cycle(in graph: [String: Set<String>]) -> [String]? {
        var state: [String: Int] = [:]   // 1 visiting, 2 done
        var path: [String] = []
        func visit(_ node: String) -> [String]? {
            if state[node] == 2 { return nil }
            if state[node] == 1 { return path + [node] }
            state[node] = 1
            path.append(node)
            for next in (graph[node] ?? []).sorted() { if let found = visit(next) { return found } }
            path.removeLast()
            state[node] = 2
            return nil
        }
        for node in graph.keys.sorted() { if let found = visit(node) { return found } }
        return nil
    }

    @Test("No folder of Sources/CPTSKit depends on itself through others")
    func acyclic() throws {
        let graph = try Self.folderGraph(of: "Sources/CPTSKit")
        #expect(graph.count >= 15)
        #expect(Self.cycle(in: graph) == nil, "cycle: \(Self.cycle(in: graph)?.joined(separator: " → ") ?? "")")
    }

    @Test("Architecture.md draws the folder graph as it is")
    func documented() throws {
        let graph = try Self.folderGraph(of: "Sources/CPTSKit")
        let documented = try Self.documentedGraph()
        for folder in Set(graph.keys).union(documented.keys).sorted() {
            #expect(graph[folder] == documented[folder],
                    "\(folder): code uses \((graph[folder] ?? []).sorted()), Architecture.md says \((documented[folder] ?? []).sorted())")
        }
    }

    @Test("The cycle check finds a cycle when there is one")
    func detectsCycles() {
        #expect(Self.cycle(in: ["A": ["B"], "B": ["C"], "C": ["A"]]) != nil)
        #expect(Self.cycle(in: ["A": ["B"], "B": ["C"], "C": []]) == nil)
    }

    @Test("The core never imports the presentation product")
    func coreHasNoPresentation() throws {
        let root = RepositoryFiles.url("Sources/CPTSKit")
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var offenders: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            if try String(contentsOf: url, encoding: .utf8).contains("import CPTSKitReports") { offenders.append(url.lastPathComponent) }
        }
        #expect(offenders.isEmpty)
    }
}
