import CPTSKit
import CPTSKitExamples
import CPTSKitFrance
import Foundation

enum Scenarios {
    static func run(quick: Bool, into report: inout Report) throws {
        let samples = quick ? 3 : 7
        let sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000]
        try memory(quick: quick, into: &report)
        for shape in [PortfolioGenerator.Shape.anchor, .realistic] {
            try bulk(shape: shape, sizes: sizes, samples: samples, into: &report)
        }
        try single(samples: samples * 20, into: &report)
        try decode(counts: quick ? [1, 100] : [1, 100, 10_000], samples: samples, into: &report)
        try coverage(samples: samples * 20, into: &report)
        try TerritoryScenarios.run(samples: samples, into: &report)
        try sweep(samples: samples, into: &report)
        try portfolio(samples: samples, into: &report)
        try ImpactScenarios.run(quick: quick, samples: samples, into: &report)
    }

    /// Checks the compiled path against the reference engine on a sample of contracts.
    static func verify(_ contracts: [ACIContract], _ portfolio: CompiledPortfolio, every stride: Int) throws {
        let engine = FundingEngine()
        var buffer = StatementBuffer()
        for index in Swift.stride(from: 0, to: contracts.count, by: max(stride, 1)) {
            let funding = try engine.funding(for: contracts[index])
            for statement in funding.years {
                let year = statement.year.number
                try portfolio.fillStatement(contract: index, year: year, into: &buffer)
                guard try portfolio.total(contract: index, year: year) == statement.total, buffer.total == statement.total,
                      buffer.maxTotal == statement.maxTotal, buffer.lines.count == statement.lines.count,
                      zip(buffer.lines, statement.lines).allSatisfy({ $0.amountCents == $1.amount.cents && $0.status == $1.status })
                else {
                    throw BenchmarkFailure(description: "mismatch with the reference engine: contract \(index), year \(year)")
                }
            }
        }
    }

    static func bulk(shape: PortfolioGenerator.Shape, sizes: [Int], samples: Int, into report: inout Report) throws {
        let suffix = shape == .anchor ? "" : "_realistic"
        for size in sizes {
            var generator = PortfolioGenerator(seed: 2025, shape: shape)
            let contracts = try generator.contracts(size / ACIContract.yearCount)
            var portfolio = CompiledPortfolio()
            let compile = try Harness.measure(samples: 1, operations: contracts.count) {
                portfolio = try CompiledPortfolio(contracts)
            }
            try verify(contracts, portfolio, every: max(1, contracts.count / 200))
            // The figures are those of the columns: every contract of the portfolio is laid out in
            // them (none computed by the reference path), which the run checks.
            if let index = (0..<portfolio.count).first(where: { portfolio.usesReferencePath(contract: $0) }) {
                throw BenchmarkFailure(description: "contract \(index) of the \(shape) portfolio takes the reference path")
            }
            let compiled = identity(portfolio)
            var totalsBuffer: [Euros] = []
            let totals = Harness.measure(samples: samples, operations: size) {
                compiled.writeTotals(into: &totalsBuffer)
                blackHole(totalsBuffer)
            }
            var buffer = StatementBuffer()
            let statements = try Harness.measure(samples: samples, operations: size) {
                var lines = 0
                for contract in 0..<compiled.count {
                    for year in 1...ACIContract.yearCount {
                        try compiled.fillStatement(contract: contract, year: year, into: &buffer)
                        lines &+= buffer.lines.count
                    }
                }
                blackHole(lines)
            }
            // The naive baseline on (at most) the first 10 000 contract-years.
            let naiveCount = min(contracts.count, 2_000)
            let naive = try contracts.prefix(naiveCount).map { try NaiveContract($0) }
            // The naive baseline is not exact: Decimal divides 1/3 into 0.333…, so a proportional payout
            // can round a cent low. Count its misses on a sample; CPTSKit itself is checked above.
            var misses = 0, checked = 0
            for index in Swift.stride(from: 0, to: naiveCount, by: max(1, naiveCount / 200)) {
                for year in 1...ACIContract.yearCount {
                    checked += 1
                    if naive[index].totalCents(year: year) != (try compiled.total(contract: index, year: year)).cents { misses += 1 }
                }
            }
            let naiveTotals = Harness.measure(samples: max(1, samples / 2), operations: naiveCount * ACIContract.yearCount) {
                var sum: Int64 = 0
                for contract in naive { for year in 1...ACIContract.yearCount { sum &+= contract.totalCents(year: year) } }
                blackHole(sum)
            }
            let naiveStatements = Harness.measure(samples: max(1, samples / 2), operations: naiveCount * ACIContract.yearCount) {
                var lines = 0
                for contract in naive { for year in 1...ACIContract.yearCount { lines &+= contract.lines(year: year).count } }
                blackHole(lines)
            }
            let label = "\(size.formatted()) contract-years"
            report.add("bulk totals (\(shape.rawValue))", size: label, value: Report.rate(totals.perSecond),
                       baseline: Report.rate(naiveTotals.perSecond), ratio: Report.format(totals.perSecond / naiveTotals.perSecond, 0) + "×",
                       goal: shape == .anchor ? "≥ 30 M/s" : "")
            report.add("bulk statements (\(shape.rawValue))", size: label, value: Report.rate(statements.perSecond),
                       baseline: Report.rate(naiveStatements.perSecond),
                       ratio: Report.format(statements.perSecond / naiveStatements.perSecond, 0) + "×",
                       goal: shape == .anchor ? "≥ 5 M/s" : "")
            report.add("compile (\(shape.rawValue))", size: "\(contracts.count.formatted()) contracts", value: Report.rate(compile.perSecond),
                       baseline: "wrong on \(misses)/\(checked) years")
            if size == sizes.last {
                report.figure("bulk_totals\(suffix)_per_second", totals.perSecond)
                report.figure("bulk_statements\(suffix)_per_second", statements.perSecond)
                report.figure("baseline_bulk_totals\(suffix)_per_second", naiveTotals.perSecond)
                report.figure("baseline_bulk_statements\(suffix)_per_second", naiveStatements.perSecond)
                report.figure("compile\(suffix)_contracts_per_second", compile.perSecond)
                report.figure("baseline_wrong_years\(suffix)", Double(misses))
                report.figure("baseline_checked_years\(suffix)", Double(checked))
            }
        }
    }

    static func single(samples: Int, into report: inout Report) throws {
        let contract = identity(try BundledExample.lorientLittoral.contract())
        let engine = FundingEngine()
        let statement = try Harness.measure(samples: samples, operations: 1) { blackHole(try engine.statement(for: contract, year: 1)) }
        let compiled = try CompiledContract(contract)
        var buffer = StatementBuffer()
        try compiled.fillStatement(year: 1, into: &buffer)
        let filled = try Harness.measure(samples: samples, operations: 1) { try compiled.fillStatement(year: 1, into: &buffer) }
        let naive = try NaiveContract(contract)
        let naiveStatement = Harness.measure(samples: samples, operations: 1) { blackHole(naive.lines(year: 1)) }
        report.add("one statement, from the contract", size: "Lorient, 32 lines", value: Report.duration(statement.minimumNanoseconds),
                   baseline: Report.duration(naiveStatement.minimumNanoseconds),
                   ratio: Report.format(naiveStatement.minimumNanoseconds / statement.minimumNanoseconds, 1) + "×", goal: "≤ 10 µs")
        report.add("one statement, compiled", size: "Lorient, 32 lines", value: Report.duration(filled.minimumNanoseconds))
        let schedule = try Harness.measure(samples: samples, operations: 1) { blackHole(try engine.schedule(for: contract)) }
        let computed = try engine.funding(for: contract)
        let fromFunding = try Harness.measure(samples: samples, operations: 1) {
            blackHole(try engine.schedule(for: contract, funding: computed))
        }
        let anniversaries = contract.years.map(\.end.description)
        let naiveSchedule = Harness.measure(samples: samples, operations: 1) {
            blackHole(naive.scheduleTotalCents(signedOn: contract.signedOn.description, anniversaries: anniversaries))
        }
        report.add("payment schedule, 5 years", size: "Lorient", value: Report.duration(schedule.minimumNanoseconds),
                   baseline: Report.duration(naiveSchedule.minimumNanoseconds),
                   ratio: Report.format(naiveSchedule.minimumNanoseconds / schedule.minimumNanoseconds, 1) + "×", goal: "≤ 20 µs")
        report.add("payment schedule, from computed statements", size: "Lorient", value: Report.duration(fromFunding.minimumNanoseconds),
                   goal: "≤ 20 µs")
        // The quarterly follow-up of the example's year 2 (as of 30 November 2026: 17 of 25 indicators
        // measured): the plan, five statements, the schedule, and the year's variable lines twice.
        let asOf = try CalendarDate(parsing: "2026-11-30")
        let followUp = try Harness.measure(samples: samples, operations: 1) { blackHole(try engine.followUp(for: contract, asOf: asOf)) }
        report.add("quarterly follow-up of one contract", size: "Lorient, year 2", value: Report.duration(followUp.minimumNanoseconds),
                   goal: "≤ 20 µs")
        report.figure("followup_ns", followUp.minimumNanoseconds)
        report.figure("schedule_from_funding_ns", fromFunding.minimumNanoseconds)
        report.figure("single_statement_ns", statement.minimumNanoseconds)
        report.figure("single_statement_median_ns", statement.medianNanoseconds)
        report.figure("compiled_statement_ns", filled.minimumNanoseconds)
        report.figure("schedule_ns", schedule.minimumNanoseconds)
        report.figure("baseline_single_statement_ns", naiveStatement.minimumNanoseconds)
        report.figure("baseline_schedule_ns", naiveSchedule.minimumNanoseconds)
        try amended(samples: samples, into: &report)
    }

    /// A contract that lives: Rade à Ria (aci-2019 then avenant 2 from year 2, the start-up
    /// catch-up, a budget and an indicators amendment), terminated early on 2025-03-15.
    static func amendedContract() throws -> ACIContract {
        let base = try BundledExample.radeARia.contract()
        let termination = try Amendment(effectiveOn: try CalendarDate(parsing: "2025-03-15"), change: .termination)
        return try ACIContract(cpts: base.cpts, signedOn: base.signedOn, rulebookID: base.rulebookID, missions: base.missions,
                               results: base.results.filter { $0.key < 4 }, crisisYears: base.crisisYears,
                               rulebookChanges: base.rulebookChanges, amendments: base.amendments + [termination])
    }

    static func amended(samples: Int, into report: inout Report) throws {
        let contract = identity(try amendedContract())
        let engine = FundingEngine()
        let statement = try Harness.measure(samples: samples, operations: 1) { blackHole(try engine.statement(for: contract, year: 4)) }
        let schedule = try Harness.measure(samples: samples, operations: 1) { blackHole(try engine.schedule(for: contract)) }
        report.add("one statement, amended contract", size: "Rade à Ria, year 4", value: Report.duration(statement.minimumNanoseconds),
                   goal: "≤ 10 µs")
        report.add("payment schedule, amended contract", size: "Rade à Ria, terminated", value: Report.duration(schedule.minimumNanoseconds),
                   goal: "≤ 25 µs")
        report.figure("amended_statement_ns", statement.minimumNanoseconds)
        report.figure("amended_schedule_ns", schedule.minimumNanoseconds)
    }

    static func decode(counts: [Int], samples: Int, into report: inout Report) throws {
        var generator = PortfolioGenerator(seed: 7, shape: .realistic)
        let contracts = try generator.contracts(counts.max() ?? 1)
        let files = contracts.map { Data($0.jsonText.utf8) }
        let engine = FundingEngine()
        for count in counts {
            let batch = identity(Array(files.prefix(count)))
            let bytes = batch.reduce(0) { $0 + $1.count }
            let ours = try Harness.measure(samples: samples, operations: bytes) {
                for file in batch { blackHole(try engine.validate(try ACIContract(jsonBytes: file))) }
            }
            let naive = try Harness.measure(samples: max(1, samples / 2), operations: bytes) {
                for file in batch { blackHole(try engine.validate(try NaiveDecoder.decode(file))) }
            }
            for (file, contract) in zip(batch, contracts) where try ACIContract(jsonBytes: file) != contract {
                throw BenchmarkFailure(description: "decoding changed a contract")
            }
            let oursRate = ours.perSecond, naiveRate = naive.perSecond
            report.add("decode + validate", size: "\(count.formatted()) files, \(bytes.formatted()) B",
                       value: Report.format(oursRate / 1e6, 1) + " MB/s", baseline: Report.format(naiveRate / 1e6, 1) + " MB/s",
                       ratio: Report.format(oursRate / naiveRate, 1) + "×", goal: "≥ 50 MB/s, linear")
            if count == counts.last {
                report.figure("decode_bytes_per_second", oursRate)
                report.figure("baseline_decode_bytes_per_second", naiveRate)
            }
            report.figure("decode_bytes_per_second_\(count)_files", oursRate)
        }
    }

    static func coverage(samples: Int, into report: inout Report) throws {
        let dataset = PopulationDataset.morbihan
        // Eight CPTS, one per EPCI of the Morbihan (a stand-in: real perimeters are not all public).
        var communities: [CPTS] = []
        var seen = Set<String>()
        for commune in dataset.communes {
            guard let epci = commune.epci, seen.insert(epci.siren).inserted, communities.count < 8 else { continue }
            communities.append(try CPTS(name: epci.name, population: 50_000, communes: dataset.communes(ofEPCI: epci.siren).map(\.code)))
        }
        let input = identity(communities)
        let ours = try Harness.measure(samples: samples, operations: 1) { blackHole(try dataset.coverage(by: input, millesime: 2020)) }
        let naive = Harness.measure(samples: samples, operations: 1) {
            var populations: [String: Int] = [:]
            for commune in dataset.communes { populations[commune.code.rawValue] = commune.population(millesime: 2020, measure: .municipal) }
            var covered: [String] = []
            for cpts in input { for code in cpts.communes where !covered.contains(code.rawValue) { covered.append(code.rawValue) } }
            blackHole(covered.reduce(0) { $0 + (populations[$1] ?? 0) })
        }
        report.add("coverage of the Morbihan", size: "8 CPTS, 249 communes", value: Report.duration(ours.minimumNanoseconds),
                   baseline: Report.duration(naive.minimumNanoseconds),
                   ratio: Report.format(naive.minimumNanoseconds / ours.minimumNanoseconds, 1) + "×")
        report.figure("coverage_ns", ours.minimumNanoseconds)
        report.figure("baseline_coverage_ns", naive.minimumNanoseconds)
    }

    /// One contract, attainment 0 % … 100 % in 1 % steps for every indicator of year 1.
    static func sweep(samples: Int, into report: inout Report) throws {
        let base = try BundledExample.lorientLittoral.contract()
        var variants: [ACIContract] = []
        for step in 0...100 {
            var results = base.results
            var year: [String: IndicatorResult] = [:]
            for mission in base.missions {
                for indicator in mission.indicators {
                    switch indicator.payout {
                    case .allOrNothing: year[indicator.id] = .achieved(step == 100)
                    case .proportional(let target, _): year[indicator.id] = .measured(try Fraction(target.numerator * Int64(step), target.denominator * 100))
                    case .tiers(let better, let tiers):
                        let top = tiers.map(\.reach).max() ?? .zero, bottom = tiers.map(\.reach).min() ?? .zero
                        let (from, to) = better == .higher ? (Fraction.zero, top) : (try Fraction(top.numerator * 2, top.denominator), bottom)
                        let value = try Fraction(from.numerator * to.denominator * Int64(100 - step) + to.numerator * from.denominator * Int64(step),
                                                 from.denominator * to.denominator * 100)
                        year[indicator.id] = .measured(value)
                    }
                }
            }
            results[1] = year
            variants.append(try ACIContract(cpts: base.cpts, signedOn: base.signedOn, rulebookID: base.rulebookID,
                                            missions: base.missions, results: results, crisisYears: base.crisisYears))
        }
        let input = identity(variants)
        let engine = FundingEngine()
        let ours = try Harness.measure(samples: samples, operations: 1) {
            var sum: Int64 = 0
            for variant in input { sum &+= try engine.statement(for: variant, year: 1).total.cents }
            blackHole(sum)
        }
        let compiled = try Harness.measure(samples: samples, operations: 1) {
            var sum: Int64 = 0
            for variant in input { sum &+= try CompiledContract(variant).total(year: 1).cents }
            blackHole(sum)
        }
        for variant in variants where try CompiledContract(variant).total(year: 1) != engine.statement(for: variant, year: 1).total {
            throw BenchmarkFailure(description: "sweep mismatch")
        }
        let naiveVariants = try variants.map { try NaiveContract($0) }
        let naive = Harness.measure(samples: samples, operations: 1) {
            var sum: Int64 = 0
            for variant in naiveVariants { sum &+= variant.totalCents(year: 1) }
            blackHole(sum)
        }
        report.add("what-if sweep, 101 steps × 25 indicators", size: "Lorient, year 1", value: Report.duration(ours.minimumNanoseconds),
                   baseline: Report.duration(naive.minimumNanoseconds),
                   ratio: Report.format(naive.minimumNanoseconds / ours.minimumNanoseconds, 1) + "×")
        report.add("what-if sweep, compiled per step", size: "Lorient, year 1", value: Report.duration(compiled.minimumNanoseconds))
        report.figure("sweep_compiled_ns", compiled.minimumNanoseconds)
        report.figure("baseline_sweep_ns", naive.minimumNanoseconds)
        report.figure("sweep_ns", ours.minimumNanoseconds)
    }

    /// The ~700 contracted CPTS of France (aci-rules.md §8) as one portfolio: the yearly review of a
    /// national budget, by the reference path (`PortfolioSummary`) and by the compiled path.
    static func portfolio(samples: Int, into report: inout Report) throws {
        var generator = PortfolioGenerator(seed: 700, shape: .realistic)
        let contracts = identity(try generator.contracts(700))
        var check = PortfolioSummary()
        let summary = try Harness.measure(samples: max(1, samples / 2), operations: 1) {
            var portfolio = PortfolioSummary()
            for contract in contracts { try portfolio.add(contract) }
            check = portfolio
        }
        var compiledTotal = Euros.zero
        let compiled = try Harness.measure(samples: max(1, samples / 2), operations: 1) {
            compiledTotal = try CompiledPortfolio(contracts).grandTotal
        }
        guard compiledTotal == check.total.total else {
            throw BenchmarkFailure(description: "portfolio: compiled total \(compiledTotal) differs from the summary \(check.total.total)")
        }
        let naive = try contracts.map { try NaiveContract($0) }
        let baseline = Harness.measure(samples: 1, operations: 1) {
            var sum: Int64 = 0
            for contract in naive { for year in 1...ACIContract.yearCount { sum &+= contract.totalCents(year: year) } }
            blackHole(sum)
        }
        report.add("portfolio of 700 contracts, summary", size: "realistic, 3 500 contract-years",
                   value: Report.duration(summary.minimumNanoseconds), baseline: Report.duration(baseline.minimumNanoseconds),
                   ratio: Report.format(baseline.minimumNanoseconds / summary.minimumNanoseconds, 1) + "×")
        report.add("portfolio of 700 contracts, compiled", size: "realistic, 3 500 contract-years",
                   value: Report.duration(compiled.minimumNanoseconds), baseline: Report.duration(baseline.minimumNanoseconds),
                   ratio: Report.format(baseline.minimumNanoseconds / compiled.minimumNanoseconds, 1) + "×")
        report.figure("portfolio_700_summary_ns", summary.minimumNanoseconds)
        report.figure("portfolio_700_compiled_ns", compiled.minimumNanoseconds)
        report.figure("baseline_portfolio_700_ns", baseline.minimumNanoseconds)
    }

    /// Repeats one operation for a profiler.
    static func profile(_ what: String) throws {
        let contract = try BundledExample.lorientLittoral.contract()
        let engine = FundingEngine()
        let bytes = Array(contract.jsonText.utf8)
        let funding = try engine.funding(for: contract)
        let amended = try amendedContract()
        let followUpDay = try CalendarDate(parsing: "2026-11-30")
        if what == "portfolio" {
            // The 700-contract portfolio of `run`, compiled again and again.
            var generator = PortfolioGenerator(seed: 700, shape: .realistic)
            let contracts = try generator.contracts(700)
            for _ in 0..<20 { blackHole(try CompiledPortfolio(contracts)) }
            return
        }
        if what == "france-decode" || what == "france-coverage" {
            // The national table decoded, or the coverage of France by 700 CPTS, a few times.
            let france = PopulationDataset.decodeFrance()
            let communities = try TerritoryScenarios.communities(in: france, count: 700, size: 50)
            for _ in 0..<3 {
                if what == "france-decode" {
                    blackHole(PopulationDataset.decodeFrance())
                } else {
                    blackHole(try france.coverage(of: .whole, by: communities, millesime: 2023))
                }
            }
            return
        }
        if what == "rulebook-load" {
            // A complete rulebook file (avenant 2 exported under another id), loaded again and again.
            let bytes = Array(Rulebook.aci2019Avenant2.fileText.replacingOccurrences(of: "\"aci-2019-av2\"", with: "\"full-copy\"").utf8)
            for _ in 0..<2_000 { blackHole(try RulebookRegistry.standard.adding(jsonBytes: bytes)) }
            return
        }
        if what == "impact" || what == "impact-compiled" {
            // The impact of a draft on the 700-contract portfolio, detailed or compiled, again and again.
            var generator = PortfolioGenerator(seed: 700, shape: .realistic)
            let contracts = try generator.contracts(700)
            let (baseline, scenario) = try ImpactScenarios.engines()
            for _ in 0..<10 {
                if what == "impact" {
                    var impact = RulebookImpact(draft: "draft-bench", baseline: baseline, scenario: scenario)
                    for contract in contracts { try impact.add(contract) }
                    blackHole(impact)
                } else {
                    blackHole(try RulebookImpact.totals(of: contracts, baseline: baseline, scenario: scenario))
                }
            }
            return
        }
        if what == "totals" || what == "statements" {
            var generator = PortfolioGenerator(seed: 2025, shape: .anchor)
            let portfolio = try CompiledPortfolio(try generator.contracts(2_000))
            var totals: [Euros] = []
            var buffer = StatementBuffer()
            for _ in 0..<3_000 {
                if what == "totals" {
                    portfolio.writeTotals(into: &totals)
                } else {
                    for contract in 0..<200 { for year in 1...5 { try portfolio.fillStatement(contract: contract, year: year, into: &buffer) } }
                }
            }
            blackHole(totals)
            return
        }
        for _ in 0..<20_000 {
            switch what {
            case "statement": blackHole(try engine.statement(for: contract, year: 1))
            case "amended-statement": blackHole(try engine.statement(for: amended, year: 4))
            case "amended-schedule": blackHole(try engine.schedule(for: amended))
            case "schedule": blackHole(try engine.schedule(for: contract))
            case "followup": blackHole(try engine.followUp(for: contract, asOf: followUpDay))
            case "assembly": blackHole(try engine.schedule(for: contract, funding: funding))
            case "decode": blackHole(try ACIContract(jsonBytes: bytes))
            case "validate": blackHole(try engine.validate(contract))
            default: blackHole(try CompiledContract(contract))
            }
        }
    }

    /// Streams `contractYears` through generate → compile → totals, holding one contract at a time.
    static func stream(contractYears: Int) throws -> Int {
        var generator = PortfolioGenerator(seed: 11, shape: .realistic)
        var portfolio = CompiledPortfolio()
        var totals: [Euros] = []
        var sum: Int64 = 0
        let contracts = contractYears / ACIContract.yearCount
        for number in 0..<contracts {
            try portfolio.append(try generator.contract(number: number))
            if portfolio.count == 1_000 || number == contracts - 1 {
                portfolio.writeTotals(into: &totals)
                sum &+= totals.reduce(0) { $0 &+ $1.cents }
                portfolio.removeAll()
            }
        }
        blackHole(sum)
        return Harness.peakRSSBytes()
    }

    /// Peak RSS of a child process streaming 10 k, 100 k and 1 M contract-years.
    static func memory(quick: Bool, into report: inout Report) throws {
        let sizes = quick ? [1_000, 10_000, 100_000] : [10_000, 100_000, 1_000_000]
        var peaks: [Int] = []
        for size in sizes {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["--stream", String(size)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0, let peak = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw BenchmarkFailure(description: "streaming child failed: \(output)")
            }
            peaks.append(peak)
            report.add("streaming, peak RSS", size: "\(size.formatted()) contract-years",
                       value: Report.format(Double(peak) / 1_048_576, 1) + " MiB", goal: "flat")
            report.figure("peak_rss_bytes_\(size)", Double(peak))
        }
        report.figure("peak_rss_bytes", Double(peaks.max() ?? 0))
    }
}
