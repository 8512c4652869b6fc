import CPTSKit
import CPTSKitExamples

/// Contracts to test an integration with: the bundled examples and a full T3 contract.
///
/// ```
/// let contract = try TestContracts.fullT3(assessed: [1: true])
/// let funding = try FundingEngine().funding(for: contract)
/// ```
public enum TestContracts {
    /// A bundled example contract (Ploërmel, Lorient Littoral, Rade à Ria).
    ///
    /// - Parameter example: The example.
    /// - Returns: Its contract.
    /// - Throws: `CPTSKitError` only if the bundled file were broken (a test checks it is not).
    public static func bundled(_ example: BundledExample) throws(CPTSKitError) -> ACIContract {
        try example.contract()
    }

    /// The indicator amounts of each mission of the full T3 contract: those of real T3 contracts,
    /// so that the best case of each mission is exactly its national variable envelope.
    public static let fullT3IndicatorAmounts: [MissionKind: [Int64]] = [
        .accessToCare: [9_000, 5_000, 3_000, 5_000, 2_000, 3_000, 5_000, 3_000],
        .carePathways: [20_000, 14_000, 11_000],
        .prevention: [3_500, 3_500, 3_500, 500, 1_000, 900, 900, 900, 900, 900, 500, 500],
        .qualityAndRelevance: [5_000, 5_000, 5_000],
        .professionalSupport: [3_500, 3_500, 3_000],
        .crisisResponse: [],
    ]

    /// A T3 contract engaging all six missions at signature, at the national amounts, with
    /// all-or-nothing indicators (`acces_aux_soins-0`, …) whose best case fills each envelope.
    ///
    /// - Parameters:
    ///   - signedOn: The signature date.
    ///   - population: The declared population (T3: 80 000 to 175 000 by default).
    ///   - rulebook: The rulebook id; avenant 2 by default.
    ///   - assessed: For each assessed year, whether every indicator was achieved.
    ///   - crisisYears: Years with a recognised crisis.
    /// - Returns: The contract.
    /// - Throws: `CPTSKitError` for values the contract refuses.
    public static func fullT3(signedOn: CalendarDate? = nil, population: Int = 110_110, rulebook: String? = "aci-2019-av2",
                              assessed: [Int: Bool] = [:], crisisYears: Set<Int> = []) throws(CPTSKitError) -> ACIContract
    {
        var missions: [EngagedMission] = []
        for kind in MissionKind.allCases {
            var indicators: [Indicator] = []
            for (offset, amount) in (fullT3IndicatorAmounts[kind] ?? []).enumerated() {
                let id = "\(kind.key)-\(offset)"
                indicators.append(try Indicator(id: id, label: id, payout: .allOrNothing(amount: Euros(cents: amount * 100))))
            }
            missions.append(try EngagedMission(kind: kind, indicators: indicators))
        }
        var results: [Int: [String: IndicatorResult]] = [:]
        for (year, achieved) in assessed {
            var yearResults: [String: IndicatorResult] = [:]
            for mission in missions { for indicator in mission.indicators { yearResults[indicator.id] = .achieved(achieved) } }
            results[year] = yearResults
        }
        let signature: CalendarDate
        if let signedOn { signature = signedOn } else { signature = try CalendarDate(year: 2025, month: 5, day: 12) }
        return try ACIContract(cpts: try CPTS(name: "CPTS T3", population: population), signedOn: signature,
                               rulebookID: rulebook, missions: missions, results: results, crisisYears: crisisYears)
    }
}
