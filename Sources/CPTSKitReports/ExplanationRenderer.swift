import CPTSKit

/// Explains every funding line: the rule, the computation with its figures, and the source.
///
/// What `cpts explain` prints, e.g.
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
    /// - Returns: The explanation, ending with a newline.
    public static func render(_ funding: ContractFunding, contract: ACIContract, years: Set<Int>? = nil) -> String {
        var out = "\(funding.cpts) — \(funding.sizeClass.label) (\(funding.sizeClass), population déclarée \(FrenchNumber.grouped(contract.cpts.population))) — règles \(funding.rulebook)\n"
        if let end = funding.terminatedOn {
            out += "Contrat résilié : dernier jour le \(((try? end.adding(days: -1)) ?? end).frenchDescription)\n"
        }
        for statement in funding.years where years?.contains(statement.year.number) ?? true {
            let year = statement.year
            out += "\nAnnée \(year.number) : du \(year.start.frenchDescription) au \(year.lastDay.frenchDescription) (\(year.dayCount) jours)"
            out += " — règles \(statement.rulebooks.joined(separator: " puis ")), taille \(statement.sizeClass)\n"
            for (index, line) in statement.lines.enumerated() {
                out += "[\(index + 1)] \(title(line, contract))\n"
                out += "    règle : \(line.rule.label) (\(line.rule.reference))\n"
                out += "    calcul : \(computation(line, contract))\n"
                out += "    source : \(line.source) (\(line.confidence.rawValue), \(line.confidence.label)) — règles \(line.rulebook)\n"
                if let position = line.amendment, contract.amendments.indices.contains(position) {
                    let amendment = contract.amendments[position]
                    out += "    avenant : amendments[\(position)], \(amendment.change.label), à compter du \(amendment.effectiveOn.frenchDescription)"
                    out += amendment.note.map { " — \($0)" } ?? ""
                    out += "\n"
                }
            }
            out += "Total année \(year.number) : \(statement.total)"
            if statement.hasPendingLines { out += " ; jusqu'à \(statement.maxTotal) avec les lignes en attente" }
            out += "\n"
        }
        return out
    }

    static func title(_ line: FundingLine, _ contract: ACIContract) -> String {
        var parts = [line.mission?.label ?? "Volet 1 — fonctionnement", line.part.label]
        if let id = line.indicator {
            let label = contract.indicator(withID: id, inYear: line.year)?.indicator.label
            parts.append(label.map { "\(id) « \($0) »" } ?? id)
        }
        return parts.joined(separator: " · ")
    }

    /// The computation of one line, with its figures.
    static func computation(_ line: FundingLine, _ contract: ACIContract) -> String {
        switch line.rule {
        case .fonctionnementAnnual, .fixedPart, .crisisActivation, .startUpSupplement:
            return line.amount.description
        case .startUpCatchUp:
            return "\(line.amount) : montant de démarrage − dotation annuelle de la taille, selon \(line.rulebook) ; versé à part, à l'entrée en vigueur de ces règles"
        case .fixedPartProrated, .fonctionnementProrated:
            return "\(line.base) × \(line.rate) = \(line.amount)"
        case .indicatorAllOrNothing, .indicatorTiersHigher, .indicatorTiersLower, .indicatorProportional:
            guard let result = line.result else {
                return "année non évaluée : meilleur cas \(line.bestCase) (non compté dans le total)"
            }
            guard let id = line.indicator, let indicator = contract.indicator(withID: id, inYear: line.year)?.indicator else {
                return line.amount.description
            }
            return variableComputation(line, indicator, result)
        }
    }

    static func variableComputation(_ line: FundingLine, _ indicator: Indicator, _ result: IndicatorResult) -> String {
        switch (indicator.payout, result) {
        case (.allOrNothing(let amount), .achieved(let done)):
            return done ? "réalisé → \(amount)" : "non réalisé → 0,00 € (sur \(amount))"
        case (.tiers(let better, let tiers), .measured(let value)):
            guard let reached = line.tierReached, tiers.indices.contains(reached) else {
                let easiest = indicator.payout.ladder.first?.tier.reach
                return "résultat \(value.decimalDescription) : aucun palier atteint (premier palier \(better.symbol) \(easiest?.decimalDescription ?? "?")) → 0,00 €"
            }
            let best = tiers[reached]
            return "résultat \(value.decimalDescription) \(better.symbol) palier \(best.reach.decimalDescription) → \(best.amount)"
                + (line.bestCase > line.amount ? " (meilleur palier : \(line.bestCase))" : "")
        case (.proportional(let target, let amount), .measured(let value)):
            let capped = value > target ? " (plafonné à la cible)" : ""
            return "\(amount) × min(\(value.decimalDescription) ÷ \(target.decimalDescription), 1) = \(amount) × \(line.rate) = \(line.amount)\(capped)"
        default:
            return line.amount.description
        }
    }
}
