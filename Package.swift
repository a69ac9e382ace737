// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Comal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "comal", targets: ["comal"]),
        .library(name: "ComalCore", targets: ["ComalCore"]),
        .library(name: "ComalStore", targets: ["ComalStore"]),
        .library(name: "ComalSheets", targets: ["ComalSheets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        // Hummingbird's own; named for NIOThreadPool, the threads requests and bcrypt run on.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // hummingbird-auth already resolves it; we hash API tokens and session ids with its SHA-256.
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        // Hummingbird already resolves it; the web tests stop their server gracefully through it.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        // Child processes (tests, the benchmark parent) spawn through posix_spawn here: Foundation's
        // Process crashes now and then on Linux in Swift 6.3.
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
        // swift-subprocess already resolves it; its FileDescriptor carries a child's output to a file.
        .package(url: "https://github.com/apple/swift-system", exact: "1.8.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // `comal` reads its COMAL_* environment variables through it. No traits: the default JSON
        // trait (and YAML, reloading) would build parsers and services the CLI never uses.
        .package(url: "https://github.com/apple/swift-configuration", exact: "1.4.0", traits: []),
        // Suppliers' order guides come as .xlsx: a ZIP of XML parts, read with Foundation's XMLParser.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Uploads (multipart/form-data) are read with it rather than by hand.
        .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
    ],
    targets: [
        .target(name: "ComalCore"),
        .target(
            name: "ComalStore",
            dependencies: [
                "ComalCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "ComalSheets", dependencies: ["ComalCore", "CXLSXWriter"]),
        // Menu planning is a mixed-integer program solved by COIN-OR CBC through its C API.
        .systemLibrary(name: "CCbc", pkgConfig: "cbc", providers: [.apt(["coinor-libcbc-dev"])]),
        .target(name: "ComalPlanner", dependencies: ["ComalCore", "CCbc"]),
        .target(name: "ComalPages", dependencies: ["ComalCore"]),
        .target(
            name: "ComalWeek",
            dependencies: [
                "ComalCore", "ComalStore", "ComalSheets", "ComalPages", "ComalPlanner",
                // The kitchen's pages are printed to PDF by headless Chromium, and menus planned by `comal
                // menu plan`, started through it.
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        .target(
            name: "ComalWeb",
            dependencies: [
                "ComalCore", "ComalStore", "ComalSheets", "ComalPages", "ComalWeek",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Templates"), .copy("Static")]
        ),
        .executableTarget(
            name: "comal",
            dependencies: [
                "ComalCore", "ComalStore", "ComalSheets", "ComalPages", "ComalWeek", "ComalWeb", "ComalPlanner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
            ]
        ),
        .executableTarget(
            name: "ComalBench",
            dependencies: [
                "ComalCore", "ComalStore", "ComalSheets", "ComalTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(name: "ComalMenuBench", dependencies: ["ComalCore", "ComalStore"]),
        .executableTarget(name: "ComalRoutingBench", dependencies: ["ComalCore"]),
        .target(
            name: "ComalTestSupport",
            dependencies: [
                "ComalCore", "ComalStore", .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .testTarget(
            name: "ComalCoreTests",
            dependencies: ["ComalCore", "ComalTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "ComalStoreTests",
            dependencies: [
                "ComalCore", "ComalStore", "ComalTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                // Builds small workbooks with inline strings, which openpyxl never writes, to read back.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "ComalSheetsTests", dependencies: ["ComalCore", "ComalSheets", "ComalTestSupport"]),
        .testTarget(name: "ComalPlannerTests", dependencies: ["ComalPlanner", "ComalCore"]),
        .testTarget(name: "comalTests", dependencies: ["ComalCore", "ComalStore", "ComalTestSupport"]),
        .testTarget(
            name: "ComalWebTests",
            dependencies: [
                "ComalWeb", "ComalCore", "ComalStore", "ComalTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                // The reference the templates' own renderer is checked against.
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
    ]
)
