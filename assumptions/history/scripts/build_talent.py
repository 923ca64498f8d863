#!/usr/bin/env python3
"""pay.csv, pay_ranges.csv and vesting.csv from shared/data/ai_compensation.csv and
shared/data/equity_vesting.csv.

Pay: one row per observation. Employer type is one-hot (closed_lab, open_lab, big_tech,
applied, academia, market_benchmark) as the shared file classes it; the common ladder is
level_low..level_high on L3 (early career) .. L7 (principal and above), empty where the source
names no level; components base / bonus / equity per year / total per year in nominal US$;
the statistic is one-hot (stat_median, stat_offer, stat_maximum). Rows whose statistic is
'range low' / 'range high' are paired into pay_ranges.csv (one row per range).
Dates: '2023' -> 2023-07, '2024' -> 2024-07 (whole-year figures at mid-year), '2023-H1' -> 2023-04
(middle of the half-year); the note keeps the source's date.
"""
from common import read_shared, write, usd2023_factor, pa2024, COMPANY_ID, RELEASES_OPEN

ETYPES = {"closed frontier lab": "closed_lab", "open-weight lab": "open_lab", "big tech AI org": "big_tech",
          "startup": "applied", "academia": "academia", "market benchmark": "market_benchmark"}
ETYPE_COLS = ["closed_lab", "open_lab", "big_tech", "applied", "academia", "market_benchmark"]
LEVELS = {"L3-L4 (new PhD)": (3, 4), "L6 staff or L7 principal+ (reports disagree)": (6, 7), "L3 new grad": (3, 3),
          "L4 mid": (4, 4), "L5 senior": (5, 5), "L6 staff": (6, 6), "L7 principal+": (7, 7)}
ROLE_RESEARCH = {"research scientist": 1, "research engineer": 1, "software engineer": 0, "ML engineer": 0}
ROW_OPEN = {"yes": 1, "mixed": 0.5, "no": 0}


def norm_date(d):
    if d in ("2023", "2024"):
        return d + "-07", f"source date {d} (whole year), dated mid-year by convention"
    if d == "2023-H1":
        return "2023-04", "source date 2023-H1, dated at the middle of the half-year"
    return d, ""


