import Foundation

/// A case as US distributors write it: how many eaches (inner units) a case holds and how big each is.
///
/// `6/#10 CN` is six #10 cans; `4/5 LB` four 5-lb bags; `36 CT` thirty-six pieces; `25 LB` one 25-lb
/// bag. Directors order in cases or in eaches, so "each" always means one inner unit of the pack.
public struct Pack: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The most eaches a case may hold: above a foodservice case of 2,500 portion cups, and small
    /// enough that a window's eaches, cases and costs stay far inside Int's range.
    public static let largestCount = 10_000

    /// Eaches in one case (the pack size `p` of the case rule).
    public var eachesPerCase: Int
    /// The size of one each.
    public var eachSize: Quantity

    /// Creates a pack.
    public init(eachesPerCase: Int, eachSize: Quantity) {
        self.eachesPerCase = eachesPerCase
        self.eachSize = eachSize
    }

    /// What one case holds in all, in the each's unit.
    public var caseContents: Quantity { eachSize * eachesPerCase }

    /// The pack in distributor notation, normalised (`6/#10 CN`, `4/5 LB`, `36 CT`).
    public var description: String {
        switch eachSize.unit {
        case .can10, .can5, .can2half, .can300:
            return "\(eachesPerCase)/\(eachSize.unit.rawValue)"
        case .each where eachSize.amount == 1, .count where eachSize.amount == 1, .dozen where eachSize.amount == 1:
            return "\(eachesPerCase) \(eachSize.unit.rawValue)"
        default:
            return "\(eachesPerCase)/\(eachSize.amount) \(eachSize.unit.rawValue)"
        }
    }
}

/// Why a pack string could not be read; the importer adds the file, line and column.
public enum PackParseError: ExplainedError, Equatable, Sendable {
    case empty
    case unrecognised(String)
    case unknownUnit(pack: String, unit: String)
    case badCount(pack: String, count: String)
    case badSize(pack: String, size: String)

    public var explanation: BilingualText {
        switch self {
        case .empty:
            BilingualText(
                english: "the pack is empty; write it as distributors do, e.g. 6/#10 CN, 4/5 LB, 12/32 OZ or 36 CT",
                spanish: "el empaque está vacío; escríbalo como los distribuidores, p. ej. 6/#10 CN, 4/5 LB, 12/32 OZ o 36 CT")
        case .unrecognised(let pack):
            BilingualText(
                english:
                    "cannot read the pack \"\(pack)\"; write it as COUNT/SIZE UNIT (4/5 LB), SIZE UNIT (25 LB), COUNT CT (36 CT) or COUNT/#10 CN",
                spanish:
                    "no se puede leer el empaque \"\(pack)\"; escríbalo como CANTIDAD/TAMAÑO UNIDAD (4/5 LB), TAMAÑO UNIDAD (25 LB), CANTIDAD CT (36 CT) o CANTIDAD/#10 CN"
            )
        case .unknownUnit(let pack, let unit):
            BilingualText(
                english: "the pack \"\(pack)\" has the unit \"\(unit)\", which is not one of \(Pack.unitNames)",
                spanish: "el empaque \"\(pack)\" tiene la unidad \"\(unit)\", que no es una de \(Pack.unitNames)")
        case .badCount(let pack, let count):
            BilingualText(
                english: "the pack \"\(pack)\" has \"\(count)\" eaches per case; it must be a whole number from 1 to \(Pack.largestCount)",
                spanish: "el empaque \"\(pack)\" tiene \"\(count)\" unidades por caja; debe ser un número entero de 1 a \(Pack.largestCount)")
        case .badSize(let pack, let size):
            BilingualText(
                english: "the pack \"\(pack)\" has the size \"\(size)\"; it must be a number above zero",
                spanish: "el empaque \"\(pack)\" tiene el tamaño \"\(size)\"; debe ser un número mayor que cero")
        }
    }
}

extension Pack {
    static let unitNames = "OZ, FL OZ, LB, G, KG, GAL, QT, PT, ML, L, CT, DZ, EA, #10 CN, #5 CN, #2.5 CN, #300 CN"

    /// Reads a distributor pack string; anything it cannot read exactly is an error, never a guess.
    public init(parsing text: String) throws(PackParseError) {
        let pack = text.trimmingWhitespace().uppercased()
        guard !pack.isEmpty else { throw .empty }
        let words = pack.split(whereSeparator: \.isWhitespace).map(String.init)
        let countPart: String?
        let rest: [String]
        if let slash = words[0].firstIndex(of: "/") {
            countPart = String(words[0][..<slash])
            let afterSlash = String(words[0][words[0].index(after: slash)...])
            rest = (afterSlash.isEmpty ? [] : [afterSlash]) + words.dropFirst()
        } else {
            countPart = nil
            rest = words
        }
        var count = 1
        if let countPart {
            guard countPart.allSatisfy(\.isASCIIDigit), let parsed = Int(countPart), (1...Self.largestCount).contains(parsed) else {
                throw .badCount(pack: pack, count: countPart)
            }
            count = parsed
        }
        guard let sizeWord = rest.first else { throw .unrecognised(pack) }
        let unitWords = rest.dropFirst().joined(separator: " ")

        if sizeWord.hasPrefix("#") {
            guard let unit = MeasureUnit(rawValue: "\(sizeWord) \(unitWords)"), unit.dimension == .container
            else { throw .unknownUnit(pack: pack, unit: "\(sizeWord) \(unitWords)") }
            self.init(eachesPerCase: count, eachSize: Quantity(1, unit))
            return
        }
        guard !unitWords.isEmpty else { throw .unrecognised(pack) }
        guard let unit = MeasureUnit(rawValue: unitWords), unit.dimension != .container, unit != .cup
        else { throw .unknownUnit(pack: pack, unit: unitWords) }
        guard sizeWord.allSatisfy({ $0.isASCIIDigit || $0 == "." }), sizeWord.filter({ $0 == "." }).count <= 1,
            let size = Decimal(string: sizeWord, locale: Locale(identifier: "en_US_POSIX")), size > 0
        else { throw .badSize(pack: pack, size: sizeWord) }

        if countPart == nil, unit.dimension == .count {
            // "36 CT" is a case of 36 pieces, each one piece; "15 DZ" a case of 15 dozen.
            guard let pieces = Int(sizeWord), (1...Self.largestCount).contains(pieces) else {
                throw .badCount(pack: pack, count: sizeWord)
            }
            self.init(eachesPerCase: pieces, eachSize: Quantity(1, unit))
        } else {
            self.init(eachesPerCase: count, eachSize: Quantity(size, unit))
        }
    }
}
