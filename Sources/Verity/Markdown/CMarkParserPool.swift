import Foundation

/// The parser copies documents borrow: the linked one, and more loaded as threads need them.
final class CMarkParserPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var idle: [CMarkLibrary] = [.linked]
    private var canLoad = true
    /// How many copies are loaded at most: more threads than that share them.
    static let maximumCopies = 16
    private var loaded = 1

    /// A copy no other thread is using; waits for one when every copy is in use and no more can be loaded.
    func acquire() -> CMarkLibrary {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let copy = idle.popLast() { return copy }
            if canLoad, loaded < Self.maximumCopies {
                if let copy = CMarkLibrary.load() {
                    loaded += 1
                    return copy
                }
                canLoad = false
            }
            condition.wait()
        }
    }

    /// Gives back a copy `acquire` returned.
    func release(_ copy: CMarkLibrary) {
        condition.lock()
        idle.append(copy)
        condition.signal()
        condition.unlock()
    }

    /// How many copies are loaded (the linked one included).
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return loaded
    }
}
