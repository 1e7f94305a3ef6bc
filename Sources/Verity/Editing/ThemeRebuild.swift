import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Rebuilds and restarts `generate` after a Swift template changed, for `generate --watch`.
///
/// The theme is compiled into `generate`, so a template edit needs a new binary: `swift build --product
/// generate` in the package that holds the templates folder, with its output shown as it comes, then the new
/// binary takes this process's place (`execv`, same arguments) and goes on watching. A template that does not
/// compile leaves the running binary, and the output folder, as they were.
public struct ThemeRebuild: Sendable {
    /// The package folder: the one holding `Package.swift` and the templates folder.
    public var packageDirectory: URL
    /// The running binary, which the build replaces.
    public var binary: URL
    /// `debug` or `release`: the configuration the running binary was built in.
    public var configuration: String

    /// The rebuild for a binary built from the package around `templates`, or `nil` (with the reason) when the
    /// running binary is not one `swift build` of that package writes.
    public static func find(templates: URL) -> Result<ThemeRebuild, Failure> {
        let package = templates.standardizedFileURL.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: package.appendingPathComponent("Package.swift").path) else {
            return .failure(
                Failure(
                    "'\(DisplayPath.of(templates))' is not inside a Swift package, so a template change "
                        + "cannot be compiled; rebuild generate by hand"))
        }
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folder = binary.deletingLastPathComponent().standardizedFileURL.path
        for configuration in ["debug", "release"] {
            let shown = run(["build", "-c", configuration, "--show-bin-path"], in: package, passOutput: false)
            if shown.status == 0,
                URL(fileURLWithPath: shown.output.trimmingWhitespace()).standardizedFileURL.path == folder
            {
                return .success(ThemeRebuild(packageDirectory: package, binary: binary, configuration: configuration))
            }
        }
        return .failure(
            Failure(
                "this generate (\(binary.path)) is not the one 'swift build' writes for "
                    + "'\(DisplayPath.of(package))', so a template change cannot replace it; rebuild generate by hand"))
    }

    /// Why a template change cannot be compiled here.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String

        init(_ description: String) {
            self.description = description
        }
    }

    /// Runs `swift build`, showing its output on standard error; whether the binary was rebuilt.
    public func build() -> Bool {
        Self.run(["build", "-c", configuration, "--product", "generate"], in: packageDirectory, passOutput: true).status
            == 0
    }

    /// Replaces this process with the rebuilt binary, with the same arguments; returns only if that fails.
    public func relaunch() -> Failure {
        let failure = Self.replaceProcess(with: binary.path)
        return Failure("cannot start the rebuilt \(binary.path): \(failure.description)")
    }

    /// Replaces this process with the binary at `path`, with the same arguments; returns (the system's reason)
    /// only if that fails.
    static func replaceProcess(with path: String) -> Failure {
        let arguments = CommandLine.arguments
        var pointers = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        execv(path, &pointers)
        return Failure(FileWriting.systemReason())
    }

    /// Runs `swift` with `arguments` in `folder`; with `passOutput`, its output goes to standard error as it
    /// comes, else it is collected and returned.
    private static func run(_ arguments: [String], in folder: URL, passOutput: Bool) -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["SWIFT"] ?? "swift"] + arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        if passOutput {
            process.standardOutput = FileHandle.standardError
            process.standardError = FileHandle.standardError
        } else {
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
        }
        do {
            try process.run()
        } catch {
            return (127, "")
        }
        let output = passOutput ? Data() : pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
