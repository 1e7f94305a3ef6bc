import Dispatch

/// Memory written by index from concurrent iterations, each index exactly once.
private struct ResultSlots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

extension Array where Element: Sendable {
    /// Maps the elements on up to `jobs` threads, keeping the input's order in the result.
    func parallelMap<T>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        guard jobs > 1, count > 1 else { return map(transform) }
        let chunks = Swift.min(count, jobs * 4)
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            guard let base = buffer.baseAddress else { return }
            let slots = ResultSlots(base: base)
            let input = self
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < input.count {
                    (slots.base + index).initialize(to: transform(input[index]))
                    index += chunks
                }
            }
            initializedCount = input.count
        }
    }
}
