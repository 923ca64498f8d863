#!/usr/bin/env python3
"""lab_revenue.csv and token_usage.csv from shared/data (ai_lab_revenue.csv, token_usage.csv),
plus a few rows gathered by search (marked in their source cell and listed in README.md).

Dating convention (all files): a date as precise as the source; a quantity that describes a
whole calendar year (calendar-year revenue, a projection for a year, a survey of a year) is
dated at the year's middle, YYYY-07, and the note says so, because the project's reader puts
'2024' at 2024.0 (its start) and the model's rates are instantaneous.
"""
from common import read_shared, write, usd2023_factor, pa2024, COMPANY_ID, RELEASES_OPEN

COMPANY_NAME = {"OpenAI": "OpenAI", "Anthropic": "Anthropic", "Cohere": "Cohere", "Hugging Face": "Hugging Face",
                "xAI": "xAI", "Character.ai": "Character.ai"}

TOKENS_PER_WORD = 4 / 3  # OpenAI Help Center, 'What are tokens and how to count them?': 1 token ~= 3/4 word, 100 tokens ~= 75 words
TOKEN_FACTOR_SRC = "OpenAI Help Center, 'What are tokens and how to count them?' (help.openai.com/en/articles/4936856): 1 token ~ 3/4 of an English word, 100 tokens ~ 75 words"
DAYS_PER_MONTH = 365.25 / 12


def year_of(date):
    return int(date[:4])


