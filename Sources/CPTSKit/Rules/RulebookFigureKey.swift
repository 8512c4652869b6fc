/// The stable key of one figure in a `cpts-rulebook/1` file, e.g. `fonctionnement.annual.T3`.
///
/// The same keys name the figures in `cpts rules`, in `cpts rules diff` and in the generated
/// rules reference, so a figure is spelled one way everywhere.
///
/// ```
/// fonctionnement.annual.T1 … T4            amount    yearly fonctionnement (volet 1)
/// fonctionnement.start_up.T1 … T4          amount    first-year start-up amount ("+75 %")
/// fonctionnement.start_up.window_end       date      last signature eligible for it
/// mission.<key>.fixed.T1 … T4              amount    a mission's yearly fixed part
/// mission.<key>.variable.T1 … T4           amount    its yearly variable envelope
/// mission.<key>.activated.T1 … T4          amount    the crisis activation (crisis mission)
/// mission.<key>.start_deadline_months      months    start at the latest, after signature
/// mission.<key>.deployment_deadline_months months    fully deployed at the latest
/// maximum.yearly.T1 … T4                   amount    yearly maximum, all volets
/// size.boundaries                          list      the three population thresholds
/// payment.advance_share                    decimal   the advance paid when a year opens
/// payment.rounding                         rule      half_up, half_even, toward_zero, away_from_zero
/// proration.basis                          basis     days or 30/360
/// proration.variable_envelope              boolean   whether variable envelopes are prorated (a first year, a termination)
/// ```
///
/// Every yearly amount (`amount` above, but the start-up amounts) may also be a list of five, one
/// per contract year.
public enum RulebookFigureKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// `fonctionnement.annual.T…`.
    case fonctionnement(SizeClass)
    /// `fonctionnement.start_up.T…`.
    case startUpFonctionnement(SizeClass)
    /// `fonctionnement.start_up.window_end`.
    case startUpWindowEnd
    /// `mission.<key>.fixed.T…`.
    case missionFixed(MissionKind, SizeClass)
    /// `mission.<key>.variable.T…`.
    case missionVariable(MissionKind, SizeClass)
    /// `mission.<key>.activated.T…`.
    case missionActivated(MissionKind, SizeClass)
    /// `mission.<key>.start_deadline_months`.
    case startDeadline(MissionKind)
    /// `mission.<key>.deployment_deadline_months`.
    case deploymentDeadline(MissionKind)
    /// `maximum.yearly.T…`.
    case yearlyMaximum(SizeClass)
    /// `size.boundaries`.
    case sizeBoundaries
    /// `payment.advance_share`.
    case advanceShare
    /// `payment.rounding`.
    case rounding
    /// `proration.basis`.
    case prorationBasis
    /// `proration.variable_envelope`.
    case prorateVariableEnvelope

    /// The key as written in a file.
    public var description: String {
        switch self {
        case .fonctionnement(let size): "fonctionnement.annual.\(size.code)"
        case .startUpFonctionnement(let size): "fonctionnement.start_up.\(size.code)"
        case .startUpWindowEnd: "fonctionnement.start_up.window_end"
        case .missionFixed(let kind, let size): "mission.\(kind.key).fixed.\(size.code)"
        case .missionVariable(let kind, let size): "mission.\(kind.key).variable.\(size.code)"
        case .missionActivated(let kind, let size): "mission.\(kind.key).activated.\(size.code)"
        case .startDeadline(let kind): "mission.\(kind.key).start_deadline_months"
        case .deploymentDeadline(let kind): "mission.\(kind.key).deployment_deadline_months"
        case .yearlyMaximum(let size): "maximum.yearly.\(size.code)"
        case .sizeBoundaries: "size.boundaries"
        case .advanceShare: "payment.advance_share"
        case .rounding: "payment.rounding"
        case .prorationBasis: "proration.basis"
        case .prorateVariableEnvelope: "proration.variable_envelope"
        }
    }

    /// Reads a key.
    ///
    /// - Parameter text: The key as written in a file.
    /// - Throws: ``CPTSKitError/Kind/unknownField`` for a key outside the list (the path is the
    ///   caller's), ``CPTSKitError/Kind/unknownMission`` for an unknown mission key.
    public init(parsing text: String) throws(CPTSKitError) {
        if let key = Self.known[text] {
            self = key
            return
        }
        // A mission the ACI does not have: read by its shape (whether a rulebook declares it is
        // checked when the file is resolved); a malformed mission key says so.
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 3, parts[0] == "mission" {
            let kind = try MissionKind(key: parts[1])
            if !kind.isACIMission, let key = Self.missionKey(kind, Array(parts[2...])) {
                self = key
                return
            }
        }
        // A near miss names the key meant; anything else, what keys look like.
        if let nearest = Suggestion.nearest(to: text, among: Array(Self.known.keys).sorted()) {
            throw CPTSKitError(.unknownField, path: "",
                               message: BilingualText(fr: "clé de montant inconnue ; vouliez-vous dire \(nearest) ?", en: "unknown figure key; did you mean \(nearest)?"),
                               value: text)
        }
        throw CPTSKitError(.unknownField, path: "",
                           message: BilingualText(fr: "clé de montant inconnue ; attendu une clé listée dans le format des règles (par ex. fonctionnement.annual.T3, mission.prevention.fixed.T3, payment.advance_share)", en: "unknown figure key; expected a key listed in the rulebook format (e.g. fonctionnement.annual.T3, mission.prevention.fixed.T3, payment.advance_share)"),
                           value: text)
    }

    /// The key of a mission's figure from what follows `mission.<key>.`, `nil` when it is none.
    private static func missionKey(_ kind: MissionKind, _ rest: [String]) -> RulebookFigureKey? {
        if rest.count == 1 {
            switch rest[0] {
            case "start_deadline_months": return .startDeadline(kind)
            case "deployment_deadline_months": return .deploymentDeadline(kind)
            default: return nil
            }
        }
        guard rest.count == 2, let size = SizeClass.allCases.first(where: { $0.code == rest[1] }) else { return nil }
        switch rest[0] {
        case "fixed": return .missionFixed(kind, size)
        case "variable": return .missionVariable(kind, size)
        case "activated": return .missionActivated(kind, size)
        default: return nil
        }
    }

    /// Every key, by its text: a file of a hundred figures is read with one lookup per key.
    static let known: [String: RulebookFigureKey] = {
        var keys: [RulebookFigureKey] = [.startUpWindowEnd, .sizeBoundaries, .advanceShare, .rounding, .prorationBasis,
                                         .prorateVariableEnvelope]
        for size in SizeClass.allCases {
            keys += [.fonctionnement(size), .startUpFonctionnement(size), .yearlyMaximum(size)]
            for kind in MissionKind.allCases {
                keys += [.missionFixed(kind, size), .missionVariable(kind, size), .missionActivated(kind, size)]
            }
        }
        for kind in MissionKind.allCases { keys += [.startDeadline(kind), .deploymentDeadline(kind)] }
        return Dictionary(uniqueKeysWithValues: keys.map { ($0.description, $0) })
    }()

    /// The mission a key belongs to, if any.
    public var mission: MissionKind? {
        switch self {
        case .missionFixed(let kind, _), .missionVariable(let kind, _), .missionActivated(let kind, _),
             .startDeadline(let kind), .deploymentDeadline(let kind):
            kind
        default:
            nil
        }
    }

    /// The keys in the order of a rulebook listing: volet 1, missions in the agreement's order, then the rest.
    var order: [Int] {
        func s(_ size: SizeClass) -> Int { size.rawValue }
        func m(_ kind: MissionKind) -> Int { kind.ordinal }
        switch self {
        case .sizeBoundaries: return [0]
        case .fonctionnement(let size): return [1, s(size)]
        case .startUpFonctionnement(let size): return [2, s(size)]
        case .startUpWindowEnd: return [3]
        case .startDeadline(let kind): return [4, m(kind), 0]
        case .deploymentDeadline(let kind): return [4, m(kind), 1]
        case .missionFixed(let kind, let size): return [4, m(kind), 2, s(size)]
        case .missionVariable(let kind, let size): return [4, m(kind), 3, s(size)]
        case .missionActivated(let kind, let size): return [4, m(kind), 4, s(size)]
        case .yearlyMaximum(let size): return [5, s(size)]
        case .advanceShare: return [6]
        case .prorationBasis: return [7]
        case .prorateVariableEnvelope: return [8]
        case .rounding: return [9]
        }
    }

    /// Keys compare in listing order.
    public static func < (lhs: RulebookFigureKey, rhs: RulebookFigureKey) -> Bool {
        // Missions in their order (the ACI's, then the declared ones by key), each one's keys together.
        if let a = lhs.mission, let b = rhs.mission, a != b { return a < b }
        return lhs.order.lexicographicallyPrecedes(rhs.order)
    }
}

