#!/usr/bin/env python3
"""Damages a Verity build cache in ways its checksum does not catch, for tests.

    craft-cache.py CACHE_FILE huge-length    the first article's path length set to 2^63-1
    craft-cache.py CACHE_FILE negative-count  the article count set to -1
    craft-cache.py CACHE_FILE huge-count      no articles, then a count of 2^62 listings
    craft-cache.py CACHE_FILE truncate        the last 100 bytes of the content cut off

The cache is little-endian 64-bit integers and length-prefixed strings, followed by an 8-byte checksum of the
rest (`checksum` below, as BuildCache.checksum computes it); the checksum is recomputed after the damage, so that
it reaches the cache's reader.
"""
import struct
import sys

OFFSET_BASIS = 0xCBF29CE484222325
PRIME = 0x100000001B3
MASK = (1 << 64) - 1


def checksum(data: bytes) -> int:
    """BuildCache.checksum: FNV-1a over 8-byte little-endian words, then the bytes left over, then the count,
    each step followed by a shift-xor."""
    value = OFFSET_BASIS

    def mix(word):
        nonlocal value
        value = ((value ^ word) * PRIME) & MASK
        value ^= value >> 29

    words = len(data) // 8
    for (word,) in struct.iter_unpack("<Q", data[:words * 8]):
        mix(word)
    for byte in data[words * 8:]:
        mix(byte)
    mix(len(data))
    return value


def main() -> None:
    path, damage = sys.argv[1], sys.argv[2]
    with open(path, "rb") as file:
        content = bytearray(file.read()[:-8])
    # version, global key and listing digest, then the article count, then the first article's path length.
    if damage == "huge-length":
        content[32:40] = struct.pack("<q", 2**63 - 1)
    elif damage == "negative-count":
        content[24:32] = struct.pack("<q", -1)
    elif damage == "huge-count":
        content[24:40] = struct.pack("<qq", 0, 2**62)
    elif damage == "truncate":
        content = content[:-100]
    else:
        sys.exit(f"unknown damage '{damage}'")
    with open(path, "wb") as file:
        file.write(bytes(content) + struct.pack("<Q", checksum(bytes(content))))


main()
