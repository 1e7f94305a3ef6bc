#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
// malloc_usable_size, for counting the memory cmark-gfm holds for a document (CMark.countingMemory).
#include <malloc.h>