extension RulebookFigureKey {
    /// Every key of a rulebook file as a pattern, with the type of its value and what it is:
    /// the reference `Documentation/Rules.md` and `Documentation/RulebookFormat.md` print.
    public static let catalogue: [(pattern: String, type: String, meaning: String)] = [
        ("size.boundaries", "list of 3 `{\"population\": N, \"side\": S}`, S `\"upper\"` or `\"lower\"`",
         "thresholds T1–T2, T2–T3, T3–T4, increasing; `side` is the class a population equal to the threshold belongs to"),
        ("fonctionnement.annual.T1 … T4", "amount, or a list of 5 amounts (one per contract year)", "yearly *fonctionnement* (volet 1)"),
        ("fonctionnement.start_up.T1 … T4", "amount", "first-year *fonctionnement* of a CPTS signed in the start-up window (\"+75 %\"); not below the annual amount"),
        ("fonctionnement.start_up.window_end", "date", "last signature date eligible for the start-up amount (required with start-up amounts)"),
        ("mission.<key>.start_deadline_months", "whole number ≥ 1", "months after signature by which the mission starts"),
        ("mission.<key>.deployment_deadline_months", "whole number ≥ 1", "months after signature by which it is fully deployed (not before the start)"),
        ("mission.<key>.fixed.T1 … T4", "amount, or a list of 5 amounts (one per contract year)", "the mission's yearly fixed part (*moyens*)"),
        ("mission.<key>.variable.T1 … T4", "amount, or a list of 5 amounts (one per contract year)", "its yearly variable envelope (not for `crises_sanitaires`)"),
        ("mission.<key>.activated.T1 … T4", "amount, or a list of 5 amounts (one per contract year)", "the amount of a recognised crisis (`crises_sanitaires` only)"),
        ("maximum.yearly.T1 … T4", "amount, or a list of 5 amounts (one per contract year)", "the yearly maximum, *fonctionnement* and missions (a warning above it)"),
        ("payment.advance_share", "decimal in ]0, 1]", "the share of a year paid in advance (`0.75`)"),
        ("payment.rounding", "`half_up`, `half_even`, `toward_zero`, `away_from_zero`", "how each line is rounded to the cent"),
        ("proration.basis", "`days` or `30/360`", "how a part-year is counted"),
        ("proration.variable_envelope", "`true` or `false`", "whether the variable envelope is prorated like the fixed part in a mission's first year and in a year cut short by a termination"),
    ]
}
