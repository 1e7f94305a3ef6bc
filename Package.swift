// swift-tools-version:6.2
import PackageDescription

// `make test` builds with every warning an error (VERITY_WARNINGS_AS_ERRORS=1), so that the package stays
// free of warnings; other builds only show them, so that a half-finished template still compiles under
// `generate --watch`.
let warnings: [SwiftSetting] =
    Context.environment["VERITY_WARNINGS_AS_ERRORS"] == "1" ? [.treatAllWarnings(as: .error)] : []

// The target graph: `Verity` holds the whole pipeline; `VerityTheme` (the Swift templates in templates/)
// holds only views over Verity's view models; the `generate` executable wires the two together.
let package = Package(
    name: "Verity",
    products: [
        .library(name: "Verity", targets: ["Verity"]),
        .library(name: "VerityTheme", targets: ["VerityTheme"]),
        .executable(name: "generate", targets: ["generate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // librsvg (with cairo) renders each article's share card from SVG to PNG, in the font DejaVu Sans.
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev", "libfontconfig-dev", "fonts-dejavu-core"])]
        ),
        .target(
            name: "Verity",
            // Yams for its copy of libyaml (the module CYaml), which `YAMLTree` reads events from.
            dependencies: [
                "CCmarkGFM",
                "CRsvg",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: warnings
        ),
        .target(
            name: "VerityTheme",
            dependencies: ["Verity"],
            path: "templates",
            exclude: ["assets"],
            swiftSettings: warnings
        ),
        .executableTarget(
            name: "generate",
            dependencies: [
                "Verity",
                "VerityTheme",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: warnings
        ),
        .testTarget(
            name: "VerityTests",
            // Yams' own composer is the reference that `YAMLTree` is tested against.
            dependencies: ["Verity", "VerityTheme", .product(name: "Yams", package: "Yams")],
            swiftSettings: warnings
        ),
    ],
    swiftLanguageModes: [.v6]
)
