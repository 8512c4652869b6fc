/// The command line of `cpts`, described as data and parsed by one small table-driven parser.
///
/// No package: the design card allows only the toolchain. Each subcommand lists its positional
/// arguments and options; `--help` text is rendered from the same table.
struct CommandSpec {
    let name: String
    let summary: String
    let positional: String
    let positionalRange: ClosedRange<Int>
    let options: [OptionSpec]
}

/// An option: its name, the values it accepts (empty for a flag, `nil` for any), its help.
struct OptionSpec {
    let name: String
    let valueName: String?
    let allowed: [String]?
    let help: String
}

/// What the parser found: the subcommand, its positionals and options.
struct Invocation {
    let command: CommandSpec
    let positionals: [String]
    let options: [String: String]
    let wantsHelp: Bool
}

/// A usage error: exit 64 with the message and the subcommand's usage.
struct UsageError: Error {
    let message: String
    let command: CommandSpec?
}

enum Arguments {
    static let format = OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv"],
                                   help: "table (default), json or csv")
    static let year = OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                 help: "only contract year N (1 to 5)")
    static let rulebook = OptionSpec(name: "--rulebook", valueName: "FILE", allowed: nil,
                                     help: "a rulebook file (cpts-rulebook/1) joins the built-in ones, dated by its effective_on")
    static let asOf = OptionSpec(name: "--as-of", valueName: "DATE", allowed: nil,
                                 help: "date of the deadline and reported-results warnings, YYYY-MM-DD (default: today)")

    static let commands: [CommandSpec] = [
        CommandSpec(name: "funding", summary: "what the contract pays, year by year, line by line",
                    positional: "FILE", positionalRange: 1...1, options: [year, format, asOf, rulebook]),
        CommandSpec(name: "schedule", summary: "when each payment falls due and which lines it settles",
                    positional: "FILE", positionalRange: 1...1, options: [format, asOf, rulebook]),
        CommandSpec(name: "explain", summary: "every line with its rule, its computation, its source and amendment",
                    positional: "FILE", positionalRange: 1...1, options: [year, asOf, rulebook]),
        CommandSpec(name: "validate", summary: "check contract files; report warnings and the population cross-check",
                    positional: "FILE...", positionalRange: 1...Int.max,
                    options: [OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json"], help: "table (default) or json"),
                              asOf]),
        CommandSpec(name: "example", summary: "print a bundled example contract (ploermel, lorient-littoral, rade-a-ria)",
                    positional: "[NAME]", positionalRange: 0...1, options: []),
        CommandSpec(name: "rules", summary: "the rulebook in force on a date, every figure with its source; 'rules diff A B' compares two",
                    positional: "[diff A B]", positionalRange: 0...3,
                    options: [OptionSpec(name: "--on", valueName: "DATE", allowed: nil, help: "the date, YYYY-MM-DD (default: the latest rulebook)"),
                              OptionSpec(name: "--id", valueName: "ID", allowed: nil, help: "a rulebook by id: aci-2019, aci-2019-av2"),
                              OptionSpec(name: "--file", valueName: "FILE", allowed: nil,
                                         help: "a rulebook file (cpts-rulebook/1), printed like a built-in one"),
                              OptionSpec(name: "--export", valueName: "ID", allowed: nil,
                                         help: "write a rulebook as a complete cpts-rulebook/1 file"),
                              OptionSpec(name: "--all", valueName: nil, allowed: [], help: "every rulebook (with --format markdown: Documentation/Rules.md)"),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv", "markdown"],
                                         help: "table (default), json, csv or markdown")]),
        CommandSpec(name: "coverage", summary: "share of an area's population covered by the CPTS of the files, anywhere in France",
                    positional: "FILE...|DIR", positionalRange: 1...Int.max,
                    options: [OptionSpec(name: "--departement", valueName: "CODE", allowed: nil,
                                         help: "a département, e.g. 29 or 2A (default: those of the communes listed)"),
                              OptionSpec(name: "--region", valueName: "CODE", allowed: nil, help: "a région, e.g. 53 (Bretagne)"),
                              OptionSpec(name: "--france", valueName: nil, allowed: [], help: "the whole of France"),
                              OptionSpec(name: "--millesime", valueName: "YEAR", allowed: ["2020", "2021", "2022", "2023"],
                                         help: "INSEE millésime, 2020 to 2023 (default 2023, in force since 1 January 2026)"),
                              OptionSpec(name: "--measure", valueName: "MEASURE", allowed: ["pmun", "ptot"],
                                         help: "pmun, population municipale (default), or ptot, population totale"),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv", "html"],
                                         help: "table (default), json, csv (every commune of the area) or html (a self-contained page)")]),
        CommandSpec(name: "whatif", summary: "what coordinators ask: reachable, value, tiers, late, compare",
                    positional: "ACTION FILE", positionalRange: 2...2,
                    options: [OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                         help: "the contract year (default: the first not yet assessed)"),
                              OptionSpec(name: "--mission", valueName: "KEY", allowed: nil, help: "late: the mission that starts late"),
                              OptionSpec(name: "--months", valueName: "N", allowed: nil, help: "late: the delay in months"),
                              OptionSpec(name: "--set", valueName: "ID=VALUE,…", allowed: nil,
                                         help: "compare: results to set for --year (true, false or a number)"),
                              OptionSpec(name: "--start", valueName: "MISSION=DATE,…", allowed: nil, help: "compare: start dates to set"),
                              OptionSpec(name: "--crisis", valueName: "YEARS", allowed: nil, help: "compare: years with a recognised crisis, e.g. 2,3 (or none)"),
                              OptionSpec(name: "--basis", valueName: "BASIS", allowed: ["days", "30/360"], help: "compare: proration basis"),
                              OptionSpec(name: "--boundaries", valueName: "SIDE,SIDE,SIDE", allowed: nil,
                                         help: "compare: which class holds 40 000, 80 000, 175 000 (upper or lower each)"),
                              format, rulebook]),
        CommandSpec(name: "portfolio", summary: "totals of every contract file in a folder, coverage and commitments",
                    positional: "DIR", positionalRange: 1...1,
                    options: [format,
                              OptionSpec(name: "--french-csv", valueName: nil, allowed: [],
                                         help: "with --format csv: BOM, ';' and decimal commas for a French spreadsheet"),
                              OptionSpec(name: "--millesime", valueName: "YEAR", allowed: ["2020", "2021", "2022", "2023"],
                                         help: "INSEE millésime of the coverage (default 2023, in force since 1 January 2026)"),
                              rulebook]),
        CommandSpec(name: "review", summary: "the yearly review of one contract year, for the dialogue de gestion",
                    positional: "FILE", positionalRange: 1...1,
                    options: [OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                         help: "the contract year (default: the last assessed)"),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["markdown", "html", "json"],
                                         help: "markdown (default), html (a self-contained page) or json"),
                              asOf, rulebook]),
        CommandSpec(name: "impact", summary: "what a draft rulebook changes, for each contract of a folder and in total",
                    positional: "DIR", positionalRange: 1...1,
                    options: [OptionSpec(name: "--rulebook", valueName: "FILE", allowed: nil,
                                         help: "the draft rulebook file (cpts-rulebook/1); required"),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv", "html"],
                                         help: "table (default), json, csv or html (a self-contained page)")]),
    ]

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation? {
        guard let first = arguments.first else { return nil }
        if first == "--help" || first == "-h" || first == "help" {
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                return Invocation(command: command, positionals: [], options: [:], wantsHelp: true)
            }
            return nil
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            throw UsageError(message: "unknown command '\(first)'", command: nil)
        }
        var positionals: [String] = []
        var options: [String: String] = [:]
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--help" || argument == "-h" {
                return Invocation(command: command, positionals: [], options: [:], wantsHelp: true)
            }
            guard argument.hasPrefix("--") else {
                positionals.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard let option = command.options.first(where: { $0.name == parts[0] }) else {
                throw UsageError(message: "unknown option '\(parts[0])' for '\(command.name)'", command: command)
            }
            guard options[option.name] == nil else {
                throw UsageError(message: "option '\(option.name)' given twice", command: command)
            }
            guard option.valueName != nil else {
                guard parts.count == 1 else { throw UsageError(message: "option '\(option.name)' takes no value", command: command) }
                options[option.name] = ""
                continue
            }
            let value: String
            if parts.count == 2 {
                value = parts[1]
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "option '\(option.name)' needs a value", command: command)
                }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowed, !allowed.contains(value) {
                throw UsageError(message: "invalid value '\(value)' for '\(option.name)'; expected \(allowed.joined(separator: ", "))",
                                 command: command)
            }
            options[option.name] = value
        }
        guard command.positionalRange.contains(positionals.count) else {
            let expected = command.positional.isEmpty ? "no argument" : command.positional
            throw UsageError(message: "'\(command.name)' expects \(expected)", command: command)
        }
        return Invocation(command: command, positionals: positionals, options: options, wantsHelp: false)
    }

    /// The overall help.
    static var help: String {
        var out = """
            cpts — the ACI funding of a CPTS, computed exactly and explained (CPTSKit)

            Usage: cpts COMMAND [ARGUMENTS] [OPTIONS]

            Commands:

            """
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands {
            out += "  \(command.name)\(String(repeating: " ", count: width - command.name.count))  \(command.summary)\n"
        }
        out += """

            FILE may be '-' for standard input.
            Run 'cpts COMMAND --help' for a command's options.
            Start with: cpts example lorient-littoral > contract.json && cpts funding contract.json
            Exit codes: 0 ok, 64 usage, 65 invalid data, 66 file not found.

            """
        return out
    }

    /// The help of one subcommand.
    static func help(for command: CommandSpec) -> String {
        var out = "cpts \(command.name) — \(command.summary)\n\nUsage: cpts \(command.name)"
        if !command.positional.isEmpty { out += " \(command.positional)" }
        for option in command.options { out += " [\(option.name)\(option.valueName.map { " \($0)" } ?? "")]" }
        out += "\n"
        if !command.options.isEmpty {
            out += "\nOptions:\n"
            let labels = command.options.map { "\($0.name)\($0.valueName.map { " \($0)" } ?? "")" }
            let width = labels.map(\.count).max() ?? 0
            for (label, option) in zip(labels, command.options) {
                out += "  \(label)\(String(repeating: " ", count: width - label.count))  \(option.help)\n"
            }
        }
        out += "  --help\(String(repeating: " ", count: max(0, (command.options.map { "\($0.name)\($0.valueName.map { " \($0)" } ?? "")".count }.max() ?? 6) - 6)))  this help\n"
        return out
    }
}
