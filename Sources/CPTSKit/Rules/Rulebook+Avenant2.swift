extension Rulebook {
    /// The 2019 agreement as amended by avenant 2 (signed 20/12/2021, JO of 31/03/2022).
    ///
    /// The crisis mission, the T3 per-mission amounts read in two real contract annexes (C), the
    /// "+75 %" start-up *fonctionnement* (S, press on the avenant 2 drafts, one-off on the first
    /// year by default), the T4 maximum of 580 000 € (S). Its entry into force is not found; the
    /// default is 1 April 2022, the day after the avis in the JO of 31 March 2022 (I).
    public static let aci2019Avenant2 = Rulebook(
        id: "aci-2019-av2",
        title: "ACI CPTS 2019, avenant 2",
        effectiveFrom: Figure(
            CalendarDate(unchecked: 2022, 4, 1), source: SourceReference("AV2", "avis au JO du 31/03/2022"),
            confidence: .inferred, section: "§9", note: "entrée en vigueur non trouvée : lendemain de la publication au JO"),
        sizeBoundaries: SharedFigures.sizeBoundaries,
        fonctionnement: SharedFigures.fonctionnement,
        startUpFonctionnement: SizeTable(
            Figure(SharedFigures.euros(87_500), source: SourceReference("PRESS-2020", "projets d'avenant 2, +75 %"), confidence: .secondary, section: "§2"),
            Figure(SharedFigures.euros(105_000), source: SourceReference("PRESS-2020", "projets d'avenant 2, +75 %"), confidence: .secondary, section: "§2",
                   note: "un titre imprime 105 500, coquille : 60 000 × 1,75 = 105 000"),
            Figure(SharedFigures.euros(131_250), source: SourceReference("PRESS-2020", "projets d'avenant 2, +75 %"), confidence: .secondary, section: "§2"),
            Figure(SharedFigures.euros(157_500), source: SourceReference("PRESS-2020", "projets d'avenant 2, +75 %"), confidence: .secondary, section: "§2")),
        startUpWindowEnd: Figure(
            CalendarDate(unchecked: 2021, 12, 31), source: SourceReference("PRESS-2020", "projets d'avenant 2"),
            confidence: .inferred, section: "§2",
            note: "fenêtre des projets (signature avant le 31/12/2021) ; fenêtre finale et récurrence non trouvées : supplément unique la première année"),
        missions: [
            MissionRule(kind: .accessToCare, introducedBy: "aci-2019",
                        startDeadlineMonths: SharedFigures.deadline(6), deploymentDeadlineMonths: SharedFigures.deadline(18),
                        fixed: SharedFigures.t3Only(90_000), variable: SharedFigures.t3Only(35_000)),
            MissionRule(kind: .carePathways, introducedBy: "aci-2019",
                        startDeadlineMonths: SharedFigures.deadline(12), deploymentDeadlineMonths: SharedFigures.deadline(24),
                        fixed: SharedFigures.t3Only(45_000), variable: SharedFigures.t3Only(45_000)),
            MissionRule(kind: .prevention, introducedBy: "aci-2019",
                        startDeadlineMonths: SharedFigures.deadline(12), deploymentDeadlineMonths: SharedFigures.deadline(24),
                        fixed: SharedFigures.t3Only(17_500), variable: SharedFigures.t3Only(17_500)),
            MissionRule(kind: .crisisResponse, introducedBy: "aci-2019-av2",
                        startDeadlineMonths: SharedFigures.deadline(6), deploymentDeadlineMonths: SharedFigures.deadline(18),
                        fixed: SharedFigures.t3Only(22_500), variable: nil, activated: SharedFigures.t3Only(67_500)),
            MissionRule(kind: .qualityAndRelevance, introducedBy: "aci-2019",
                        startDeadlineMonths: nil, deploymentDeadlineMonths: nil,
                        fixed: SharedFigures.t3Only(15_000), variable: SharedFigures.t3Only(15_000)),
            MissionRule(kind: .professionalSupport, introducedBy: "aci-2019",
                        startDeadlineMonths: nil, deploymentDeadlineMonths: nil,
                        fixed: SharedFigures.t3Only(10_000), variable: SharedFigures.t3Only(10_000)),
        ],
        yearlyMaximum: {
            var row = SharedFigures.unknownRow("maximum après avenant 2 non trouvé pour cette taille")
            row.t4 = Figure(SharedFigures.euros(580_000), source: SourceReference("PRESS-2022", "toutes missions déployées"),
                            confidence: .secondary, section: "§3")
            return row
        }(),
        advanceRate: SharedFigures.advanceRate,
        prorationBasis: SharedFigures.prorationBasis,
        prorateVariableEnvelope: SharedFigures.prorateVariableEnvelope,
        rounding: SharedFigures.rounding)
}
