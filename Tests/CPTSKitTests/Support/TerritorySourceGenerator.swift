import Foundation

/// Renders the compiled territory tables from the INSEE and DGCL files of `Data/territory/france/`:
/// `MorbihanData.generated.swift` (the communes of the Morbihan) and `FranceData.generated.swift`
/// (every commune), both in `CPTSKitFrance`. One source of truth: the
/// Morbihan table is the national one filtered to département 56.
///
/// The one generator of these files: `Scripts/regenerate` runs the tests that call it with
/// `CPTSKIT_REGENERATE=1`, which write them; without it, the tests render and compare byte for
/// byte, so a table can never drift from its data.
enum TerritorySourceGenerator {
    /// A table to render: which communes, where, under which Swift name.
    struct Target {
        let enumName: String
        let outputPath: String
        let datasetSymbol: String
        /// The départements kept; `nil` for every one.
        let departments: Set<String>?
    }

    static let morbihan = Target(enumName: "MorbihanData", outputPath: "Sources/CPTSKitFrance/MorbihanData.generated.swift",
                                 datasetSymbol: "PopulationDataset.morbihan", departments: ["56"])
    static let france = Target(enumName: "FranceData", outputPath: "Sources/CPTSKitFrance/FranceData.generated.swift",
                               datasetSymbol: "PopulationDataset.france", departments: nil)

    static let folder = "Data/territory/france/"
    static let millesimes = [2020, 2021, 2022, 2023]
    static let attribution = "Source : INSEE, populations légales 2020 à 2023 et Code officiel géographique 2026 ; DGCL, composition des EPCI 2025 ; via data.gouv.fr / etalab decoupage-administratif, Licence Ouverte."
    /// The Morbihan join kept as an independent check of the generated table.
    static let csvPath = "Data/territory/morbihan_communes_population.csv"

    static var files: [String] {
        millesimes.map { "populations-\($0).csv" } + [
            "cog-2026-communes.csv", "cog-2026-departements.csv", "cog-2026-regions.csv",
            "cog-2026-mouvements-communes.csv", "dgcl-epcicom-2025.csv",
        ]
    }

    /// The source files, read once per test process.
    nonisolated(unsafe) private static var cache: [String: [UInt8]] = [:]
    private static let lock = NSLock()

