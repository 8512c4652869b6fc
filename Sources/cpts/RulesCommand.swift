import CPTSKit
import CPTSKitReports

/// `cpts rules`: list a rulebook (built-in or file), export one as a file, or compare two.
enum RulesCommand {
    static func run(_ invocation: Invocation, into outcome: inout Outcome) throws(Runner.Failure) {
        let formatName = invocation.options["--format"] ?? "table"
        if !invocation.positionals.isEmpty {
            guard invocation.positionals[0] == "diff", invocation.positionals.count == 3 else {
                throw usage("expected 'rules diff A B' (A and B rulebook ids or files)")
            }
            try diff(invocation.positionals[1], invocation.positionals[2], format: formatName, into: &outcome)
            return
        }
        var registry = RulebookRegistry.standard
        if let path = invocation.options["--file"] {
            let (withFile, rulebook) = try Runner.rulebookFile(path)
            registry = withFile
            outcome.stdout = render(rulebook, format: formatName)
            return
        }
        if let id = invocation.options["--export"] {
            outcome.stdout = try lookUp(id, in: registry, option: "--export").fileText
            return
        }
        if invocation.options["--all"] != nil {
            if formatName == "markdown" {
                outcome.stdout = RulebookRenderer.markdown(registry)
            } else {
                let format = OutputFormat(rawValue: formatName) ?? .table
                outcome.stdout = registry.rulebooks.map { RulebookRenderer.render($0, format: format) }.joined(separator: "\n")
            }
            return
        }
        let rulebook: Rulebook
        if let id = invocation.options["--id"] {
            rulebook = try lookUp(id, in: registry, option: "--id")
        } else if let text = invocation.options["--on"] {
            do throws(CPTSKitError) {
                rulebook = try registry.rulebook(inForceOn: try CalendarDate(parsing: text))
            } catch {
                throw Runner.Failure(message: "cpts: --on: \(error.message)\(error.value.map { " (\($0))" } ?? "")", code: ExitCode.usage)
            }
        } else {
            rulebook = registry.rulebooks[registry.rulebooks.count - 1]
        }
        outcome.stdout = render(rulebook, format: formatName)
    }

    static func render(_ rulebook: Rulebook, format: String) -> String {
        if format == "markdown" { return RulebookRenderer.markdown(RulebookRegistry([rulebook])) }
        return RulebookRenderer.render(rulebook, format: OutputFormat(rawValue: format) ?? .table)
    }

    static func lookUp(_ id: String, in registry: RulebookRegistry, option: String) throws(Runner.Failure) -> Rulebook {
        do throws(CPTSKitError) {
            return try registry.rulebook(id: id)
        } catch {
            throw Runner.Failure(message: "cpts: \(option): \(error.message)\(error.value.map { " (\($0))" } ?? "")", code: ExitCode.usage)
        }
    }

    static func usage(_ message: String) -> Runner.Failure {
        let help = Arguments.commands.first { $0.name == "rules" }.map(Arguments.help(for:)) ?? Arguments.help
        return Runner.Failure(message: "cpts: \(message)\n\n" + help, code: ExitCode.usage)
    }

    /// `rules diff A B`: each side a built-in id or a file (a file may extend the other side's file).
    static func diff(_ a: String, _ b: String, format: String, into outcome: inout Outcome) throws(Runner.Failure) {
        var documents: [(path: String, document: RulebookDocument)] = []
        for side in [a, b] where RulebookRegistry.standard.rulebooks.first(where: { $0.id == side }) == nil {
            guard let bytes = FileOutput.read(side) else {
                throw Runner.Failure(message: "\(side): not a built-in rulebook (\(RulebookRegistry.standard.rulebooks.map(\.id).joined(separator: ", "))) nor a readable file",
                                     code: ExitCode.fileNotFound)
            }
            do throws(CPTSKitError) {
                documents.append((side, try RulebookDocument(jsonBytes: bytes)))
            } catch {
                throw Runner.Failure(message: "\(side): \(error)", code: ExitCode.invalidData)
            }
        }
        let registry: RulebookRegistry
        do throws(CPTSKitError) {
            // The same file on both sides is loaded once.
            var unique: [RulebookDocument] = []
            for entry in documents where !unique.contains(where: { $0.id == entry.document.id }) { unique.append(entry.document) }
            registry = try RulebookRegistry.standard.adding(unique)
        } catch {
            throw Runner.Failure(message: "\(documents.map(\.path).joined(separator: ", ")): \(error)", code: ExitCode.invalidData)
        }
        func rulebook(_ side: String) -> Rulebook? {
            let id = documents.first { $0.path == side }?.document.id ?? side
            return registry.rulebooks.first { $0.id == id }
        }
        guard let old = rulebook(a), let new = rulebook(b) else {
            throw Runner.Failure(message: "cpts: rules diff: a rulebook could not be found", code: ExitCode.invalidData)
        }
        outcome.stdout = RulebookRenderer.render(old.differences(to: new), from: old, to: new,
                                                 format: OutputFormat(rawValue: format) ?? .table)
    }
}
