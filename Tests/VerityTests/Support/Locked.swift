import Foundation

/// A value that several threads read and write in a test, behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func get() -> Value {
        lock.withLock { value }
    }

    func set(_ newValue: Value) {
        lock.withLock { value = newValue }
    }
}

extension Locked {
    /// Appends `element` to the array.
    func add<Element>(_ element: Element) where Value == [Element] {
        lock.withLock { value.append(element) }
    }

    /// The value now: for an array, everything added so far.
    var all: Value {
        self.get()
    }
}
