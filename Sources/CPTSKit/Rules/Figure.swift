/// A rulebook value with its provenance: the value (or unknown), its source and its confidence.
///
/// `aci-rules.md`: every figure carries `value`, `source` and `confidence`; a figure that was
/// not found is stored as unknown (``value`` is `nil`) and the engine asks the contract for it.
public struct Figure<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value, or `nil` when it is unknown.
    public var value: Value?
    /// Where it comes from.
    public var source: SourceReference
    /// How firmly it is established.
    public var confidence: Confidence
    /// The section of `aci-rules.md` that documents it, e.g. `§2`.
    public var section: String
    /// A remark (an alternative reading, why it is a default).
    public var note: String?

    /// Creates a known figure.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - source: Where it comes from.
    ///   - confidence: How firmly it is established.
    ///   - section: The section of `aci-rules.md`.
    ///   - note: A remark, if any.
    public init(_ value: Value, source: SourceReference, confidence: Confidence, section: String, note: String? = nil) {
        self.value = value
        self.source = source
        self.confidence = confidence
        self.section = section
        self.note = note
    }

    /// Creates an unknown figure: not found in any source.
    ///
    /// - Parameters:
    ///   - section: The section of `aci-rules.md` that records it as unknown.
    ///   - note: What is known about it.
    public static func unknown(section: String, note: String? = nil) -> Figure {
        Figure(value: nil, source: SourceReference("—"), confidence: .notFound, section: section, note: note)
    }

    private init(value: Value?, source: SourceReference, confidence: Confidence, section: String, note: String?) {
        self.value = value
        self.source = source
        self.confidence = confidence
        self.section = section
        self.note = note
    }

    /// Whether the value is known.
    public var isKnown: Bool { value != nil }
}
