/// How much of the output folder a build replaces: nothing, one file, one folder, or the whole folder.
///
/// Each is one atomic step (a rename, an exchange of two folders), so output/ is at every moment either the old
/// site or the new one. The smaller the part, the fewer files the build creates and removes.
enum OutputScope: Equatable {
    /// No file changes: output/ is left alone.
    case nothing
    /// One file is replaced, added or removed, in a folder that is there before and after.
    case file(String)
    /// Every change lies in this folder, which is there before and after: it is exchanged as a whole.
    case folder(String)
    /// The whole output folder is exchanged.
    case whole

    /// The smallest part that holds every path of `changed` (written anew, added or removed), given the file
    /// paths of the old output (`old`) and of the new one (`new`).
    static func of(changed: Set<String>, old: Set<String>, new: Set<String>) -> OutputScope {
        guard let first = changed.first else { return .nothing }
        // Whether `folder` (components) is a folder of both outputs: only then can it be replaced in one step.
        func staysFolder(_ folder: ArraySlice<Substring>) -> Bool {
            guard !folder.isEmpty else { return true }
            let prefix = folder.joined(separator: "/") + "/"
            return old.contains { $0.hasPrefix(prefix) } && new.contains { $0.hasPrefix(prefix) }
        }
        let firstParts = first.split(separator: "/")
        // (One changed path cannot be a folder on either side: the files in it would be changed paths too.)
        if changed.count == 1, staysFolder(firstParts.dropLast()) { return .file(first) }
        var common = firstParts.dropLast()
        for path in changed {
            let parts = path.split(separator: "/").dropLast()
            var length = 0
            while length < min(common.count, parts.count),
                common[common.startIndex + length] == parts[parts.startIndex + length]
            {
                length += 1
            }
            common = common.prefix(length)
            if common.isEmpty { return .whole }
        }
        while !common.isEmpty, !staysFolder(common) { common = common.dropLast() }
        return common.isEmpty ? .whole : .folder(common.joined(separator: "/"))
    }

}
