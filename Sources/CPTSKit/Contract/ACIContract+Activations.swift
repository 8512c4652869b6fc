// The years a mission's activating event happened: the crisis mission's crises recognised by the
// ARS (avenant 2), and the same for any mission a rulebook declares with an activation amount.

extension ACIContract {
    /// The years of a mission's activating event: ``crisisYears`` for the crisis mission,
    /// ``activations`` for the others.
    ///
    /// - Parameter kind: The mission.
    /// - Returns: The years, possibly none.
    public func activationYears(of kind: MissionKind) -> Set<Int> {
        kind == .crisisResponse ? crisisYears : activations[kind] ?? []
    }

    /// Every activation, mission by mission in the agreement's order then by key, years in order.
    var allActivations: [(kind: MissionKind, year: Int)] {
        var all = crisisYears.sorted().map { (kind: MissionKind.crisisResponse, year: $0) }
        for kind in activations.keys.sorted() where kind != .crisisResponse {
            all += (activations[kind] ?? []).sorted().map { (kind: kind, year: $0) }
        }
        return all
    }

    /// Where a contract file records an activation: `crisis_recognised.Y` for the crisis mission,
    /// `activations.KEY.Y` for the others.
    func activationPath(_ kind: MissionKind, _ year: Int) -> String {
        kind == .crisisResponse ? "crisis_recognised.\(year)" : "activations.\(kind.key).\(year)"
    }

    /// Activation years are contract years, and the crisis mission's are written `crisis_recognised`.
    func checkActivationYears() throws(CPTSKitError) {
        if activations[.crisisResponse] != nil {
            throw CPTSKitError(.unknownField, path: "activations.\(MissionKind.crisisResponse.key)",
                               message: BilingualText(fr: "les crises reconnues s'écrivent dans crisis_recognised", en: "recognised crises are written in crisis_recognised"),
                               value: MissionKind.crisisResponse.key)
        }
        for (kind, year) in allActivations where !(1...ACIContract.yearCount).contains(year) {
            throw CPTSKitError(.yearOutOfContract, path: activationPath(kind, year),
                               message: BilingualText(fr: "les années contractuelles sont numérotées de 1 à \(ACIContract.yearCount)", en: "contract years are numbered 1 to \(ACIContract.yearCount)"), value: "\(year)")
        }
    }

    /// Each activation names an engaged mission that pays an activation amount, in a year it has started.
    ///
    /// - Parameter mission: For an engaged mission: its start, its start year and whether its
    ///   rulebook has it pay an activation amount; `nil` when the contract does not engage it.
    func checkActivations(_ mission: (MissionKind) -> (start: CalendarDate, year: Int, paysActivation: Bool)?)
        throws(CPTSKitError)
    {
        for (kind, year) in allActivations {
            let path = activationPath(kind, year)
            let isCrisis = kind == .crisisResponse
            guard let engaged = mission(kind) else {
                throw CPTSKitError(.crisisWithoutMission, path: path,
                                   message: isCrisis
                                       ? BilingualText(fr: "une crise est reconnue mais la mission crises_sanitaires n'est pas engagée", en: "a crisis is recognised but the crises_sanitaires mission is not engaged")
                                       : BilingualText(fr: "une activation est notée mais la mission \(kind.key) n'est pas engagée", en: "an activation is recorded but the \(kind.key) mission is not engaged"),
                                   value: "true")
            }
            guard engaged.paysActivation else {
                throw CPTSKitError(.crisisWithoutMission, path: path,
                                   message: BilingualText(fr: "les règles ne donnent pas de montant d'activation à la mission \(kind.key)", en: "the rulebook gives the \(kind.key) mission no activation amount"),
                                   value: "true")
            }
            guard engaged.year <= year else {
                throw CPTSKitError(.crisisWithoutMission, path: path,
                                   message: isCrisis
                                       ? BilingualText(fr: "une crise est reconnue avant le démarrage de la mission crises_sanitaires (\(engaged.start))", en: "a crisis is recognised before the crises_sanitaires mission starts (\(engaged.start))")
                                       : BilingualText(fr: "une activation est notée avant le démarrage de la mission \(kind.key) (\(engaged.start))", en: "an activation is recorded before the \(kind.key) mission starts (\(engaged.start))"),
                                   value: "true")
            }
        }
    }
}
