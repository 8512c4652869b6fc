import CPTSKit
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
    /// A failure that ends the run with an exit code.
    struct Failure: Error {
        let message: String
        let code: Int32
    }

    static func run(_ arguments: [String]) -> Outcome {
        var outcome = Outcome()
        let invocation: Invocation
        do {
            guard let parsed = try Arguments.parse(arguments) else {
                outcome.stdout = Arguments.help
                outcome.exitCode = arguments.isEmpty ? ExitCode.usage : ExitCode.ok
                if arguments.isEmpty {
                    outcome.stdout = ""
                    outcome.stderr = Arguments.help
                }
                return outcome
            }
            invocation = parsed
        } catch {
            outcome.stderr = "cpts: \(error.message)\n\n" + (error.command.map(Arguments.help(for:)) ?? Arguments.help)
            outcome.exitCode = ExitCode.usage
            return outcome
        }
        if invocation.wantsHelp {
            outcome.stdout = Arguments.help(for: invocation.command)
            return outcome
        }
        do throws(Failure) {
            try execute(invocation, into: &outcome)
        } catch {
            outcome.stderr += error.message + "\n"
            outcome.exitCode = error.code
        }
        return outcome
    }

    /// Reads and decodes a contract file; errors become `FILE: path: message (value)`.
    static func contract(_ path: String) throws(Failure) -> ACIContract {
        guard let bytes = FileOutput.read(path) else {
            throw Failure(message: "\(path): file not found or not readable", code: ExitCode.fileNotFound)
        }
        do {
            return try ACIContract(jsonBytes: bytes)
        } catch {
            throw Failure(message: "\(path): \(error)", code: ExitCode.invalidData)
        }
    }

    /// Runs a library computation; its error is reported against the file.
    static func compute<T>(_ path: String, _ body: () throws(CPTSKitError) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            throw Failure(message: "\(path): \(error)", code: ExitCode.invalidData)
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
            throw Failure(message: "\(path): file not found or not readable", code: ExitCode.fileNotFound)
        }
        do {
            return try RulebookRegistry.standard.adding(jsonBytes: bytes)
        } catch {
            throw Failure(message: "\(path): \(error)", code: ExitCode.invalidData)
        }
    }

    /// Renders output; an encoding failure (none for computed values) ends the run, exit 70.
    static func rendered(_ body: () throws -> String) throws(Failure) -> String {
        do {
            return try body()
        } catch {
            throw Failure(message: "cpts: cannot write the output: \(error)", code: ExitCode.software)
        }
    }

    static func warnings(_ list: [FundingWarning], file: String) -> String {
        list.map { "\(file): warning: \($0)\n" }.joined()
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
                outcome.stderr += warnings(funding.allWarnings, file: path)
                outcome.stdout = try rendered { try ScheduleRenderer.render(schedule, format: format(invocation)) }
                return
            }
            let funding = try compute(path) { () throws(CPTSKitError) in try engine.funding(for: contract, asOf: asOf) }
            outcome.stderr += warnings(funding.allWarnings, file: path)
            if let years, let number = years.first, !funding.years.contains(where: { $0.year.number == number }) {
                let end = funding.terminatedOn.map { ", terminated on \($0)" } ?? ""
                throw Failure(message: "\(path): --year: the contract has no year \(number)\(end) (\(number))", code: ExitCode.invalidData)
            }
            if invocation.command.name == "funding" {
                outcome.stdout = try rendered { try FundingRenderer.render(funding, format: format(invocation), years: years) }
            } else {
                outcome.stdout = ExplanationRenderer.render(funding, contract: contract, years: years)
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
                        outcome.stdout += ReportRenderer.render(report, file: path, format: .table)
                    }
                } catch {
                    outcome.stderr += error.message + "\n"
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
                throw Failure(message: "cpts: unknown example '\(name)'; known: \(BundledExample.allCases.map(\.rawValue).joined(separator: ", "))",
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
            case "html": outcome.stdout = ReviewRenderer.html(review)
            case "json": outcome.stdout = ReviewRenderer.json(review).serialized() + "\n"
            default: outcome.stdout = ReviewRenderer.markdown(review)
            }
        default:
            throw Failure(message: "cpts: unknown command '\(invocation.command.name)'", code: ExitCode.usage)
        }
    }
}
