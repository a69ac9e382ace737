import ComalCore
import ComalStore
import Testing

@Suite("Delivery: the vehicles file")
struct VehicleFileTests {
    /// A reefer truck and a cargo van, as the demo's vehicles file writes them.
    static let vehicles = """
        vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end
        REEFER,Reefer truck,8,1000,4,4,06:00,14:00
        VAN,Cargo van,8,600,2,2,06:30,13:00

        """

    @Test("a vehicle row becomes its capacity in the four load dimensions and its shift")
    func readsVehicles() throws {
        let vehicles = try VehicleFile.parse(csv: Self.vehicles, file: "vehicles.csv")
        #expect(vehicles.map(\.id.rawValue) == ["REEFER", "VAN"])
        #expect(vehicles[1].capacity == DeliveryLoad(cases: 8, pounds: 600, coldCases: 2, frozenCases: 2))
        #expect(vehicles[1].shift.description == "06:30–13:00")
    }

    @Test("every bad field is reported with its line and column, and nothing is read")
    func reportsEveryProblem() throws {
        let csv = """
            vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end
            T1,Truck,ten,100,0,0,05:00,04:00
            T1,Van,10,100,0,0,05:00,09:00

            """
        #expect {
            try VehicleFile.parse(csv: csv, file: "vehicles.csv")
        } throws: { error in
            let problems = (error as? ImportError)?.problems ?? []
            return problems.map(\.line) == [2, 2, 3]
                && problems.map(\.column) == ["capacity_cases", "shift_end", "vehicle_id"]
                && problems[2].description
                    == "vehicles.csv:3: column vehicle_id: \"T1\" is already on line 2; list each vehicle once"
        }
    }

    @Test("a capacity past any real vehicle's is refused, naming what is allowed")
    func capacitiesAreBounded() {
        let csv = """
            vehicle_id,name,capacity_cases,capacity_lb,cold_cases,frozen_cases,shift_start,shift_end
            T1,Truck,10001,100001,0,10000,05:00,09:00

            """
        #expect {
            try VehicleFile.parse(csv: csv, file: "vehicles.csv")
        } throws: { error in
            (error as? ImportError)?.problems.map(\.description) == [
                "vehicles.csv:2: column capacity_cases: \"10001\" is not a whole number from 0 to 10000",
                "vehicles.csv:2: column capacity_lb: \"100001\" is not a whole number from 0 to 100000",
            ]
        }
    }
}
