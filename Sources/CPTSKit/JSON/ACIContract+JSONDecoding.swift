extension ACIContract {
    /// Reads a `cpts-contract/1` file, exactly (`Documentation/ContractFormat.md`).
    ///
    /// Money and results are parsed from their decimal text, never through binary floating
    /// point. Every error names the field path and the value:
    /// `missions[2].starts_on: is not a real calendar date (2024-02-30)`.
    ///
    /// - Parameter jsonBytes: The file's bytes, UTF-8.
    /// - Throws: ``CPTSKitError``: `malformedJSON` with line, column and byte, or the error of
    ///   the first offending field.
    public init<Bytes: Collection>(jsonBytes: Bytes) throws(CPTSKitError) where Bytes.Element == UInt8 {
        try self.init(json: JSONParser.parse(Array(jsonBytes)))
    }

    /// Reads a `cpts-contract/1` document from text.
    ///
    /// - Parameter jsonText: The JSON text.
    /// - Throws: ``CPTSKitError`` as ``init(jsonBytes:)``.
    public init(jsonText: String) throws(CPTSKitError) {
        try self.init(json: JSONParser.parse(Array(jsonText.utf8)))
    }

    /// Builds a contract from a parsed `cpts-contract/1` document.
    ///
    /// - Parameter json: The parsed document.
    /// - Throws: ``CPTSKitError`` naming the first offending field.
    public init(json: JSONValue) throws(CPTSKitError) {
        var root = try JSONObjectReader(json, path: "")
        let format = try JSONField.string(try root.required("format"), "format")
        guard format == ContractFormat.identifier else {
            throw CPTSKitError(.unsupportedFormat, path: "format",
                               message: BilingualText(fr: "format non pris en charge ; attendu \"\(ContractFormat.identifier)\"", en: "unsupported format; expected \"\(ContractFormat.identifier)\""), value: format)
        }
        let cpts = try ContractDecoding.cpts(try root.required("cpts"))
        let signedOn = try JSONField.date(try root.required("signed_on"), "signed_on")
        let rulebookID = try root.optional("rulebook").map { (value) throws(CPTSKitError) in try JSONField.string(value, "rulebook") }
        var changes = RulebookChanges.nextAnniversary
        if let value = root.optional("rulebook_changes") {
            let text = try JSONField.string(value, "rulebook_changes")
            guard let parsed = RulebookChanges(rawValue: text) else {
                throw CPTSKitError(.wrongType, path: "rulebook_changes",
                                   message: BilingualText(fr: "attendu : \(RulebookChanges.allCases.map(\.rawValue).joined(separator: ", "))", en: "expected one of: \(RulebookChanges.allCases.map(\.rawValue).joined(separator: ", "))"),
                                   value: text)
            }
            changes = parsed
        }
        var missions: [EngagedMission] = []
        for (index, item) in try JSONField.array(try root.required("missions"), "missions").enumerated() {
            missions.append(try ContractDecoding.mission(item, path: "missions[\(index)]"))
        }
        var results: [Int: [String: IndicatorResult]] = [:]
        if let value = root.optional("results") {
            let byYear = try JSONObjectReader(value, path: "results")
            for (key, yearValue) in byYear.allMembers {
                let year = try ContractDecoding.yearKey(key, path: "results")
                let entries = try JSONObjectReader(yearValue, path: "results.\(key)")
                var yearResults: [String: IndicatorResult] = [:]
                for (id, resultValue) in entries.allMembers {
                    yearResults[id] = try ContractDecoding.result(resultValue, path: "results.\(key).\(id)")
                }
                results[year] = yearResults
            }
        }
        var crisisYears: Set<Int> = []
        if let value = root.optional("crisis_recognised") {
            let byYear = try JSONObjectReader(value, path: "crisis_recognised")
            for (key, flag) in byYear.allMembers {
                let year = try ContractDecoding.yearKey(key, path: "crisis_recognised")
                if try JSONField.bool(flag, "crisis_recognised.\(key)") { crisisYears.insert(year) }
            }
        }
        var activations: [MissionKind: Set<Int>] = [:]
        if let value = root.optional("activations") {
            for (key, years) in try JSONObjectReader(value, path: "activations").allMembers {
                let path = "activations.\(key)"
                let kind = try JSONField.nest(path) { () throws(CPTSKitError) in try MissionKind(key: key) }
                for (yearKey, flag) in try JSONObjectReader(years, path: path).allMembers {
                    let year = try ContractDecoding.yearKey(yearKey, path: path)
                    if try JSONField.bool(flag, "\(path).\(yearKey)") { activations[kind, default: []].insert(year) }
                }
            }
        }
        var amendments: [Amendment] = []
        if let value = root.optional("amendments") {
            for (index, item) in try JSONField.array(value, "amendments").enumerated() {
                amendments.append(try ContractDecoding.amendment(item, path: "amendments[\(index)]"))
            }
        }
        var progress: [Int: [ProgressMeasurement]] = [:]
        if let value = root.optional("progress") {
            for (key, list) in try JSONObjectReader(value, path: "progress").allMembers {
                let year = try ContractDecoding.yearKey(key, path: "progress")
                var measurements: [ProgressMeasurement] = []
                for (index, item) in try JSONField.array(list, "progress.\(key)").enumerated() {
                    measurements.append(try ContractDecoding.measurement(item, path: "progress.\(key)[\(index)]"))
                }
                progress[year] = measurements
            }
        }
        try root.finish(known: ContractFormat.rootFields)
        try self.init(cpts: cpts, signedOn: signedOn, rulebookID: rulebookID, missions: missions,
                      results: results, crisisYears: crisisYears, activations: activations, rulebookChanges: changes,
                      amendments: amendments, progress: progress, partialYears: false)
    }
}

