import CPTSKit
import CPTSKitReports

/// `cpts rules`: list a rulebook (built-in or file), export one as a file, or compare two.
enum RulesCommand {
    static func run(_ invocation: Invocation, into outcome: inout Outcome) throws(Runner.Failure) {
        let formatName = invocation.options["--format"] ?? "table"
        if !invocation.positionals.isEmpty {
            guard invocation.positionals[0] == "diff", invocation.positionals.count == 3 else {
                throw usage("attendu 'rules diff A B' (A et B des identifiants ou des fichiers de règles)",
                            "expected 'rules diff A B' (A and B rulebook ids or files)")
            }
            try diff(invocation.positionals[1], invocation.positionals[2], format: formatName, language: invocation.language, into: &outcome)
            return
        }
        var registry = RulebookRegistry.standard
        if let path = invocation.options["--file"] {
            let (withFile, rulebook) = try Runner.rulebookFile(path)
            registry = withFile
            outcome.stdout = render(rulebook, format: formatName, language: invocation.language)
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
                outcome.stdout = registry.rulebooks.map { RulebookRenderer.render($0, format: format, language: invocation.language) }
                    .joined(separator: "\n")
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
                throw Runner.Failure(file: "cpts: --on", error: error, code: ExitCode.usage)
            }
        } else {
            rulebook = registry.rulebooks[registry.rulebooks.count - 1]
        }
        outcome.stdout = render(rulebook, format: formatName, language: invocation.language)
    }

    static func render(_ rulebook: Rulebook, format: String, language: Language) -> String {
        if format == "markdown" { return RulebookRenderer.markdown(RulebookRegistry([rulebook])) }
        return RulebookRenderer.render(rulebook, format: OutputFormat(rawValue: format) ?? .table, language: language)
    }

    static func lookUp(_ id: String, in registry: RulebookRegistry, option: String) throws(Runner.Failure) -> Rulebook {
        do throws(CPTSKitError) {
            return try registry.rulebook(id: id)
        } catch {
            throw Runner.Failure(file: "cpts: \(option)", error: error, code: ExitCode.usage)
        }
    }

    static func usage(_ french: String, _ english: String) -> Runner.Failure {
        Runner.Failure.usage(french, english, command: "rules")
    }

    /// `rules diff A B`: each side a built-in id or a file (resolved on the built-in rulebooks, or on
    /// the other side's file when it extends it). A file may reuse a built-in id here: an exported
    /// rulebook compares with its original.
    static func diff(_ a: String, _ b: String, format: String, language: Language, into outcome: inout Outcome) throws(Runner.Failure) {
        let standard = RulebookRegistry.standard
        var documents: [String: RulebookDocument] = [:]
        for side in [a, b] where standard.rulebooks.first(where: { $0.id == side }) == nil {
            guard let bytes = FileOutput.read(side) else {
                let known = standard.rulebooks.map(\.id).joined(separator: ", ")
                throw Runner.Failure("\(side): ni des règles intégrées (\(known)) ni un fichier lisible",
                                     "\(side): not a built-in rulebook (\(known)) nor a readable file", code: ExitCode.fileNotFound)
            }
            do throws(CPTSKitError) {
                documents[side] = try RulebookDocument(jsonBytes: bytes)
            } catch {
                throw Runner.Failure(file: side, error: error)
            }
        }
        func rulebook(_ side: String, other: String) throws(Runner.Failure) -> Rulebook {
            guard let document = documents[side] else {
                // Not a file: a built-in id (the sides were sorted so above).
                do throws(CPTSKitError) {
                    return try standard.rulebook(id: side)
                } catch {
                    throw Runner.Failure(file: side, error: error)
                }
            }
            do throws(CPTSKitError) {
                // A file that extends the other side's file is resolved on it.
                if let parent = documents[other], parent.id == document.extends, side != other {
                    return try document.resolved(extending: try standard.rulebook(resolving: parent))
                }
                return try standard.rulebook(resolving: document)
            } catch {
                throw Runner.Failure(file: side, error: error)
            }
        }
        let old = try rulebook(a, other: b), new = try rulebook(b, other: a)
        outcome.stdout = RulebookRenderer.render(old.differences(to: new), from: old, to: new,
                                                 format: OutputFormat(rawValue: format) ?? .table, language: language)
    }
}
