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

        | § | rule | CPTSKit computes | parameter |
        |---|---|---|---|
        | 1 | starting rulebook | the rulebook the contract names, else the one in force on `signed_on`; naming one not yet in force is allowed, with a warning naming both dates; naming one a later rulebook had already superseded on `signed_on` is allowed, with a warning naming the rulebook then in force: the contract stays under what it names | `rulebook` |
        | 1 | later rulebooks | a rulebook of the registry dated after the starting one, with signature < effective date < first day without contract, reaches the contract: from the first contract year starting on or after its effective date (each year under one rulebook) | `rulebook_changes`: `next_anniversary` (default) |
        | 1 | | from its effective date: the year containing it is split by days, each annual amount (fonctionnement, fixed parts) in two lines, amount × days ÷ days in the year, each rounded once and naming its rulebook; each part is paid from its own first day (the part from the effective date has its advance on that date, `change_in_force`); variable envelopes and indicators are not split: they follow the rulebook in force on the year's first day | `rulebook_changes`: `effective_date` |
        | 1 | | never: the starting rulebook for the whole term | `rulebook_changes`: `none` |
        | 1 | what a rulebook changes | fonctionnement, national mission amounts (where the contract has no budget), yearly maxima, the missions that exist and their deadlines; contract budgets stay as written (above a new national amount: an error for the years it applies to) | — |
        | 1 | calendar parameters | advance share, rounding, proration basis and whether variable envelopes are prorated: those of the rulebook in force on each year's first day (a year split by `effective_date` keeps its first day's) | each rulebook's figures |
        | 1 | a mission a later rulebook introduces | may start on or after the day that rulebook applies to the contract (earlier is an error naming both dates); its start and deployment deadlines count from that day | — |
        | 1 | payments | no payment computed under a rulebook, a budget or an amendment falls due before it applies to the contract; every line and every settlement of a payment names its rulebook | — |
        | 2 | start-up catch-up | a contract signed on or before a rulebook's start-up window end, whose year 1 is computed under a rulebook without start-up amounts, and still running on the effective date of a later rulebook of the registry with start-up amounts (signed before it, not terminated on or before it), receives one year-1 line start-up amount − yearly amount of its year-1 size class (that rulebook's figures), due on that effective date as its own payment, whatever the day the rulebook's other figures reach its years | `rulebook_changes` |
        | 2 | | with `none`, only when a `rulebook` amendment names a rulebook with start-up amounts: due on the later of its effective date and the amendment's `effective_on`, if the contract is still running that day; never on top of a supplement paid at signature, never twice (the earliest due day wins) | `rulebook_changes`: `none` |
        | 3 | budget amendment | from the first contract year starting on or after `effective_on`; with `effective_date`, the fixed part of the year containing it is split by days, each part paid from its own first day, while the variable envelope changes from the next year, like the indicators it funds | `rulebook_changes` |
        | 3 | indicators amendment | from the first contract year starting on or after `effective_on`; results of those years name the new ids | — |
        | 3 | population amendment | from the first contract year starting on or after `effective_on`: size class, fonctionnement and national amounts follow the new class | — |
        | 3 | rulebook amendment | the named rulebook from `effective_on` with the contract's timing; rulebooks dated later still reach the contract unless `none`; on the same day as a rulebook of the registry, the amendment wins; an amendment naming the rulebook that reaches the contract that day anyway is not named as the cause | `rulebook_changes` |
        | 3 | checks per year | fixed parts and activation amounts against the national amount for each year and each part of a split year; the variable envelope (against the national amount, and Σ best cases ≤ envelope) with the budget, indicators and rulebook of the year's first day (or the mission's start) | — |
        | 3 | termination | years starting on or after it have no line; in the year containing it, fonctionnement and each fixed part × days from the later of the year's start and the mission's start to the termination ÷ days in the year, rounded once; the variable envelope by the same share when that year's rulebook prorates envelopes (`proration.variable_envelope`; not the built-in rulebooks), else whole; a crisis activation is paid in full | the year's proration basis and `proration.variable_envelope` |
        | 3 | repayment | the settlements already due (the year's advances on the unprorated amounts, at the year's, the part's or the mission's start) stay paid; the year then settles on the termination day: its lines minus those advances, a negative payment (*reversement*) when the advances were larger, so Σ payments = Σ lines | — |
        | 3 | crisis activation in a year that changes | the rulebook and budget in force on the year's last day of contract (a budget amendment on that day applies with `effective_date`, not on the next anniversary) | — |
        | 4 | deadlines | a warning when a mission starts or is deployed (`deployed_on`) after its deadline; as of a date, a warning when a deadline has passed and the mission has not started or is not recorded as deployed | as-of date (`asOf:`, `cpts --as-of`, default today) |
        | 4 | reported results | a warning when results are given for a contract year whose last day is after the as-of date | as-of date |

        In year 1, the *fonctionnement* of the days before the first mission starts is paid in full at
        signature (ACI 2019, art. 9.1); when a change splits year 1, that rule applies to the part
        before the change (its days before the first start, at signature), and the part from the
        change is advanced on its first day.

        """
}
