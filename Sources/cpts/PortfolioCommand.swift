import CPTSKit
import CPTSKitFrance
import CPTSKitReports
import Foundation

/// `cpts portfolio DIR`: streams every contract file of a folder into a ``PortfolioSummary``.
enum PortfolioCommand {
    static func run(_ invocation: Invocation, engine: FundingEngine, into outcome: inout Outcome) throws(Runner.Failure) {
        // Each CPTS is filed under the département holding most of its population (national data).
        var summary = PortfolioSummary(engine: engine, departments: DepartmentAttribution(dataset: .france))
        var failed = false
        for path in try contractFiles(in: invocation.positionals[0]) {
            do throws(Runner.Failure) {
                let contract = try Runner.contract(path)
                try Runner.compute(path) { () throws(CPTSKitError) -> Void in try summary.add(contract) }
            } catch {
                // Said on stderr and listed in every format of the report.
                outcome.stderr += invocation.words(error.message) + "\n"
                summary.recordRefusal(label: (path as NSString).lastPathComponent, error: error.refusal(of: path))
                failed = true
            }
        }
        // Coverage of the départements the files' communes lie in, with the national data.
        var coverage: Coverage? = nil
        if summary.communities.contains(where: { !$0.communes.isEmpty || !$0.epcis.isEmpty }) {
            let dataset = PopulationDataset.france
            let millesime = try CoverageCommand.millesime(invocation, dataset: dataset)
            let area = try CoverageCommand.area(invocation, communities: summary.communities)
            coverage = try Runner.compute("coverage") { () throws(CPTSKitError) in
                try summary.coverage(of: dataset, area: area, millesime: millesime)
            }
        }
        outcome.stdout = PortfolioRenderer.render(summary, coverage: coverage, format: Runner.format(invocation),
                                                  frenchSpreadsheet: invocation.options["--french-csv"] != nil, language: invocation.language)
        if failed { outcome.exitCode = ExitCode.invalidData }
    }

    /// The `.json` files of a folder, sorted by name.
    static func contractFiles(in directory: String) throws(Runner.Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else {
            throw Runner.Failure("\(directory): dossier introuvable ou illisible", "\(directory): folder not found or not readable",
                                 code: ExitCode.fileNotFound)
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
    }
}
