import Testing
@testable import CPTSKit

@Suite("Allocation by largest remainder never loses or invents a cent")
struct AllocationTests {
    @Test("A 75 % advance and its balance")
    func advanceAndBalance() throws {
        #expect(try Euros(cents: 1_001).allocated(proportionallyTo: [3, 1]) == [Euros(cents: 751), Euros(cents: 250)])
        #expect(try Euros(cents: 2).allocated(proportionallyTo: [3, 1]) == [Euros(cents: 2), Euros(cents: 0)])
        #expect(try Euros(cents: 1).allocated(proportionallyTo: [1, 1]) == [Euros(cents: 1), Euros(cents: 0)])
        #expect(try Euros(cents: 7_500_000).allocated(proportionallyTo: [3, 1]) == [Euros(cents: 5_625_000), Euros(cents: 1_875_000)])
        #expect(try Euros(cents: -1_001).allocated(proportionallyTo: [3, 1]) == [Euros(cents: -751), Euros(cents: -250)])
    }

    @Test("Thirds: the leftover cent goes to the earliest part")
    func thirds() throws {
        #expect(try Euros(cents: 100).allocated(proportionallyTo: [1, 1, 1]) == [Euros(cents: 34), Euros(cents: 33), Euros(cents: 33)])
        #expect(try Euros(cents: 200).allocated(proportionallyTo: [1, 1, 1]) == [Euros(cents: 67), Euros(cents: 67), Euros(cents: 66)])
    }

    @Test("Many random totals and weights: the parts always sum to the whole")
    func randomTotals() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<5_000 {
            let total = Euros(cents: Int64.random(in: -10_000_000_000...10_000_000_000, using: &generator))
            let count = Int.random(in: 1...12, using: &generator)
            var weights = (0..<count).map { _ in Int64.random(in: 0...1_000_000, using: &generator) }
            if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
            let parts = try total.allocated(proportionallyTo: weights)
            #expect(try Euros.sum(parts) == total)
            for (part, weight) in zip(parts, weights) where weight == 0 { #expect(part == .zero) }
        }
    }

    @Test("Bad weights are errors")
    func badWeights() {
        #expect(throws: CPTSKitError.self) { try Euros(cents: 10).allocated(proportionallyTo: []) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: 10).allocated(proportionallyTo: [0, 0]) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: 10).allocated(proportionallyTo: [1, -1]) }
        #expect(throws: CPTSKitError.self) { try Euros(cents: 10).allocated(proportionallyTo: [.max, 1]) }
    }
}

@Suite("The advance split equals the general allocation")
struct AdvanceSplitTests {
    @Test("splitAdvance(rate:) = allocated(proportionallyTo: [n, d − n]) on random amounts and rates")
    func sameAsAllocation() throws {
        var generator = SeededGenerator(seed: 75)
        for _ in 0..<20_000 {
            let amount = Euros(cents: Int64.random(in: -100_000_000_000...100_000_000_000, using: &generator))
            let d = Int64.random(in: 1...1_000, using: &generator)
            let n = Int64.random(in: 0...d, using: &generator)
            let split = amount.splitAdvance(rate: try Fraction(n, d))
            let parts = try amount.allocated(proportionallyTo: [n, d - n])
            #expect([split.advance, split.balance] == parts)
        }
    }
}
