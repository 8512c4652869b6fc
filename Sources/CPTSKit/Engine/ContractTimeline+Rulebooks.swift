// Which rulebook applies to which day of a contract: the starting one, later ones by the
// contract's timing (`rulebook_changes`), and those its amendments name.

extension ContractTimeline {
    /// Adds to ``periods`` the rulebooks that reach the contract after its start.
    ///
    /// A rulebook of the registry dated after the starting one (effective date E with
    /// signature < E < the first day without contract) applies from the day
    /// ``RulebookChanges`` gives, unless the contract says `none`; a rulebook amendment applies
    /// from its date with the same timing. Changes are taken in date order; an automatic one
    /// applies only when its rulebook is later than the one then in force, so a rulebook an
    /// amendment chose is replaced only by a rulebook dated after it.
    mutating func applyLaterRulebooks(registry: RulebookRegistry) throws(CPTSKitError) {
        let end = contract.effectiveEnd
        let timing = contract.rulebookChanges
        let active = years
        func position(_ book: Rulebook) -> Int {
            registry.rulebooks.firstIndex { $0.id == book.id } ?? registry.rulebooks.count
        }
        var changes: [(date: CalendarDate, rulebook: Rulebook, amendment: Int?)] = []
        if timing != .never {
            let start = position(rulebook)
            for (index, book) in registry.rulebooks.enumerated() where index > start {
                guard let effective = book.effectiveFrom.value, effective > contract.signedOn, effective < end else { continue }
                changes.append((effective, book, nil))
                // Running on its effective date: the catch-up falls due that day (§2).
                if book.startUpFonctionnement != nil { consider(CatchUpCandidate(rulebook: book, due: effective)) }
            }
        }
        for (index, amendment) in contract.amendments.enumerated() {
            guard case .rulebook(let id) = amendment.change else { continue }
            let book: Rulebook
            do throws(CPTSKitError) {
                book = try registry.rulebook(id: id)
            } catch {
                throw error.nested(under: "amendments[\(index)]")
            }
            changes.append((amendment.effectiveOn, book, index))
            // Named by an amendment: due on the later of its effective date and the amendment's.
            let due = max(book.effectiveFrom.value ?? amendment.effectiveOn, amendment.effectiveOn)
            if book.startUpFonctionnement != nil, due < end {
                consider(CatchUpCandidate(rulebook: book, due: due, amendment: index))
            }
        }
        // Stable: on the same day an amendment (listed after the registry's rulebooks) wins.
        let ordered = changes.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var current = rulebook
        for change in ordered {
            if change.amendment == nil, position(change.rulebook) <= position(current) { continue }
            guard let day = timing.applicationDay(of: change.date, years: active, splitsYears: true), day < end else { continue }
            current = change.rulebook
            let index = self.index(of: change.rulebook)
            // Days only grow with the changes' dates: a change on the day of the previous one
            // replaces it, unless it names the same rulebook (an amendment naming the avenant that
            // reaches the contract that day anyway changes nothing, and is not named as the cause).
            if periods.count > 1, let last = periods.last, last.from >= day {
                if last.rulebook == index { continue }
                periods.removeLast()
            }
            guard periods.last?.rulebook != index else { continue }
            periods.append(Period(from: day, rulebook: index, amendment: change.amendment))
        }
    }

    /// Keeps a later rulebook with start-up amounts as the catch-up's rulebook when it grants one
    /// to this contract (signed in its window, a start-up amount above the annual amount of the
    /// year-1 size class) and falls due earlier than the one kept so far.
    private mutating func consider(_ candidate: CatchUpCandidate) {
        let book = candidate.rulebook
        guard let amount = book.startUpFonctionnement?[sizeClass].value, let windowEnd = book.startUpWindowEnd?.value,
              contract.signedOn <= windowEnd, let annual = book.fonctionnement[sizeClass].value(inYear: 1), amount > annual,
              catchUpCandidate.map({ candidate.due < $0.due }) ?? true else { return }
        catchUpCandidate = candidate
    }

    /// The start-up catch-up (the "+75 %" difference paid to early signatories once a rulebook
    /// with start-up amounts reaches a contract that started without them), with the index of
    /// that rulebook in ``rulebooks`` and the amendment that named it.
    ///
    /// Owed to a contract signed on or before the rulebook's start-up window end, whose year 1 is
    /// computed under a rulebook without start-up amounts, and still running on the day the
    /// catch-up falls due: the effective date of a later rulebook of the registry (whatever the
    /// day its other figures reach the contract's years, and unless the contract says `none`),
    /// or for a rulebook a `rulebook` amendment names, the later of its effective date and the
    /// amendment's. The earliest such day wins; there is never more than one catch-up.
    ///
    /// - Parameter sizeClass: The size class of year 1.
    mutating func resolveCatchUp(sizeClass: SizeClass) throws(CPTSKitError) -> CatchUp? {
        guard rulebook.startUpFonctionnement?[sizeClass].value == nil, let candidate = catchUpCandidate,
              let startUp = candidate.rulebook.startUpFonctionnement?[sizeClass], let amount = startUp.value,
              let annual = candidate.rulebook.fonctionnement[sizeClass].value(inYear: 1) else { return nil }
        catchUpDue = candidate.due
        let index = self.index(of: candidate.rulebook)
        return CatchUp(amount: Resolved(amount: try amount.subtracting(annual), source: startUp.source, confidence: startUp.confidence),
                       rulebook: index, amendment: candidate.amendment)
    }

    /// The position of a rulebook in ``rulebooks``, appended when the contract has not met it yet.
    private mutating func index(of book: Rulebook) -> Int {
        if let known = rulebooks.firstIndex(where: { $0.id == book.id }) { return known }
        rulebooks.append(book)
        return rulebooks.count - 1
    }
}