def pay():
    src = read_shared("ai_compensation.csv")
    points, ranges = [], {}
    seen925 = False
    for r in src:
        d, dnote = norm_date(r["date"])
        base = {"date": d, "level_low": "", "level_high": ""}
        for c in ETYPE_COLS:
            base[c] = 1 if ETYPES[r["employer_type"]] == c else 0
        if r["level_common"] in LEVELS:
            base["level_low"], base["level_high"] = LEVELS[r["level_common"]]
        base["releases_open_weights"] = ROW_OPEN.get(r["releases_open_weights"], "")
        base["is_researcher"] = ROLE_RESEARCH.get(r["role"], 0.5 if r["role"].startswith("mixed") else "")
        base["usd2023_factor"] = round(usd2023_factor(int(d[:4])), 6)
        base["published_after_2024"] = pa2024(r["published_after_2024"])
        base["quality"] = r["quality"]
        base["source"] = f"{r['source_publisher']} ('{r['source_title']}', {r['source_date']}), original {r['original_source']}; {r['source_url']}"
        notes = [f"{r['employer']}, {r['role']}, level {r['level_company']} (common: {r['level_common']}), location {r['location']}; statistic: {r['statistic']}"]
        if r["basis"]:
            notes.append("basis: " + r["basis"])
        if dnote:
            notes.append(dnote)
        if r["notes"]:
            notes.append("source note: " + r["notes"])
        stat = r["statistic"].lower()
        if stat.startswith("range"):
            key = (r["employer"], r["role"], r["date"], r["source_url"], r["level_common"])
            rr = ranges.setdefault(key, dict(base, _notes=notes))
            side = "low" if "low" in stat else "high"
            if r["base_usd"]:
                rr[f"base_{side}_usd"] = float(r["base_usd"])
            if r["total_usd_per_year"]:
                rr[f"total_{side}_usd_per_year"] = float(r["total_usd_per_year"])
            if "n=" in r["basis"]:
                rr["n_filings"] = int(r["basis"].split("n=")[1].split()[0])
            continue
        row = dict(base)
        row["stat_median"] = 1 if stat.startswith("median") else 0
        row["stat_offer"] = 1 if ("offer" in stat) else 0
        row["stat_maximum"] = 1 if "maximum" in stat else 0
        assert row["stat_median"] + row["stat_offer"] + row["stat_maximum"] == 1, stat
        for col, key in [("base_usd", "base_usd"), ("bonus_usd_per_year", "bonus_usd_per_year"),
                         ("equity_usd_per_year", "equity_usd_per_year"), ("total_usd_per_year", "total_usd_per_year")]:
            if r[key]:
                row[col] = float(r[key])
        # the OpenAI $925k Levels.fyi median appears in three summaries: count it once
        row["repeat_of_other_row"] = 0
        if r["employer"] == "OpenAI" and r["total_usd_per_year"] == "925000":
            if seen925:
                row["repeat_of_other_row"] = 1
                notes.append("same $925k Levels.fyi OpenAI median as the 2023-06 row: count once in a fit")
            seen925 = True
        if "Rora" in r["original_source"]:
            notes.append("Rora negotiation clients: self-selected, high-end sample")
        row["note"] = "; ".join(notes)
        points.append(row)
    rows_r = []
    for rr in ranges.values():
        rr["note"] = "; ".join(rr.pop("_notes")) + "; range low and high from the same source"
        rows_r.append(rr)
    points.sort(key=lambda r: r["date"])
    rows_r.sort(key=lambda r: r["date"])
    common_cols = ["date"] + ETYPE_COLS + ["releases_open_weights", "is_researcher", "level_low", "level_high"]
    h1 = common_cols + ["base_usd", "bonus_usd_per_year", "equity_usd_per_year", "total_usd_per_year",
                        "stat_median", "stat_offer", "stat_maximum", "repeat_of_other_row", "usd2023_factor",
                        "published_after_2024", "quality", "source", "note"]
    h2 = common_cols + ["base_low_usd", "base_high_usd", "total_low_usd_per_year", "total_high_usd_per_year",
                        "n_filings", "usd2023_factor", "published_after_2024", "quality", "source", "note"]
    c1 = [
        "AI researcher and engineer pay, nominal US$ per year (x usd2023_factor for 2023 dollars; CPI-U annual averages, cpi_u.csv).",
        "Self-reported (Levels.fyi), negotiation-sample (Rora: self-selected, high-end) and press figures: cite per row. Equity per year = grant value spread evenly over 4 years (OpenAI: PPUs at grant value, illiquid).",
        "One-hot employer type (closed_lab, open_lab, big_tech, applied, academia, market_benchmark) and statistic (stat_median, stat_offer, stat_maximum); common ladder L3 early career, L4 mid, L5 senior, L6 staff, L7 principal+ (level_low..level_high, empty = not stated). Ranges: pay_ranges.csv.",
    ]
    c2 = [
        "Pay ranges (low and high from the same source) for AI researchers and engineers, nominal US$ per year (x usd2023_factor for 2023 dollars).",
        "Columns as in pay.csv; base_* are base salary only (H-1B filings exclude stock and bonus), total_* total pay. Cite per row.",
    ]
    return write("pay.csv", c1, h1, points), write("pay_ranges.csv", c2, h2, rows_r)


