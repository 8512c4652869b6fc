import CPTSKit
import CPTSKitFrance
import CPTSKitReports
import Foundation

/// `cpts coverage FILES|DIR`: the share of an area's population the CPTS of the files cover,
/// with the national data of `CPTSKitFrance`.
enum CoverageCommand {
    static func run(_ invocation: Invocation, into outcome: inout Outcome) throws(Runner.Failure) {
        let dataset = PopulationDataset.france
        let millesime = try Self.millesime(invocation, dataset: dataset)
        let measure = invocation.options["--measure"].flatMap(PopulationMeasure.init(rawValue:)) ?? .municipal
        var files: [String] = []
        for positional in invocation.positionals {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: positional, isDirectory: &isDirectory), isDirectory.boolValue {
                files += try PortfolioCommand.contractFiles(in: positional)
            } else {
                files.append(positional)
            }
        }
        var communities: [CPTS] = []
        var failed: Runner.Failure? = nil
        var skipped: [RefusedContract] = []
        for path in files {
            do throws(Runner.Failure) {
                let cpts = try Runner.contract(path).cpts
                // Each file's territory is read first, so an unknown code names its file and field.
                _ = try Runner.compute(path) { () throws(CPTSKitError) in try dataset.territory(of: cpts, millesime: millesime) }
                communities.append(cpts)
            } catch {
                // Said on stderr and listed in every format; the others are still covered.
                outcome.stderr += invocation.words(error.message) + "\n"
                skipped.append(RefusedContract(index: communities.count + skipped.count, label: (path as NSString).lastPathComponent,
                                               error: error.refusal(of: path)))
                if failed == nil || error.code == ExitCode.invalidData { failed = error }
            }
        }
        if let failed, communities.isEmpty {
            throw Runner.Failure("cpts: couverture non calculée : \(skipped.count) fichier(s) en erreur",
                                 "cpts: coverage not computed: \(skipped.count) file(s) in error", code: failed.code)
        }
        let area = try Self.area(invocation, communities: communities)
        let coverage = try Runner.compute("coverage") { () throws(CPTSKitError) in
            try dataset.coverage(of: area, by: communities, millesime: millesime, measure: measure)
        }
        for community in coverage.communities {
            for note in community.notes where note.isWarning {
                outcome.stderr += "\(community.name): " + invocation.words("avertissement : ", "warning: ") + note.description(in: invocation.language) + "\n"
            }
        }
        for claim in coverage.overlaps {
            let claimants = claim.claimedBy.joined(separator: ", ")
            outcome.stderr += invocation.words("avertissement : \(claim.code) (\(claim.name)) est citée par \(claimants) : comptée une fois\n",
                                               "warning: \(claim.code) (\(claim.name)) is claimed by \(claimants): counted once\n")
        }
        switch invocation.options["--format"] ?? "table" {
        case "html": outcome.stdout = CoverageRenderer.html(coverage, language: invocation.language, skipped: skipped)
        default:
            outcome.stdout = CoverageRenderer.render(coverage, format: Runner.format(invocation), language: invocation.language,
                                                     skipped: skipped)
        }
        if let failed { outcome.exitCode = failed.code }
    }

    /// `--millesime`, or the latest the data holds.
    static func millesime(_ invocation: Invocation, dataset: PopulationDataset) throws(Runner.Failure) -> Int {
        guard let text = invocation.options["--millesime"] else { return dataset.millesimes.last ?? 0 }
        guard let year = Int(text), dataset.millesimes.contains(year) else {
            let held = dataset.millesimes.map(String.init).joined(separator: ", ")
            throw Runner.Failure("cpts: --millesime \(text) : les données contiennent \(held)", "cpts: --millesime \(text): the data holds \(held)",
                                 code: ExitCode.usage)
        }
        return year
    }

    /// `--departement`, `--region` or `--france`; without one, the départements of the communes
    /// the files list.
    static func area(_ invocation: Invocation, communities: [CPTS]) throws(Runner.Failure) -> CoverageArea {
        // `2a` is Corse-du-Sud's `2A`; a code no département has is a usage error naming the option.
        let department = invocation.options["--departement"].map { $0.uppercased() }
        if let department, PopulationDataset.france.department(department) == nil {
            let mayotte = department == "976"
            throw Runner.Failure("cpts: --departement \(department) : aucun département des données France n'a ce code (01 à 95, 2A, 2B, 971 à 974)"
                                     + (mayotte ? " ; l'Insee publie à part les populations légales de Mayotte" : ""),
                                 "cpts: --departement \(department): no département of the France data has this code (01 to 95, 2A, 2B, 971 to 974)"
                                     + (mayotte ? "; INSEE publishes the legal populations of Mayotte separately" : ""),
                                 code: ExitCode.usage)
        }
        let given = [department.map(CoverageArea.department),
                     invocation.options["--region"].map(CoverageArea.region),
                     invocation.options["--france"].map { _ in CoverageArea.whole }].compactMap { $0 }
        guard given.count <= 1 else {
            throw Runner.Failure("cpts: donner une seule option parmi --departement, --region et --france",
                                 "cpts: give one of --departement, --region and --france", code: ExitCode.usage)
        }
        if let area = given.first { return area }
        var departments: Set<String> = []
        for cpts in communities {
            for code in cpts.communes { departments.insert(code.department) }
            for siren in cpts.epcis {
                for commune in PopulationDataset.france.communes(ofEPCI: siren) { departments.insert(commune.department) }
            }
        }
        departments = departments.filter { PopulationDataset.france.department($0) != nil }
        guard !departments.isEmpty else {
            throw Runner.Failure("cpts: les fichiers ne listent aucune commune des données ; donner --departement, --region ou --france",
                                 "cpts: the files list no commune of the data; give --departement, --region or --france", code: ExitCode.usage)
        }
        return departments.count == 1 ? .department(departments.first ?? "") : .departments(departments.sorted())
    }
}
