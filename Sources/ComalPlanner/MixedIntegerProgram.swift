/// A mixed-integer linear program as the planner states it: variables with bounds, a cost each and
/// whether they must be whole; constraints over them; minimise the total cost. Kept free of the solver's
/// types so that a model can be built, read and tested without it.
public struct MixedIntegerProgram: Sendable {
    /// A variable's index in the program.
    public struct Variable: Hashable, Sendable {
        public let index: Int
    }

    /// How a constraint's left side relates to its right side.
    public enum Relation: Sendable {
        case atMost, atLeast, equal
    }

    struct Column: Sendable {
        var name: String
        var lower: Double
        var upper: Double
        var cost: Double
        var isInteger: Bool
    }

    struct Row: Sendable {
        var name: String
        var terms: [(Int, Double)]
        var relation: Relation
        var bound: Double
    }

    private(set) var columns: [Column] = []
    private(set) var rows: [Row] = []

    public init() {}

    public var variableCount: Int { columns.count }
    public var constraintCount: Int { rows.count }

    /// Adds a variable between `lower` and `upper` costing `cost` a unit in the objective.
    public mutating func addVariable(
        _ name: String, lower: Double = 0, upper: Double = .infinity, cost: Double = 0, integer: Bool = false
    ) -> Variable {
        columns.append(Column(name: name, lower: lower, upper: upper, cost: cost, isInteger: integer))
        return Variable(index: columns.count - 1)
    }

    /// A 0/1 choice costing `cost` when taken.
    public mutating func addChoice(_ name: String, cost: Double = 0) -> Variable {
        addVariable(name, lower: 0, upper: 1, cost: cost, integer: true)
    }

    /// Adds Σ coefficient × variable `relation` `bound`; terms naming the same variable are added up.
    public mutating func addConstraint(_ name: String, _ terms: [(Variable, Double)], _ relation: Relation, _ bound: Double) {
        var merged: [Int: Double] = [:]
        for (variable, coefficient) in terms { merged[variable.index, default: 0] += coefficient }
        rows.append(Row(name: name, terms: merged.sorted { $0.key < $1.key }, relation: relation, bound: bound))
    }
}
