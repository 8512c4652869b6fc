extension CalendarDate {
    /// The date as French readers write it: `12/05/2025`.
    public var frenchDescription: String {
        let text = description
        let parts = text.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
