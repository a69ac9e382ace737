import CCbc
import Foundation
import Synchronization

/// Solves a `MixedIntegerProgram` with COIN-OR CBC (branch and cut) through its C API: one CBC model
/// per call, made, solved and freed inside it, so calls share nothing.
public enum CbcSolver {
    /// What the search ended with.
    public enum Outcome: Hashable, Sendable {
        /// The best solution there is.
        case optimal
        /// A solution found before the time limit, perhaps not the best.
        case feasible
        /// No solution satisfies every constraint.
        case infeasible
        /// The time ran out before any solution was found.
        case noSolutionInTime
    }

    public struct Solution: Sendable {
        public var outcome: Outcome
        /// The variables' values, by index; empty without a solution.
        public var values: [Double]
        public var objective: Double

        /// A variable's value, rounded for an integer one.
        public func value(_ variable: MixedIntegerProgram.Variable) -> Double { values[variable.index] }

        /// Whether a 0/1 choice was taken.
        public func isChosen(_ variable: MixedIntegerProgram.Variable) -> Bool { values[variable.index] > 0.5 }
    }

    /// Minimises `program`'s cost, searching at most `timeLimit`; with a `relativeGap`, a solution proven
    /// within that fraction of the least cost counts as optimal and ends the search; `heuristics` false
    /// leaves out CBC's primal heuristics.
    public static func solve(
        _ program: MixedIntegerProgram, timeLimit: Duration, relativeGap: Double = 0, heuristics: Bool = true
    ) -> Solution {
        // CBC's driver keeps state in statics: two models solved at once on two threads spoil each other's
        // search (a feasible plan came back with no solution), so solves take turns.
        oneAtATime.withLock { _ in solveAlone(program, timeLimit: timeLimit, relativeGap: relativeGap, heuristics: heuristics) }
    }

    private static let oneAtATime = Mutex(())

    private static func solveAlone(
        _ program: MixedIntegerProgram, timeLimit: Duration, relativeGap: Double, heuristics: Bool
    ) -> Solution {
        guard let model = Cbc_newModel() else { return Solution(outcome: .noSolutionInTime, values: [], objective: 0) }
        defer { Cbc_deleteModel(model) }
        Cbc_setLogLevel(model, 0)
        for column in program.columns {
            column.name.withCString { name in
                Cbc_addCol(
                    model, name, column.lower, column.upper.isFinite ? column.upper : Double.greatestFiniteMagnitude, column.cost,
                    column.isInteger ? 1 : 0, 0, nil, nil)
            }
        }
        for row in program.rows {
            let columns = row.terms.map { Int32($0.0) }
            let coefficients = row.terms.map(\.1)
            let sense: CChar =
                switch row.relation {
                case .atMost: CChar(UInt8(ascii: "L"))
                case .atLeast: CChar(UInt8(ascii: "G"))
                case .equal: CChar(UInt8(ascii: "E"))
                }
            row.name.withCString { name in
                Cbc_addRow(model, name, Int32(columns.count), columns, coefficients, sense, row.bound)
            }
        }
        Cbc_setObjSense(model, 1)
        let seconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) / 1e18
        Cbc_setMaximumSeconds(model, max(seconds, 0.01))
        if relativeGap > 0 { Cbc_setAllowableFractionGap(model, relativeGap) }
        // CBC's primal heuristics hit an assertion in CLP (ClpNonLinearCost::checkInfeasibilities) on
        // some menu plans and abort the process; without them the same plans solve, as fast or faster.
        if !heuristics { Cbc_setParameter(model, "heuristicsOnOff", "off") }
        _ = Cbc_solve(model)
        let count = program.variableCount
        if Cbc_isProvenInfeasible(model) != 0 { return Solution(outcome: .infeasible, values: [], objective: 0) }
        guard Cbc_numberSavedSolutions(model) > 0 || Cbc_isProvenOptimal(model) != 0, let solution = Cbc_getColSolution(model)
        else { return Solution(outcome: .noSolutionInTime, values: [], objective: 0) }
        let values = (0..<count).map { index in
            program.columns[index].isInteger ? solution[index].rounded() : solution[index]
        }
        return Solution(
            outcome: Cbc_isProvenOptimal(model) != 0 ? .optimal : .feasible, values: values, objective: Cbc_getObjValue(model))
    }
}