def vesting():
    src = read_shared("equity_vesting.csv")
    rows = []
    name = {"OpenAI": "OpenAI", "Anthropic": "Anthropic", "Google": "Google", "Meta": "Meta",
            "Microsoft": "Microsoft", "Amazon": "Amazon", "Apple": "Apple"}
    for r in src:
        emp = name[r["employer"]]
        od = r["observed_date"]
        date = od.split(" ")[0]
        notes = [f"{emp}: {r['instrument']}; observed {od}"]
        pa = ""
        if date == "2022-2024":
            date = "2022"
            notes.append("standing schedule 2022-2024; dated 2022 (start of the stated span)")
        if r["source_date"] and r["source_date"][:4] >= "2025":
            pa = 1
            notes.append(f"published_after_2024: source dated {r['source_date']}")
        row = {"date": date, "company_id": COMPANY_ID[emp], "closed_lab": 1 if r["employer_type"] == "closed frontier lab" else 0,
               "big_tech": 1 if r["employer_type"] == "big tech AI org" else 0,
               "releases_open_weights": RELEASES_OPEN[emp], "published_after_2024": pa, "quality": r["quality"],
               "source": f"{r['source_publisher']} ('{r['source_title']}', {r['source_date']}), original {r['original_source'] or 'n/a'}; {r['source_url']}"}
        if r["vesting_years"]:
            row["vesting_years"] = int(r["vesting_years"])
        if r["schedule_by_year"]:
            parts = [float(x) / 100 for x in r["schedule_by_year"].split("/")]
            assert abs(sum(parts) - 1) < 1e-9
            for i, p in enumerate(parts, 1):
                row[f"vest_share_year{i}"] = p
        c = r["cliff"].lower()
        if c.startswith("none"):
            row["cliff_months"] = 0
        elif c.startswith("1 year"):
            row["cliff_months"] = 12
        f = r["vest_frequency"].lower()
        if f.startswith("monthly"):
            row["vest_frequency_months"] = 1
        elif f.startswith("quarterly"):
            row["vest_frequency_months"] = 3
        liq = r["liquidity_and_other_terms"]
        if "Public stock" in liq:
            row["public_stock"] = 1
        if emp == "OpenAI" and "PPUs" == r["instrument"].split(" ")[0] or "Profit Participation Units" in r["instrument"]:
            row["public_stock"] = 0
        if "tender" in liq.lower() and emp == "OpenAI" and r["schedule_by_year"]:
            row["tender_only_liquidity"] = 1
            row["growth_cap_multiple"] = 10
            row["sale_lockout_years"] = 2
        if emp == "OpenAI" and "exit terms" in r["instrument"]:
            row["vested_units_cancellable"] = 0
            notes.append("before the 2024-05 change, exit documents allowed cancelling vested units of staff who did not sign a non-disparagement agreement; after it OpenAI said it will not cancel vested units (encoded 0 from 2024-05)")
        if emp == "Anthropic":
            row["vested_units_cancellable"] = 0
            notes.append("vesting schedule not found; co-founder statement that non-disparagement was never tied to vested equity")
        notes.append("terms: " + liq)
        if r["loading"]:
            notes.append("loading: " + r["loading"])
        if r["cliff"] and "cliff_months" not in row:
            notes.append("cliff: " + r["cliff"])
        if r["vest_frequency"] and "vest_frequency_months" not in row:
            notes.append("vest frequency: " + r["vest_frequency"])
        if r["notes"]:
            notes.append("source note: " + r["notes"])
        notes.append("refresh-grant policy: not in the sources read")
        row["note"] = "; ".join(notes)
        rows.append(row)
    rows.sort(key=lambda r: (r["date"], r["company_id"]))
    header = ["date", "company_id", "closed_lab", "big_tech", "releases_open_weights", "vesting_years",
              "vest_share_year1", "vest_share_year2", "vest_share_year3", "vest_share_year4", "cliff_months",
              "vest_frequency_months", "public_stock", "tender_only_liquidity", "growth_cap_multiple",
              "sale_lockout_years", "vested_units_cancellable", "published_after_2024", "quality", "source", "note"]
    comments = [
        "Equity instruments and vesting schedules by employer (shares of a grant vesting in years 1-4, cliff, frequency, liquidity terms). Cite per row.",
        "company_id: 1 OpenAI, 2 Anthropic, 10 Google, 11 Meta, 12 Microsoft, 13 Amazon, 14 Apple (README.md). Empty cell = not stated in the sources read. Refresh-grant policies were not found.",
    ]
    return write("vesting.csv", comments, header, rows)


if __name__ == "__main__":
    a, b = pay()
    print("pay.csv:", a, "rows; pay_ranges.csv:", b, "rows")
    print("vesting.csv:", vesting(), "rows")
