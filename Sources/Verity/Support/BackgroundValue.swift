import Dispatch

/// A value worked out on another thread from the moment it is made, and waited for where it is needed.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, on the worker thread, before `done` is left; read only after waiting for `done`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The value, once the work is done (never `nil`: the work sets it before it is done).
    var value: Value? {
        done.wait()
        return result
    }
}
