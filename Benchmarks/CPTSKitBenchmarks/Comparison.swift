import Foundation

/// Compares the JSON figures of two builds measured in the same session: `--compare BEFORE AFTER`.
///
/// Each argument is a file of one or more benchmark JSON lines (several rounds of the same build);
/// the best figure of each build is kept — the smallest time or size, the largest rate — so that a
/// noisy round on a shared machine does not decide. Figures of the naive baseline and counts of its
/// wrong years are left out. A change of more than 10 % for the worse is marked `REGRESSION`.
enum Comparison {
    /// Whether a larger value of this figure is better.
    static func higherIsBetter(_ key: String) -> Bool { key.contains("per_second") }

    /// The best value of every figure over the JSON lines of a file.
    static func best(in path: String) throws -> [String: Double] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var best: [String: Double] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("{") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            for (key, value) in object {
                guard let number = (value as? NSNumber)?.doubleValue else { continue }
                if let current = best[key] {
                    best[key] = higherIsBetter(key) ? max(current, number) : min(current, number)
                } else {
                    best[key] = number
                }
            }
        }
        return best
    }

    /// The comparison table; `regressions` counts the figures more than 10 % worse.
    static func table(before: [String: Double], after: [String: Double]) -> (text: String, regressions: Int) {
        var lines = ["figure                                       before          after     change",
                     String(repeating: "-", count: 78)]
        var regressions = 0
        for key in before.keys.sorted() where !key.hasPrefix("baseline_") {
            guard let old = before[key], let new = after[key], old > 0 else { continue }
            // Positive `better` is an improvement, whatever the figure's direction.
            let better = higherIsBetter(key) ? (new - old) / old : (old - new) / old
            let mark = better < -0.10 ? "  REGRESSION" : ""
            if !mark.isEmpty { regressions += 1 }
            let change = (better >= 0 ? "+" : "") + Report.format(better * 100, 1) + " %"
            lines.append(pad(key, 40) + padLeft(Report.format(old, 1), 14) + padLeft(Report.format(new, 1), 15)
                + padLeft(change, 11) + mark)
        }
        lines.append("(change: + is better; times and sizes smaller, rates larger)")
        return (lines.joined(separator: "\n"), regressions)
    }

    static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    static func padLeft(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}
