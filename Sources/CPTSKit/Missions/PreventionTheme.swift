/// A prevention theme chosen for the *Prévention* mission (`Documentation/ContractFormat.md`).
///
/// The catalogue covers every choice of the seed CPTS (CPAM du Morbihan press releases of 9 October 2024 and 12 May 2025); `custom:NAME` admits a
/// locally defined theme whose label is the name.
public struct PreventionTheme: Hashable, Sendable, CustomStringConvertible, KeyedChoice {
    /// The key used in contract files, e.g. `mental_health` or `custom:ateliers-memoire`.
    public let key: String
    /// The French label, e.g. `Santé mentale`.
    public let label: String

    init(validatedKey: String, label: String) {
        key = validatedKey
        self.label = label
    }

    /// Looks a theme up by key, or admits a `custom:` one.
    ///
    /// - Parameter key: A catalogue key or `custom:NAME`.
    /// - Throws: ``CPTSKitError/Kind/unknownTheme`` listing the known keys.
    public init(key: String) throws(CPTSKitError) {
        self = try Self.resolve(key)
    }

    /// Whether the theme is outside the catalogue.
    public var isCustom: Bool { key.hasPrefix("custom:") }
    /// The key.
    public var description: String { key }

    /// Every theme of the catalogue, in catalogue order.
    public static var all: [PreventionTheme] { catalogue.map { PreventionTheme(validatedKey: $0.key, label: $0.label) } }

    static let noun = "prevention theme"
    static let frenchNoun = "thème de prévention"
    static let unknownKind = CPTSKitError.Kind.unknownTheme
    static let catalogue: [(key: String, label: String)] = [
        ("cancer_screening", "Dépistage des cancers"),
        ("vaccination", "Vaccination"),
        ("physical_activity_obesity", "Activité physique, sédentarité et obésité"),
        ("sport_health", "Sport-santé"),
        ("neurodevelopment", "Facteurs de risque des troubles du neurodéveloppement"),
        ("mental_health", "Santé mentale"),
        ("addictions", "Addictions"),
        ("healthy_ageing_carers", "Bien vieillir (jeuniors) et santé des aidants"),
        ("undernutrition_elderly", "Dénutrition des personnes âgées"),
        ("diabetes", "Diabète et éducation thérapeutique"),
        ("nutrition", "Nutrition"),
        ("sexual_health", "Santé sexuelle"),
        ("womens_health", "Santé au féminin"),
        ("school_violence", "Violences en milieu scolaire"),
        ("low_back_pain", "Lombalgie (prévenir la chronicisation)"),
        ("falls_frailty", "Chutes et fragilité"),
        ("medication_iatrogeny", "Iatrogénie médicamenteuse"),
        ("oral_health", "Santé bucco-dentaire"),
        ("cardiovascular_risk", "Risque cardiovasculaire"),
    ]
}
