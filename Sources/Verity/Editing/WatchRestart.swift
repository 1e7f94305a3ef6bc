import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Restarting `generate --watch` after a build gave up on a document that was still rendering.
///
/// The thread rendering it cannot be stopped (see `RenderWatchdog`), so the process replaces itself with a new
/// run of the same binary and arguments (`execv`), which ends the thread. The new process learns from the
/// environment why it started and what the watched files were when the failed build started: until they
/// change, it does not build (which would give up on the same document again) and `output/` stays as it was.
public struct WatchRestart: Sendable, Equatable {
    /// The files given up on, as shown.
    public var files: [String]
    /// `SiteWatcher.digest` of the watched files when the failed build started.
    var snapshotDigest: String

    /// How the restarted process learns of the restart; it removes the variable at once.
    static let environmentVariable = "VERITY_WATCH_RESTART"

    /// The restart for `failure`, if it gave up on a document that is still rendering; `nil` when none is.
    static func after(_ failure: BuildFailure, snapshotDigest: String) -> WatchRestart? {
        var files: [String] = []
        for diagnostic in failure.diagnostics {
            switch diagnostic.problem {
            case .renderTooSlow, .renderTooLarge:
                if !files.contains(diagnostic.location.path) { files.append(diagnostic.location.path) }
            default:
                continue
            }
        }
        guard files.contains(where: RenderWatchdog.isStillRendering) else { return nil }
        return WatchRestart(files: files, snapshotDigest: snapshotDigest)
    }

    /// The restart this process is, read from (and removed from) the environment; `nil` when it is not one.
    static func inherited() -> WatchRestart? {
        guard let value = getenv(environmentVariable).map({ String(cString: $0) }) else { return nil }
        unsetenv(environmentVariable)
        return WatchRestart(environmentValue: value)
    }

    /// The digest, then each file, one a line.
    var environmentValue: String {
        ([snapshotDigest] + files).joined(separator: "\n")
    }

    init(files: [String], snapshotDigest: String) {
        self.files = files
        self.snapshotDigest = snapshotDigest
    }

    init?(environmentValue: String) {
        let lines = environmentValue.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let digest = lines.first, !digest.isEmpty else { return nil }
        self.init(files: Array(lines.dropFirst()), snapshotDigest: digest)
    }

    /// Replaces this process with a new run of the same binary and arguments, told of the restart; returns only
    /// if that fails.
    public func relaunch() -> ThemeRebuild.Failure {
        setenv(Self.environmentVariable, environmentValue, 1)
        // The running binary itself, even if a rebuild has replaced the file since.
        let failure = ThemeRebuild.replaceProcess(with: "/proc/self/exe")
        unsetenv(Self.environmentVariable)
        return ThemeRebuild.Failure("cannot restart generate: \(failure.description)")
    }
}
