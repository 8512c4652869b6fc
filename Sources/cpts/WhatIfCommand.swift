import CPTSKit
import CPTSKitReports

/// `cpts whatif ACTION FILE`: reads the options into a library question, prints its answer.
enum WhatIfCommand {
    static func usage(_ french: String, _ english: String) -> Runner.Failure {
        Runner.Failure.usage(french, english, command: "whatif")
    }

    static func run(_ invocation: Invocation, engine: FundingEngine, into outcome: inout Outcome) throws(Runner.Failure) {
        let action = invocation.positionals[0], path = invocation.positionals[1]
        let format = Runner.format(invocation)
        let contract = try Runner.contract(path)
        let firstPending = (1...ACIContract.yearCount).first { contract.results[$0] == nil } ?? ACIContract.yearCount
        let year = invocation.options["--year"].flatMap(Int.init) ?? firstPending
        switch action {
        case "reachable", "value", "tiers":
            let outlooks = try Runner.compute(path) { () throws(CPTSKitError) in try engine.outlook(for: contract, year: year) }
            let question = WhatIfRenderer.Question(rawValue: action) ?? .reachable
            outcome.stdout = WhatIfRenderer.render(outlooks, question: question, format: format, language: invocation.language)
        case "late":
            guard let key = invocation.options["--mission"], let text = invocation.options["--months"] else {
                throw usage("'whatif late' attend --mission KEY et --months N", "'whatif late' needs --mission KEY and --months N")
            }
            guard let months = Int(text), months >= 0 else {
                throw usage("--months \(text) : attendu un nombre de mois, 0 ou plus", "--months \(text): expected a number of months, 0 or more")
            }
            let comparison = try Runner.compute(path) { () throws(CPTSKitError) in
                try engine.lateStart(of: try MissionKind(key: key), byMonths: months, in: contract)
            }
            outcome.stdout = WhatIfRenderer.render(comparison, title: invocation.words("Démarrage de \(key) retardé de \(months) mois",
                                                                                       "Start of \(key) delayed by \(months) months"),
                                                   format: format, language: invocation.language)
        case "compare":
            // A value the options cannot mean is a usage error naming the option (exit 64), not the file's.
            let varied: Scenario
            do throws(CPTSKitError) {
                varied = try Self.scenario(from: invocation, year: year, contract: contract, engine: engine)
            } catch {
                throw usage("\(error.path) \(error.value ?? "") : \(error.message(in: .french))",
                            "\(error.path) \(error.value ?? ""): \(error.message(in: .english))")
            }
            let comparison = try Runner.compute(path) { () throws(CPTSKitError) in try engine.compare(contract, with: varied) }
            outcome.stdout = WhatIfRenderer.render(comparison, title: invocation.words("Scénario", "Scenario"), format: format,
                                                   language: invocation.language)
        default:
            throw usage("action whatif inconnue '\(action)' ; attendu reachable, value, tiers, late ou compare",
                        "unknown whatif action '\(action)'; expected reachable, value, tiers, late or compare")
        }
    }

    /// The scenario that `--set`, `--start`, `--crisis` and `--basis` describe.
    static func scenario(from invocation: Invocation, year: Int, contract: ACIContract, engine: FundingEngine)
        throws(CPTSKitError) -> Scenario
    {
        var scenario = Scenario()
        for item in (invocation.options["--set"] ?? "").split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CPTSKitError(.invalidArgument, path: "--set", message: BilingualText(fr: "attendu ID=VALEUR", en: "expected ID=VALUE"), value: String(item))
            }
            guard contract.indicator(withID: parts[0], inYear: year) != nil else {
                let known = contract.missions.indices.flatMap { contract.indicators(ofMission: $0, inYear: year).indicators.map(\.id) }
                let hint = Suggestion.didYouMean(parts[0], among: known)
                throw CPTSKitError(.invalidArgument, path: "--set",
                                   message: BilingualText(fr: "aucun indicateur du contrat n'a cet identifiant en année \(year)" + hint.french,
                                                          en: "no indicator of the contract has this id in year \(year)" + hint.english),
                                   value: parts[0])
            }
            switch parts[1] {
            case "true": scenario.setResult(.achieved(true), for: parts[0], year: year)
            case "false": scenario.setResult(.achieved(false), for: parts[0], year: year)
            default:
                guard let value = try? Fraction(parsing: parts[1]) else {
                    throw CPTSKitError(.invalidArgument, path: "--set",
                                       message: BilingualText(fr: "attendu true, false ou un nombre", en: "expected true, false or a number"),
                                       value: String(item))
                }
                scenario.setResult(.measured(value), for: parts[0], year: year)
            }
        }
        for item in (invocation.options["--start"] ?? "").split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CPTSKitError(.invalidArgument, path: "--start", message: BilingualText(fr: "attendu MISSION=AAAA-MM-JJ", en: "expected MISSION=YYYY-MM-DD"), value: String(item))
            }
            guard let kind = try? MissionKind(key: parts[0]), let date = try? CalendarDate(parsing: parts[1]) else {
                throw CPTSKitError(.invalidArgument, path: "--start",
                                   message: BilingualText(fr: "attendu MISSION=AAAA-MM-JJ, une date réelle", en: "expected MISSION=YYYY-MM-DD, a real date"),
                                   value: String(item))
            }
            scenario.startDates[kind] = date
        }
        if let crisis = invocation.options["--crisis"] {
            var years: Set<Int> = []
            for item in crisis.split(separator: ",") where item != "none" {
                guard let value = Int(item), (1...ACIContract.yearCount).contains(value) else {
                    throw CPTSKitError(.invalidArgument, path: "--crisis",
                                       message: BilingualText(fr: "attendu des années contractuelles, de 1 à \(ACIContract.yearCount)", en: "expected contract years, 1 to \(ACIContract.yearCount)"),
                                       value: String(item))
                }
                years.insert(value)
            }
            scenario.crisisYears = years
        }
        var rulebook = try engine.rulebook(for: contract)
        var changed = false
        if let basis = invocation.options["--basis"].flatMap(ProrationBasis.init(rawValue:)) {
            rulebook.prorationBasis.value = basis
            changed = true
        }
        if let text = invocation.options["--boundaries"] {
            let sides = text.split(separator: ",").map { SizeBoundaries.Side(rawValue: String($0)) }
            guard sides.count == 3, sides.allSatisfy({ $0 != nil }), var boundaries = rulebook.sizeBoundaries.value else {
                throw CPTSKitError(.invalidArgument, path: "--boundaries", message: BilingualText(fr: "attendu trois côtés, chacun upper ou lower", en: "expected three sides, each upper or lower"), value: text)
            }
            for (index, side) in sides.enumerated() { if let side { boundaries.boundaries[index].side = side } }
            rulebook.sizeBoundaries.value = boundaries
            changed = true
        }
        if changed { scenario.rulebook = rulebook }
        return scenario
    }

}
