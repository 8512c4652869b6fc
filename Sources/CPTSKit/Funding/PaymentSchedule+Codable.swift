/// `Codable` for ``PaymentSchedule``: the document `cpts schedule --format json` prints
/// (`"format": "cpts-schedule/1"`), field by field in `Documentation/OutputFormat.md`.
extension PaymentSchedule: Codable {
    /// The format identifier a schedule written as a document starts with.
    public static let formatIdentifier = "cpts-schedule/1"

    enum CodingKeys: String, CodingKey {
        case format, cpts, payments
        case total = "total_cents", pendingTotal = "pending_total_cents"
        case asOf = "as_of", dueTotal = "due_cents", upcomingTotal = "upcoming_cents"
    }

    /// Decodes a schedule, its totals checked against its payments.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for another format or totals that are not the sums
    ///   of the payments; the decoder's errors otherwise.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        try container.checkFormat(Self.formatIdentifier, forKey: .format)
        let payments = try container.decode([Payment].self, forKey: .payments)
        let cpts = try container.decode(String.self, forKey: .cpts)
        let asOf = try container.decodeIfPresent(CalendarDate.self, forKey: .asOf)
        self = try container.rebuilt { () throws(CPTSKitError) in
            PaymentSchedule(cpts: cpts, payments: payments, total: try Euros.sum(payments.map(\.amount)),
                            pendingTotal: try Euros.sum(payments.map(\.pendingAmount)), asOf: asOf)
        }
        try container.checkCents(total, forKey: .total)
        try container.checkCents(pendingTotal, forKey: .pendingTotal)
        if let due = dueTotal, let upcoming = upcomingTotal {
            try container.checkCents(due, forKey: .dueTotal)
            try container.checkCents(upcoming, forKey: .upcomingTotal)
        }
    }

    /// Encodes the schedule; `format` only when it is the document itself.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeFormat(Self.formatIdentifier, forKey: .format, of: encoder)
        try container.encode(cpts, forKey: .cpts)
        try container.encodeCents(total, forKey: .total)
        try container.encodeCents(pendingTotal, forKey: .pendingTotal)
        guard let asOf, let due = dueTotal, let upcoming = upcomingTotal else {
            try container.encode(payments, forKey: .payments)
            return
        }
        // Read on a day: its totals, and each payment's status on it.
        try container.encode(asOf, forKey: .asOf)
        try container.encodeCents(due, forKey: .dueTotal)
        try container.encodeCents(upcoming, forKey: .upcomingTotal)
        try container.encode(payments.map { DatedPayment(payment: $0, isDue: $0.dueOn <= asOf) }, forKey: .payments)
    }
}

/// A payment of a calendar read on a day: the payment, then its `status`, `due` (on or before
/// the day) or `upcoming`.
private struct DatedPayment: Encodable {
    let payment: Payment
    let isDue: Bool

    func encode(to encoder: any Encoder) throws {
        try payment.encode(to: encoder)
        var container = encoder.container(keyedBy: Payment.CodingKeys.self)
        try container.encode(isDue ? "due" : "upcoming", forKey: .status)
    }
}

/// `Codable` for ``Payment``: its event as a key (`anniversary`) with the anniversary's number
/// beside it (`null` for other events).
extension Payment: Codable {
    enum CodingKeys: String, CodingKey {
        case dueOn = "due_on", event, anniversary, year
        case amount = "amount_cents", pendingAmount = "pending_cents", settles, status
    }

