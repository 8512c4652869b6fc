import CPTSKit

/// Renders a payment calendar as a French table, as JSON (the shapes of `Documentation/ContractFormat.md`) or as CSV.
public enum ScheduleRenderer {
    /// Renders the schedule.
    ///
    /// - Parameters:
    ///   - schedule: The payment calendar.
    ///   - format: Table, JSON or CSV.
    /// - Returns: The text, ending with a newline.
    public static func render(_ schedule: PaymentSchedule, format: OutputFormat) -> String {
        switch format {
        case .json: return json(schedule).serialized() + "\n"
        case .csv: return csv(schedule)
        case .table: return table(schedule)
        }
    }

    /// The JSON of `cpts schedule --format json`.
    ///
    /// - Parameter schedule: The payment calendar.
    public static func json(_ schedule: PaymentSchedule) -> JSONValue {
        .object([
            ("cpts", .string(schedule.cpts)),
            ("payments", .array(schedule.payments.map { payment in
                var members: [(key: String, value: JSONValue)] = [
                    ("due_on", .string(payment.dueOn.description)),
                    ("event", .string(payment.event.key)),
                ]
                if case .anniversary(let n) = payment.event { members.append(("anniversary", .number(String(n)))) }
                members += [
                    ("year", .number(String(payment.year))),
                    ("amount_cents", .number(String(payment.amount.cents))),
                    ("pending_cents", .number(String(payment.pendingAmount.cents))),
                    ("settles", .array(payment.settles.map(json))),
                ]
                return .object(members)
            })),
            ("total_cents", .number(String(schedule.total.cents))),
            ("pending_total_cents", .number(String(schedule.pendingTotal.cents))),
        ])
    }

    static func json(_ settlement: Settlement) -> JSONValue {
        .object([
            ("year", .number(String(settlement.year))),
            ("line", .number(String(settlement.line))),
            ("volet", .string(settlement.volet.rawValue)),
            ("mission", settlement.mission.map { .string($0.key) } ?? .null),
            ("part", .string(settlement.part.rawValue)),
            ("indicator", settlement.indicator.map { .string($0) } ?? .null),
            ("share", .string(settlement.share.rawValue)),
            ("status", .string(settlement.isPending ? "pending" : "due")),
            ("amount_cents", .number(String(settlement.amount.cents))),
        ])
    }

    static func csv(_ schedule: PaymentSchedule) -> String {
        var out = CSVWriter.row(["due_on", "event", "year", "amount_cents", "amount_eur", "pending_cents"]) + "\n"
        for payment in schedule.payments {
            out += CSVWriter.row([payment.dueOn.description, payment.event.key, String(payment.year), String(payment.amount.cents),
                                  payment.amount.plainDescription, String(payment.pendingAmount.cents)]) + "\n"
        }
        return out
    }

    static func table(_ schedule: PaymentSchedule) -> String {
        var out = "\(schedule.cpts) — calendrier des versements\n\n"
        var table = TextTable([("Échéance", .left), ("Événement", .left), ("Année", .right), ("Montant", .right),
                               ("En attente", .right), ("Détail", .left)])
        for payment in schedule.payments {
            var kinds: [String] = []
            for settlement in payment.settles {
                let name = settlement.mission?.label ?? "Fonctionnement"
                let label = "\(name) (\(settlement.part.label), \(settlement.share.label))"
                if !kinds.contains(label) { kinds.append(label) }
            }
            let detail = kinds.count > 3 ? kinds.prefix(3).joined(separator: " ; ") + " ; …" : kinds.joined(separator: " ; ")
            table.append([payment.dueOn.frenchDescription, payment.event.label, String(payment.year),
                          payment.amount.frenchDescription,
                          payment.pendingAmount == .zero ? "—" : payment.pendingAmount.frenchDescription, detail])
        }
        out += table.rendered() + "\n\n"
        out += "Total versé : \(schedule.total)"
        if schedule.pendingTotal != .zero { out += " (en attente d'évaluation : jusqu'à \(schedule.pendingTotal))" }
        return out + "\n"
    }
}
