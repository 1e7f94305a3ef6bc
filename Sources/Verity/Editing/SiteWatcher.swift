import Foundation

/// `generate --watch`: builds, then builds again after every change under the content and templates folders.
///
/// Changes are found by polling file sizes and modification times (no platform API needed), and a build starts
/// only once the files have stopped changing for `settleTime`, so that an editor's save in several writes
/// gives one build. A failed build is reported and watching goes on, unless it gave up on a document still
/// rendering: then the caller restarts the process (`stuck`, `WatchRestart`). A change to a Swift file in the templates
/// folder is not built with the running binary, whose theme is compiled in: it is reported as `themeChanged`,
/// for the caller to rebuild `generate` (`ThemeRebuild`).
public struct SiteWatcher: Sendable {
    /// What one build of the watch loop gave.
    public enum Event: Sendable {
        case built(BuildSummary)
        case failed(BuildFailure)
        /// The build failed and gave up on a document whose rendering thread cannot be stopped: after reporting
        /// the failure, the caller restarts the process with `WatchRestart.relaunch()`, which ends the thread.
        case stuck(BuildFailure, WatchRestart)
        /// This process is such a restart. When `waiting`, the watched files are as the failed build found them,
        /// so no build is made until they change; otherwise a build follows at once.
        case restarted(WatchRestart, waiting: Bool)
        case error(String)
        /// Swift files of the theme changed (paths as shown): `generate` must be rebuilt to use them.
        case themeChanged([String])
    }

    public var options: BuildOptions
    public var theme: any Theme
    /// How often the folders are looked at, in seconds.
    public var pollInterval: Double
    /// How long the files must stay unchanged before a build starts, in seconds.
    public var settleTime: Double

    public init(options: BuildOptions, theme: any Theme, pollInterval: Double = 0.25, settleTime: Double = 0.3) {
        self.options = options
        self.theme = theme
        self.pollInterval = pollInterval
        self.settleTime = settleTime
    }

    /// Builds once, then after each change, until `stop` returns true; `report` gets every build's outcome.
    public func run(until stop: () -> Bool, report: (Event) -> Void) {
        run(restart: WatchRestart.inherited(), until: stop, report: report)
    }

    /// `run(until:report:)` in a process that is `restart`, if not `nil`.
    func run(restart: WatchRestart?, until stop: () -> Bool, report: (Event) -> Void) {
        // Before the first build: a file saved while it runs then counts as a change.
        var last = snapshot()
        if let restart {
            let waiting = restart.snapshotDigest == Self.digest(last)
            report(.restarted(restart, waiting: waiting))
            if !waiting { report(build(from: last)) }
        } else {
            report(build(from: last))
        }
        while !stop() {
            Thread.sleep(forTimeInterval: pollInterval)
            var current = snapshot()
            guard current != last else { continue }
            // Wait for the writes to settle.
            while !stop() {
                Thread.sleep(forTimeInterval: settleTime)
                let again = snapshot()
                if again == current { break }
                current = again
            }
            if stop() { return }
            let themeSources = changedThemeSources(from: last, to: current)
            last = current
            report(themeSources.isEmpty ? build(from: current) : .themeChanged(themeSources))
        }
    }

    /// Builds the site, whose watched files were `snapshot` when the build started.
    private func build(from snapshot: [String: [Int]]) -> Event {
        do {
            return .built(try SiteBuilder(options: options, theme: theme).build())
        } catch let failure as BuildFailure {
            if let restart = WatchRestart.after(failure, snapshotDigest: Self.digest(snapshot)) {
                return .stuck(failure, restart)
            }
            return .failed(failure)
        } catch {
            return .error("\(error)")
        }
    }

    /// The Swift files under the templates folder that were added, changed or removed between two snapshots.
    func changedThemeSources(from old: [String: [Int]], to new: [String: [Int]]) -> [String] {
        let templates = options.templatesDirectory.standardizedFileURL.path + "/"
        return Set(old.keys).union(new.keys)
            .filter { $0.hasPrefix(templates) && $0.hasSuffix(".swift") && old[$0] != new[$0] }
            .map { DisplayPath.of(URL(fileURLWithPath: $0)) }
            .sorted()
    }

    /// A digest of a snapshot that is the same in every process, for telling a restarted watcher whether the
    /// files changed.
    static func digest(_ snapshot: [String: [Int]]) -> String {
        var hash = ContentHash()
        for path in snapshot.keys.sorted() {
            hash.add(path)
            for number in snapshot[path] ?? [] { hash.add(UInt64(bitPattern: Int64(number))) }
        }
        return String(hash.value, radix: 16)
    }

    /// Size, modification time and inode of every file under the watched folders.
    func snapshot() -> [String: [Int]] {
        var files: [String: [Int]] = [:]
        for folder in [options.contentDirectory, options.templatesDirectory] {
            let base = folder.standardizedFileURL.path
            // As the build lists them: following symbolic links that stay inside the folder.
            for path in FileLister.scan(folder, named: "", log: DiagnosticCollector()) {
                var info = stat()
                guard stat(base + "/" + path, &info) == 0 else { continue }
                files[base + "/" + path] = [
                    Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino),
                ]
            }
        }
        return files
    }
}
