/// The `cpts-contract/1` file format: identifier and field names (`contract-format.md`).
public enum ContractFormat {
    /// The value of the `format` field.
    public static let identifier = "cpts-contract/1"

    static let rootFields = ["format", "cpts", "signed_on", "rulebook", "missions", "results", "crisis_recognised"]
    static let cptsFields = ["name", "population", "communes", "members"]
    static let missionFields = ["mission", "starts_on", "budget", "indicators", "themes", "pathways"]
    static let budgetFields = ["fixed", "variable", "activated"]
    static let indicatorFields = ["id", "label", "payout", "baseline"]
    static let payoutFields = ["type", "amount", "better", "tiers", "target"]
    static let tierFields = ["reach", "amount"]
}
