extension CPTSKitError {
    /// The families of errors CPTSKit raises.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// The input is not well-formed JSON; the value gives line, column and byte offset.
        case malformedJSON = "malformed_json"
        /// A field that the format does not define (a typo must not silently drop data).
        case unknownField = "unknown_field"
        /// A required field is absent.
        case missingField = "missing_field"
        /// A field holds a value of the wrong JSON type.
        case wrongType = "wrong_type"
        /// The document declares a format other than `cpts-contract/1`.
        case unsupportedFormat = "unsupported_format"
        /// A date that is not a real `YYYY-MM-DD` calendar date.
        case invalidDate = "invalid_date"
        /// An amount that is not a decimal number of euros with at most two decimals.
        case invalidAmount = "invalid_amount"
        /// A negative amount where only zero or more is meaningful.
        case negativeAmount = "negative_amount"
        /// A number that is not an exact decimal (or a fraction with a zero denominator).
        case invalidNumber = "invalid_number"
        /// An amount or a count too large for exact 64-bit cent arithmetic.
        case overflow
        /// An INSEE commune code that is not five characters of a known shape.
        case invalidINSEECode = "invalid_insee_code"
        /// A population that is negative or zero where a CPTS needs inhabitants.
        case invalidPopulation = "invalid_population"
        /// Two indicators of one contract share an identifier.
        case duplicateIndicator = "duplicate_indicator"
        /// The same mission is engaged twice.
        case duplicateMission = "duplicate_mission"
        /// A mission key outside the six ACI missions.
        case unknownMission = "unknown_mission"
        /// A prevention theme key outside the catalogue (and not `custom:`).
        case unknownTheme = "unknown_theme"
        /// A care-pathway key outside the catalogue (and not `custom:`).
        case unknownPathway = "unknown_pathway"
        /// A rulebook identifier that the registry does not hold, or no rulebook in force on a date.
        case unknownRulebook = "unknown_rulebook"
        /// A mission that the contract's rulebook does not define (e.g. crises before avenant 2).
        case missionNotInRulebook = "mission_not_in_rulebook"
        /// Tiers that are empty, repeated, or where a better result would pay less.
        case invalidTiers = "invalid_tiers"
        /// A proportional payout whose target is zero or negative.
        case invalidTarget = "invalid_target"
        /// A contract budget above the national amount of the rulebook.
        case budgetAboveNational = "budget_above_national"
        /// Neither the rulebook nor the contract gives an amount that the computation needs.
        case unknownNationalAmount = "unknown_national_amount"
        /// The best-case amounts of a mission's indicators exceed its variable envelope.
        case variableEnvelopeExceeded = "variable_envelope_exceeded"
        /// An assessed year lacks the result of an indicator.
        case missingResult = "missing_result"
        /// A result names an indicator that the contract does not define.
        case unknownIndicator = "unknown_indicator"
        /// A result of the wrong kind for its indicator (a number for all-or-nothing, …).
        case wrongResultKind = "wrong_result_kind"
        /// A date outside the contract (a mission starting before signature or after the last year).
        case dateOutOfContract = "date_out_of_contract"
        /// A contract year outside 1…5.
        case yearOutOfContract = "year_out_of_contract"
        /// A crisis recognised in a year when the crisis mission is not engaged or not started.
        case crisisWithoutMission = "crisis_without_mission"
        /// An invalid argument given in code (e.g. an empty allocation).
        case invalidArgument = "invalid_argument"
        /// An amendment listed before one that takes effect earlier.
        case amendmentOutOfOrder = "amendment_out_of_order"
        /// An amendment names a mission the contract does not engage.
        case missionNotEngaged = "mission_not_engaged"
        /// Something dated after the contract's termination, or an amendment after it.
        case afterTermination = "after_termination"
        /// A mission starts before a rulebook that defines it applies to the contract.
        case missionBeforeRulebook = "mission_before_rulebook"
        /// A rulebook file whose figures contradict each other or the format (a start-up amount
        /// below the annual one, a deadline that is not positive, thresholds out of order…).
        case invalidRulebook = "invalid_rulebook"
        /// Rulebook files that extend each other in a cycle.
        case rulebookCycle = "rulebook_cycle"
        /// A rulebook file that reuses the identifier of a rulebook already known (a built-in).
        case duplicateRulebook = "duplicate_rulebook"
        /// A well-formed INSEE code that no commune of the dataset has, had or got in the
        /// millésimes and commune changes it holds.
        case unknownCommune = "unknown_commune"
        /// A SIREN number that is not nine digits with a valid check digit.
        case invalidSIREN = "invalid_siren"
        /// A well-formed SIREN that is no EPCI of the dataset.
        case unknownEPCI = "unknown_epci"
        /// An interim measurement dated on or before the one listed before it (`progress.2[1].on`).
        case measurementOutOfOrder = "measurement_out_of_order"
    }
}

extension CPTSKitError.Kind {
    /// A stable number for the kind (its rank in declaration order, from 1): what
    /// `CustomNSError.errorCode` reports. Kinds are only ever added at the end, so a code never
    /// changes meaning (a test lists every one).
    public var code: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }
}