/// The pieces of the contract reader, one per object of the format.
enum ContractDecoding {
    static func cpts(_ value: JSONValue) throws(CPTSKitError) -> CPTS {
        var object = try JSONObjectReader(value, path: "cpts")
        let name = try JSONField.string(try object.required("name"), "cpts.name")
        let population = try JSONField.integer(try object.required("population"), "cpts.population")
        var communes: [INSEECode] = []
        if let list = object.optional("communes") {
            var seen: Set<INSEECode> = []
            for (index, item) in try JSONField.array(list, "cpts.communes").enumerated() {
                let path = "cpts.communes[\(index)]"
                let code = try JSONField.nest(path) { () throws(CPTSKitError) in try INSEECode(try JSONField.string(item, "")) }
                guard seen.insert(code).inserted else {
                    throw CPTSKitError(.invalidINSEECode, path: path, message: BilingualText(fr: "cette commune est listée deux fois", en: "this commune is listed twice"), value: code.rawValue)
                }
                communes.append(code)
            }
        }
        let members = try object.optional("members").map { (value) throws(CPTSKitError) in try JSONField.integer(value, "cpts.members") }
        var epcis: [String] = []
        if let list = object.optional("epcis") {
            for (index, item) in try JSONField.array(list, "cpts.epcis").enumerated() {
                epcis.append(try JSONField.string(item, "cpts.epcis[\(index)]"))
            }
        }
        try object.finish(known: ContractFormat.cptsFields)
        return try CPTS(name: name, population: population, communes: communes, members: members, epcis: epcis)
    }

    static func mission(_ value: JSONValue, path: String) throws(CPTSKitError) -> EngagedMission {
        var object = try JSONObjectReader(value, path: path)
        let key = try JSONField.string(try object.required("mission"), "\(path).mission")
        let kind = try JSONField.nest("\(path).mission") { () throws(CPTSKitError) in try MissionKind(key: key) }
        let startsOn = try object.optional("starts_on").map { (value) throws(CPTSKitError) in
            try JSONField.date(value, "\(path).starts_on")
        }
        let deployedOn = try object.optional("deployed_on").map { (value) throws(CPTSKitError) in
            try JSONField.date(value, "\(path).deployed_on")
        }
        let budget = try object.optional("budget").map { (value) throws(CPTSKitError) in
            try self.budget(value, path: "\(path).budget")
        } ?? MissionBudget()
        let indicators = try object.optional("indicators").map { (value) throws(CPTSKitError) in
            try self.indicators(value, path: "\(path).indicators")
        } ?? []
        var themes: [PreventionTheme] = []
        if let list = object.optional("themes") {
            for (index, item) in try JSONField.array(list, "\(path).themes").enumerated() {
                let itemPath = "\(path).themes[\(index)]"
                themes.append(try JSONField.nest(itemPath) { () throws(CPTSKitError) in
                    try PreventionTheme(key: try JSONField.string(item, ""))
                })
            }
        }
        var pathways: [CarePathway] = []
        if let list = object.optional("pathways") {
            for (index, item) in try JSONField.array(list, "\(path).pathways").enumerated() {
                let itemPath = "\(path).pathways[\(index)]"
                pathways.append(try JSONField.nest(itemPath) { () throws(CPTSKitError) in
                    try CarePathway(key: try JSONField.string(item, ""))
                })
            }
        }
        try object.finish(known: ContractFormat.missionFields)
        return try JSONField.nest(path) { () throws(CPTSKitError) in
            try EngagedMission(kind: kind, startsOn: startsOn, budget: budget, indicators: indicators,
                               themes: themes, pathways: pathways, deployedOn: deployedOn)
        }
    }

