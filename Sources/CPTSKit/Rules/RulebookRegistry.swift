/// The rulebooks CPTSKit knows, and which one is in force on a date.
///
/// ``standard`` holds ``Rulebook/aci2019`` and ``Rulebook/aci2019Avenant2``. A new avenant is a
/// new rulebook value added here (the 2026 social security financing law, art. 63, opens talks on a new one).
public struct RulebookRegistry: Hashable, Sendable {
    /// The rulebooks, ordered by effective date.
    public let rulebooks: [Rulebook]

    /// Creates a registry.
    ///
    /// A rulebook whose effective date is unknown comes last: it never applies by date, only
    /// where a contract or an amendment names it.
    ///
    /// - Parameter rulebooks: The rulebooks, in any order; identifiers must be distinct.
    public init(_ rulebooks: [Rulebook]) {
        let never = CalendarDate(unchecked: 9999, 12, 31)
        self.rulebooks = rulebooks.enumerated().sorted {
            ($0.element.effectiveFrom.value ?? never, $0.offset) < ($1.element.effectiveFrom.value ?? never, $1.offset)
        }.map(\.element)
    }

    /// The rulebooks CPTSKit ships: ACI 2019 and avenant 2.
    public static let standard = RulebookRegistry([.aci2019, .aci2019Avenant2])

    /// The rulebook with this identifier.
    ///
    /// - Parameter id: `aci-2019` or `aci-2019-av2` in the standard registry.
    /// - Throws: ``CPTSKitError/Kind/unknownRulebook`` listing the known identifiers.
    public func rulebook(id: String) throws(CPTSKitError) -> Rulebook {
        guard let rulebook = rulebooks.first(where: { $0.id == id }) else {
            throw CPTSKitError(.unknownRulebook, path: "rulebook",
                               message: BilingualText(fr: "règles inconnues ; connues : \(rulebooks.map(\.id).joined(separator: ", "))", en: "unknown rulebook; known: \(rulebooks.map(\.id).joined(separator: ", "))"), value: id)
        }
        return rulebook
    }

    /// The rulebook in force on a date: the latest whose effective date is on or before it.
    ///
    /// - Parameter date: The date, typically a contract's signature.
    /// - Throws: ``CPTSKitError/Kind/unknownRulebook`` before the first rulebook (25 August 2019).
    public func rulebook(inForceOn date: CalendarDate) throws(CPTSKitError) -> Rulebook {
        guard let rulebook = rulebooks.last(where: { $0.effectiveFrom.value.map { $0 <= date } ?? false }) else {
            throw CPTSKitError(.unknownRulebook, path: "signed_on",
                               message: BilingualText(fr: "aucunes règles ACI n'étaient en vigueur à cette date (les premières s'appliquent à partir du \(rulebooks.first?.effectiveFrom.value?.description ?? "?"))", en: "no ACI rulebook was in force on this date (the first applies from \(rulebooks.first?.effectiveFrom.value?.description ?? "?"))"),
                               value: date.description)
        }
        return rulebook
    }
}
