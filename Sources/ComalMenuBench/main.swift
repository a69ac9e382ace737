import ComalCore
import ComalStore
import Foundation

// Checks the shipped 4-week cycle menu for its three age groups N times and prints the mean time per
// full check (resolve foods and recipes, then every rule), with the machine it ran on.
// Usage: ComalMenuBench [ROOT] [N] — ROOT holds catalogs/foods.csv and menus/ (default: current directory).

let arguments = CommandLine.arguments
let root = arguments.count > 1 ? arguments[1] : FileManager.default.currentDirectoryPath
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
let menuPath = "\(root)/menus/nm-center-cycle.yaml"
let foodsPath = "\(root)/catalogs/foods.csv"

func text(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("cannot read \(path); run from the repository root or pass it\n".utf8))
        exit(2)
    }
    return text
}

do {
    let foods = try FoodTableReader.read(text(foodsPath), file: foodsPath)
    let menu = try MenuReader.read(text(menuPath), file: menuPath, foods: foods)
    let asOf = CalendarDate(year: 2026, month: 10, day: 15)!
    let clock = ContinuousClock()
    var findings = 0
    let elapsed = try clock.measure {
        for _ in 0..<runs { findings += try menu.findings(foods: foods, asOf: asOf).count }
    }
    let mean = elapsed / runs
    let meals = menu.weeks.flatMap(\.days).flatMap(\.meals).count
    let info = ProcessInfo.processInfo
    print("CACFP check of \(menu.id): \(menu.weeks.count) weeks, \(meals) meals × \(menu.ageGroups.count) age groups")
    let milliseconds = Double(mean.components.seconds) * 1_000 + Double(mean.components.attoseconds) / 1e15
    print(
        "mean per full check: \(String(format: "%.3f", milliseconds)) ms over \(runs) runs (\(findings / max(runs, 1)) findings)")
    print("machine: \(info.processorCount) cores, \(info.physicalMemory / 1_048_576) MiB, \(info.operatingSystemVersionString)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(2)
}
