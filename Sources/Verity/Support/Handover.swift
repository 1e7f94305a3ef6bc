import Synchronization

/// A value handed from one owner to the next: whoever takes it holds the only reference, so that it is freed as
/// soon as the taker is done with it (a large site's file texts and bodies are never all in memory because a
/// caller's array still holds them).
final class Handover<Value: Sendable>: Sendable {
    private let storage: Mutex<Value?>

    init(_ value: Value) {
        storage = Mutex(value)
    }

    /// The value, left here no longer; `nil` when it was taken already.
    func take() -> Value? {
        storage.withLock { value in
            defer { value = nil }
            return value
        }
    }

    /// The value, left here; `nil` when it was taken already.
    var value: Value? {
        storage.withLock { $0 }
    }

    /// Lets the value go.
    func release() {
        storage.withLock { $0 = nil }
    }
}
