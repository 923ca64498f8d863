#!/usr/bin/env python3
"""headcount_valuation.csv from shared/data/ai_lab_headcount_valuation.csv: funding rounds,
valuations, licence/acqui-hire payments and headcounts of AI labs, 2021..2024-12.

Encoding: company_id (table in README.md); event one-hot: primary_round (a priced primary
funding round, closed or first close), tender (employee share sale), strategic (cloud-provider
or corporate strategic investment, partly paid in or spent on compute), talks (not closed),
filing (regulatory filing), deal_payment_usd (licence-and-hire payments, not valuations),
headcount rows. valuation_post_money = 1 where the source says post-money, 0 where it is a
'reported valuation' of unstated basis. Euro amounts stay in *_eur columns; a US$ figure only
where the source gave one. Whole-year dates ('2021', '2023', '2024 (mid)') are dated YYYY-07.
"""
from common import read_shared, write, usd2023_factor, pa2024, COMPANY_ID, RELEASES_OPEN

EUR = {  # (company, date) -> (amount_raised_eur, valuation_eur), from the *_original columns
    ("Mistral AI", "2023-06-13"): (105e6, 240e6),
    ("Mistral AI", "2023-12"): (385e6, 2e9),
    ("Mistral AI", "2024-06-11"): (600e6, 5.8e9),
}
NAME = {"Inflection AI": "Inflection AI", "AI21 Labs": "AI21 Labs", "Character.ai": "Character.ai"}


def closed_funding_sums(rows):
    """Rows (company_id 0) summing, per calendar year from 2023, the money the closed labs
    (releases_open_weights < 1, as MAPPING.md says) raised in US$ primary rounds and strategic investments: a floor of
    the outside capital for all closed labs' compute. A round reported at a first close and again
    when announced counts once, at its larger amount; talks, filings and tenders do not count."""
    NAMES = {v: k for k, v in COMPANY_ID.items()}
    by_year = {}
    for r in rows:
        if r["releases_open_weights"] >= 1 or not (r["primary_round"] or r["strategic"]) or "amount_raised_usd" not in r:
            continue
        year = r["date"][:4]
        round_name = r["_round"].split(" (")[0] if r["primary_round"] and r["_round"] else r["date"]
        key = (r["company_id"], round_name)
        parts = by_year.setdefault(year, {})
        parts[key] = max(parts.get(key, 0), r["amount_raised_usd"])
    sums = []
    for year in sorted(y for y in by_year if y >= "2023"):
        parts = by_year[year]
        how = " + ".join(f"{NAMES[c]} {v / 1e9:g}B ({k})" for (c, k), v in sorted(parts.items()))
        sums.append({"date": f"{year}-12", "company_id": 0, "closed_funding_sum_usd": sum(parts.values()),
                     "usd2023_factor": round(usd2023_factor(int(year)), 6), "quality": "secondary",
                     "source": "derived in scripts/build_labs.py from the rows of this file",
                     "note": f"money raised in {year} by the closed labs (releases_open_weights < 1), in US$ primary rounds and "
                     f"strategic investments: {how}. Omits rounds reported only in euros, parent-firm money not reported as a "
                     "round (e.g. Microsoft's 2023 investment in OpenAI) and cloud credits, so it is a floor of closed labs' "
                     "outside capital; commitments paid in tranches count in the year announced"})
    return sums


def main():
    rows = []
    for r in read_shared("ai_lab_headcount_valuation.csv"):
        comp = r["company"]
        d = r["date"]
        notes = [f"{comp}: {r['event']}" + (f" ({r['round']})" if r["round"] else "")]
        if len(d) == 4 or d.startswith("2024 (mid"):
            notes.append(f"source date '{d}', dated mid-year by convention")
            d = d[:4] + "-07"
        ev = r["event"].lower()
        row = {"date": d, "company_id": COMPANY_ID[comp], "releases_open_weights": RELEASES_OPEN[comp],
               "usd2023_factor": round(usd2023_factor(int(d[:4])), 6),
               "published_after_2024": pa2024(r["published_after_2024"]), "quality": r["quality"],
               "source": f"{r['source_publisher']} ('{r['source_title']}', {r['source_date']})"
               + (f", original {r['original_reporter']}" if r["original_reporter"] else "") + f"; {r['source_url']}"}
        row["_round"] = r["round"]  # not written: identifies a round reported twice
        row["primary_round"] = 1 if ev.startswith("primary funding round") else 0
        row["tender"] = 1 if "tender" in ev else 0
        row["strategic"] = 1 if ev.startswith("strategic") else 0
        row["talks"] = 1 if "talks" in ev else 0
        row["filing"] = 1 if "filing" in ev else 0
        is_deal = "licence" in ev or "acqui-hire" in ev or "license" in ev
        amt = float(r["amount_raised_usd"]) if r["amount_raised_usd"] else None
        if is_deal:
            row["deal_payment_usd"] = amt
        elif amt is not None:
            row["amount_raised_usd"] = amt
        if r["valuation_usd"]:
            row["valuation_usd"] = float(r["valuation_usd"])
            basis = r["valuation_basis"].lower()
            row["valuation_post_money"] = 1 if "post-money" in basis else 0
        if (comp, r["date"]) in EUR:
            e_amt, e_val = EUR[(comp, r["date"])]
            row["amount_raised_eur"], row["valuation_eur"] = e_amt, e_val
            if "valuation_usd" not in row:
                row["valuation_post_money"] = 1 if "post-money" in r["valuation_basis"].lower() else 0
            notes.append(f"original amounts: raised {r['amount_raised_original']}, valuation {r['valuation_original']}")
        if r["headcount_total"]:
            row["headcount_total"] = float(r["headcount_total"])
            if "(lower bound)" in r["notes"]:
                row["headcount_lower_bound"] = 1
        if r["valuation_basis"]:
            notes.append("valuation basis: " + r["valuation_basis"])
        if r["investors"]:
            notes.append("investors: " + r["investors"])
        if r["notes"]:
            notes.append("source note: " + r["notes"])
        if row["published_after_2024"]:
            notes.append("published_after_2024: " + r["published_after_2024"])
        row["note"] = "; ".join(notes)
        rows.append(row)
    rows += closed_funding_sums(rows)
    rows.sort(key=lambda r: (r["date"], r["company_id"]))
    header = ["date", "company_id", "releases_open_weights", "primary_round", "tender", "strategic", "talks", "filing",
              "amount_raised_usd", "amount_raised_eur", "valuation_usd", "valuation_eur", "valuation_post_money",
              "deal_payment_usd", "headcount_total", "headcount_lower_bound", "closed_funding_sum_usd", "usd2023_factor", "published_after_2024",
              "quality", "source", "note"]
    comments = [
        "Funding rounds, valuations (post-money where the source says so, else reported), licence-and-hire payments and headcounts of AI labs, nominal US$ (x usd2023_factor for 2023 dollars) or euros as reported. Press figures: cite per row.",
        "company_id: 1 OpenAI, 2 Anthropic, 3 xAI, 4 Cohere, 5 Mistral AI, 6 Hugging Face, 7 Inflection AI, 8 AI21 Labs, 9 Character.ai (README.md). Tender valuations are employee share sales, not primary rounds; strategic investments by cloud providers were partly paid in or spent on compute; deal payments are not valuations.",
    ]
    print("headcount_valuation.csv:", write("headcount_valuation.csv", comments, header, rows), "rows")


if __name__ == "__main__":
    main()
