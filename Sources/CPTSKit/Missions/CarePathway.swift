/// A population or condition addressed by the *Parcours pluriprofessionnels* mission.
///
/// The catalogue covers every choice of the seed CPTS (CPAM du Morbihan press releases of 9 October 2024 and 12 May 2025); `custom:NAME` admits a
/// locally defined pathway whose label is the name.
public struct CarePathway: Hashable, Sendable, CustomStringConvertible, KeyedChoice {
    /// The key used in contract files, e.g. `elderly` or `custom:post-covid`.
    public let key: String
    /// The French label, e.g. `Personnes âgées`.
    public let label: String

    init(validatedKey: String, label: String) {
        key = validatedKey
        self.label = label
    }

    /// Looks a pathway up by key, or admits a `custom:` one.
    ///
    /// - Parameter key: A catalogue key or `custom:NAME`.
    /// - Throws: ``CPTSKitError/Kind/unknownPathway`` listing the known keys.
    public init(key: String) throws(CPTSKitError) {
        self = try Self.resolve(key)
    }

    /// Whether the pathway is outside the catalogue.
    public var isCustom: Bool { key.hasPrefix("custom:") }
    /// The key.
    public var description: String { key }

    /// Every pathway of the catalogue, in catalogue order.
    public static var all: [CarePathway] { catalogue.map { CarePathway(validatedKey: $0.key, label: $0.label) } }

    static let noun = "care pathway"
    static let frenchNoun = "parcours"
    static let unknownKind = CPTSKitError.Kind.unknownPathway
    static let catalogue: [(key: String, label: String)] = [
        ("elderly", "Personnes âgées"),
        ("intrafamily_violence", "Victimes de violences intrafamiliales"),
        ("neurodevelopmental_children", "Enfants avec troubles du neurodéveloppement (TND)"),
        ("disability", "Handicap"),
        ("precarity", "Précarité"),
        ("chronic_conditions", "Maladies chroniques"),
        ("addictions", "Addictions"),
        ("mental_health", "Santé mentale"),
        ("hospital_discharge", "Sortie d'hospitalisation"),
        ("home_care", "Maintien à domicile"),
        ("chronic_pain_oncology", "Douleur chronique en oncologie"),
        ("end_of_life_home", "Fin de vie à domicile"),
        ("diabetes", "Diabète"),
        ("obesity", "Obésité"),
        ("heart_failure", "Insuffisance cardiaque"),
        ("copd", "BPCO (bronchopneumopathie chronique obstructive)"),
        ("cancer", "Cancer"),
        ("palliative_care", "Soins palliatifs"),
        ("maternity_perinatal", "Maternité et périnatalité"),
    ]
}
