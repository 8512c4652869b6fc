import CPTSKit
import Foundation

/// The implementation a team would write first: `Decimal` money, dictionaries keyed by strings,
/// a `switch` on the payout kind for every indicator of every year, provenance as strings.
///
/// Measured in the same run as CPTSKit so every figure has its ratio. It is exact on the
/// benchmark portfolios (`Decimal` holds 38 digits), which the run checks on a sample.
struct NaiveContract {
    struct Indicator {
        let id: String
        let kind: String
        let amount: Decimal
        let better: String
        let tiers: [(reach: Decimal, amount: Decimal)]
        let target: Decimal
    }

    struct Mission {
        let key: String
        let startYear: Int
        let firstYearShare: Decimal
        let fixed: Decimal
        let activated: Decimal
        let indicators: [Indicator]
    }

    let fonctionnement: Decimal
    let supplement: Decimal
    let missions: [Mission]
    let results: [String: [String: Any]]
    let crisisYears: [String: Bool]

    /// Converts a contract into the naive form (not timed: a naive team would build it from their database).
    init(_ contract: ACIContract) throws {
        let funding = try FundingEngine().funding(for: contract)
        func decimal(_ euros: Euros) -> Decimal { Decimal(euros.cents) / 100 }
        func decimal(_ fraction: Fraction) -> Decimal { Decimal(fraction.numerator) / Decimal(fraction.denominator) }
        let rulebook = try FundingEngine().rulebook(for: contract)
        let size = funding.sizeClass
        fonctionnement = decimal(rulebook.fonctionnement[size].value ?? .zero)
        supplement = decimal(funding.years[0].lines.first { $0.part == .startUpSupplement }?.amount ?? .zero)
        var missions: [Mission] = []
        for engaged in contract.missions {
            let rule = rulebook.mission(engaged.kind)
            let start = engaged.startsOn ?? contract.signedOn
            let startYear = contract.years.firstIndex { $0.contains(start) }.map { $0 + 1 } ?? 1
            let year = contract.years[startYear - 1]
            let share = Decimal(start.days(until: year.end)) / Decimal(year.dayCount)
            missions.append(Mission(
                key: engaged.kind.key, startYear: startYear, firstYearShare: share,
                fixed: decimal(engaged.budget.fixed ?? rule?.fixed[size].value ?? .zero),
                activated: decimal(engaged.budget.activated ?? rule?.activated?[size].value ?? .zero),
                indicators: engaged.indicators.map { indicator in
                    switch indicator.payout {
                    case .allOrNothing(let amount):
                        return Indicator(id: indicator.id, kind: "all_or_nothing", amount: decimal(amount), better: "", tiers: [], target: 0)
                    case .tiers(let better, let tiers):
                        return Indicator(id: indicator.id, kind: "tiers", amount: 0, better: better.rawValue,
                                         tiers: tiers.map { (decimal($0.reach), decimal($0.amount)) }, target: 0)
                    case .proportional(let target, let amount):
                        return Indicator(id: indicator.id, kind: "proportional", amount: decimal(amount), better: "", tiers: [],
                                         target: decimal(target))
                    }
                }))
        }
        self.missions = missions
        var results: [String: [String: Any]] = [:]
        for (year, values) in contract.results {
            var entries: [String: Any] = [:]
            for (id, value) in values {
                switch value {
                case .achieved(let done): entries[id] = done
                case .measured(let fraction): entries[id] = decimal(fraction)
                }
            }
            results[String(year)] = entries
        }
        self.results = results
        crisisYears = Dictionary(uniqueKeysWithValues: contract.crisisYears.map { (String($0), true) })
    }

