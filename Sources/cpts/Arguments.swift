import CPTSKit
import CPTSKitReports

/// The command line of `cpts`, described as data and parsed by one small table-driven parser.
///
/// No package: the design card allows only the toolchain. Each subcommand lists its positional
/// arguments and options; `--help` text is rendered from the same table.
struct CommandSpec {
    let name: String
    let summary: BilingualText
    let positional: String
    let positionalRange: ClosedRange<Int>
    let options: [OptionSpec]
    /// The words its first argument may be (`whatif reachable`…), typed as they are in either
    /// language, each explained in the help.
    var actions: [(name: String, help: BilingualText)] = []
}

/// An option: its name, the values it accepts (empty for a flag, `nil` for any), its help.
struct OptionSpec {
    let name: String
    let valueName: String?
    let allowed: [String]?
    let help: BilingualText
}

/// What the parser found: the subcommand, its positionals and options.
struct Invocation {
    let command: CommandSpec
    let positionals: [String]
    let options: [String: String]
    let wantsHelp: Bool
    /// The language of the run (`--lang`, else the locale).
    var language = Language.english

    /// The words of the run's language.
    var words: Wording { Wording(language) }

    /// The same invocation in a language.
    func speaking(_ language: Language) -> Invocation {
        var copy = self
        copy.language = language
        return copy
    }
}

/// A usage error: exit 64 with the message and the subcommand's usage.
struct UsageError: Error {
    let message: BilingualText
    let command: CommandSpec?
}

