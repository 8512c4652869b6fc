import CPTSKit
import CPTSKitFrance
import CPTSKitReports
import Foundation

/// `cpts impact DIR --rulebook FILE`: every contract of a folder without and with a draft rulebook.
///
/// The files are split into contiguous runs, one per processor; each run is read and computed
/// into its own `RulebookImpact`, and the runs are merged in order, so the output and the messages
/// are those of one pass over the sorted files.
enum ImpactCommand {
    /// What one worker produced: its impact and its messages.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [(impact: RulebookImpact, messages: String, failed: Bool)?]

        init(count: Int) { parts = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ part: (impact: RulebookImpact, messages: String, failed: Bool)) {
            lock.withLock { parts[index] = part }
        }

        var all: [(impact: RulebookImpact, messages: String, failed: Bool)] { lock.withLock { parts.compactMap { $0 } } }
    }

    static func run(_ invocation: Invocation, into outcome: inout Outcome) throws(Runner.Failure) {
        guard let draftPath = invocation.options["--rulebook"] else {
            throw Runner.Failure.usage("'impact' attend --rulebook FILE, le projet à mesurer",
                                       "'impact' needs --rulebook FILE, the draft to measure", command: "impact")
        }
        let (registry, draft) = try Runner.rulebookFile(draftPath)
        let folder = invocation.positionals[0]
        if folder.hasSuffix(".json") {
            throw Runner.Failure.usage("'impact' mesure un dossier de contrats, pas un fichier (\(folder)) : donner le dossier qui le contient",
                                       "'impact' measures a folder of contracts, not a file (\(folder)): give the folder that holds it",
                                       command: "impact")
        }
        let files = try PortfolioCommand.contractFiles(in: folder)
        var start = RulebookImpact(draft: draft.id, baseline: FundingEngine(), scenario: FundingEngine(registry: registry))
        // Each CPTS is filed under the département holding most of its population (national data).
        start.departments = DepartmentAttribution(dataset: .france)
        let empty = start
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 50, 8))
        let runs = Runs(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var impact = empty
            var messages = ""
            var failed = false
            let run = files.count * worker / workers..<files.count * (worker + 1) / workers
            for path in files[run] {
                do throws(Runner.Failure) {
                    let contract = try Runner.contract(path)
                    let name = path.split(separator: "/").last.map(String.init) ?? path
                    try Runner.compute(path) { () throws(CPTSKitError) -> Void in try impact.add(contract, label: name) }
                } catch {
                    // Said on stderr and listed in every format of the report.
                    messages += invocation.words(error.message) + "\n"
                    impact.recordRefusal(label: (path as NSString).lastPathComponent, error: error.refusal(of: path))
                    failed = true
                }
            }
            runs.set(worker, (impact, messages, failed))
        }
        var impact = empty
        var failed = false
        for part in runs.all {
            try Runner.compute(draftPath) { () throws(CPTSKitError) -> Void in try impact.merge(part.impact) }
            outcome.stderr += part.messages
            failed = failed || part.failed
        }
        if draft.effectiveFrom.value == nil {
            outcome.stderr += "\(draftPath): " + invocation.words("avertissement : effective_on est inconnu (null) : le projet n'atteint aucun contrat par date\n",
                                                                  "warning: effective_on is unknown (null): the draft reaches no contract by date\n")
        }
        let format = invocation.options["--format"] ?? "table"
        outcome.stdout = ImpactRenderer.render(impact, draft: draft, format: format == "html" ? nil : OutputFormat(rawValue: format) ?? .table,
                                               language: invocation.language, summary: invocation.options["--summary"] != nil,
                                               frenchSpreadsheet: invocation.options["--french-csv"] != nil)
        if failed { outcome.exitCode = ExitCode.invalidData }
    }
}