    static func round(_ value: Decimal) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }

    /// One year's lines as dictionaries, the way a first version would return them.
    func lines(year: Int) -> [[String: Any]] {
        var lines: [[String: Any]] = [["volet": "fonctionnement", "part": "annual", "amount": fonctionnement,
                                       "rule": "fonctionnement_annual", "source": "PRESS-2020"]]
        if year == 1, supplement > 0 { lines.append(["volet": "fonctionnement", "part": "start_up_supplement", "amount": supplement]) }
        let yearResults = results[String(year)]
        for mission in missions where mission.startYear <= year {
            let fixed = mission.startYear == year ? Self.round(mission.fixed * mission.firstYearShare) : mission.fixed
            lines.append(["volet": "missions", "mission": mission.key, "part": "fixed", "amount": fixed, "rule": "fixed_part",
                          "source": "contrat"])
            if mission.key == "crises_sanitaires", crisisYears[String(year)] == true {
                lines.append(["volet": "missions", "mission": mission.key, "part": "crisis_activation", "amount": mission.activated])
            }
            for indicator in mission.indicators {
                guard let yearResults, let result = yearResults[indicator.id] else {
                    lines.append(["volet": "missions", "mission": mission.key, "part": "variable", "indicator": indicator.id,
                                  "status": "pending", "amount": Decimal(0)])
                    continue
                }
                var amount = Decimal(0)
                switch indicator.kind {
                case "all_or_nothing":
                    if let done = result as? Bool, done { amount = indicator.amount }
                case "tiers":
                    if let value = result as? Decimal {
                        for tier in indicator.tiers {
                            let reached = indicator.better == "higher" ? value >= tier.reach : value <= tier.reach
                            if reached, tier.amount > amount { amount = tier.amount }
                        }
                    }
                default:
                    if let value = result as? Decimal {
                        amount = Self.round(indicator.amount * min(value / indicator.target, 1))
                    }
                }
                lines.append(["volet": "missions", "mission": mission.key, "part": "variable", "indicator": indicator.id,
                              "status": "assessed", "amount": amount, "rule": "indicateur-\(indicator.kind)", "source": "contrat"])
            }
        }
        return lines
    }

    /// One year's total (pending lines excluded), in cents.
    func totalCents(year: Int) -> Int64 {
        var total = Decimal(0)
        for line in lines(year: year) where (line["status"] as? String) != "pending" {
            total += line["amount"] as? Decimal ?? 0
        }
        return NSDecimalNumber(decimal: total * 100).int64Value
    }

    /// The naive calendar: 75 % advances and balances computed per line with `Decimal`.
    func scheduleTotalCents(signedOn: String, anniversaries: [String]) -> Int64 {
        var payments: [String: Decimal] = [:]
        for year in 1...5 {
            for line in lines(year: year) where (line["status"] as? String) != "pending" {
                let amount = line["amount"] as? Decimal ?? 0
                if (line["part"] as? String) == "variable" {
                    payments[anniversaries[year - 1], default: 0] += amount
                } else {
                    let advance = Self.round(amount * Decimal(string: "0.75")!)
                    payments[year == 1 ? signedOn : anniversaries[year - 2], default: 0] += advance
                    payments[anniversaries[year - 1], default: 0] += amount - advance
                }
            }
        }
        let total = payments.values.reduce(Decimal(0), +)
        return NSDecimalNumber(decimal: total * 100).int64Value
    }
}

/// The naive reader: `JSONSerialization` into `[String: Any]`, then mapping by hand.
enum NaiveDecoder {
    static func decode(_ data: Data) throws -> ACIContract {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cpts = root["cpts"] as? [String: Any], let name = cpts["name"] as? String,
              let population = cpts["population"] as? Int, let signed = root["signed_on"] as? String,
              let missionList = root["missions"] as? [[String: Any]]
        else { throw BenchmarkFailure(description: "naive decoder: bad document") }
        func euros(_ any: Any?) throws -> Euros {
            if let text = any as? String { return try Euros(parsing: text) }
            if let number = any as? NSNumber { return try Euros(parsing: number.stringValue) }
            throw BenchmarkFailure(description: "naive decoder: bad amount")
        }
        func fraction(_ any: Any?) throws -> Fraction {
            if let text = any as? String { return try Fraction(parsing: text) }
            if let number = any as? NSNumber { return try Fraction(parsing: number.stringValue) }
            throw BenchmarkFailure(description: "naive decoder: bad number")
        }
        var missions: [EngagedMission] = []
        for item in missionList {
            guard let key = item["mission"] as? String else { throw BenchmarkFailure(description: "naive decoder: mission") }
            let budget = item["budget"] as? [String: Any]
            var indicators: [Indicator] = []
            for entry in item["indicators"] as? [[String: Any]] ?? [] {
                guard let id = entry["id"] as? String, let payout = entry["payout"] as? [String: Any],
                      let type = payout["type"] as? String else { throw BenchmarkFailure(description: "naive decoder: indicator") }
                let shape: Payout
                switch type {
                case "all_or_nothing": shape = .allOrNothing(amount: try euros(payout["amount"]))
                case "proportional": shape = .proportional(target: try fraction(payout["target"]), amount: try euros(payout["amount"]))
                default:
                    let tiers = try (payout["tiers"] as? [[String: Any]] ?? []).map { Tier(reach: try fraction($0["reach"]), amount: try euros($0["amount"])) }
                    shape = .tiers(better: (payout["better"] as? String) == "lower" ? .lower : .higher, tiers: tiers)
                }
                indicators.append(try Indicator(id: id, label: entry["label"] as? String ?? id, payout: shape))
            }
            missions.append(try EngagedMission(
                kind: try MissionKind(key: key), startsOn: try (item["starts_on"] as? String).map { try CalendarDate(parsing: $0) },
                budget: MissionBudget(fixed: try budget?["fixed"].map(euros), variable: try budget?["variable"].map(euros),
                                      activated: try budget?["activated"].map(euros)),
                indicators: indicators))
        }
        var results: [Int: [String: IndicatorResult]] = [:]
        for (year, values) in root["results"] as? [String: [String: Any]] ?? [:] {
            var entries: [String: IndicatorResult] = [:]
            for (id, value) in values {
                if let number = value as? NSNumber, String(cString: number.objCType) == "c" {
                    entries[id] = .achieved(number.boolValue)
                } else {
                    entries[id] = .measured(try fraction(value))
                }
            }
            results[Int(year) ?? 0] = entries
        }
        let crisis = Set((root["crisis_recognised"] as? [String: Bool] ?? [:]).filter(\.value).compactMap { Int($0.key) })
        return try ACIContract(cpts: try CPTS(name: name, population: population), signedOn: try CalendarDate(parsing: signed),
                               rulebookID: root["rulebook"] as? String, missions: missions, results: results, crisisYears: crisis)
    }
}