    static func source(_ file: String) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if let bytes = cache[file] { return bytes }
        let bytes = try RepositoryFiles.bytes(folder + file)
        cache[file] = bytes
        return bytes
    }

    /// The records of a source file as named fields.
    static func records(_ file: String) throws -> [[String: String]] {
        let bytes = try source(file)
        let rows = CSVRecords.parse(bytes, separator: file.hasPrefix("cog-") ? UInt8(ascii: ",") : UInt8(ascii: ";"))
        guard let header = rows.first else { return [] }
        return rows.dropFirst().compactMap { row in
            guard row.count == header.count, row.contains(where: { !$0.isEmpty }) else { return nil }
            return Dictionary(uniqueKeysWithValues: zip(header, row))
        }
    }

    /// FNV-1a, 64 bits: a checksum of a source file for the generated header.
    static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    static func swiftString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The Morbihan join's rows as fields, without the header.
    static func rows(_ csv: [UInt8]) -> [[String]] {
        CSVRecords.parse(csv, separator: UInt8(ascii: ",")).dropFirst().filter { $0.count > 1 }
    }

    /// The compact text of each part of a target's table.
    static func parts(_ target: Target) throws -> (communes: String, epcis: String, departments: String, regions: String,
                                                     movements: String)
    {
        func kept(_ code: String) -> Bool {
            target.departments.map { $0.contains(String(code.prefix(code.hasPrefix("97") ? 3 : 2))) } ?? true
        }
        // Populations: name from the latest millésime holding the code, `pmun+pcap` per millésime.
        var names: [String: String] = [:]
        var figures: [String: [Int: String]] = [:]
        for millesime in millesimes {
            for record in try records("populations-\(millesime).csv") {
                let code = record["insee", default: ""]
                guard kept(code) else { continue }
                names[code] = record["commune"]
                figures[code, default: [:]][millesime] = "\(record["pmun", default: ""])+\(record["pcap", default: ""])"
            }
        }
        // Paris, Lyon, Marseille: the arrondissements' parent from the COG, the commune itself too.
        var parents: [String: String] = [:]
        let cog = try records("cog-2026-communes.csv")
        for record in cog where record["TYPECOM"] == "ARM" && kept(record["COM", default: ""]) {
            parents[record["COM", default: ""]] = record["COMPARENT"]
        }
        let parentCodes = Set(parents.values)
        for record in cog where record["TYPECOM"] == "COM" && parentCodes.contains(record["COM", default: ""]) {
            names[record["COM", default: ""]] = record["LIBELLE"]
        }
        // EPCI 2025: membership by commune; EPCIs numbered in SIREN order.
        var epciOf: [String: String] = [:]
        var epciRecord: [String: (nature: String, name: String)] = [:]
        for record in try records("dgcl-epcicom-2025.csv") where names[record["insee", default: ""]] != nil {
            let siren = record["epci_siren", default: ""]
            epciOf[record["insee", default: ""]] = siren
            epciRecord[siren] = (record["nature", default: ""], record["epci", default: ""])
        }
        let sirens = epciRecord.keys.sorted()
        let epciIndex = Dictionary(uniqueKeysWithValues: sirens.enumerated().map { ($1, $0) })
        var communes = ""
        for code in names.keys.sorted() {
            let populations = millesimes.map { figures[code]?[$0] ?? "" }.joined(separator: "|")
            let epci = epciOf[code].flatMap { epciIndex[$0] }.map(String.init) ?? ""
            communes += "\(code)|\(names[code] ?? "")|\(epci)|\(parents[code] ?? "")|\(populations)\n"
        }
        let epcis = sirens.map { "\($0)|\(epciRecord[$0]?.nature ?? "")|\(epciRecord[$0]?.name ?? "")\n" }.joined()
        // Départements with populations, and their régions.
        let held = Set(names.keys.map { String($0.prefix($0.hasPrefix("97") ? 3 : 2)) })
        var regionCodes: Set<String> = []
        var departments = ""
        for record in try records("cog-2026-departements.csv") where held.contains(record["DEP", default: ""]) {
            departments += "\(record["DEP", default: ""])|\(record["REG", default: ""])|\(record["LIBELLE", default: ""])\n"
            regionCodes.insert(record["REG", default: ""])
        }
        let regions = try records("cog-2026-regions.csv").filter { regionCodes.contains($0["REG", default: ""]) }
            .map { "\($0["REG", default: ""])|\($0["LIBELLE", default: ""])\n" }.joined()
        // Changes between two codes of communes, by date, code before, code after.
        let movements = try records("cog-2026-mouvements-communes.csv").filter {
            $0["TYPECOM_AV"] == "COM" && $0["TYPECOM_AP"] == "COM" && $0["COM_AV"] != $0["COM_AP"]
                && (kept($0["COM_AV", default: ""]) || kept($0["COM_AP", default: ""]))
        }.map { record in
            [record["DATE_EFF"], record["MOD"], record["COM_AV"], record["LIBELLE_AV"], record["COM_AP"], record["LIBELLE_AP"]]
                .map { $0 ?? "" }
        }.sorted { ($0[0], $0[2], $0[4]) < ($1[0], $1[2], $1[4]) }
            .map { $0.joined(separator: "|") + "\n" }.joined()
        return (communes, epcis, departments, regions, movements)
    }

    static func render(_ target: Target) throws -> String {
        let parts = try parts(target)
        var out = "// Generated by Tests/CPTSKitTests/Support/TerritorySourceGenerator.swift; run Scripts/regenerate.\n"
        out += "// Sources (\(folder), see its README):\n"
        for file in files {
            let bytes = try source(file)
            out += "//   \(file) (\(bytes.count) bytes, FNV-1a 64 \(String(fnv1a64(bytes), radix: 16)))\n"
        }
        out += """
            // Do not edit by hand.
            // \(attribution)

            import CPTSKit

            /// The table compiled into the library (see `\(target.datasetSymbol)`), as compact text
            /// decoded on first use: one line per commune, EPCI, département, région and commune change.
            enum \(target.enumName) {
                /// The millésimes of the population columns.
                static let millesimes: [Int] = [\(millesimes.map(String.init).joined(separator: ", "))]

                /// The licence's attribution line.
                static let attribution = \(swiftString(attribution))

                /// The text of the table.
                static let parts = TerritoryTable.Parts(

            """
        let named = [("communes", parts.communes), ("epcis", parts.epcis), ("departments", parts.departments),
                     ("regions", parts.regions), ("movements", parts.movements)]
        for (offset, (label, text)) in named.enumerated() {
            out += "        \(label): ##\"\"\"\n\(text)\"\"\"##\(offset == named.count - 1 ? "" : ",")\n"
        }
        out += "    )\n}\n"
        return out
    }
}

/// A reader of RFC 4180 records: quoted fields with doubled quotes, CRLF or LF line ends.
enum CSVRecords {
    static func parse(_ bytes: [UInt8], separator: UInt8) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var index = 0
        let quote = UInt8(ascii: "\"")
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == quote, field.isEmpty {
                quoted = true
            } else if byte == separator {
                endField()
            } else if byte == UInt8(ascii: "\n") {
                endField()
                rows.append(row)
                row.removeAll(keepingCapacity: true)
            } else if byte != UInt8(ascii: "\r") {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
