/// The `cpts-rulebook/1` file format: a rulebook as data that users write, load and compare.
///
/// ```json
/// {
///   "format": "cpts-rulebook/1",
///   "id": "draft-2026",
///   "title": "Projet d'avenant (hypothèse de travail)",
///   "extends": "aci-2019-av2",
///   "effective_on": "2026-07-01",
///   "figures": {
///     "fonctionnement.annual.T3": { "value": "80000", "source": "hypothèse", "confidence": "I" }
///   }
/// }
/// ```
///
/// Strict like the contract format: an unknown field or key is an error naming it. See
/// ``RulebookFigureKey`` for every key, ``RulebookDocument`` for the rules of inheritance and
/// validation, and `Documentation/RulebookFormat.md` for the whole format.
public enum RulebookFormat {
    /// The value of the `format` field.
    public static let identifier = "cpts-rulebook/1"

    static let rootFields = ["format", "id", "title", "extends", "effective_on", "figures", "missions"]
    static let missionFields = ["introduced_by", "label", "kind", "parts", "catalogue"]

    /// The keys a rulebook that extends none must give (each may be `null`, unknown): the engine
    /// would otherwise fall back on a default the file never stated.
    static let requiredWithoutParent: [RulebookFigureKey] =
        [.sizeBoundaries] + SizeClass.allCases.map(RulebookFigureKey.fonctionnement)
        + SizeClass.allCases.map(RulebookFigureKey.yearlyMaximum)
        + [.advanceShare, .prorationBasis, .prorateVariableEnvelope, .rounding]
}
