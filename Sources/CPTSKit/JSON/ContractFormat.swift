/// The `cpts-contract/1` file format: identifier and field names (`Documentation/ContractFormat.md`).
public enum ContractFormat {
    /// The value of the `format` field.
    public static let identifier = "cpts-contract/1"

    static let rootFields = ["format", "cpts", "signed_on", "rulebook", "rulebook_changes", "missions", "results",
                             "crisis_recognised", "activations", "amendments", "progress"]
    static let cptsFields = ["name", "population", "communes", "epcis", "members"]
    static let missionFields = ["mission", "starts_on", "deployed_on", "budget", "indicators", "themes", "pathways"]
    static let budgetFields = ["fixed", "variable", "activated"]
    static let indicatorFields = ["id", "label", "payout", "baseline", "measure"]
    static let payoutFields = ["type", "amount", "better", "tiers", "target"]
    static let tierFields = ["reach", "amount"]
    static let measurementFields = ["on", "results"]
    /// The fields of an amendment, by `change`.
    static func amendmentFields(_ change: String) -> [String] {
        let common = ["effective_on", "change", "note"]
        switch change {
        case "budget": return common + ["mission", "budget"]
        case "indicators": return common + ["mission", "indicators"]
        case "population": return common + ["population"]
        case "rulebook": return common + ["rulebook"]
        default: return common
        }
    }
}
