/// A rulebook value with its provenance: the value (or unknown), its source and its confidence.
///
/// Every figure carries `value`, `source` and `confidence` (see `Documentation/Rules.md`); a
/// figure that no public source gives is stored as unknown (``value`` is `nil`) and the engine asks the contract for it.
public struct Figure<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value, or `nil` when it is unknown or varies by contract year (``yearValues``).
    public var value: Value?
    /// One value per contract year, when the figure changes over a contract's life (a variable
    /// share rising year by year): year n reads the n-th. `nil` when one ``value`` holds every year.
    ///
    /// A figure that varies has no single ``value``: what reads it must say which year it reads,
    /// with ``value(inYear:)``, so a year is never computed on another year's amount.
    public var yearValues: [Value]? { provenance.yearValues }
    private var provenance: FigureProvenance<Value>

    /// Where it comes from.
    public var source: SourceReference {
        get { provenance.source }
        set { provenance = provenance.with(source: newValue) }
    }
    /// How firmly it is established.
    public var confidence: Confidence {
        get { provenance.confidence }
        set { provenance = provenance.with(confidence: newValue) }
    }
    /// The topic of the rules it belongs to, e.g. `§2` (the legend of `Documentation/Rules.md`).
    public var section: String {
        get { provenance.section }
        set { provenance = provenance.with(section: newValue) }
    }
    /// A remark (an alternative reading, why it is a default).
    public var note: String? {
        get { provenance.note }
        set { provenance = provenance.with(note: newValue) }
    }

    /// Creates a known figure.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - source: Where it comes from.
    ///   - confidence: How firmly it is established.
    ///   - section: The topic of the rules, e.g. `§2`.
    ///   - note: A remark, if any.
    public init(_ value: Value, source: SourceReference, confidence: Confidence, section: String, note: String? = nil) {
        self.value = value
        provenance = FigureProvenance(source: source, confidence: confidence, section: section, note: note)
    }

    /// Creates an unknown figure: not found in any source.
    ///
    /// - Parameters:
    ///   - section: The topic of the rules it belongs to.
    ///   - note: What is known about it.
    public static func unknown(section: String, note: String? = nil) -> Figure {
        Figure(value: nil, source: SourceReference("—"), confidence: .notFound, section: section, note: note)
    }

    /// A figure whose value may be unknown, with its provenance as given (a rulebook file's entry).
    init(value: Value?, source: SourceReference, confidence: Confidence, section: String, note: String?) {
        self.value = value
        provenance = FigureProvenance(source: source, confidence: confidence, section: section, note: note)
    }

    /// Whether the value is known (for every year, when it varies by year).
    public var isKnown: Bool { value != nil || provenance.yearValues != nil }

    /// The value for contract year `n` (1…5): the n-th of ``yearValues`` when the figure varies by
    /// year, else ``value``; `nil` when unknown or `n` is outside the list.
    ///
    /// - Parameter n: The contract year.
    @inline(__always)
    public func value(inYear n: Int) -> Value? {
        guard let yearValues = provenance.yearValues else { return value }
        return n >= 1 && n <= yearValues.count ? yearValues[n - 1] : nil
    }

    /// Whether the figure has one value per contract year.
    public var variesByYear: Bool { provenance.yearValues != nil }

    /// A figure with one value per contract year (year n reads the n-th).
    ///
    /// - Parameters:
    ///   - yearValues: The values of years 1, 2, … in order (five for an ACI contract).
    ///   - source: Where they come from.
    ///   - confidence: How firmly they are established.
    ///   - section: The topic of the rules, e.g. `§3`.
    ///   - note: A remark, if any.
    public init(yearValues: [Value], source: SourceReference, confidence: Confidence, section: String, note: String? = nil) {
        value = nil
        provenance = FigureProvenance(source: source, confidence: confidence, section: section, note: note, yearValues: yearValues)
    }
}

/// The provenance of a figure, and its values by contract year when it has them, behind one
/// immutable reference, so copying a figure costs one retain.
final class FigureProvenance<Value: Hashable & Sendable>: Hashable, Sendable {
    let source: SourceReference
    let confidence: Confidence
    let section: String
    let note: String?
    let yearValues: [Value]?

    init(source: SourceReference, confidence: Confidence, section: String, note: String?, yearValues: [Value]? = nil) {
        self.source = source
        self.confidence = confidence
        self.section = section
        self.note = note
        self.yearValues = yearValues
    }

    func with(source: SourceReference) -> FigureProvenance {
        FigureProvenance(source: source, confidence: confidence, section: section, note: note, yearValues: yearValues)
    }

    func with(confidence: Confidence) -> FigureProvenance {
        FigureProvenance(source: source, confidence: confidence, section: section, note: note, yearValues: yearValues)
    }

    func with(section: String) -> FigureProvenance {
        FigureProvenance(source: source, confidence: confidence, section: section, note: note, yearValues: yearValues)
    }

    func with(note: String?) -> FigureProvenance {
        FigureProvenance(source: source, confidence: confidence, section: section, note: note, yearValues: yearValues)
    }

    static func == (lhs: FigureProvenance, rhs: FigureProvenance) -> Bool {
        lhs === rhs || (lhs.source == rhs.source && lhs.confidence == rhs.confidence && lhs.section == rhs.section
            && lhs.note == rhs.note && lhs.yearValues == rhs.yearValues)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(confidence)
        hasher.combine(section)
        hasher.combine(yearValues)
    }
}