    static func budget(_ value: JSONValue, path: String) throws(CPTSKitError) -> MissionBudget {
        var fields = try JSONObjectReader(value, path: path)
        var budget = MissionBudget()
        budget.fixed = try fields.optional("fixed").map { (value) throws(CPTSKitError) in try JSONField.amount(value, "\(path).fixed") }
        budget.variable = try fields.optional("variable").map { (value) throws(CPTSKitError) in
            try JSONField.amount(value, "\(path).variable")
        }
        budget.activated = try fields.optional("activated").map { (value) throws(CPTSKitError) in
            try JSONField.amount(value, "\(path).activated")
        }
        try fields.finish(known: ContractFormat.budgetFields)
        return budget
    }

    static func indicators(_ value: JSONValue, path: String) throws(CPTSKitError) -> [Indicator] {
        var indicators: [Indicator] = []
        for (index, item) in try JSONField.array(value, path).enumerated() {
            indicators.append(try indicator(item, path: "\(path)[\(index)]"))
        }
        return indicators
    }

    static func amendment(_ value: JSONValue, path: String) throws(CPTSKitError) -> Amendment {
        var object = try JSONObjectReader(value, path: path)
        let effectiveOn = try JSONField.date(try object.required("effective_on"), "\(path).effective_on")
        let key = try JSONField.string(try object.required("change"), "\(path).change")
        let note = try object.optional("note").map { (value) throws(CPTSKitError) in try JSONField.string(value, "\(path).note") }
        func mission(_ object: inout JSONObjectReader) throws(CPTSKitError) -> MissionKind {
            let text = try JSONField.string(try object.required("mission"), "\(path).mission")
            return try JSONField.nest("\(path).mission") { () throws(CPTSKitError) in try MissionKind(key: text) }
        }
        let change: Amendment.Change
        switch key {
        case "budget":
            let kind = try mission(&object)
            change = .budget(mission: kind, budget: try budget(try object.required("budget"), path: "\(path).budget"))
        case "indicators":
            let kind = try mission(&object)
            change = .indicators(mission: kind, indicators: try indicators(try object.required("indicators"), path: "\(path).indicators"))
        case "population":
            change = .population(try JSONField.integer(try object.required("population"), "\(path).population"))
        case "rulebook":
            change = .rulebook(id: try JSONField.string(try object.required("rulebook"), "\(path).rulebook"))
        case "termination":
            change = .termination
        default:
            throw CPTSKitError(.wrongType, path: "\(path).change",
                               message: BilingualText(fr: "changement inconnu ; attendu budget, indicators, population, rulebook ou termination", en: "unknown change; expected budget, indicators, population, rulebook or termination"), value: key)
        }
        try object.finish(known: ContractFormat.amendmentFields(key))
        return try JSONField.nest(path) { () throws(CPTSKitError) in
            try Amendment(effectiveOn: effectiveOn, change: change, note: note)
        }
    }

    static func indicator(_ value: JSONValue, path: String) throws(CPTSKitError) -> Indicator {
        var object = try JSONObjectReader(value, path: path)
        let id = try JSONField.string(try object.required("id"), "\(path).id")
        let label = try object.optional("label").map { (value) throws(CPTSKitError) in try JSONField.string(value, "\(path).label") } ?? id
        let payout = try self.payout(try object.required("payout"), path: "\(path).payout")
        let baseline = try object.optional("baseline").map { (value) throws(CPTSKitError) in
            try JSONField.exact(value, "\(path).baseline")
        }
        var measure = IndicatorMeasure.level
        if let value = object.optional("measure") {
            let text = try JSONField.string(value, "\(path).measure")
            guard let parsed = IndicatorMeasure(rawValue: text) else {
                throw CPTSKitError(.wrongType, path: "\(path).measure", message: BilingualText(fr: "attendu \"level\" ou \"cumulative\"", en: "expected \"level\" or \"cumulative\""), value: text)
            }
            measure = parsed
        }
        try object.finish(known: ContractFormat.indicatorFields)
        return try JSONField.nest(path) { () throws(CPTSKitError) in
            try Indicator(id: id, label: label, payout: payout, baseline: baseline, measure: measure)
        }
    }

