#!/usr/bin/env python3
"""Reads every CSV in assumptions/history the way the project's reader does
(Sources/Scenarios/Loading/HistoryTable.swift: '#' comments, header, date in the first column,
numeric cells, empty = missing), with the planned extension that the last columns may be the
text columns quality, source, note. Also checks the hard rule (no date after 2024-12-31), the
quality vocabulary and the published_after_2024 flag. Exit status 1 on any problem."""
import glob
import os
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TEXT = ["quality", "source", "note"]


def split(line):  # CSVLine.split in HistoryTable.swift
    cells, cell, quoted = [], "", False
    for c in line:
        if quoted:
            if c == '"':
                quoted = False
            else:
                cell += c
        elif c == '"':
            quoted = True
        elif c == ",":
            cells.append(cell)
            cell = ""
        else:
            cell += c
    cells.append(cell)
    return [x.strip() for x in cells]


def time_of(text):  # HistoryTable.time
    m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text.replace(" ", ""))
    if m:
        return int(m.group(1)) + (int(m.group(2)) - 1) / 4
    parts = text.split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None
    if not nums or not (1000 <= nums[0] <= 3000) or len(nums) > 3:
        return None
    t = float(nums[0])
    if len(nums) >= 2:
        if not 1 <= nums[1] <= 12:
            return None
        t += (nums[1] - 1) / 12
    if len(nums) >= 3:
        if not 1 <= nums[2] <= 31:
            return None
        t += (nums[2] - 1) / 365
    return t


def check(path):
    problems, rows = [], 0
    lines = [l.strip() for l in open(path, encoding="utf-8").read().splitlines()]
    body = [(i + 1, l) for i, l in enumerate(lines) if l and not l.startswith("#")]
    header = split(body[0][1])
    if header[-3:] != TEXT:
        problems.append(f"last columns are {header[-3:]}, not quality,source,note")
    if any(h in TEXT for h in header[:-3]):
        problems.append("a text column name is used for a numeric column")
    if len(set(header)) != len(header):
        problems.append("duplicate column names")
    ntext = 3
    tmax = 2024 + 11 / 12 + 30 / 365 + 1e-9
    for n, l in body[1:]:
        cells = split(l)
        rows += 1
        if len(cells) != len(header):
            problems.append(f"line {n}: {len(cells)} cells, header has {len(header)}")
            continue
        t = time_of(cells[0])
        if t is None:
            problems.append(f"line {n}: '{cells[0]}' is not a date")
        elif t > tmax:
            problems.append(f"line {n}: date {cells[0]} after 2024-12-31")
        for h, c in zip(header[1:-ntext], cells[1:-ntext]):
            if c == "":
                continue
            try:
                x = float(c)
                if x != x or x in (float("inf"), float("-inf")):
                    raise ValueError
            except ValueError:
                problems.append(f"line {n}: '{c}' in column '{h}' is not a number")
        q = cells[-3]
        if q not in ("primary", "secondary", "tertiary"):
            problems.append(f"line {n}: quality '{q}'")
        if not cells[-2]:
            problems.append(f"line {n}: no source")
        if "published_after_2024" in header:
            v = cells[header.index("published_after_2024")]
            if v not in ("", "1"):
                problems.append(f"line {n}: published_after_2024 '{v}'")
    if '""' in open(path).read():
        problems.append("doubled quotes (the reader would drop them)")
    return rows, header, problems


def main():
    bad = 0
    for path in sorted(glob.glob(os.path.join(OUT, "*.csv"))):
        rows, header, problems = check(path)
        status = "ok" if not problems else f"{len(problems)} problems"
        print(f"{os.path.basename(path)}: {rows} rows, {len(header)} columns: {status}")
        for p in problems[:20]:
            print("   ", p)
        bad += len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
