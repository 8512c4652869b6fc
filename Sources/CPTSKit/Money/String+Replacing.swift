extension String {
    /// The string with every occurrence of `target` replaced (Foundation-free).
    ///
    /// - Parameters:
    ///   - target: The character to replace.
    ///   - replacement: The text put in its place.
    /// - Returns: The new string.
    package func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
