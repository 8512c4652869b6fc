import CPTSKit

/// Renders a payment calendar as a French table, as JSON (`Documentation/OutputFormat.md`) or as CSV.
public enum ScheduleRenderer {
    /// Renders the schedule; JSON is the `Codable` encoding of the `PaymentSchedule` (`cpts-schedule/1`).
    ///
    /// - Parameters:
    ///   - schedule: The payment calendar.
    ///   - format: Table, JSON or CSV.
    /// - Returns: The text, ending with a newline.
    /// - Throws: The encoding error of JSON output (none for values the engine computed).
    public static func render(_ schedule: PaymentSchedule, format: OutputFormat) throws -> String {
        switch format {
        case .json: return try JSONValue(encoding: schedule).serialized() + "\n"
        case .csv: return csv(schedule)
        case .table: return table(schedule)
        }
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