    /// Decodes a payment, its amounts checked against its settlements.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for an unknown event, an anniversary without its
    ///   number, or amounts that are not the sums of the settlements.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        let key = try container.decode(String.self, forKey: .event)
        let number = try container.decodeIfPresent(Int.self, forKey: .anniversary)
        guard let event = PaymentEvent(key: key, anniversary: number) else {
            throw DecodingError.dataCorruptedError(
                forKey: .event, in: container,
                debugDescription: "unknown event \(key)\(number.map { " \($0)" } ?? ""); known: \(PaymentEvent.keys.joined(separator: ", "))")
        }
        let settles = try container.decode([Settlement].self, forKey: .settles)
        self.init(dueOn: try container.decode(CalendarDate.self, forKey: .dueOn), event: event,
                  year: try container.decode(Int.self, forKey: .year),
                  amount: try container.decodeCents(forKey: .amount),
                  pendingAmount: try container.decodeCents(forKey: .pendingAmount), settles: settles)
        let (due, pending) = try container.rebuilt { () throws(CPTSKitError) in
            (try Euros.sum(settles.filter { !$0.isPending }.map(\.amount)), try Euros.sum(settles.filter(\.isPending).map(\.amount)))
        }
        try container.checkCents(due, forKey: .amount)
        try container.checkCents(pending, forKey: .pendingAmount)
    }

    /// Encodes the payment.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dueOn, forKey: .dueOn)
        try container.encode(event.key, forKey: .event)
        if case .anniversary(let number) = event {
            try container.encode(number, forKey: .anniversary)
        } else {
            try container.encodeNil(forKey: .anniversary)
        }
        try container.encode(year, forKey: .year)
        try container.encodeCents(amount, forKey: .amount)
        try container.encodeCents(pendingAmount, forKey: .pendingAmount)
        try container.encode(settles, forKey: .settles)
    }
}

extension PaymentEvent {
    /// The keys of the events, as in JSON output.
    public static let keys = ["signature", "mission_start", "anniversary", "catch_up", "termination", "change_in_force"]

    /// The event of a key, with the anniversary's number for `anniversary` (1 or more).
    ///
    /// - Parameters:
    ///   - key: One of ``keys``.
    ///   - anniversary: The anniversary's number, required for `anniversary` and ignored otherwise.
    /// - Returns: `nil` for an unknown key or an anniversary without a positive number.
    public init?(key: String, anniversary: Int? = nil) {
        switch key {
        case "signature": self = .signature
        case "mission_start": self = .missionStart
        case "catch_up": self = .catchUp
        case "termination": self = .termination
        case "change_in_force": self = .changeInForce
        case "anniversary":
            guard let anniversary, anniversary > 0 else { return nil }
            self = .anniversary(anniversary)
        default: return nil
        }
    }
}

/// `Codable` for ``Settlement``: the share of one funding line a payment pays, `status` `due` or `pending`.
extension Settlement: Codable {
    enum CodingKeys: String, CodingKey {
        case year, line, volet, mission, part, indicator, rulebook, share, status, amount = "amount_cents"
    }

    /// Decodes a settlement.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` for a status other than `due` or `pending`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedByEitherSpelling: CodingKeys.self)
        let status = try container.decode(String.self, forKey: .status)
        guard status == "due" || status == "pending" else {
            throw DecodingError.dataCorruptedError(forKey: .status, in: container,
                                                   debugDescription: "a settlement is due or pending, not \(status)")
        }
        self.init(year: try container.decode(Int.self, forKey: .year), line: try container.decode(Int.self, forKey: .line),
                  volet: try container.decode(Volet.self, forKey: .volet),
                  mission: try container.decodeIfPresent(MissionKind.self, forKey: .mission),
                  part: try container.decode(FundingPart.self, forKey: .part),
                  indicator: try container.decodeIfPresent(String.self, forKey: .indicator),
                  share: try container.decode(SettlementShare.self, forKey: .share),
                  amount: try container.decodeCents(forKey: .amount), isPending: status == "pending",
                  rulebook: try container.decode(String.self, forKey: .rulebook))
    }

    /// Encodes the settlement.
    ///
    /// - Parameter encoder: The encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(line, forKey: .line)
        try container.encode(volet, forKey: .volet)
        try container.encodeOrNull(mission, forKey: .mission)
        try container.encode(part, forKey: .part)
        try container.encodeOrNull(indicator, forKey: .indicator)
        try container.encode(rulebook, forKey: .rulebook)
        try container.encode(share, forKey: .share)
        try container.encode(isPending ? "pending" : "due", forKey: .status)
        try container.encodeCents(amount, forKey: .amount)
    }
}
