/// Where a figure comes from: a source id of ``catalogue`` and, optionally, the article.
///
/// `ACI-2019 art. 8`, `CONTRACT-T3`, `contrat` (the contract's own budget).
public struct SourceReference: Hashable, Sendable, CustomStringConvertible {
    /// The two strings, behind one reference: every funding line carries a source, and copying
    /// one reference is cheaper than copying two strings.
    final class Storage: Sendable {
        let id: String
        let detail: String?

        init(id: String, detail: String?) {
            self.id = id
            self.detail = detail
        }
    }

    private let storage: Storage

    /// The source id, e.g. `ACI-2019`, `AV2`, `PAPS-HDF`.
    public var id: String { storage.id }
    /// The article or section within the source, e.g. `art. 9.1`.
    public var detail: String? { storage.detail }

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - id: The source id, from ``catalogue`` or a file's own.
    ///   - detail: The article, if any.
    public init(_ id: String, _ detail: String? = nil) {
        storage = Storage(id: id, detail: detail)
    }

    /// Two references are equal when they name the same source and detail.
    public static func == (lhs: SourceReference, rhs: SourceReference) -> Bool {
        lhs.storage === rhs.storage || (lhs.id == rhs.id && lhs.detail == rhs.detail)
    }

    /// Hashes the source id and detail.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(detail)
    }

    /// `ACI-2019 art. 8`.
    public var description: String { detail.map { "\(id) \($0)" } ?? id }

    /// The contract itself: amounts the parties wrote in their contract.
    public static let contract = SourceReference("contrat")

    /// CPTSKit's own interpretation where no text says: a default stated in `Documentation/Rules.md`,
    /// always with confidence **I**, that a rulebook file may override.
    public static let interpretation = SourceReference("CPTSKit", "interprétation")

    /// The public sources of the built-in rulebooks, with what each one is.
    public static let catalogue: [(id: String, title: String)] = [
        ("ACI-2019", "Accord conventionnel interprofessionnel CPTS, signé le 20/06/2019, arrêté du 21/08/2019 (NOR SSAS1924409A), JORF n°0196 du 24/08/2019"),
        ("AV2", "Avenant 2, signé le 20/12/2021 ; avis d'approbation au JO du 31/03/2022 (JORFTEXT000045443303)"),
        ("SENAT-2025", "Rapport d'information MECSS du Sénat r25-032 (oct. 2025) sur les CPTS"),
        ("PAPS-HDF", "Portail ARS/Assurance Maladie Hauts-de-France, « Le financement de la CPTS : l'ACI », 30/11/2023"),
        ("PRESS-2019", "Le Quotidien du médecin, 21/11/2019 : maxima annuels par taille"),
        ("PRESS-2020", "Le Concours médical, FMF, Le Pharmacien de France (2020) : projets d'avenant 2"),
        ("PRESS-2022", "L'Information dentaire et SML sur l'avenant 2 : maximum T4 de 580 000 €"),
        ("CONTRACT-T3", "Deux annexes réelles de contrats T3 (« Annexe indicateurs, année 5 »)"),
        ("CPTSKit", "Interprétation de CPTSKit là où aucun texte ne dit rien : une valeur par défaut (I), énoncée dans Rules.md, qu'un fichier de règles peut remplacer"),
    ]
}
