"""Shared helpers for the history-file builders (standard library only).

Every builder reads shared/data (read-only) and writes one CSV under
assumptions/history/. Rules enforced here:
  * no observation dated after 2024-12-31 (hard rule; write() refuses such rows);
  * text only in the last three columns, named exactly quality, source, note;
  * no double quotes or newlines inside text cells (the project's CSV reader keeps
    quoted commas but drops doubled quotes), cells with commas are quoted.
"""
import csv
import io
import math
import os
import re

SHARED = os.environ.get("FORECAST_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TEXT_COLUMNS = ["quality", "source", "note"]
LAST_DAY = (2024, 12, 31)

# ---------------------------------------------------------------- CPI-U
# BLS CPI for All Urban Consumers (CPI-U), U.S. city average, all items, not seasonally
# adjusted, 1982-84=100 (series CUUR0000SA0). Annual average = mean of the 12 monthly
# indexes, as BLS computes it. Monthly values read from copies of the BLS series (FRED
# CPIAUCNS mirror on Hugging Face, ada-datadruids/CPIAUCNS; gist rlvaugh/e8454af7 for
# 2020-2022; Nov and Dec 2024 from bls.gov regional table ro3xg01). The computed annual
# averages equal the BLS-published ones we could read: 2024 313.689 (bls.gov,
# regions/mid-atlantic/data/xg-tables/ro3xg01.htm) and 2020 258.811 (IMF IFS example
# response, PCPI, United States).
CPI_MONTHLY = {
    2020: [257.971, 258.678, 258.115, 256.389, 256.394, 257.797, 259.101, 259.918, 260.280, 260.388, 260.229, 260.474],
    2021: [261.582, 263.014, 264.877, 267.054, 269.195, 271.696, 273.003, 273.567, 274.310, 276.589, 277.948, 278.802],
    2022: [281.148, 283.716, 287.504, 289.109, 292.296, 296.311, 296.276, 296.171, 296.808, 298.012, 297.711, 296.797],
    2023: [299.170, 300.840, 301.836, 303.363, 304.127, 305.109, 305.691, 307.026, 307.789, 307.671, 307.051, 306.746],
    2024: [308.417, 310.326, 312.332, 313.548, 314.069, 314.175, 314.540, 314.796, 315.301, 315.664, 315.493, 315.605],
}
CPI_ANNUAL = {y: round(sum(v) / 12, 3) for y, v in CPI_MONTHLY.items()}
assert CPI_ANNUAL[2024] == 313.689 and CPI_ANNUAL[2020] == 258.811


def usd2023_factor(year):
    """Multiply nominal dollars of `year` by this to get 2023 dollars (CPI-U annual averages)."""
    if year not in CPI_ANNUAL:
        return None
    return CPI_ANNUAL[2023] / CPI_ANNUAL[year]


# ---------------------------------------------------------------- companies
# One code table for every file that names a company (revenue, headcount/valuation, vesting).
COMPANY_ID = {
    "OpenAI": 1, "Anthropic": 2, "xAI": 3, "Cohere": 4, "Mistral AI": 5, "Hugging Face": 6,
    "Inflection AI": 7, "AI21 Labs": 8, "Character.ai": 9,
    "Google": 10, "Meta": 11, "Microsoft": 12, "Amazon": 13, "Apple": 14,
}
# releases_open_weights as of 2024 (curator's classification): 1 yes, 0.5 mixed, 0 no.
RELEASES_OPEN = {
    "OpenAI": 0, "Anthropic": 0, "xAI": 0.5, "Cohere": 0.5, "Mistral AI": 0.5, "Hugging Face": 1,
    "Inflection AI": 0, "AI21 Labs": 0.5, "Character.ai": 0,
    "Google": 0.5, "Meta": 1, "Microsoft": 0.5, "Amazon": 0, "Apple": 0,
}


# ---------------------------------------------------------------- reading
def read_shared(name):
    with open(os.path.join(SHARED, name), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def pa2024(value):
    """Shared data's published_after_2024 text -> 1 (yes / archive captured after 2024 /
    possibly) or empty. 'possibly' is counted as 1, the cautious reading."""
    v = (value or "").strip().lower()
    if not v:
        return ""
    return 1


# ---------------------------------------------------------------- dates
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
QUARTER_RE = re.compile(r"^(\d{4})-?Q([1-4])$", re.I)


def date_key(text):
    """(year, month, day) of a date cell as the project's reader would place it."""
    m = QUARTER_RE.match(text)
    if m:
        return (int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
    m = DATE_RE.match(text)
    if not m:
        raise ValueError(f"not a project date: {text!r}")
    y = int(m.group(1))
    mo = int(m.group(2) or 1)
    d = int(m.group(3) or 1)
    return (y, mo, d)


def decimal_year(text):
    y, mo, d = date_key(text)
    return y + (mo - 1) / 12 + (d - 1) / 365


# ---------------------------------------------------------------- writing
def clean_text(s):
    s = "" if s is None else str(s)
    s = s.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return re.sub(r"\s+", " ", s).strip()


def fmt_num(x):
    if x is None or x == "":
        return ""
    if isinstance(x, str):
        float(x)  # must parse
        return x
    if isinstance(x, bool):
        return "1" if x else "0"
    if isinstance(x, int):
        return str(x)
    if x == 0:
        return "0"
    if abs(x) >= 1e6 or abs(x) < 1e-3:
        s = f"{x:.4g}"
        return s.replace("e+0", "e+").replace("e-0", "e-")
    s = f"{x:.6g}"
    return s


def write(name, comments, header, rows):
    """rows: list of dicts keyed by header. Checks the hard date rule and the column rules."""
    assert header[-3:] == TEXT_COLUMNS, header
    for h in header[:-3]:
        assert h not in TEXT_COLUMNS
    buf = io.StringIO()
    for c in comments:
        buf.write("# " + clean_text(c) + "\n")
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        date = r[header[0]]
        if date_key(date) > LAST_DAY:
            raise SystemExit(f"{name}: row dated {date} is after 2024-12-31")
        cells = [date]
        for h in header[1:-3]:
            cells.append(fmt_num(r.get(h, "")))
        for h in TEXT_COLUMNS:
            cells.append(clean_text(r.get(h, "")))
        w.writerow(cells)
    with open(os.path.join(OUT, name), "w", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def parse_num(s):
    s = (s or "").strip().replace(",", "")
    if not s:
        return None
    return float(s)
