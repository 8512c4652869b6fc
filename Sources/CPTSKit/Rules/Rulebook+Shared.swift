/// Figures shared by the 2019 rulebook and avenant 2, written once.
///
/// Each carries its public source; avenant 2 did not change them as far as is known.
enum SharedFigures {
    static func euros(_ whole: Int64) -> Euros { Euros(cents: whole * 100) }

    /// `§1`: 40 000 / 80 000 / 175 000 (S); inclusivity not found, default (I).
    static let sizeBoundaries = Figure(
        SizeBoundaries.standard, source: SourceReference("PAPS-HDF"), confidence: .secondary, section: "§1",
        note: "seuils sourcés (PAPS-HDF, PRESS-2019) ; appartenance des valeurs frontières non trouvée : défaut 40 000 → T2, 80 000 → T3, 175 000 → T3 (I)")

    /// `§2`: *fonctionnement* 50 000 / 60 000 / 75 000 / 90 000 € a year (S).
    static let fonctionnement = SizeTable(
        Figure(euros(50_000), source: SourceReference("PRESS-2020", "montants actuels"), confidence: .secondary, section: "§2"),
        Figure(euros(60_000), source: SourceReference("PRESS-2020", "montants actuels"), confidence: .secondary, section: "§2"),
        Figure(euros(75_000), source: SourceReference("PRESS-2020", "montants actuels"), confidence: .secondary, section: "§2"),
        Figure(euros(90_000), source: SourceReference("PRESS-2020", "montants actuels"), confidence: .secondary, section: "§2"))

    /// `§5`, Art. 9.1: 75 % advance (L).
    static let advanceRate = Figure(
        Fraction(unchecked: 3, 4), source: SourceReference("ACI-2019", "art. 9.1"), confidence: .legal, section: "§5")

    /// `§5`: proration by days, not found in any text; CPTSKit's default (I).
    static let prorationBasis = Figure(
        ProrationBasis.days, source: SourceReference.interpretation, confidence: .inferred, section: "§5",
        note: "base non trouvée : jours restants ÷ jours de l'année contractuelle par défaut ; 30/360 en paramètre")

    /// The variable envelope is not prorated: no text says it is; CPTSKit's default (I), a parameter.
    static let prorateVariableEnvelope = Figure(
        false, source: SourceReference.interpretation, confidence: .inferred, section: "§5",
        note: "l'enveloppe variable n'est proratisée ni la première année d'une mission ni l'année d'une résiliation (paramètre)")

    /// `§6`: half-up to the cent, once per line: no text says how; CPTSKit's default (I).
    static let rounding = Figure(
        RoundingRule.toNearestOrAwayFromZero, source: SourceReference.interpretation, confidence: .inferred, section: "§6",
        note: "arrondi commercial au centime, une fois par ligne")

    /// `§3`: start and deployment deadlines in months after signature (S, PAPS-HDF).
    static func deadline(_ months: Int) -> Figure<Int> {
        Figure(months, source: SourceReference("PAPS-HDF"), confidence: .secondary, section: "§3")
    }

    /// A row of four unknown amounts.
    static func unknownRow(_ note: String) -> SizeTable<Figure<Euros>> {
        let figure = Figure<Euros>.unknown(section: "§3", note: note)
        return SizeTable(figure, figure, figure, figure)
    }

    /// A row known only for T3, from the real contracts (C).
    static func t3Only(_ amount: Int64) -> SizeTable<Figure<Euros>> {
        var row = unknownRow("montant national non trouvé pour cette taille : à fixer dans le contrat")
        row.t3 = Figure(euros(amount), source: SourceReference("CONTRACT-T3"), confidence: .contract, section: "§3")
        return row
    }
}
