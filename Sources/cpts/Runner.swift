import CPTSKit
import CPTSKitExamples
import CPTSKitFrance
import CPTSKitReports

/// What a run of `cpts` prints and returns.
struct Outcome {
    var stdout = ""
    var stderr = ""
    var exitCode: Int32 = 0
}

/// Exit codes of `cpts` (sysexits.h).
enum ExitCode {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let fileNotFound: Int32 = 66
    static let software: Int32 = 70
}

/// Runs one invocation: parse, read, call CPTSKit, render.
enum Runner {
    /// A failure that ends the run with an exit code; its message exists in both languages.
    struct Failure: Error {
        let message: BilingualText
        let code: Int32
        /// The library's error behind it, when there is one (what an aggregate lists as skipped).
        var error: CPTSKitError? = nil

        init(message: BilingualText, code: Int32) {
            self.message = message
            self.code = code
        }

        /// A failure written in French and in English.
        init(_ french: String, _ english: String, code: Int32) {
            self.init(message: BilingualText(fr: french, en: english), code: code)
        }

        /// A library error about a file: `FILE: path: message (value)`, the message in each language.
        init(file: String, error: CPTSKitError, code: Int32 = ExitCode.invalidData) {
            self.init("\(file): \(error.description(in: .french))", "\(file): \(error.description(in: .english))", code: code)
            self.error = error
        }

        /// The library's error, or one that says the file could not be read.
        func refusal(of file: String) -> CPTSKitError {
            error ?? CPTSKitError(.invalidArgument, path: "", message: BilingualText(fr: "fichier introuvable ou illisible", en: "file not found or not readable"),
                                  value: file)
        }

        /// A usage error followed by the help of a command.
        static func usage(_ french: String, _ english: String, command name: String) -> Failure {
            let command = Arguments.commands.first { $0.name == name }
            func help(_ words: Wording) -> String { command.map { Arguments.help(for: $0, words) } ?? Arguments.help(words) }
            return Failure("cpts: \(french)\n\n" + help(.french), "cpts: \(english)\n\n" + help(.english), code: ExitCode.usage)
        }
    }

