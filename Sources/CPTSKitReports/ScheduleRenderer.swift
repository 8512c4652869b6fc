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
        let dated = schedule.asOf != nil
        var out = CSVWriter.row(["due_on", "event", "year", "amount_cents", "amount_eur", "pending_cents"] + (dated ? ["status"] : [])) + "\n"
        for payment in schedule.payments {
            var cells = [payment.dueOn.description, payment.event.key, String(payment.year), String(payment.amount.cents),
                         payment.amount.plainDescription, String(payment.pendingAmount.cents)]
            if let due = schedule.isDue(payment) { cells.append(due ? "due" : "upcoming") }
            out += CSVWriter.row(cells) + "\n"
        }
        return out
    }

    static func table(_ schedule: PaymentSchedule, words: Wording) -> String {
        var out = "\(schedule.cpts) — " + words("calendrier des versements", "payment calendar")
        if let asOf = schedule.asOf { out += words(" au ", " as of ") + words.date(asOf) }
        out += "\n\n"
        let headers = [words("Échéance", "Due on"), words("Événement", "Event"), words("Année", "Year"), words("Montant", "Amount"),
                       words("En attente", "Pending")]
        var rows: [(cells: [String], payment: Payment?)] = []
        var marked = schedule.asOf == nil
        for payment in schedule.payments {
            if !marked, schedule.isDue(payment) == false, let asOf = schedule.asOf {
                // The as-of date between what has fallen due and what is to come.
                rows.append((["▸ " + words.date(asOf), words("— à venir —", "— upcoming —"), "", "", ""], nil))
                marked = true
            }
            rows.append(([words.date(payment.dueOn), event(payment.event, words), String(payment.year),
                          words.money(payment.amount), payment.pendingAmount == .zero ? "—" : words.money(payment.pendingAmount)], payment))
        }
        // The settled lines take what is left of 100 columns.
        var used = 2
        for column in headers.indices {
            used += max(headers[column].count, rows.map { $0.cells[column].count }.max() ?? 0) + 2
        }
        let room = 100 - used
        var table = TextTable([(headers[0], .left), (headers[1], .left), (headers[2], .right), (headers[3], .right), (headers[4], .right),
                               (words("Lignes réglées", "Lines settled"), .left)])
        for row in rows { table.append(row.cells + [row.payment.map { settled($0, words, room: room) } ?? ""]) }
        out += table.rendered() + "\n\n"
        if let asOf = schedule.asOf, let due = schedule.dueTotal, let upcoming = schedule.upcomingTotal {
            out += words("Échu au ", "Due by ") + words.date(asOf) + words(" : ", ": ") + words.money(due) + "\n"
            out += words("À venir : ", "Upcoming: ") + words.money(upcoming) + "\n"
        } else {
            out += words("Total des versements : ", "Total of the payments: ") + words.money(schedule.total) + "\n"
        }
        if schedule.pendingTotal != .zero {
            out += words("En attente d'évaluation : jusqu'à ", "Pending assessment: up to ") + words.money(schedule.pendingTotal) + "\n"
        }
        return out + "\n" + byCalendarYear(schedule, words)
    }

    /// The lines a payment settles, by name: fonctionnement and the missions' labels, or how many
    /// missions when the names would not fit in `room` columns; `--format csv` or `json` give
    /// every line and share.
    static func settled(_ payment: Payment, _ words: Wording, room: Int) -> String {
        var missions: [MissionKind] = []
        var fonctionnement = false
        for settlement in payment.settles {
            if let mission = settlement.mission {
                if !missions.contains(mission) { missions.append(mission) }
            } else {
                fonctionnement = true
            }
        }
        let names = (fonctionnement ? ["Fonctionnement"] : []) + missions.map(\.label)
        let joined = names.joined(separator: ", ")
        if joined.count <= room { return joined }
        let count = missions.count == 1 ? "1 mission" : "\(missions.count) missions"
        guard fonctionnement else { return count }
        guard !missions.isEmpty else { return "Fonct." }
        let long = "Fonctionnement + " + count
        return long.count <= room ? long : "Fonct. + " + count
    }

    /// An event's name in a table: the long ones shortened (the JSON and CSV carry the key).
    static func event(_ event: PaymentEvent, _ words: Wording) -> String {
        switch event {
        case .catchUp: words("rattrapage de démarrage", "start-up catch-up")
        case .changeInForce: words("entrée en vigueur", "change in force")
        default: event.label(in: words.language)
        }
    }

    /// The payments summed by calendar year of their due date.
    static func byCalendarYear(_ schedule: PaymentSchedule, _ words: Wording) -> String {
        var years: [(year: Int, amount: Int64, pending: Int64)] = []
        for payment in schedule.payments {
            if years.last?.year != payment.dueOn.year { years.append((payment.dueOn.year, 0, 0)) }
            // Cannot overflow: parts of the schedule's checked totals.
            years[years.count - 1].amount &+= payment.amount.cents
            years[years.count - 1].pending &+= payment.pendingAmount.cents
        }
        var table = TextTable([(words("Année civile", "Calendar year"), .left), (words("Versements", "Payments"), .right),
                               (words("En attente", "Pending"), .right)])
        for year in years {
            table.append([String(year.year), words.money(Euros(cents: year.amount)),
                          year.pending == 0 ? "—" : words.money(Euros(cents: year.pending))])
        }
        return words("Par année civile", "By calendar year") + "\n" + table.rendered() + "\n"
    }
}
