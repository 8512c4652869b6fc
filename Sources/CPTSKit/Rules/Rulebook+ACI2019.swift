extension Rulebook {
    /// The *Accord conventionnel interprofessionnel* of 2019, in force on 25 August 2019.
    ///
    /// Sizes (`§1`), *fonctionnement* (`§2`, art. 8), five missions with their deadlines (`§3`;
    /// the crisis mission came with avenant 2), yearly maxima of 2019 (`§3`, PRESS-2019), the
    /// calendar (`§5`, art. 9.1). The 2019 per-mission amounts were not found for any size: every
    /// contract under this rulebook carries its own mission budgets.
    public static let aci2019 = Rulebook(
        id: "aci-2019",
        title: "ACI CPTS 2019",
        effectiveFrom: Figure(
            CalendarDate(unchecked: 2019, 8, 25), source: SourceReference("ACI-2019", "arrêté du 21/08/2019, JORF du 24/08/2019"),
            confidence: .legal, section: "Sources"),
        sizeBoundaries: SharedFigures.sizeBoundaries,
        fonctionnement: SharedFigures.fonctionnement,
        startUpFonctionnement: nil,
        startUpWindowEnd: nil,
        missions: [
            MissionRule(kind: .accessToCare, introducedBy: "aci-2019",
                        startDeadlineMonths: SharedFigures.deadline(6), deploymentDeadlineMonths: SharedFigures.deadline(18),
                        fixed: SharedFigures.unknownRow("montants 2019 par mission non trouvés"),
                        variable: SharedFigures.unknownRow("montants 2019 par mission non trouvés")),
            MissionRule(kind: .carePathways, introducedBy: "aci-2019",
                        startDeadlineMonths: SharedFigures.deadline(12), deploymentDeadlineMonths: SharedFigures.deadline(24),
                        fixed: SharedFigures.unknownRow("montants 2019 par mission non trouvés"),
                        variable: SharedFigures.unknownRow("montants 2019 par mission non trouvés")),
            MissionRule(kind: .prevention, introducedBy: "aci-2019",
                        startDeadlineMonths: SharedFigures.deadline(12), deploymentDeadlineMonths: SharedFigures.deadline(24),
                        fixed: SharedFigures.unknownRow("montants 2019 par mission non trouvés"),
                        variable: SharedFigures.unknownRow("montants 2019 par mission non trouvés")),
            MissionRule(kind: .qualityAndRelevance, introducedBy: "aci-2019",
                        startDeadlineMonths: nil, deploymentDeadlineMonths: nil,
                        fixed: SharedFigures.unknownRow("montants 2019 par mission non trouvés"),
                        variable: SharedFigures.unknownRow("montants 2019 par mission non trouvés")),
            MissionRule(kind: .professionalSupport, introducedBy: "aci-2019",
                        startDeadlineMonths: nil, deploymentDeadlineMonths: nil,
                        fixed: SharedFigures.unknownRow("montants 2019 par mission non trouvés"),
                        variable: SharedFigures.unknownRow("montants 2019 par mission non trouvés")),
        ],
        yearlyMaximum: SizeTable(
            Figure(SharedFigures.euros(220_000), source: SourceReference("PRESS-2019", "y compris SNP"), confidence: .secondary, section: "§3"),
            Figure(SharedFigures.euros(287_000), source: SourceReference("PRESS-2019", "y compris SNP"), confidence: .secondary, section: "§3"),
            Figure(SharedFigures.euros(370_000), source: SourceReference("PRESS-2019", "y compris SNP"), confidence: .secondary, section: "§3"),
            Figure(SharedFigures.euros(450_000), source: SourceReference("PRESS-2019", "y compris SNP"), confidence: .secondary, section: "§3")),
        advanceRate: SharedFigures.advanceRate,
        prorationBasis: SharedFigures.prorationBasis,
        prorateVariableEnvelope: SharedFigures.prorateVariableEnvelope,
        rounding: SharedFigures.rounding)
}
