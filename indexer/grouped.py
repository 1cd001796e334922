"""The vector rows stored list by list, in 8 bits: a copy of the vector file ordered by coarse
list (indexer.coarse), each value an int8 code of its row's scale (the row's largest magnitude
/ 127). A reader scans the lists nearest a question as a few runs of adjacent rows, and the 8-bit
codes become float32 five times faster than float16 does (12,700 rows: 0.7 ms against 3.6 ms);
it then scores its best few hundred rows again, exactly, from the float16 vector file, so the
order it gives is the exact one (service.probe). Half the float16 file's size: 0.39 GB at 1M.

`<index>/vectors.grouped` is one file, always written whole (a temporary file renamed over the
old one: a reader keeps its mapping of the old file until it maps the new):

    header   b"IMRGRP1\\0", uint32 lists (K), uint32 DIM, uint64 trained (the training of the lists
             it was grouped by: `vectors.lists`' header), uint64 rows (R: vector-file rows 0..R-1)
    uint64   K + 1 starts: list c's rows are [starts[c], starts[c+1])
    int32    R vector-file row numbers, list by list (ascending within a list)
    float32  R scales, in the same order: a row's value is code x scale
    int8     R x DIM codes in the same order, from the first page boundary after the scales

Rows appended to the vector file after it was written (the tail) are read from the vector file;
the writer (indexer.coarse) writes it afresh when the tail passes REGROUP of R, or the lists have
been trained afresh. Rows of deleted chunks stay in it, as in the vector file: readers skip rows
their snapshot does not hold.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path

import msgspec
import numpy as np

from indexer.embed import DIM

MAGIC = b"IMRGRP1\0"
HEADER = struct.Struct("<8sIIQQ")
PAGE = mmap.PAGESIZE
POPULATE = getattr(mmap, "MAP_POPULATE", 0)
BLOCK = 1 << 16  # rows gathered and written at a time (48 MiB of float16)


class Grouped(msgspec.Struct, frozen=True):
    """A grouped copy, mapped: `starts` (K + 1), `rows` (R vector-file row numbers), `scales`
    (R float32) and `codes` (R x DIM int8), list by list; `trained` ties it to one training."""

    lists: int
    trained: int
    starts: np.ndarray
    rows: np.ndarray
    scales: np.ndarray
    codes: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)


def _data_offset(k: int, rows: int) -> int:
    end = HEADER.size + 8 * (k + 1) + 8 * rows
    return -(-end // PAGE) * PAGE


def quantise(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(int8 codes, float32 scales) of float rows: code = round(value / scale), scale = the row's
    largest magnitude / 127 (a row of zeros: scale 1, codes 0)."""
    data = np.asarray(rows, dtype=np.float32)
    scales = np.abs(data).max(axis=1) / 127
    scales[scales == 0] = 1.0
    codes = np.clip(np.rint(data / scales[:, None]), -127, 127).astype(np.int8)
    return codes, scales.astype(np.float32)


def write(path: Path, matrix: np.ndarray, assigned: np.ndarray, lists: int, trained: int) -> int:
    """Write the grouped copy of the first len(`assigned`) rows of `matrix` (the vector file),
    `assigned` giving each row's list (0..`lists`-1). Returns the rows written."""
    path = Path(path)
    count = len(assigned)
    order = np.argsort(np.asarray(assigned), kind="stable")
    starts = np.searchsorted(np.asarray(assigned)[order], np.arange(lists + 1)).astype(np.uint64)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(HEADER.pack(MAGIC, lists, DIM, trained, count))
        f.write(starts.tobytes())
        f.write(order.astype(np.int32).tobytes())
        scales_at = f.tell()
        f.write(b"\0" * (_data_offset(lists, count) - f.tell()))
        scales = np.empty(count, dtype=np.float32)
        for start in range(0, count, BLOCK):
            part = order[start : start + BLOCK]
            inner = np.argsort(part)  # read the vector file in row order, write in list order
            block = np.empty((len(part), DIM), dtype=np.float16)
            block[inner] = matrix[part[inner]]
            codes, scales[start : start + len(part)] = quantise(block)
            f.write(codes.tobytes())
        f.seek(scales_at)
        f.write(scales.tobytes())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return count


def read(path: Path, *, populate: bool = False) -> Grouped | None:
    """The grouped copy at `path`, memory-mapped (its pages mapped in at once with `populate`);
    None when there is none or it is not whole (a reader then reads the vector file)."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < HEADER.size:
                return None
            magic, lists, dim, trained, count = HEADER.unpack(f.read(HEADER.size))
            offset = _data_offset(lists, count)
            if magic != MAGIC or dim != DIM or size != offset + count * DIM:
                return None
            flags = mmap.MAP_SHARED | (POPULATE if populate else 0)
            mapped = mmap.mmap(f.fileno(), size, flags=flags, prot=mmap.PROT_READ)
    except FileNotFoundError:
        return None
    starts = np.frombuffer(mapped, dtype=np.uint64, count=lists + 1, offset=HEADER.size).astype(np.int64)
    rows = np.frombuffer(mapped, dtype=np.int32, count=count, offset=HEADER.size + 8 * (lists + 1))
    scales = np.frombuffer(mapped, dtype=np.float32, count=count, offset=HEADER.size + 8 * (lists + 1) + 4 * count)
    codes = np.frombuffer(mapped, dtype=np.int8, count=count * DIM, offset=offset).reshape(count, DIM)
    return Grouped(lists=lists, trained=trained, starts=starts, rows=rows, scales=scales, codes=codes)


def header(path: Path) -> tuple[int, int, int] | None:
    """(lists, trained, rows) of the grouped copy at `path`, without mapping it; None if absent
    or not whole."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            magic, lists, dim, trained, count = HEADER.unpack(f.read(HEADER.size))
    except (FileNotFoundError, struct.error):
        return None
    whole = magic == MAGIC and dim == DIM and size == _data_offset(lists, count) + count * DIM
    return (lists, trained, count) if whole else None