def revenue():
    src = read_shared("ai_lab_revenue.csv")
    rows = []
    for r in src:
        metric = r["metric"]
        v = float(r["value_usd_nominal"])
        d = r["date"]
        notes = [f"{r['company']}: {r['period_described']}; {r['value_type']}"]
        if metric in ("calendar_year_revenue", "projected_calendar_year_revenue") or d == "2023" and r["company"] == "Anthropic":
            made = d
            d = d[:4] + "-07"
            if metric == "projected_calendar_year_revenue":
                notes.append(f"projection for the calendar year, made {made}; dated at mid-year by convention")
            elif metric == "calendar_year_revenue":
                notes.append("calendar-year total dated at mid-year by convention")
            else:
                notes.append("month within 2023 not stated; dated at mid-year by convention")
        row = {"date": d, "company_id": COMPANY_ID[r["company"] if r["company"] != "Character.ai" else "Character.ai"],
               "releases_open_weights": RELEASES_OPEN[r["company"]],
               "usd2023_factor": round(usd2023_factor(year_of(d)), 6),
               "published_after_2024": pa2024(r["published_after_2024"]), "quality": r["quality"],
               "source": f"{r['source_publisher']} ('{r['source_title']}', {r['source_date']}), original reporter {r['original_reporter']}; {r['source_url']}"}
        col = {"annualized_run_rate": "run_rate_usd", "monthly_revenue": "monthly_revenue_usd",
               "calendar_year_revenue": "calendar_year_revenue_usd",
               "projected_calendar_year_revenue": "projected_calendar_year_revenue_usd"}[metric]
        row[col] = v
        vt = r["value_type"].lower()
        if "lower bound" in vt or "'more than" in r["notes"].lower() or "surpassed" in vt:
            row["lower_bound"] = 1
        if r["company"] == "Hugging Face" and "50-70" in r["value_type"]:
            row["range_low_usd"], row["range_high_usd"] = 50e6, 70e6
            notes.append("range 50-70M kept in range_low/high; value is its midpoint as given")
        if r["company"] == "Hugging Face":
            notes.append("open-model platform, not a closed model provider: not part of closed_revenue")
        if r["notes"]:
            sn = r["notes"]
            # keep the files free of figures about 2025 or later, even in copied notes
            sn = sn.replace("Consistent with Prosperiax (2025): '$1 billion in annual revenue at the start of 2025'. ",
                            "(a 2025 figure in the shared note is omitted here). ")
            assert "start of 2025" not in sn
            notes.append("source note: " + sn)
        if row["published_after_2024"]:
            notes.append("published_after_2024: " + r["published_after_2024"])
        row["note"] = "; ".join(notes)
        rows.append(row)

    # ---- gathered by search (pages corpus)
    syn = ("Synthedia (Bret Kinsella, substack, 'OpenAI Doubled Revenue and is Doing More Business Than Azure - New Reports', 2024-06), "
           "relaying The Information; synthedia.substack.com/p/openai-doubled-revenue-and-is-doing")
    rows.append({"date": "2023-10", "company_id": COMPANY_ID["Anthropic"], "releases_open_weights": 0, "run_rate_usd": 100e6,
                 "usd2023_factor": 1.0, "quality": "tertiary", "source": syn,
                 "note": "Anthropic: 'Last fall, Anthropic told investors it was generating revenue at a $100 million annualized rate' (The Information as relayed; fall 2023, month approximate). Same figure as the later CEO summary for end-2023; the same text gives a company plan of more than $850M annualized by end-2024, a projection, not included as a value"})
    rows.append({"date": "2024-04", "company_id": COMPANY_ID["Cohere"], "releases_open_weights": 0.5, "run_rate_usd": 22e6,
                 "usd2023_factor": round(usd2023_factor(2024), 6), "quality": "tertiary", "source": syn,
                 "note": "Cohere: 'generating just $22 million in annualized revenue in April' (The Information as relayed). Disagrees with the $35M end-March 2024 run rate of another report: keep both"})
    rows.append({"date": "2024-12", "company_id": COMPANY_ID["OpenAI"], "releases_open_weights": 0, "run_rate_usd": 5.5e9,
                 "usd2023_factor": round(usd2023_factor(2024), 6), "published_after_2024": 1, "quality": "tertiary",
                 "source": "limex.media (article, 2025); limex.media/post/openais-explosive-growth-shows-10-billion-run-rate-despite-bleeding-money",
                 "note": "OpenAI: annualized run rate of about $5.5B at the end of 2024, stated in a mid-2025 article as the level six months before its (2025, out-of-sample, not included) figure; excludes Microsoft licensing revenue per the same text; published_after_2024: yes (2025 text, describes Dec 2024)"})

    # ---- sums of closed providers' run rates at year end (floors of the market)
    sums = [
        ("2023-12", 1.6e9 + 100e6 + 13e6, "", "OpenAI >$1.6B (The Information, late Dec 2023) + Anthropic ~$100M (end-2023) + Cohere $13M (end-2023)"),
        ("2023-12", 2.0e9 + 100e6 + 13e6, "", "OpenAI >$2.0B (Financial Times, Dec 2023) + Anthropic ~$100M (end-2023) + Cohere $13M (end-2023)"),
        ("2024-12", 12 * 300e6 + 1.0e9 + 100e6 + 22e6, 1,
         "OpenAI Aug-2024 monthly $300M x 12 = $3.6B (NYT; a floor for December in a growing firm) + Anthropic ~$1B (end-2024, CEO summary, published 2026) + xAI $100M (Nov 2024, WSJ) + Cohere $22M (Apr 2024, lowest recent figure)"),
        ("2024-12", 5.5e9 + 1.0e9 + 100e6 + 22e6, 1,
         "OpenAI ~$5.5B (end-2024, 2025 article) + Anthropic ~$1B (end-2024) + xAI $100M (Nov 2024) + Cohere $22M (Apr 2024)"),
    ]
    for d, v, pa, how in sums:
        rows.append({"date": d, "company_id": 0, "closed_providers_sum_run_rate_usd": v, "lower_bound": 1,
                     "usd2023_factor": round(usd2023_factor(int(d[:4])), 6), "published_after_2024": pa, "quality": "tertiary",
                     "source": "derived in scripts/build_market.py from the rows of this file",
                     "note": "sum of year-end annualized run rates of the closed model providers with a figure: " + how
                     + ". Omits Google, Microsoft (own models), Amazon, Mistral, Inflection, AI21, Character.ai and all cloud resellers' margins, so it is a floor of closed_revenue; quality is that of the weakest part"})
    rows.sort(key=lambda r: (r["date"], r["company_id"]))
    header = ["date", "company_id", "releases_open_weights", "run_rate_usd", "monthly_revenue_usd",
              "calendar_year_revenue_usd", "projected_calendar_year_revenue_usd", "range_low_usd", "range_high_usd",
              "lower_bound", "closed_providers_sum_run_rate_usd", "usd2023_factor", "published_after_2024",
              "quality", "source", "note"]
    comments = [
        "Revenue of AI model labs, nominal US dollars of the date (multiply by usd2023_factor for 2023 dollars, CPI-U annual averages; see cpi_u.csv).",
        "Press figures are facts: each row cites the outlet read and the original reporter. company_id: 0 sum, 1 OpenAI, 2 Anthropic, 3 xAI, 4 Cohere, 6 Hugging Face, 9 Character.ai (table in README.md).",
        "run_rate_usd = annualized run rate (a recent month scaled to a year; FT: last month x 12; Anthropic: last 28 days x 13 + subscriptions x 12); monthly_revenue_usd = one month; calendar-year and projected values are dated YYYY-07. See README.md.",
    ]
    return write("lab_revenue.csv", comments, header, rows)


