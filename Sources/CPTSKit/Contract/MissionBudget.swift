/// The amounts a contract sets for one mission, each overriding the national amount when given.
///
/// A budget may be lower than the national amount of the rulebook (it is
/// reported), never higher (an error). Where the rulebook does not know the national amount
/// (T1, T2, T4 per-mission amounts are not published) the contract must give it.
public struct MissionBudget: Hashable, Sendable {
    /// The yearly fixed part (*moyens*), or `nil` to use the national amount.
    public var fixed: Euros?
    /// The yearly variable envelope (*actions et résultats*), or `nil` to use the national amount.
    public var variable: Euros?
    /// For *crises sanitaires* only: the amount paid in a year when the ARS recognises a crisis.
    public var activated: Euros?

    /// Creates a budget; every part is optional.
    ///
    /// - Parameters:
    ///   - fixed: The yearly fixed part.
    ///   - variable: The yearly variable envelope.
    ///   - activated: The crisis activation amount (crisis mission only).
    public init(fixed: Euros? = nil, variable: Euros? = nil, activated: Euros? = nil) {
        self.fixed = fixed
        self.variable = variable
        self.activated = activated
    }

    /// A budget that defers to the rulebook for every part.
    public static let national = MissionBudget()
}
