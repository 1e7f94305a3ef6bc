// malloc.h (mallopt, malloc_trim), which Swift's Glibc module leaves out, comes with the cmark-gfm shim.
import CCmarkGFM

/// How the process's memory allocator is set up for a build, and when it hands free memory back.
///
/// A build's resident memory is well above its live heap (at 10,000 fact checks: ~300 MiB resident, 163 MB at
/// the heap's peak): glibc gives each thread an arena, and memory one stage's threads free stays in their
/// arenas while the next stage's threads grow their own. One arena for all threads brought the peak to
/// ~250 MiB but doubled the Markdown and validate stages on 2 cores (every allocation then takes the same lock):
/// not kept.
public enum ProcessMemory {
    /// Makes every allocation of 128 KiB or more a mapping of its own, returned to the system when freed.
    ///
    /// The big listings' buffers (the claims index is 17 MB at 10,000 fact checks) then never grow an arena
    /// that stays resident after them (10,000 fact checks: 293 → 273 MiB peak resident, the same processor
    /// time). glibc's default moves this threshold up to 32 MiB as large blocks are freed. For programs that
    /// build sites; call it before any thread starts.
    public static func prepareForBuild() {
        _ = mallopt(M_MMAP_THRESHOLD, 128 << 10)
    }

    /// Hands the allocator's whole free pages back to the system: after a stage let go of a large part of the
    /// heap (the file texts, the Markdown bodies), so that the next stage's peak does not stack on theirs.
    static func releaseFreePages() {
        _ = malloc_trim(0)
    }
}
