import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// How far the rendering of one document has got, and the memory cmark-gfm holds for it, for the watchdog
/// (`RenderWatchdog`) that gives up on a document taking too long or too much memory.
///
/// The thread rendering the document writes it (`CMark` finds it through `current`); the watchdog reads it
/// from its own thread.
final class RenderProgress: Sendable {
    /// Where the rendering is.
    enum Step: Int, Sendable {
        /// cmark-gfm reads the block structure, line by line (`line`).
        case blocks
        /// cmark-gfm parses the inline content of every paragraph and heading (`cmark_parser_finish`).
        case inlines
        /// cmark-gfm writes the HTML.
        case html
        /// Verity's own steps around the parser's (badges, heading ids, links).
        case verity
    }

    private let stepValue = Atomic<Int>(Step.verity.rawValue)
    private let lineValue = Atomic<Int>(0)
    private let bytesValue = Atomic<Int>(0)
    private let overLimitValue = Atomic<Bool>(false)
    /// `step` and `line` when the memory passed the limit: the parser goes on until the watchdog looks, and by
    /// then it may be past the line that needed the memory.
    private let stepAtLimitValue = Atomic<Int>(Step.verity.rawValue)
    private let lineAtLimitValue = Atomic<Int>(0)
    /// The memory cmark-gfm may hold for the document, in bytes.
    let memoryLimit: Int
    /// Called once, on the rendering thread, when the document's memory passes `memoryLimit`.
    private let onOverLimit: @Sendable () -> Void

    init(memoryLimit: Int = .max, onOverLimit: @escaping @Sendable () -> Void = {}) {
        self.memoryLimit = memoryLimit
        self.onOverLimit = onOverLimit
    }

    var step: Step {
        get { Step(rawValue: stepValue.load(ordering: .relaxed)) ?? .verity }
        set { stepValue.store(newValue.rawValue, ordering: .relaxed) }
    }

    /// The 1-based line of the body cmark-gfm is reading, while `step` is `blocks`.
    var line: Int {
        get { lineValue.load(ordering: .relaxed) }
        set { lineValue.store(newValue, ordering: .relaxed) }
    }

    /// Whether the document's memory has passed `memoryLimit`.
    var isOverLimit: Bool { overLimitValue.load(ordering: .acquiring) }

    /// Where the rendering was when the memory passed the limit (`step`, `line`), once `isOverLimit`.
    var placeAtLimit: (step: Step, line: Int) {
        (
            Step(rawValue: stepAtLimitValue.load(ordering: .relaxed)) ?? .verity,
            lineAtLimitValue.load(ordering: .relaxed)
        )
    }

    /// Counts `bytes` (negative when freed) allocated by the calling thread for the document it renders, if any.
    ///
    /// For cmark-gfm's allocator, so called for every allocation: `bytes` is evaluated only when counted, and the
    /// document is used without retaining it (`with` keeps it alive).
    static func allocated(_ bytes: @autoclosure () -> Int) {
        guard let pointer = pthread_getspecific(key) else { return }
        Unmanaged<RenderProgress>.fromOpaque(pointer)._withUnsafeGuaranteedRef { $0.add(bytes()) }
    }

    private func add(_ bytes: Int) {
        // One writer: a plain load and store, not a read-modify-write.
        let total = bytesValue.load(ordering: .relaxed) &+ bytes
        bytesValue.store(total, ordering: .relaxed)
        if total > memoryLimit, !overLimitValue.load(ordering: .relaxed) {
            stepAtLimitValue.store(stepValue.load(ordering: .relaxed), ordering: .relaxed)
            lineAtLimitValue.store(lineValue.load(ordering: .relaxed), ordering: .relaxed)
            // Releasing: a watchdog that sees the flag also sees the step and line above.
            overLimitValue.store(true, ordering: .releasing)
            onOverLimit()
        }
    }

    /// The document the calling thread is rendering, if a watchdog set one.
    static var current: RenderProgress? {
        guard let pointer = pthread_getspecific(key) else { return nil }
        return Unmanaged<RenderProgress>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Runs `body` with `progress` as the calling thread's `current`.
    static func with<T>(_ progress: RenderProgress, _ body: () -> T) -> T {
        pthread_setspecific(key, Unmanaged.passUnretained(progress).toOpaque())
        defer { pthread_setspecific(key, nil) }
        return withExtendedLifetime(progress) { body() }
    }

    /// The thread-local slot of `current`: cmark-gfm's allocator callbacks take no context.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}
