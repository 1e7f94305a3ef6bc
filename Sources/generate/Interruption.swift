import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM: the folders this process was writing are removed before it exits.
///
/// A staging folder is up to the size of the site; left behind, it would wait beside the output for the next build.
enum Interruption {
    /// The signal sources, kept for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// From now on, SIGINT and SIGTERM run `cleanUp`, then end the process by that signal (so that a shell or
    /// `make` sees it was interrupted; the exit status is 128 + the signal's number).
    static func install(cleanUp: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            // The default action (ending the process at once) is replaced by the handler below.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanUp()
                signal(number, SIG_DFL)
                // The signal may be blocked on this thread (the dispatch source receives it so).
                var signals = sigset_t()
                sigemptyset(&signals)
                sigaddset(&signals, number)
                pthread_sigmask(SIG_UNBLOCK, &signals, nil)
                raise(number)
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
