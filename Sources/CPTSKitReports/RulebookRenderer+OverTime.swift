import CPTSKit

extension RulebookRenderer {
    /// The interpretations by which a contract lives through its term, as `Documentation/Rules.md`
    /// states them: each rule, whether a parameter sets it, and the public source it rests on.
    static let contractsOverTime = """

        ## Contracts over time

        The agreement says that the parties may revise amounts after two years (ACI 2019, art. 8),
        that avenant 2 (signed 20/12/2021, approved by the avis of the JO of 31/03/2022) applies to
        running contracts and pays early signatories the start-up supplement "as a difference", and
        that missing a deadline may end the contract with repayment *prorata temporis* (Senate
        report r25-032, 2025). It does not say from which day, on which amounts, or how. CPTSKit's
        interpretations (confidence **I**), each a parameter where one can differ:

        | rule | CPTSKit computes | parameter |
        |---|---|---|
        | starting rulebook | the rulebook the contract names, else the one in force on `signed_on`; naming one not yet in force is allowed, with a warning naming both dates | `rulebook` |
        | later rulebooks | a rulebook of the registry dated after the starting one, with signature < effective date < first day without contract, reaches the contract: from the first contract year starting on or after its effective date (each year under one rulebook) | `rulebook_changes`: `next_anniversary` (default) |
        | | from its effective date: the year containing it is split by days, each annual amount (fonctionnement, fixed parts) in two lines, amount × days ÷ days in the year, each rounded once and naming its rulebook | `rulebook_changes`: `effective_date` |
        | | never: the starting rulebook for the whole term | `rulebook_changes`: `none` |
        | what a rulebook changes | fonctionnement, national mission amounts (where the contract has no budget), yearly maxima, the missions that exist and their deadlines; contract budgets stay as written (above a new national amount: an error for the years it applies to) | — |
        | rounding, proration basis, advance rate | those of the starting rulebook, for the whole term | the starting rulebook's figures |
        | a mission a later rulebook introduces | may start on or after the day that rulebook applies to the contract (earlier is an error naming both dates); its start and deployment deadlines count from that day | — |
        | start-up catch-up | a contract signed on or before a rulebook's start-up window end, whose starting rulebook has no start-up amount, receives once that rulebook applies to it a year-1 line start-up amount − yearly amount of its year-1 size class (that rulebook's figures), due on the rulebook's effective date (or the signature if later) as its own payment; never with `none`, never on top of a supplement paid at signature | `rulebook_changes` |
        | budget amendment | from the first contract year starting on or after `effective_on`; with `effective_date`, the year containing it is split by days | `rulebook_changes` |
        | indicators amendment | from the first contract year starting on or after `effective_on`; results of those years name the new ids | — |
        | population amendment | from the first contract year starting on or after `effective_on`: size class, fonctionnement and national amounts follow the new class | — |
        | rulebook amendment | the named rulebook from `effective_on` with the contract's timing; rulebooks dated later still reach the contract unless `none`; an amendment naming the rulebook that reaches the contract that day anyway is not named as the cause | `rulebook_changes` |
        | checks per year | Σ best cases ≤ envelope, budget against national amount: for each year (and each part of a split year) with what is in force then | — |
        | termination | years starting on or after it have no line; in the year containing it, fonctionnement and each fixed part × days from the later of the year's start and the mission's start to the termination ÷ days in the year, rounded once; variable lines and a crisis activation are not prorated | the starting rulebook's proration basis |
        | repayment | the advances already due (75 % of the year's unprorated amounts, at the year's or the mission's start) stay paid; the year then settles on the termination day: its lines minus those advances, a negative payment (*reversement*) when the advances were larger, so Σ payments = Σ lines | — |
        | crisis activation in a year that changes | the amounts in force on the year's last day of contract | — |
        | deadlines | a warning when a mission starts or is deployed (`deployed_on`) after its deadline; as of a date, a warning when a deadline has passed and the mission has not started or is not recorded as deployed | as-of date (`asOf:`, `cpts --as-of`, default today) |
        | reported results | a warning when results are given for a contract year whose last day is after the as-of date | as-of date |

        """
}
