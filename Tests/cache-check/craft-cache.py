#!/usr/bin/env python3
"""Damages a Verity build cache in ways its checksum does not catch, for tests.

    craft-cache.py CACHE_FILE huge-length    the first article's path length set to 2^63-1
    craft-cache.py CACHE_FILE negative-count  the article count set to -1
    craft-cache.py CACHE_FILE huge-count      no articles, then a count of 2^62 listings
    craft-cache.py CACHE_FILE truncate        the last 100 bytes of the content cut off

The cache is little-endian 64-bit integers and length-prefixed strings, followed by an 8-byte FNV-1a checksum
of the rest (the bytes, then their count as 8 little-endian bytes); the checksum is recomputed after the
damage, so that it reaches the cache's reader.
"""
import struct
import sys

OFFSET_BASIS = 0xCBF29CE484222325
PRIME = 0x100000001B3
MASK = (1 << 64) - 1


def checksum(data: bytes) -> int:
    value = OFFSET_BASIS
    for byte in data + struct.pack("<Q", len(data)):
        value = ((value ^ byte) * PRIME) & MASK
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
