import CPTSKit

/// Explains every funding line: the rule, the computation with its figures, and the source.
///
/// What `cpts explain` prints, e.g. in French
///
/// ```
/// [3] Accès aux soins · part fixe
///     règle : Part fixe proratisée aux jours couverts de l'année (…) (ACI 2019, art. 9.1)
///     calcul : 90 000,00 € × 184/365 = 45 369,86 €
///     source : CONTRACT-T3 (C, contrat réel) — règles aci-2019-av2
/// ```
///
/// A line an amendment of the contract produced says which, with its date and note.
public enum ExplanationRenderer {
    /// Explains the statements of the given years (all when `years` is `nil`).
    ///
    /// - Parameters:
    ///   - funding: The computed funding.
    ///   - contract: The contract it was computed from (for indicator labels and tiers).
    ///   - years: The contract years to explain, or `nil` for all.
    ///   - language: French (the default) or English.
    /// - Returns: The explanation, ending with a newline.
    public static func render(_ funding: ContractFunding, contract: ACIContract, years: Set<Int>? = nil,
                              language: Language = .french) -> String {
        let words = Wording(language)
        let colon = words(" : ", ": ")
        var out = "\(funding.cpts) — \(funding.sizeClass.label(in: language)) (\(funding.sizeClass), "
            + words("population déclarée ", "declared population ") + words.integer(contract.cpts.population) + ") — "
            + words("règles ", "rulebook ") + funding.rulebook + "\n"
        if let end = funding.terminatedOn {
            out += words("Contrat résilié : dernier jour le ", "Contract terminated: last day ") + words.date((try? end.adding(days: -1)) ?? end) + "\n"
        }
        for statement in funding.years where years?.contains(statement.year.number) ?? true {
            let year = statement.year
            out += "\n" + words("Année \(year.number) : du ", "Year \(year.number): from ") + words.date(year.start) + words(" au ", " to ")
                + words.date(year.lastDay) + " (\(year.dayCount) " + words("jours", "days") + ")"
            out += " — " + words("règles ", "rulebooks ") + statement.rulebooks.joined(separator: words(" puis ", " then "))
                + words(", taille ", ", size ") + "\(statement.sizeClass)\n"
            for (index, line) in statement.lines.enumerated() {
                out += "[\(index + 1)] \(title(line, contract, words))\n"
                out += "    " + words("règle", "rule") + colon + "\(line.rule.label(in: language)) (\(line.rule.reference))\n"
                out += "    " + words("calcul", "computation") + colon + computation(line, contract, words) + "\n"
                out += "    source" + colon + "\(line.source) (\(line.confidence.rawValue), \(line.confidence.label(in: language))) — "
                    + words("règles ", "rulebook ") + line.rulebook + "\n"
                if let position = line.amendment, contract.amendments.indices.contains(position) {
                    let amendment = contract.amendments[position]
                    out += "    " + words("avenant", "amendment") + colon + "amendments[\(position)], \(amendment.change.label(in: language)), "
                        + words("à compter du ", "from ") + words.date(amendment.effectiveOn)
                    out += amendment.note.map { " — \($0)" } ?? ""
                    out += "\n"
                }
            }
            out += words("Total année \(year.number) : ", "Total year \(year.number): ") + words.money(statement.total)
            if statement.hasPendingLines {
                out += words(" ; jusqu'à ", "; up to ") + words.money(statement.maxTotal) + words(" avec les lignes en attente", " with the pending lines")
            }
            out += "\n"
        }
        return TextTable.wrappingLines(out)
    }

    static func title(_ line: FundingLine, _ contract: ACIContract, _ words: Wording) -> String {
        var parts = [line.mission?.label(in: words.language) ?? Volet.fonctionnement.label(in: words.language), line.part.label(in: words.language)]
        if let id = line.indicator {
            let label = contract.indicator(withID: id, inYear: line.year)?.indicator.label
            parts.append(label.map { "\(id) « \($0) »" } ?? id)
        }
        return parts.joined(separator: " · ")
    }

    /// The computation of one line, with its figures.
    static func computation(_ line: FundingLine, _ contract: ACIContract, _ words: Wording) -> String {
        switch line.rule {
        case .fonctionnementAnnual, .fixedPart, .crisisActivation, .startUpSupplement:
            return words.money(line.amount)
        case .startUpCatchUp:
            return words.money(line.amount)
                + words(" : montant de démarrage − dotation annuelle de la taille, selon \(line.rulebook) ; versé à part, à l'entrée en vigueur de ces règles",
                        ": start-up amount − yearly amount of the size, under \(line.rulebook); paid apart, when these rules enter into force")
        case .fixedPartProrated, .fonctionnementProrated:
            return "\(words.money(line.base)) × \(line.rate) = \(words.money(line.amount))"
        case .indicatorAllOrNothing, .indicatorTiersHigher, .indicatorTiersLower, .indicatorProportional:
            guard let result = line.result else {
                return words("année non évaluée : meilleur cas ", "year not assessed: best case ") + words.money(line.bestCase)
                    + words(" (non compté dans le total)", " (not counted in the total)")
            }
            guard let id = line.indicator, let indicator = contract.indicator(withID: id, inYear: line.year)?.indicator else {
                return words.money(line.amount)
            }
            return variableComputation(line, indicator, result, words)
        }
    }

    static func variableComputation(_ line: FundingLine, _ indicator: Indicator, _ result: IndicatorResult, _ words: Wording) -> String {
        let zero = words.money(.zero)
        switch (indicator.payout, result) {
        case (.allOrNothing(let amount), .achieved(let done)):
            return done ? words("réalisé → ", "achieved → ") + words.money(amount)
                : words("non réalisé → ", "not achieved → ") + zero + words(" (sur ", " (out of ") + words.money(amount) + ")"
        case (.tiers(let better, let tiers), .measured(let value)):
            guard let reached = line.tierReached, tiers.indices.contains(reached) else {
                let easiest = indicator.payout.ladder.first?.tier.reach
                return words("résultat ", "result ") + words.decimal(value)
                    + words(" : aucun palier atteint (premier palier ", ": no tier reached (first tier ") + better.symbol + " "
                    + (easiest.map(words.decimal) ?? "?") + ") → " + zero
            }
            let best = tiers[reached]
            return words("résultat ", "result ") + words.decimal(value) + " \(better.symbol) " + words("palier ", "tier ")
                + words.decimal(best.reach) + " → " + words.money(best.amount)
                + (line.bestCase > line.amount ? words(" (meilleur palier : ", " (best tier: ") + words.money(line.bestCase) + ")" : "")
        case (.proportional(let target, let amount), .measured(let value)):
            let capped = value > target ? words(" (plafonné à la cible)", " (capped at the target)") : ""
            return "\(words.money(amount)) × min(\(words.decimal(value)) ÷ \(words.decimal(target)), 1) = \(words.money(amount)) × \(line.rate) = "
                + words.money(line.amount) + capped
        default:
            return words.money(line.amount)
        }
    }
}
