import CPTSKit
import CPTSKitReports

/// `cpts impact DIR --rulebook FILE`: every contract of a folder without and with a draft rulebook.
enum ImpactCommand {
    static func run(_ invocation: Invocation, into outcome: inout Outcome) throws(Runner.Failure) {
        guard let draftPath = invocation.options["--rulebook"] else {
            let help = Arguments.commands.first { $0.name == "impact" }.map(Arguments.help(for:)) ?? Arguments.help
            throw Runner.Failure(message: "cpts: 'impact' needs --rulebook FILE, the draft to measure\n\n" + help, code: ExitCode.usage)
        }
        let (registry, draft) = try Runner.rulebookFile(draftPath)
        let files = try PortfolioCommand.contractFiles(in: invocation.positionals[0])
        var impact = RulebookImpact(draft: draft.id, baseline: FundingEngine(), scenario: FundingEngine(registry: registry))
        var failed = false
        for path in files {
            do throws(Runner.Failure) {
                let contract = try Runner.contract(path)
                let name = path.split(separator: "/").last.map(String.init) ?? path
                try Runner.compute(path) { () throws(CPTSKitError) -> Void in try impact.add(contract, label: name) }
            } catch {
                outcome.stderr += error.message + "\n"
                failed = true
            }
        }
        if draft.effectiveFrom.value == nil {
            outcome.stderr += "\(draftPath): warning: effective_on is unknown (null): the draft reaches no contract by date\n"
        }
        let format = invocation.options["--format"] ?? "table"
        outcome.stdout = ImpactRenderer.render(impact, draft: draft, format: format == "html" ? nil : OutputFormat(rawValue: format) ?? .table)
        if failed { outcome.exitCode = ExitCode.invalidData }
    }
}
