import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Renders documents on worker threads and gives up on any that takes more processor time or memory than a
/// limit, so that one document cmark-gfm is slow on cannot hang the build.
///
/// A C call cannot be cancelled: a document given up on is abandoned, and its thread runs on until cmark-gfm
/// returns (`isStillRendering` tells), while the caller goes on to report the failure. `generate` then exits,
/// and `generate --watch` restarts itself (`WatchRestart`), which ends the thread.
///
/// Time is the rendering thread's own processor time: waiting for a core on a busy machine, or for a copy of
/// cmark-gfm (`CMarkParserPool`), does not count, so a document is given up on for what it costs, not
/// for what runs beside it. Memory is what cmark-gfm holds for the document (`RenderProgress`).
enum RenderWatchdog {
    /// The most a document may cost.
    struct Limits: Sendable {
        /// Processor seconds one document may take.
        var seconds: Double
        /// Bytes cmark-gfm may hold for one document.
        var bytes: Int
    }

    /// A document given up on, and how far its rendering had got.
    struct Overrun: Sendable {
        /// The document's index in the input.
        var index: Int
        /// Whether it passed the memory limit (else the time limit).
        var isMemory: Bool
        var step: RenderProgress.Step
        /// The line cmark-gfm was reading, when `step` is `blocks`.
        var line: Int
    }

    /// What `map` gave: every result in input order, or the documents given up on and the results finished by
    /// then (in input order; the others are `nil`).
    enum Outcome<T> {
        case finished([T])
        case gaveUp([Overrun], partial: [T?])
    }

    /// Whether a document given up on, by its `label`, is still being rendered in this process.
    static func isStillRendering(_ label: String) -> Bool {
        abandoned.withLock { $0[label, default: 0] > 0 }
    }

    /// The processor time the workers of every `map` called on the calling thread have spent on their documents,
    /// in seconds: with the calling thread's own, what a build started on it cost (the pathological-input tests
    /// measure that).
    static var workerSeconds: Double {
        (Thread.current.threadDictionary[workerSecondsKey] as? Double) ?? 0
    }

    private static let workerSecondsKey = "Verity.RenderWatchdog.workerSeconds"

    /// How many documents given up on are still rendering, by label.
    private static let abandoned = Mutex<[String: Int]>([:])

    /// Maps `items` with `transform` on up to `threads` new threads, each item under `limits`.
    ///
    /// `label` names an item given up on for `isStillRendering`. `kept` is called, on the worker's thread, for
    /// each item whose result is kept, once the watchdog can no longer give up on it.
    static func map<Item: Sendable, T>(
        _ items: [Item], threads: Int, limits: Limits, label: @escaping @Sendable (Item) -> String,
        kept: @escaping @Sendable (Item) -> Void = { _ in }, _ transform: @escaping @Sendable (Item) -> T
    ) -> Outcome<T> {
        guard !items.isEmpty else { return .finished([]) }
        let shared = Shared<T>(count: items.count, workers: min(max(1, threads), items.count))
        for worker in 0..<shared.slots.count {
            let thread = Thread {
                shared.work(
                    worker, items: items, memoryLimit: limits.bytes, label: label, kept: kept, transform: transform)
            }
            // As the main thread's: cmark-gfm and Verity's steps get as much stack as with one job.
            thread.stackSize = 8 << 20
            thread.start()
        }
        let outcome = shared.watch(items, secondsLimit: limits.seconds, label: label)
        Thread.current.threadDictionary[workerSecondsKey] = workerSeconds + shared.seconds()
        return outcome
    }

    /// What one document's worker records while rendering it.
    private struct Slot {
        var index: Int
        /// The worker thread's processor-time clock, and its reading when the document started.
        var clock: clockid_t
        var start: Double
        var progress: RenderProgress
    }

    /// The state the workers and the watching thread share, under `condition`'s lock.
    private final class Shared<T>: @unchecked Sendable {
        let condition = NSCondition()
        var results: [T?]
        /// Each worker's current document, or `nil` between documents.
        var slots: [Slot?]
        var next = 0
        var done = 0
        /// Set when the watch gave up: workers take no new document.
        var stopped = false
        /// Documents given up on: their results are dropped.
        var abandoned: Set<Int> = []
        /// The processor time spent on the documents finished so far, in seconds.
        var spent = 0.0

        init(count: Int, workers: Int) {
            results = Array(repeating: nil, count: count)
            slots = Array(repeating: nil, count: workers)
        }

        /// A worker: renders the next document until there is none, or until the watch gave up.
        func work<Item>(
            _ worker: Int, items: [Item], memoryLimit: Int, label: (Item) -> String, kept: (Item) -> Void,
            transform: (Item) -> T
        ) {
            var clock = clockid_t()
            pthread_getcpuclockid(pthread_self(), &clock)
            while true {
                condition.lock()
                guard !stopped, next < items.count else {
                    condition.unlock()
                    return
                }
                let index = next
                next += 1
                let progress = RenderProgress(memoryLimit: memoryLimit) { [self] in
                    // Wake the watch at once: memory can grow fast.
                    condition.lock()
                    condition.broadcast()
                    condition.unlock()
                }
                slots[worker] = Slot(
                    index: index, clock: clock, start: RenderWatchdog.seconds(clock), progress: progress)
                condition.unlock()
                let result = RenderProgress.with(progress) { transform(items[index]) }
                let end = RenderWatchdog.seconds(clock)
                condition.lock()
                spent += end - (slots[worker]?.start ?? end)
                slots[worker] = nil
                let isAbandoned = abandoned.contains(index)
                defer { if !isAbandoned { kept(items[index]) } }
                if isAbandoned {
                    let name = label(items[index])
                    RenderWatchdog.abandoned.withLock { counts in
                        counts[name, default: 1] -= 1
                        if counts[name] == 0 { counts[name] = nil }
                    }
                } else {
                    results[index] = result
                    done += 1
                    if done == items.count { condition.broadcast() }
                }
                condition.unlock()
            }
        }

        /// `spent`, read under the lock.
        func seconds() -> Double {
            condition.lock()
            defer { condition.unlock() }
            return spent
        }

        /// Waits for every result, or until a document passes a limit.
        func watch<Item>(_ items: [Item], secondsLimit: Double, label: (Item) -> String) -> Outcome<T> {
            // Time can pass the limit between two looks by at most this much.
            let interval = max(0.01, min(0.25, secondsLimit / 4))
            condition.lock()
            defer { condition.unlock() }
            while done < results.count {
                _ = condition.wait(until: Date(timeIntervalSinceNow: interval))
                let overruns = slots.compactMap { slot -> Overrun? in
                    guard let slot else { return nil }
                    let isMemory = slot.progress.isOverLimit
                    guard isMemory || RenderWatchdog.seconds(slot.clock) - slot.start > secondsLimit else { return nil }
                    let place =
                        isMemory ? slot.progress.placeAtLimit : (step: slot.progress.step, line: slot.progress.line)
                    return Overrun(index: slot.index, isMemory: isMemory, step: place.step, line: place.line)
                }
                guard overruns.isEmpty else {
                    stopped = true
                    abandoned = Set(overruns.map(\.index))
                    RenderWatchdog.abandoned.withLock { counts in
                        for overrun in overruns { counts[label(items[overrun.index]), default: 0] += 1 }
                    }
                    return .gaveUp(overruns, partial: results)
                }
            }
            // Every result is there (`T` is never optional here).
            return .finished(results.compactMap { $0 })
        }
    }

    /// The reading of a thread's processor-time clock, in seconds.
    private static func seconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
