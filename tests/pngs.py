"""PNG files for tests and benchmarks, written with the standard library alone (no Anki)."""

from __future__ import annotations

import struct
import zlib


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    """A valid 8-bit RGB PNG of `rgb`, width * height * 3 bytes, row after row."""
    stride = width * 3
    rows = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))
