/// What a rulebook says about one mission: its deadlines and its national amounts by size class.
///
/// ACI 2019 and avenant 2 (deadlines: PAPS-HDF portal; T3 amounts: real contract annexes). Unknown amounts are ``Figure/unknown(section:note:)``; the contract then
/// has to give them in its ``MissionBudget``.
public struct MissionRule: Hashable, Sendable {
    /// The mission.
    public var kind: MissionKind
    /// The rulebook that introduced it (`aci-2019`, or `aci-2019-av2` for the crisis mission).
    public var introducedBy: String
    /// Months after signature by which the mission must start (`nil` for optional missions).
    public var startDeadlineMonths: Figure<Int>?
    /// Months after signature by which it must be fully deployed (`nil` for optional missions).
    public var deploymentDeadlineMonths: Figure<Int>?
    /// The yearly fixed part (*moyens*) by size class.
    public var fixed: SizeTable<Figure<Euros>>
    /// The yearly variable envelope by size class (`nil` for the crisis mission).
    public var variable: SizeTable<Figure<Euros>>?
    /// The crisis activation amount by size class (crisis mission only).
    public var activated: SizeTable<Figure<Euros>>?

    /// Creates a mission rule.
    ///
    /// - Parameters:
    ///   - kind: The mission.
    ///   - introducedBy: The rulebook that introduced it.
    ///   - startDeadlineMonths: Months to start, for socle missions.
    ///   - deploymentDeadlineMonths: Months to full deployment, for socle missions.
    ///   - fixed: Fixed parts by size.
    ///   - variable: Variable envelopes by size.
    ///   - activated: Crisis activation amounts by size.
    public init(kind: MissionKind, introducedBy: String, startDeadlineMonths: Figure<Int>?,
                deploymentDeadlineMonths: Figure<Int>?, fixed: SizeTable<Figure<Euros>>,
                variable: SizeTable<Figure<Euros>>?, activated: SizeTable<Figure<Euros>>? = nil) {
        self.kind = kind
        self.introducedBy = introducedBy
        self.startDeadlineMonths = startDeadlineMonths
        self.deploymentDeadlineMonths = deploymentDeadlineMonths
        self.fixed = fixed
        self.variable = variable
        self.activated = activated
    }
}
