import ComalCore

/// Reads the vehicles file of `comal routes plan`: one row per vehicle, with
/// `vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end`.
public enum VehicleFile {
    public static let columns = [
        "vehicle_id", "name", "capacity_cases", "capacity_lb", "cold_cases", "frozen_cases", "shift_start", "shift_end",
    ]

    /// The vehicles of `csv`, all or nothing; every problem is reported with its line and column.
    public static func parse(csv: String, file: String) throws(ImportError) -> [Vehicle] {
        let table = CSVTable(text: csv, file: file, columns: columns)
        var problems = table.problems
        var vehicles: [Vehicle] = []
        var firstLines = FirstLines(column: "vehicle_id", thing: ("vehicle", "vehículo"))
        for row in table.rows {
            let id = problems.text(row, "vehicle_id")
            firstLines.note(id, at: row, &problems)
            let name = problems.text(row, "name")
            let cases = problems.integer(row, "capacity_cases", largest: Vehicle.largestCases)
            let pounds = problems.integer(row, "capacity_lb", largest: Vehicle.largestPounds)
            let cold = problems.integer(row, "cold_cases", largest: Vehicle.largestCases)
            let frozen = problems.integer(row, "frozen_cases", largest: Vehicle.largestCases)
            let start = problems.clockTime(row, "shift_start"), end = problems.clockTime(row, "shift_end")
            var shift: ClockWindow?
            if let start, let end {
                shift = ClockWindow(start: start, end: end)
                if shift == nil {
                    problems.add(
                        line: row.line, column: "shift_end", "the shift ends at \(end), which is not after its start \(start)",
                        "el turno termina a las \(end), que no es después de su inicio a las \(start)")
                }
            }
            guard let id, let name, let cases, let pounds, let cold, let frozen, let shift else { continue }
            vehicles.append(
                Vehicle(
                    id: Vehicle.ID(id), name: name,
                    capacity: DeliveryLoad(cases: cases, pounds: pounds, coldCases: cold, frozenCases: frozen), shift: shift))
        }
        if table.rows.isEmpty {
            problems.add(
                line: 1, column: nil, "the file lists no vehicle; add one row per vehicle under the header",
                "el archivo no tiene ningún vehículo; agregue una fila por vehículo debajo del encabezado")
        }
        try problems.throwIfAny()
        return vehicles
    }
}
