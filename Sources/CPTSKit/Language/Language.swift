/// The language of text written for people: French or English.
///
/// CPTSKit's results are language-neutral (codes, cents, dates); labels, messages and the
/// command line's tables exist in both languages. The domain's own names (*fonctionnement*,
/// *Accès aux soins*) stay French in both, with an English gloss where it helps.
public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
    /// French: `17 500,00 €`, `12/05/2025`, `72,9 %`.
    case french = "fr"
    /// English: `€17,500.00`, `12 May 2025`, `72.9%`.
    case english = "en"

    /// The language of a POSIX locale name: French for `fr`, `fr_FR.UTF-8`, `fr_CA`…; English for
    /// anything else (`C`, `POSIX`, `en_GB.UTF-8`, `de_DE`).
    ///
    /// - Parameter locale: A locale name as `LANG` holds it.
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("fr") ? .french : .english
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides, as POSIX orders them; English when none is.
    ///
    /// - Parameter environment: The process's environment variables.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale.map(Language.init(locale:)) ?? .english
    }
}
