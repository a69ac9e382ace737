import ComalPlanner
import Testing

/// Small programs whose answers are known by hand, solved by the real CBC.
@Suite(.serialized) struct CbcSolverTests {
    @Test func aKnapsackTakesTheBestWholeItems() {
        // Weights 5, 4, 3 and values 10, 40, 30 in a bag of 7: the relaxation would take fractions;
        // the best whole choice is items 2 and 3 (weight 7, value 70). Minimise the negated value.
        var program = MixedIntegerProgram()
        let items = [(5.0, 10.0), (4.0, 40.0), (3.0, 30.0)].enumerated().map { index, item in
            (program.addChoice("item\(index)", cost: -item.1), item.0)
        }
        program.addConstraint("bag", items.map { ($0.0, $0.1) }, .atMost, 7)
        let solution = CbcSolver.solve(program, timeLimit: .seconds(10))
        #expect(solution.outcome == .optimal)
        #expect(items.map { solution.isChosen($0.0) } == [false, true, true])
        #expect(solution.objective == -70)
    }

    @Test func integerVariablesAreWholeAndEqualityHolds() {
        // Buy at least 7 units in packs of 3 (cost 4) or 2 (cost 3): 3 + 2 + 2 costs 10, 3 + 3 + 2 = 8 units
        // costs 11, 2 × 4 costs 12: the cheapest is one 3-pack and two 2-packs.
        var program = MixedIntegerProgram()
        let threes = program.addVariable("threes", upper: 10, cost: 4, integer: true)
        let twos = program.addVariable("twos", upper: 10, cost: 3, integer: true)
        program.addConstraint("units", [(threes, 3), (twos, 2)], .atLeast, 7)
        let solution = CbcSolver.solve(program, timeLimit: .seconds(10))
        #expect(solution.outcome == .optimal)
        #expect(solution.value(threes) == 1 && solution.value(twos) == 2)
        #expect(solution.objective == 10)
        var exact = MixedIntegerProgram()
        let x = exact.addVariable("x", upper: 5, cost: 1, integer: true)
        exact.addConstraint("sum", [(x, 1), (x, 1)], .equal, 6)  // terms on one variable are added: 2x = 6
        #expect(CbcSolver.solve(exact, timeLimit: .seconds(10)).value(x) == 3)
    }

    @Test func anImpossibleProgramIsInfeasible() {
        var program = MixedIntegerProgram()
        let a = program.addChoice("a")
        let b = program.addChoice("b")
        program.addConstraint("both", [(a, 1), (b, 1)], .atLeast, 2)
        program.addConstraint("not both", [(a, 1), (b, 1)], .atMost, 1)
        #expect(CbcSolver.solve(program, timeLimit: .seconds(10)).outcome == .infeasible)
    }
}
