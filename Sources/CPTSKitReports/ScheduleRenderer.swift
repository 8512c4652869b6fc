import CPTSKit

/// Renders a payment calendar as a French table, as JSON (`Documentation/OutputFormat.md`) or as CSV.
public enum ScheduleRenderer {
    /// Renders the schedule; JSON is the `Codable` encoding of the `PaymentSchedule` (`cpts-schedule/1`).
    ///
    /// - Parameters:
    ///   - schedule: The payment calendar.
    ///   - format: Table, JSON or CSV.
    ///   - language: The language of a table (JSON and CSV carry codes).
    /// - Returns: The text, ending with a newline.
    /// - Throws: The encoding error of JSON output (none for values the engine computed).
    public static func render(_ schedule: PaymentSchedule, format: OutputFormat, language: Language = .french) throws -> String {
        switch format {
        case .json: return try JSONValue(encoding: schedule).serialized() + "\n"
        case .csv: return csv(schedule)
        case .table: return table(schedule, words: Wording(language))
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

    static func table(_ schedule: PaymentSchedule, words: Wording) -> String {
        var out = "\(schedule.cpts) — " + words("calendrier des versements", "payment calendar") + "\n\n"
        var table = TextTable([(words("Échéance", "Due on"), .left), (words("Événement", "Event"), .left), (words("Année", "Year"), .right),
                               (words("Montant", "Amount"), .right), (words("En attente", "Pending"), .right), (words("Missions réglées", "Missions settled"), .left)])
        for payment in schedule.payments {
            // The missions the payment settles; `--format csv` or `json` give every line and share.
            var kinds: [String] = []
            for settlement in payment.settles {
                let name = settlement.mission?.key ?? "fonctionnement"
                if !kinds.contains(name) { kinds.append(name) }
            }
            var detail = kinds.joined(separator: ", ")
            if detail.count > 30 { detail = String(detail.prefix(29)) + "…" }
            table.append([words.date(payment.dueOn), payment.event.label(in: words.language), String(payment.year),
                          words.money(payment.amount),
                          payment.pendingAmount == .zero ? "—" : words.money(payment.pendingAmount), detail])
        }
        out += table.rendered() + "\n\n"
        out += words("Total versé : ", "Total paid: ") + words.money(schedule.total)
        if schedule.pendingTotal != .zero {
            out += words(" (en attente d'évaluation : jusqu'à ", " (pending assessment: up to ") + words.money(schedule.pendingTotal) + ")"
        }
        return out + "\n"
    }
}