    static func payout(_ value: JSONValue, path: String) throws(CPTSKitError) -> Payout {
        var object = try JSONObjectReader(value, path: path)
        let type = try JSONField.string(try object.required("type"), "\(path).type")
        let payout: Payout
        var known = ["type"]
        switch type {
        case "all_or_nothing":
            known += ["amount"]
            payout = .allOrNothing(amount: try JSONField.amount(try object.required("amount"), "\(path).amount"))
        case "proportional":
            known += ["target", "amount"]
            let target = try JSONField.exact(try object.required("target"), "\(path).target")
            payout = .proportional(target: target, amount: try JSONField.amount(try object.required("amount"), "\(path).amount"))
        case "tiers":
            known += ["better", "tiers"]
            let betterText = try JSONField.string(try object.required("better"), "\(path).better")
            guard let better = Payout.Direction(rawValue: betterText) else {
                throw CPTSKitError(.wrongType, path: "\(path).better", message: BilingualText(fr: "attendu \"higher\" ou \"lower\"", en: "expected \"higher\" or \"lower\""), value: betterText)
            }
            var tiers: [Tier] = []
            for (index, item) in try JSONField.array(try object.required("tiers"), "\(path).tiers").enumerated() {
                let tierPath = "\(path).tiers[\(index)]"
                var tier = try JSONObjectReader(item, path: tierPath)
                let reach = try JSONField.exact(try tier.required("reach"), "\(tierPath).reach")
                let amount = try JSONField.amount(try tier.required("amount"), "\(tierPath).amount")
                try tier.finish(known: ContractFormat.tierFields)
                tiers.append(Tier(reach: reach, amount: amount))
            }
            payout = .tiers(better: better, tiers: tiers)
        default:
            throw CPTSKitError(.wrongType, path: "\(path).type",
                               message: BilingualText(fr: "type de paiement inconnu ; attendu all_or_nothing, tiers ou proportional", en: "unknown payout type; expected all_or_nothing, tiers or proportional"), value: type)
        }
        try object.finish(known: known)
        return payout
    }

    static func result(_ value: JSONValue, path: String) throws(CPTSKitError) -> IndicatorResult {
        switch value {
        case .bool(let flag): return .achieved(flag)
        case .number, .string: return .measured(try JSONField.exact(value, path))
        default:
            throw CPTSKitError(.wrongType, path: path,
                               message: BilingualText(fr: "attendu true/false ou un nombre, trouvé \(value.frenchTypeName)", en: "expected true/false or a number, found \(value.typeName)"), value: value.excerpt)
        }
    }

    static func measurement(_ value: JSONValue, path: String) throws(CPTSKitError) -> ProgressMeasurement {
        var object = try JSONObjectReader(value, path: path)
        let on = try JSONField.date(try object.required("on"), "\(path).on")
        var results: [String: IndicatorResult] = [:]
        for (id, resultValue) in try JSONObjectReader(try object.required("results"), path: "\(path).results").allMembers {
            results[id] = try result(resultValue, path: "\(path).results.\(id)")
        }
        try object.finish(known: ContractFormat.measurementFields)
        return ProgressMeasurement(on: on, results: results)
    }

    static func yearKey(_ key: String, path: String) throws(CPTSKitError) -> Int {
        guard let year = Int(key), String(year) == key else {
            throw CPTSKitError(.yearOutOfContract, path: "\(path).\(key)",
                               message: BilingualText(fr: "attendu un numéro d'année contractuelle de 1 à \(ACIContract.yearCount)", en: "expected a contract year number 1 to \(ACIContract.yearCount)"), value: key)
        }
        guard (1...ACIContract.yearCount).contains(year) else {
            throw CPTSKitError(.yearOutOfContract, path: "\(path).\(key)",
                               message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(ACIContract.yearCount)", en: "contract years are numbered 1 to \(ACIContract.yearCount)"), value: key)
        }
        return year
    }
}
