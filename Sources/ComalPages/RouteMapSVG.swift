import ComalCore
import Foundation

/// Draws a delivery day's routes as an SVG map from coordinates alone (no tiles, so it works
/// offline): the hub as a square, each route a coloured line through numbered stops, unserved
/// sites as grey crosses, and a legend.
public enum RouteMapSVG {
    static let width = 800.0, height = 600.0, margin = 40.0, legendHeight = 20.0
    static let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    /// The map of `plan` from `hub`; `sites` gives every site's coordinates and name.
    public static func render(_ plan: DeliveryPlan, hub: GeoPoint, sites: [Site], language: Language) -> String {
        let sitesByID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placed = plan.routes.flatMap(\.stops).map(\.site) + plan.unserved.map(\.site)
        let project = projection(of: [hub] + placed.compactMap { sitesByID[$0]?.coordinate })
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height + legendHeight * Double(plan.routes.count + 1)))" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">
            <rect width="100%" height="100%" fill="white"/>

            """
        for (index, route) in plan.routes.enumerated() {
            let colour = colours[index % colours.count]
            let points = [hub] + route.stops.compactMap { sitesByID[$0.site]?.coordinate } + [hub]
            let path = points.map(project).map { "\(format($0.x)),\(format($0.y))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            for (number, stop) in route.stops.enumerated() {
                guard let site = sitesByID[stop.site] else { continue }
                let point = project(site.coordinate)
                svg += "<circle cx=\"\(format(point.x))\" cy=\"\(format(point.y))\" r=\"8\" fill=\"\(colour)\"/>\n"
                svg +=
                    "<text x=\"\(format(point.x))\" y=\"\(format(point.y + 4))\" text-anchor=\"middle\" fill=\"white\">\(number + 1)</text>\n"
                svg +=
                    "<text x=\"\(format(point.x + 11))\" y=\"\(format(point.y - 6))\">\(HTML.escape(site.id.rawValue))</text>\n"
            }
            let legendY = height + legendHeight * Double(index + 1)
            svg += "<rect x=\"\(Int(margin))\" y=\"\(format(legendY - 10))\" width=\"14\" height=\"10\" fill=\"\(colour)\"/>\n"
            svg +=
                "<text x=\"\(Int(margin + 20))\" y=\"\(format(legendY))\">\(HTML.escape(route.vehicle.name)): \(PrintLabels.stops(route.stops.count).text(in: language)), \(route.metres / 1000) km, \(route.departure)–\(route.returnTime)</text>\n"
        }
        for unserved in plan.unserved {
            guard let site = sitesByID[unserved.site] else { continue }
            let point = project(site.coordinate)
            svg +=
                "<path d=\"M\(format(point.x - 6)),\(format(point.y - 6)) l12,12 m0,-12 l-12,12\" stroke=\"#888\" stroke-width=\"2\"/>\n"
            svg +=
                "<text x=\"\(format(point.x + 9))\" y=\"\(format(point.y - 6))\" fill=\"#888\">\(HTML.escape(site.id.rawValue)) (\(PrintLabels.unserved.text(in: language)))</text>\n"
        }
        let depot = project(hub)
        svg += "<rect x=\"\(format(depot.x - 7))\" y=\"\(format(depot.y - 7))\" width=\"14\" height=\"14\" fill=\"black\"/>\n"
        svg += "<text x=\"\(format(depot.x + 10))\" y=\"\(format(depot.y + 14))\" font-weight=\"bold\">\(PrintLabels.hub.text(in: language))</text>\n"
        return svg + "</svg>\n"
    }

    /// An equirectangular projection scaled to fit every point in the drawing area, with longitude
    /// shrunk by the cosine of the mean latitude so distances look right at New Mexico's latitude.
    static func projection(of points: [GeoPoint]) -> (GeoPoint) -> (x: Double, y: Double) {
        let latitudes = points.map(\.latitude), longitudes = points.map(\.longitude)
        let minLat = latitudes.min() ?? 0, maxLat = latitudes.max() ?? 0
        let minLon = longitudes.min() ?? 0, maxLon = longitudes.max() ?? 0
        let shrink = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = max((maxLon - minLon) * shrink, 1e-6), spanY = max(maxLat - minLat, 1e-6)
        let scale = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
        return { point in
            (margin + (point.longitude - minLon) * shrink * scale, height - margin - (point.latitude - minLat) * scale)
        }
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
