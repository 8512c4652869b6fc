/// The nearest of some known names to a mistyped one, for "did you mean …?".
package enum Suggestion {
    /// The known name nearest to `typed` by edit distance, if within two edits (or a third of its length).
    package static func nearest(to typed: String, among known: [String]) -> String? {
        let limit = max(2, typed.count / 3)
        var best: (name: String, distance: Int)? = nil
        for name in known {
            let distance = editDistance(typed, name)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Insertions, deletions and substitutions to turn `a` into `b` (Levenshtein).
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// ` ; vouliez-vous dire --year ?` / `; did you mean --year?`, or nothing.
    package static func didYouMean(_ typed: String, among known: [String]) -> BilingualText {
        guard let name = nearest(to: typed, among: known) else { return BilingualText(fr: "", en: "") }
        return BilingualText(fr: " ; vouliez-vous dire \(name) ?", en: "; did you mean \(name)?")
    }
}
