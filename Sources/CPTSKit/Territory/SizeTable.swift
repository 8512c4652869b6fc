/// One value per size class, T1 to T4: a row of the agreement's amount tables.
public struct SizeTable<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value for T1.
    public var t1: Value
    /// The value for T2.
    public var t2: Value
    /// The value for T3.
    public var t3: Value
    /// The value for T4.
    public var t4: Value

    /// Creates a row from its four values.
    ///
    /// - Parameters:
    ///   - t1: The value for T1.
    ///   - t2: The value for T2.
    ///   - t3: The value for T3.
    ///   - t4: The value for T4.
    public init(_ t1: Value, _ t2: Value, _ t3: Value, _ t4: Value) {
        self.t1 = t1
        self.t2 = t2
        self.t3 = t3
        self.t4 = t4
    }

    /// The value for one class.
    public subscript(sizeClass: SizeClass) -> Value {
        get {
            switch sizeClass {
            case .t1: t1
            case .t2: t2
            case .t3: t3
            case .t4: t4
            }
        }
        set {
            switch sizeClass {
            case .t1: t1 = newValue
            case .t2: t2 = newValue
            case .t3: t3 = newValue
            case .t4: t4 = newValue
            }
        }
    }
}
