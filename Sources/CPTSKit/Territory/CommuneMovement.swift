/// A change of commune code in the INSEE *Code officiel géographique* (COG): a merge, a
/// *commune nouvelle*, a restored commune, a code changed with its département or chef-lieu.
///
/// One movement takes the territory of the commune `before` (or part of it) into the commune
/// `after` on `date`. Only changes between two different codes of communes are kept: a renaming
/// or a commune becoming *déléguée* inside its *commune nouvelle* changes no legal population.
public struct CommuneMovement: Hashable, Sendable, Codable {
    /// The date the change took effect (`DATE_EFF`), e.g. 2022-01-01 for Croixanvec.
    public let date: CalendarDate
    /// The INSEE kind of change (`MOD`): 20 creation, 21 restoration, 30 removal, 31 simple merge,
    /// 32 *commune nouvelle*, 33 merge-association, 41 change of département, 50 change of chef-lieu.
    public let kind: Int
    /// The code before the change.
    public let before: INSEECode
    /// The name before the change.
    public let beforeName: String
    /// The code after the change.
    public let after: INSEECode
    /// The name after the change.
    public let afterName: String

    /// Creates a movement.
    ///
    /// - Parameters:
    ///   - date: When it took effect.
    ///   - kind: The COG's `MOD` code.
    ///   - before: The code before.
    ///   - beforeName: The name before.
    ///   - after: The code after.
    ///   - afterName: The name after.
    public init(date: CalendarDate, kind: Int, before: INSEECode, beforeName: String, after: INSEECode, afterName: String) {
        self.date = date
        self.kind = kind
        self.before = before
        self.beforeName = beforeName
        self.after = after
        self.afterName = afterName
    }

    /// Whether the change split a commune (INSEE `MOD` 21, *rétablissement*): `after` was only
    /// part of `before`.
    public var isRestoration: Bool { kind == 21 }
}
