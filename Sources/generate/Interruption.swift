import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM: the folders this process was writing are removed before it exits.
///
/// Without this, an interrupted build left its staging folder (up to the size of the site) beside the output.
enum Interruption {
    /// The signal sources, kept for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// From now on, SIGINT and SIGTERM run `cleanUp` and exit with 128 + the signal's number.
    static func install(cleanUp: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            // The default action (ending the process at once) is replaced by the handler below.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanUp()
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