def tokens():
    src = read_shared("token_usage.csv")
    rows = []
    for r in src:
        ent, metric = r["entity"], r["metric"]
        base = {"published_after_2024": pa2024(r["published_after_2024"]), "quality": r["quality"],
                "source": f"{r['source_publisher']} ('{r['source_title']}', {r['source_date']})"
                + (f", original {r['original_source']}" if r['original_source'] else "") + f"; {r['source_url']}"}
        v = float(r["value"])
        notes = [f"{ent}: {metric} ({r['unit']}); scope: {r['scope']}"]
        row = None
        if ent == "Google" and metric == "tokens processed per month":
            row = {"date": r["date"], "google_tokens_per_month": v}
        elif ent == "OpenAI" and metric == "words generated per day":
            row = {"date": r["date"], "openai_words_per_day": v, "tokens_per_word": round(TOKENS_PER_WORD, 4),
                   "openai_output_tokens_per_month": v * TOKENS_PER_WORD * DAYS_PER_MONTH, "lower_bound": 1}
            notes.append(f"tokens = words x 4/3 ({TOKEN_FACTOR_SRC}) x 30.44 days; output tokens only (input tokens not counted), so a floor of OpenAI's total tokens")
        elif ent == "OpenRouter" and metric == "tokens routed per week":
            row = {"date": "2024-07", "openrouter_tokens_per_week": v, "openrouter_tokens_per_month": v * DAYS_PER_MONTH / 7}
            notes.append("describes 2024 as a whole (a reading of a chart); dated mid-year by convention; per month = per week x 30.44/7")
        elif ent == "Character.AI" and metric == "words generated per day":
            row = {"date": r["date"], "characterai_words_per_day": v, "tokens_per_word": round(TOKENS_PER_WORD, 4),
                   "characterai_output_tokens_per_month": v * TOKENS_PER_WORD * DAYS_PER_MONTH, "lower_bound": 1}
            notes.append(f"'over 1 billion words' (lower bound); tokens = words x 4/3 ({TOKEN_FACTOR_SRC}) x 30.44 days")
        elif metric == "share of respondents whose company builds on open-source models":
            row = {"date": r["date"], "enterprise_open_share_of_respondents": v}
            notes.append("share of survey respondents, not of tokens or spend; self-selected O'Reilly readers")
        if row is None:
            continue
        if r["notes"]:
            notes.append("source note: " + r["notes"])
        if base["published_after_2024"]:
            notes.append("published_after_2024: " + r["published_after_2024"])
        row.update(base)
        row["note"] = "; ".join(notes)
        rows.append(row)
    # ---- gathered by search
    menlo_src = ("Jasper Platz (G2 Venture Partners), 'The Future of Open Models' (blog, 2025), quoting verbatim Menlo Ventures, "
                 "'2024: The State of Generative AI in the Enterprise' (2024); www.jasperplatz.com/post/the-future-of-open-models")
    quote = ("'Closed-source solutions underpin the vast majority of usage with 81% market share, while open-source alternatives "
             "(led by Meta's Llama 3) hold steady at 19%, dropping just one percentage point from 2023.'")
    rows.append({"date": "2024-07", "enterprise_open_share_of_usage": 0.19, "published_after_2024": 1, "quality": "tertiary",
                 "source": menlo_src,
                 "note": "Menlo Ventures enterprise survey, share of enterprise usage on open-source models in 2024: " + quote
                 + " Describes 2024, dated mid-year by convention. Share of usage as surveyed (not measured tokens). published_after_2024: the text read is a 2025 blog (the Menlo report itself is from 2024)"})
    rows.append({"date": "2023-07", "enterprise_open_share_of_usage": 0.20, "published_after_2024": 1, "quality": "tertiary",
                 "source": menlo_src,
                 "note": "2023 value implied by the same quote ('19%, dropping just one percentage point from 2023'); describes 2023, dated mid-year by convention. published_after_2024: 2025 text"})
    rows.sort(key=lambda r: r["date"])
    header = ["date", "google_tokens_per_month", "openai_words_per_day", "openai_output_tokens_per_month",
              "openrouter_tokens_per_week", "openrouter_tokens_per_month", "characterai_words_per_day",
              "characterai_output_tokens_per_month", "lower_bound", "tokens_per_word",
              "enterprise_open_share_of_respondents", "enterprise_open_share_of_usage", "published_after_2024",
              "quality", "source", "note"]
    comments = [
        "Token volumes of providers and open-weight shares that map to model concepts (token_demand, open_share_*). Company statements, press and surveys: cite per row.",
        "Words are converted to tokens at 4/3 tokens per word: " + TOKEN_FACTOR_SRC + ". Raw word counts are kept beside the converted values.",
        "Usage counts (ChatGPT users, Hugging Face users, Llama downloads), request rates and the OpenRouter Chinese-open-model share are left out (no model concept); see README.md.",
    ]
    return write("token_usage.csv", comments, header, rows)


if __name__ == "__main__":
    print("lab_revenue.csv:", revenue(), "rows")
    print("token_usage.csv:", tokens(), "rows")