    /// Runs `cpts` with its arguments; the environment gives the language when `--lang` does not.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> Outcome {
        var outcome = Outcome()
        var words = Wording(Language(environment: environment))
        let invocation: Invocation
        do throws(UsageError) {
            let (language, rest) = try Arguments.language(arguments, environment: environment)
            words = Wording(language)
            guard let parsed = try Arguments.parse(rest) else {
                if rest.isEmpty {
                    outcome.stderr = Arguments.help(words)
                    outcome.exitCode = ExitCode.usage
                } else {
                    outcome.stdout = Arguments.help(words)
                }
                return outcome
            }
            invocation = parsed.speaking(language)
        } catch {
            outcome.stderr = "cpts: \(words(error.message))\n\n" + (error.command.map { Arguments.help(for: $0, words) } ?? Arguments.help(words))
            outcome.exitCode = ExitCode.usage
            return outcome
        }
        if invocation.wantsHelp {
            outcome.stdout = Arguments.help(for: invocation.command, words)
            return outcome
        }
        do throws(Failure) {
            try execute(invocation, into: &outcome)
        } catch {
            outcome.stderr += words(error.message) + "\n"
            outcome.exitCode = error.code
        }
        return outcome
    }

    /// Reads and decodes a contract file; errors become `FILE: path: message (value)`.
    static func contract(_ path: String) throws(Failure) -> ACIContract {
        guard let bytes = FileOutput.read(path) else {
            throw Failure("\(path): fichier introuvable ou illisible", "\(path): file not found or not readable", code: ExitCode.fileNotFound)
        }
        do {
            return try ACIContract(jsonBytes: bytes)
        } catch {
            throw Failure(file: path, error: error)
        }
    }

    /// Runs a library computation; its error is reported against the file.
    static func compute<T>(_ path: String, _ body: () throws(CPTSKitError) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            throw Failure(file: path, error: error)
        }
    }

    /// The engine of a command: the built-in rulebooks, and the file of `--rulebook` if given.
    static func fundingEngine(_ invocation: Invocation) throws(Failure) -> FundingEngine {
        guard let path = invocation.options["--rulebook"], invocation.command.name != "impact" else { return FundingEngine() }
        return FundingEngine(registry: try rulebookFile(path).registry)
    }

    /// Reads a rulebook file into the built-in registry; errors become `FILE: path: message (value)`.
    static func rulebookFile(_ path: String) throws(Failure) -> (registry: RulebookRegistry, rulebook: Rulebook) {
        guard let bytes = FileOutput.read(path) else {
            throw Failure("\(path): fichier introuvable ou illisible", "\(path): file not found or not readable", code: ExitCode.fileNotFound)
        }
        do {
            return try RulebookRegistry.standard.adding(jsonBytes: bytes)
        } catch {
            throw Failure(file: path, error: error)
        }
    }

    /// Renders output; an encoding failure (none for computed values) ends the run, exit 70.
    static func rendered(_ body: () throws -> String) throws(Failure) -> String {
        do {
            return try body()
        } catch {
            throw Failure("cpts: impossible d'écrire la sortie : \(error)", "cpts: cannot write the output: \(error)", code: ExitCode.software)
        }
    }

    /// Warnings as `FILE: warning: path: message`, in the language of the run.
    static func warnings(_ list: [FundingWarning], file: String, _ words: Wording) -> String {
        list.map { "\(file): " + words("avertissement : ", "warning: ") + $0.description(in: words.language) + "\n" }.joined()
    }

    static func format(_ invocation: Invocation) -> OutputFormat {
        invocation.options["--format"].flatMap(OutputFormat.init(rawValue:)) ?? .table
    }

    static func execute(_ invocation: Invocation, into outcome: inout Outcome) throws(Failure) {
        let engine = try fundingEngine(invocation)
        let years = invocation.options["--year"].flatMap(Int.init).map { Set([$0]) }
        switch invocation.command.name {
        case "funding", "explain", "schedule":
            let path = invocation.positionals[0]
            let contract = try contract(path)
            let asOf = try AsOfDate.resolve(invocation)
            if invocation.command.name == "schedule" {
                // Funding and calendar from one plan of the contract.
                let (funding, schedule) = try compute(path) { () throws(CPTSKitError) in
                    try engine.fundingAndSchedule(for: contract, asOf: asOf)
                }
                outcome.stderr += warnings(funding.allWarnings, file: path, invocation.words)
                outcome.stdout = try rendered { try ScheduleRenderer.render(schedule, format: format(invocation), language: invocation.language) }
                return
            }
            let funding = try compute(path) { () throws(CPTSKitError) in try engine.funding(for: contract, asOf: asOf) }
            outcome.stderr += warnings(funding.allWarnings, file: path, invocation.words)
            if let years, let number = years.first, !funding.years.contains(where: { $0.year.number == number }) {
                let end = funding.terminatedOn
                throw Failure("\(path): --year: le contrat n'a pas d'année \(number)\(end.map { ", résilié le \($0)" } ?? "") (\(number))",
                              "\(path): --year: the contract has no year \(number)\(end.map { ", terminated on \($0)" } ?? "") (\(number))",
                              code: ExitCode.invalidData)
            }
            if invocation.command.name == "funding" {
                outcome.stdout = try rendered {
                    try FundingRenderer.render(funding, format: format(invocation), years: years, language: invocation.language,
                                               lines: invocation.options["--lines"] != nil, contract: contract, asOf: asOf)
                }
            } else {
                outcome.stdout = ExplanationRenderer.render(funding, contract: contract, years: years, language: invocation.language)
            }
        case "validate":
            var failed: Failure? = nil
            var reports: [JSONValue] = []
            let asOf = try AsOfDate.resolve(invocation)
            for path in invocation.positionals {
                do throws(Failure) {
                    let contract = try contract(path)
                    let report = try compute(path) { () throws(CPTSKitError) in try engine.report(for: contract, dataset: .france, asOf: asOf) }
                    if format(invocation) == .json {
                        reports.append(ReportRenderer.json(report, file: path))
                    } else {
                        outcome.stdout += ReportRenderer.render(report, file: path, format: .table, language: invocation.language)
                    }
                } catch {
                    outcome.stderr += invocation.words(error.message) + "\n"
                    if failed == nil || error.code == ExitCode.invalidData { failed = error }
                }
            }
            if format(invocation) == .json {
                outcome.stdout = JSONValue.object([("format", .string("cpts-validation/1")), ("files", .array(reports))]).serialized() + "\n"
            }
            if let failed { outcome.exitCode = failed.code }
        case "example":
            guard let name = invocation.positionals.first else {
                outcome.stdout = BundledExample.allCases.map { "\($0.rawValue)\t\($0.fileName)\n" }.joined()
                return
            }
            guard let example = BundledExample(rawValue: name) else {
                let known = BundledExample.allCases.map(\.rawValue).joined(separator: ", ")
                throw Failure("cpts: exemple inconnu '\(name)' ; connus : \(known)", "cpts: unknown example '\(name)'; known: \(known)",
                              code: ExitCode.usage)
            }
            outcome.stdout = example.jsonText
        case "rules":
            try RulesCommand.run(invocation, into: &outcome)
        case "coverage":
            try CoverageCommand.run(invocation, into: &outcome)
        case "whatif":
            try WhatIfCommand.run(invocation, engine: engine, into: &outcome)
        case "portfolio":
            try PortfolioCommand.run(invocation, engine: engine, into: &outcome)
        case "impact":
            try ImpactCommand.run(invocation, into: &outcome)
        case "review":
            let path = invocation.positionals[0]
            let contract = try contract(path)
            let year = invocation.options["--year"].flatMap(Int.init) ?? (contract.results.keys.max() ?? 1)
            let asOf = try AsOfDate.resolve(invocation)
            let review = try compute(path) { () throws(CPTSKitError) in try engine.review(for: contract, year: year, asOf: asOf) }
            switch invocation.options["--format"] ?? "markdown" {
            case "html": outcome.stdout = ReviewRenderer.html(review, language: invocation.language)
            case "json": outcome.stdout = ReviewRenderer.json(review).serialized() + "\n"
            default: outcome.stdout = ReviewRenderer.markdown(review, language: invocation.language)
            }
        case "followup":
            let path = invocation.positionals[0]
            let contract = try contract(path)
            let asOf = try AsOfDate.resolve(invocation)
            let year = invocation.options["--year"].flatMap(Int.init)
            let followUp = try compute(path) { () throws(CPTSKitError) in try engine.followUp(for: contract, year: year, asOf: asOf) }
            // The contract's warnings on that day, written in every format as well as on standard error.
            let found = try compute(path) { () throws(CPTSKitError) in try engine.validate(contract, asOf: asOf) }
            outcome.stderr += warnings(found, file: path, invocation.words)
            let language = invocation.language
            switch invocation.options["--format"] ?? "table" {
            case "html": outcome.stdout = FollowUpRenderer.html(followUp, warnings: found, language: language)
            case "json": outcome.stdout = FollowUpRenderer.json(followUp, warnings: found).serialized() + "\n"
            case "markdown": outcome.stdout = FollowUpRenderer.markdown(followUp, warnings: found, language: language)
            default: outcome.stdout = FollowUpRenderer.table(followUp, warnings: found, language: language)
            }
        default:
            throw Failure("cpts: commande inconnue '\(invocation.command.name)'", "cpts: unknown command '\(invocation.command.name)'",
                          code: ExitCode.usage)
        }
    }
}