enum Arguments {
    static let format = OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv"],
                                   help: BilingualText(fr: "table (par défaut), json ou csv", en: "table (default), json or csv"))
    static let year = OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                 help: BilingualText(fr: "seulement l'année contractuelle N (1 à 5), ligne par ligne", en: "only contract year N (1 to 5), line by line"))
    static let rulebook = OptionSpec(name: "--rulebook", valueName: "FILE", allowed: nil,
                                     help: BilingualText(fr: "un fichier de règles (cpts-rulebook/1) s'ajoute aux règles intégrées, daté par son effective_on", en: "a rulebook file (cpts-rulebook/1) joins the built-in ones, dated by its effective_on"))
    static let asOf = OptionSpec(name: "--as-of", valueName: "DATE", allowed: nil,
                                 help: BilingualText(fr: "date des avertissements d'échéance et de résultats déclarés, AAAA-MM-JJ (par défaut : aujourd'hui)", en: "date of the deadline and reported-results warnings, YYYY-MM-DD (default: today)"))

    static let lang = OptionSpec(name: "--lang", valueName: "LANG", allowed: ["fr", "en"],
                                 help: BilingualText(fr: "langue : fr ou en (par défaut : la locale, LC_ALL, LC_MESSAGES puis LANG)",
                                                     en: "language: fr or en (default: the locale, LC_ALL, LC_MESSAGES then LANG)"))
    static let lines = OptionSpec(name: "--lines", valueName: nil, allowed: [],
                                  help: BilingualText(fr: "chaque ligne de chaque année, au lieu du résumé",
                                                      en: "every line of every year, instead of the summary"))

    /// The subcommands; each takes `--lang`.
    static let commands: [CommandSpec] = specifications.map {
        CommandSpec(name: $0.name, summary: $0.summary, positional: $0.positional, positionalRange: $0.positionalRange,
                    options: $0.options + [lang], actions: $0.actions)
    }

    static let specifications: [CommandSpec] = [
        CommandSpec(name: "funding", summary: BilingualText(fr: "ce que le contrat verse : résumé par année, ou ligne par ligne", en: "what the contract pays: a summary per year, or line by line"),
                    positional: "FILE", positionalRange: 1...1, options: [lines, year, format, asOf, rulebook]),
        CommandSpec(name: "schedule", summary: BilingualText(fr: "quand chaque versement est dû et quelles lignes il règle", en: "when each payment falls due and which lines it settles"),
                    positional: "FILE", positionalRange: 1...1, options: [format, asOf, rulebook]),
        CommandSpec(name: "explain", summary: BilingualText(fr: "chaque ligne avec sa règle, son calcul, sa source et son avenant", en: "every line with its rule, its computation, its source and amendment"),
                    positional: "FILE", positionalRange: 1...1, options: [year, asOf, rulebook]),
        CommandSpec(name: "validate", summary: BilingualText(fr: "vérifie des contrats ; avertissements et contrôle de la population", en: "check contract files; report warnings and the population cross-check"),
                    positional: "FILE...", positionalRange: 1...Int.max,
                    options: [OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json"], help: BilingualText(fr: "table (par défaut) ou json", en: "table (default) or json")),
                              asOf]),
        CommandSpec(name: "example", summary: BilingualText(fr: "affiche un contrat d'exemple fourni (ploermel, lorient-littoral, rade-a-ria)", en: "print a bundled example contract (ploermel, lorient-littoral, rade-a-ria)"),
                    positional: "[NAME]", positionalRange: 0...1, options: []),
        CommandSpec(name: "rules", summary: BilingualText(fr: "les règles en vigueur à une date, chaque montant avec sa source ; 'rules diff A B' en compare deux", en: "the rulebook in force on a date, every figure with its source; 'rules diff A B' compares two"),
                    positional: "[diff A B]", positionalRange: 0...3,
                    options: [OptionSpec(name: "--on", valueName: "DATE", allowed: nil, help: BilingualText(fr: "la date, AAAA-MM-JJ (par défaut : les règles les plus récentes)", en: "the date, YYYY-MM-DD (default: the latest rulebook)")),
                              OptionSpec(name: "--id", valueName: "ID", allowed: nil, help: BilingualText(fr: "des règles par identifiant : aci-2019, aci-2019-av2", en: "a rulebook by id: aci-2019, aci-2019-av2")),
                              OptionSpec(name: "--file", valueName: "FILE", allowed: nil,
                                         help: BilingualText(fr: "un fichier de règles (cpts-rulebook/1), affiché comme les règles intégrées", en: "a rulebook file (cpts-rulebook/1), printed like a built-in one")),
                              OptionSpec(name: "--export", valueName: "ID", allowed: nil,
                                         help: BilingualText(fr: "écrit des règles comme un fichier cpts-rulebook/1 complet", en: "write a rulebook as a complete cpts-rulebook/1 file")),
                              OptionSpec(name: "--all", valueName: nil, allowed: [], help: BilingualText(fr: "toutes les règles (avec --format markdown : Documentation/Rules.md)", en: "every rulebook (with --format markdown: Documentation/Rules.md)")),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv", "markdown"],
                                         help: BilingualText(fr: "table (par défaut), json, csv ou markdown", en: "table (default), json, csv or markdown"))],
                    actions: [("diff", BilingualText(fr: "diff A B : les montants qui diffèrent entre deux règles (identifiants ou fichiers)",
                                                     en: "diff A B: the figures that differ between two rulebooks (ids or files)"))]),
        CommandSpec(name: "coverage", summary: BilingualText(fr: "part de la population d'un territoire couverte par les CPTS des fichiers, partout en France", en: "share of an area's population covered by the CPTS of the files, anywhere in France"),
                    positional: "FILE...|DIR", positionalRange: 1...Int.max,
                    options: [OptionSpec(name: "--departement", valueName: "CODE", allowed: nil,
                                         help: BilingualText(fr: "un département, par ex. 29 ou 2A (par défaut : ceux des communes listées)", en: "a département, e.g. 29 or 2A (default: those of the communes listed)")),
                              OptionSpec(name: "--region", valueName: "CODE", allowed: nil, help: BilingualText(fr: "une région, par ex. 53 (Bretagne)", en: "a région, e.g. 53 (Bretagne)")),
                              OptionSpec(name: "--france", valueName: nil, allowed: [], help: BilingualText(fr: "toute la France", en: "the whole of France")),
                              OptionSpec(name: "--millesime", valueName: "YEAR", allowed: ["2020", "2021", "2022", "2023"],
                                         help: BilingualText(fr: "millésime INSEE, 2020 à 2023 (par défaut 2023, en vigueur depuis le 1er janvier 2026)", en: "INSEE millésime, 2020 to 2023 (default 2023, in force since 1 January 2026)")),
                              OptionSpec(name: "--measure", valueName: "MEASURE", allowed: ["pmun", "ptot"],
                                         help: BilingualText(fr: "pmun, population municipale (par défaut), ou ptot, population totale", en: "pmun, population municipale (default), or ptot, population totale")),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv", "html"],
                                         help: BilingualText(fr: "table (par défaut), json, csv (chaque commune du territoire) ou html (une page autonome)", en: "table (default), json, csv (every commune of the area) or html (a self-contained page)"))]),
        CommandSpec(name: "whatif", summary: BilingualText(fr: "les questions des coordinateurs (actions reachable, value, tiers, late, compare)", en: "what coordinators ask: reachable, value, tiers, late, compare"),
                    positional: "ACTION FILE", positionalRange: 2...2,
                    options: [OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                         help: BilingualText(fr: "l'année contractuelle (par défaut : la première non encore évaluée)", en: "the contract year (default: the first not yet assessed)")),
                              OptionSpec(name: "--mission", valueName: "KEY", allowed: nil, help: BilingualText(fr: "late : la mission qui démarre en retard", en: "late: the mission that starts late")),
                              OptionSpec(name: "--months", valueName: "N", allowed: nil, help: BilingualText(fr: "late : le retard en mois", en: "late: the delay in months")),
                              OptionSpec(name: "--set", valueName: "ID=VALUE,…", allowed: nil,
                                         help: BilingualText(fr: "compare : résultats à fixer pour --year (true, false ou un nombre)", en: "compare: results to set for --year (true, false or a number)")),
                              OptionSpec(name: "--start", valueName: "MISSION=DATE,…", allowed: nil, help: BilingualText(fr: "compare : dates de démarrage à fixer", en: "compare: start dates to set")),
                              OptionSpec(name: "--crisis", valueName: "YEARS", allowed: nil, help: BilingualText(fr: "compare : années de crise reconnue, par ex. 2,3 (ou none)", en: "compare: years with a recognised crisis, e.g. 2,3 (or none)")),
                              OptionSpec(name: "--basis", valueName: "BASIS", allowed: ["days", "30/360"], help: BilingualText(fr: "compare : base du prorata", en: "compare: proration basis")),
                              OptionSpec(name: "--boundaries", valueName: "SIDE,SIDE,SIDE", allowed: nil,
                                         help: BilingualText(fr: "compare : quelle taille contient 40 000, 80 000, 175 000 (upper ou lower pour chacun)", en: "compare: which class holds 40 000, 80 000, 175 000 (upper or lower each)")),
                              format, rulebook],
                    actions: [("reachable", BilingualText(fr: "ce que l'année peut encore verser, indicateur par indicateur",
                                                          en: "what the year can still pay, indicator by indicator")),
                              ("value", BilingualText(fr: "les indicateurs qui rapportent le plus par point de progrès",
                                                      en: "the indicators worth the most per point of progress")),
                              ("tiers", BilingualText(fr: "le prochain palier de chaque indicateur et l'écart qui en sépare",
                                                      en: "each indicator's next tier and how far the result is from it")),
                              ("late", BilingualText(fr: "ce que coûte le démarrage tardif d'une mission (--mission, --months)",
                                                     en: "what a mission starting late costs (--mission, --months)")),
                              ("compare", BilingualText(fr: "le contrat comparé à un scénario (--set, --start, --crisis, --basis…)",
                                                        en: "the contract against a scenario (--set, --start, --crisis, --basis…)"))]),
        CommandSpec(name: "portfolio", summary: BilingualText(fr: "totaux de tous les contrats d'un dossier, couverture et engagements", en: "totals of every contract file in a folder, coverage and commitments"),
                    positional: "DIR", positionalRange: 1...1,
                    options: [format,
                              OptionSpec(name: "--french-csv", valueName: nil, allowed: [],
                                         help: BilingualText(fr: "avec --format csv : BOM, ';' et virgules décimales pour un tableur français", en: "with --format csv: BOM, ';' and decimal commas for a French spreadsheet")),
                              OptionSpec(name: "--millesime", valueName: "YEAR", allowed: ["2020", "2021", "2022", "2023"],
                                         help: BilingualText(fr: "millésime INSEE de la couverture (par défaut 2023, en vigueur depuis le 1er janvier 2026)", en: "INSEE millésime of the coverage (default 2023, in force since 1 January 2026)")),
                              rulebook]),
        CommandSpec(name: "review", summary: BilingualText(fr: "la revue annuelle d'une année contractuelle, pour le dialogue de gestion", en: "the yearly review of one contract year, for the dialogue de gestion"),
                    positional: "FILE", positionalRange: 1...1,
                    options: [OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                         help: BilingualText(fr: "l'année contractuelle (par défaut : la dernière évaluée)", en: "the contract year (default: the last assessed)")),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["markdown", "html", "json"],
                                         help: BilingualText(fr: "markdown (par défaut), html (une page autonome) ou json", en: "markdown (default), html (a self-contained page) or json")),
                              asOf, rulebook]),
        CommandSpec(name: "followup", summary: BilingualText(fr: "le suivi trimestriel : mesures intermédiaires projetées à la fin de l'année", en: "the quarterly follow-up: interim measurements projected to the year's end"),
                    positional: "FILE", positionalRange: 1...1,
                    options: [OptionSpec(name: "--as-of", valueName: "DATE", allowed: nil,
                                         help: BilingualText(fr: "la date du suivi, AAAA-MM-JJ (par défaut : aujourd'hui) ; les mesures postérieures ne comptent pas", en: "the day of the follow-up, YYYY-MM-DD (default: today); later measurements do not count")),
                              OptionSpec(name: "--year", valueName: "N", allowed: ["1", "2", "3", "4", "5"],
                                         help: BilingualText(fr: "l'année contractuelle (par défaut : celle qui contient la date du suivi)", en: "the contract year (default: the one containing the follow-up's day)")),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "markdown", "html"],
                                         help: BilingualText(fr: "table (par défaut), json, markdown ou html (la note d'une page pour la réunion)", en: "table (default), json, markdown or html (the one-page brief for the meeting)")),
                              rulebook]),
        CommandSpec(name: "impact", summary: BilingualText(fr: "ce que change un projet de règles, pour chaque contrat d'un dossier et au total", en: "what a draft rulebook changes, for each contract of a folder and in total"),
                    positional: "DIR", positionalRange: 1...1,
                    options: [OptionSpec(name: "--rulebook", valueName: "FILE", allowed: nil,
                                         help: BilingualText(fr: "le fichier du projet de règles (cpts-rulebook/1) ; obligatoire", en: "the draft rulebook file (cpts-rulebook/1); required")),
                              OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["table", "json", "csv", "html"],
                                         help: BilingualText(fr: "table (par défaut), json, csv ou html (une page autonome)", en: "table (default), json, csv or html (a self-contained page)")),
                              OptionSpec(name: "--summary", valueName: nil, allowed: [],
                                         help: BilingualText(fr: "les totaux seulement, sans les lignes de chaque contrat", en: "the totals only, without each contract's rows")),
                              OptionSpec(name: "--french-csv", valueName: nil, allowed: [],
                                         help: BilingualText(fr: "avec --format csv : BOM, ';' et virgules décimales pour un tableur français", en: "with --format csv: BOM, ';' and decimal commas for a French spreadsheet"))]),
    ]

    /// The language of a run: `--lang fr|en` anywhere on the line, else the locale of the
    /// environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: `fr…` is French, anything else English).
    ///
    /// - Returns: The language and the arguments without `--lang`; a usage error for another value.
    static func language(_ arguments: [String], environment: [String: String]) throws(UsageError) -> (Language, [String]) {
        var rest: [String] = []
        var chosen: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--lang" || argument.hasPrefix("--lang=") {
                var value = String(argument.dropFirst("--lang=".count))
                if argument == "--lang" {
                    guard index < arguments.count else {
                        throw UsageError(message: BilingualText(fr: "l'option '--lang' attend une valeur (fr ou en)",
                                                                en: "option '--lang' needs a value (fr or en)"), command: nil)
                    }
                    value = arguments[index]
                    index += 1
                }
                guard value == "fr" || value == "en" else {
                    throw UsageError(message: BilingualText(fr: "valeur '\(value)' invalide pour '--lang' ; attendu : fr, en",
                                                            en: "invalid value '\(value)' for '--lang'; expected fr, en"), command: nil)
                }
                chosen = value
                continue
            }
            rest.append(argument)
        }
        return (chosen.flatMap(Language.init(rawValue:)) ?? Language(environment: environment), rest)
    }

    /// Parses the arguments after the program name (`--lang` already taken out).
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation? {
        guard let first = arguments.first else { return nil }
        if first == "--help" || first == "-h" || first == "help" {
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                return Invocation(command: command, positionals: [], options: [:], wantsHelp: true)
            }
            return nil
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            throw UsageError(message: BilingualText(fr: "commande inconnue '\(first)'", en: "unknown command '\(first)'"), command: nil)
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
                let hint = Suggestion.didYouMean(parts[0], among: command.options.map(\.name))
                throw UsageError(message: BilingualText(fr: "option '\(parts[0])' inconnue pour '\(command.name)'" + hint.french,
                                                        en: "unknown option '\(parts[0])' for '\(command.name)'" + hint.english), command: command)
            }
            guard options[option.name] == nil else {
                throw UsageError(message: BilingualText(fr: "option '\(option.name)' donnée deux fois", en: "option '\(option.name)' given twice"),
                                 command: command)
            }
            guard option.valueName != nil else {
                guard parts.count == 1 else {
                    throw UsageError(message: BilingualText(fr: "l'option '\(option.name)' ne prend pas de valeur",
                                                            en: "option '\(option.name)' takes no value"), command: command)
                }
                options[option.name] = ""
                continue
            }
            let value: String
            if parts.count == 2 {
                value = parts[1]
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: BilingualText(fr: "l'option '\(option.name)' attend une valeur",
                                                            en: "option '\(option.name)' needs a value"), command: command)
                }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowed, !allowed.contains(value) {
                let list = allowed.joined(separator: ", ")
                throw UsageError(message: BilingualText(fr: "valeur '\(value)' invalide pour '\(option.name)' ; attendu : \(list)",
                                                        en: "invalid value '\(value)' for '\(option.name)'; expected \(list)"),
                                 command: command)
            }
            options[option.name] = value
        }
        guard command.positionalRange.contains(positionals.count) else {
            throw UsageError(message: BilingualText(fr: "'\(command.name)' attend \(command.positional.isEmpty ? "aucun argument" : placeholders(command.positional, .french))",
                                                    en: "'\(command.name)' expects \(command.positional.isEmpty ? "no argument" : command.positional)"),
                             command: command)
        }
        return Invocation(command: command, positionals: positionals, options: options, wantsHelp: false)
    }

    /// The placeholders of a usage line in the run's language: `FILE` reads `FICHIER` in French.
    static func placeholders(_ text: String, _ words: Wording) -> String {
        guard words.language == .french else { return text }
        let french = ["FILE": "FICHIER", "DIR": "DOSSIER", "NAME": "NOM", "KEY": "CLÉ", "VALUE": "VALEUR", "YEARS": "ANNÉES",
                      "YEAR": "ANNÉE", "BASIS": "BASE", "SIDE": "CÔTÉ", "LANG": "LANGUE", "MEASURE": "MESURE"]
        var out = "", word = ""
        for character in text + " " {
            if character.isUppercase, character.isLetter {
                word.append(character)
                continue
            }
            out += french[word] ?? word
            word = ""
            out.append(character)
        }
        out.removeLast()
        return out
    }

    /// The overall help.
    static func help(_ words: Wording) -> String {
        var out = words("cpts — le financement ACI d'une CPTS, calculé exactement et expliqué (CPTSKit)",
                        "cpts — the ACI funding of a CPTS, computed exactly and explained (CPTSKit)") + "\n\n"
        out += words("Usage : cpts COMMANDE [ARGUMENTS] [OPTIONS]", "Usage: cpts COMMAND [ARGUMENTS] [OPTIONS]") + "\n\n"
        out += words("Commandes :", "Commands:") + "\n"
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands {
            out += wrapped("  \(command.name)\(String(repeating: " ", count: width - command.name.count))  ", words(command.summary))
        }
        out += "\n" + words("FICHIER peut être '-' pour l'entrée standard.", "FILE may be '-' for standard input.") + "\n"
        out += words("'cpts COMMANDE --help' donne les options d'une commande ; --lang fr|en choisit la langue.",
                     "Run 'cpts COMMAND --help' for a command's options; --lang fr|en chooses the language.") + "\n"
        out += words("Pour commencer : ", "Start with: ") + "cpts example lorient-littoral > contract.json && cpts funding contract.json\n"
        out += words("Codes de sortie : 0 ok, 64 usage, 65 données invalides, 66 fichier introuvable.",
                     "Exit codes: 0 ok, 64 usage, 65 invalid data, 66 file not found.") + "\n"
        return out
    }

    /// `lead` then `text`, wrapped at spaces to lines of at most 100 columns, the continuation lines
    /// under the text's first word; ends with a newline.
    static func wrapped(_ lead: String, _ text: String) -> String {
        TextTable.wrapped(text, continuation: String(repeating: " ", count: lead.count), lead: lead) + "\n"
    }

    /// The help of one subcommand.
    static func help(for command: CommandSpec, _ words: Wording) -> String {
        var out = wrapped("cpts \(command.name) — ", words(command.summary)) + "\n"
        // The usage on lines of at most 100 columns, each option whole, continued under the first.
        var line = words("Usage : ", "Usage: ") + "cpts \(command.name)"
        let indent = String(repeating: " ", count: line.count + 1)
        var parts = command.positional.isEmpty ? [] : [placeholders(command.positional, words)]
        parts += command.options.map { "[\($0.name)\($0.valueName.map { " \(placeholders($0, words))" } ?? "")]" }
        for part in parts {
            if line.count + 1 + part.count > 100, line.count > indent.count {
                out += line + "\n"
                line = indent + part
            } else {
                line += " " + part
            }
        }
        out += line + "\n"
        let labels = command.options.map { "\($0.name)\($0.valueName.map { " \(placeholders($0, words))" } ?? "")" } + ["--help"]
        let width = labels.map(\.count).max() ?? 0
        if !command.actions.isEmpty {
            // The action words are typed as they are whatever the language; their meaning is translated.
            out += "\n" + words("Actions (à taper telles quelles) :", "Actions:") + "\n"
            let actionWidth = command.actions.reduce(0) { max($0, $1.name.count) }
            for action in command.actions {
                out += wrapped("  \(action.name)\(String(repeating: " ", count: actionWidth - action.name.count))  ", words(action.help))
            }
        }
        out += "\n" + words("Options :", "Options:") + "\n"
        for (label, help) in zip(labels, command.options.map { words($0.help) } + [words("cette aide", "this help")]) {
            out += wrapped("  \(label)\(String(repeating: " ", count: width - label.count))  ", help)
        }
        return out
    }
}
