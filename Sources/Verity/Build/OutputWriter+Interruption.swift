import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What keeps a signal's clean-up and the swap apart, and where fault-injection tests stop a build.
extension OutputWriter {
    /// Held by the swap, and by a signal's clean-up until the process exits.
    static let swapGate = NSLock()

    /// Removes this process's staging folder (or puts a previous output back) for a build stopped by a signal.
    ///
    /// Takes the swap's lock and never gives it back: call it only right before the process ends.
    func stopForSignal() {
        Self.swapGate.lock()
        cleanUpLitter(onlyOwn: true)
    }

    /// Points where a fault-injection test can stop a build (`VERITY_TEST_PAUSE`): the build says so on standard
    /// error and sleeps, for the test to kill it there.
    enum PausePoint: String {
        case beforeSwap = "before-swap"
        case betweenRenames = "between-renames"
        /// After output/ was replaced, before the cache is saved and what was replaced is removed.
        case afterSwap = "after-swap"
    }

    static let pausePoint = ProcessInfo.processInfo.environment["VERITY_TEST_PAUSE"].flatMap(PausePoint.init)

    /// Whether the two-rename swap is used even where the exchange works (to test it).
    static let forceRenames = pausePoint == .betweenRenames

    static func pause(_ point: PausePoint) {
        guard pausePoint == point else { return }
        FileHandle.standardError.write(Data("generate: paused \(point.rawValue) (VERITY_TEST_PAUSE)\n".utf8))
        // Until the test kills the process: a signal cuts `sleep` short, and the build must not go on then.
        while true { sleep(3600) }
    }
}
