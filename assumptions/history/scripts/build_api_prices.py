#!/usr/bin/env python3
"""api_prices.csv: LLM API list prices at the end of each quarter 2020Q3..2024Q4, blended 3:1
($ per million tokens, 0.75 x input + 0.25 x output, Epoch's convention), nominal dollars and
2023 dollars (x CPI-U annual average 2023 / CPI-U annual average of the row's year).

Inputs: shared/data/llm_api_prices.csv (prices) and shared/data/open_closed_benchmarks.csv
(capability, to say which model is 'the best').

Derivation:
 1. Each price row belongs to an 'entry' = (family, model_version, api_provider). An entry's price
    in force on day D is its latest observation dated <= D (YYYY-MM dates count as the 1st).
    An entry is usable on D if that observation is at most MAX_AGE days old. carry_status:
    0 = observation inside the quarter; 1 = older, but a later observation of the same entry
    shows the same price (bracketed); 2 = older and not bracketed (carried forward; because list
    prices of a model version were cut, not raised, in 2020-2024, such a value is best read as
    an upper bound).
 2. Capability of a family on D = its best score among its benchmark rows (table FAMILY_BENCH)
    dated <= D. Capability measure: LMSys Elo (the model's capability index is Arena
    Elo-equivalent); before any priced model of that side has an Elo score, MMLU.
 3. Closed frontier on D: priced closed families within ELO_TOL (or MMLU_TOL) of the best
    priced closed family; a family with no score on that measure joins if it is at or within
    tolerance of the leader on every other benchmark both have (e.g. GPT-4 Turbo in 2023Q4 on
    GPQA, o1-preview in 2024Q3 on GPQA). price_closed_frontier = the cheapest usable entry of
    those families ('the cheapest closed model at the frontier').
 4. Best open on D: the same rule on priced open families; price_open_best = its cheapest
    usable entry (mostly the lowest host price recorded by Artificial Analysis).
 5. Comparable open on D: the cheapest usable open entry whose family matches the chosen closed
    frontier family within tolerance on a majority of the benchmarks both have scores for
    (MMLU_TOL, GPQA_TOL, ELO_TOL).
 6. price_closed_lowest / price_open_lowest: the cheapest usable closed / open entry of any
    capability (closed from 2023Q1 only: before that the file has davinci-class prices only).
 7. One row per (quarter end, underlying observation); the columns it fills say which series it
    is. quality and published_after_2024 are those of the underlying price row.
Tolerances are judgement: ELO_TOL = 5 points ~ the 95% CI half-widths in the benchmark file
(+3/-2 .. +6/-4); MMLU_TOL = 0.02; GPQA_TOL = 0.03 (GPQA diamond has 198 questions, SE ~0.035).
"""
from datetime import date
from common import read_shared, write, usd2023_factor, pa2024

MAX_AGE = 365
ELO_TOL, MMLU_TOL, GPQA_TOL = 5, 0.02, 0.03

# price-row model name -> family
FAMILY = {
    "GPT-3 (all engines, beta pricing plans)": "gpt3", "GPT-3 175B (davinci)": "gpt3",
    "GPT-3.5 (text-davinci-003)": "td003", "GPT-3.5 Turbo": "gpt35t", "GPT-4": "gpt4",
    "GPT-4 Turbo": "gpt4t", "GPT-4o": "gpt4o", "GPT-4o mini": "gpt4omini", "o1-mini": "o1mini",
    "o1-preview": "o1preview", "o1": "o1",
    "Claude 3 Haiku": "c3haiku", "Claude 3 Opus": "c3opus", "Claude 3 Sonnet": "c3sonnet",
    "Claude 3.5 Sonnet": "c35sonnet", "Claude 3.5 Haiku": "c35haiku", "Claude 2": "c2",
    "Claude 2.1": "c21", "Claude Instant": "cinstant",
    "Gemini 1.0 Pro": "gem10pro", "Gemini 1.5 Flash": "gem15flash", "Gemini 1.5 Pro": "gem15pro",
    "Cohere Command": "command", "Cohere Command Light": "commandlight", "Command R": "cmdr",
    "Command R+": "cmdrplus", "Reka Core": "reka", "Ministral 3B": "ministral3b", "Ministral 8B": "ministral8b",
    "Llama 2-70B (chat)": "llama2_70b", "Llama 2 Chat 70B": "llama2_70b", "Llama 2-7B (chat)": "llama2_7b",
    "Llama 2-13B (chat)": "llama2_13b", "Mixtral 8x7B (instruct)": "mixtral8x7b",
    "Llama 3 70B (instruct)": "llama3_70b", "Llama 3.1 405B (instruct)": "llama31_405b",
    "Llama 3.1-405B (instruct)": "llama31_405b", "Llama 3.1 70B (instruct)": "llama31_70b",
    "Qwen2.5 72B (instruct)": "qwen25_72b", "DeepSeek-Coder-V2 236B": "dscoderv2", "DeepSeek-V3": "dsv3",
    "Jamba 1.5-Large": "jamba15l", "Mistral 7B": "mistral7b",
}
# family -> benchmark-file systems that measure it (same model or same family of snapshots)
FAMILY_BENCH = {
    "gpt3": ["text-davinci-001"],  # the file's MMLU note for this row says 'davinci'
    "td003": ["text-davinci-003"], "gpt35t": ["GPT-3.5-turbo-16k", "GPT-3.5-turbo-16k-0125"],
    "gpt4": ["GPT-4 (original)", "gpt-4-0613"],
    "gpt4t": ["gpt-4-1106-preview", "gpt-4-0125-preview", "gpt-4-turbo-2024-04-09"],
    "gpt4o": ["GPT-4o", "GPT-4o-0806"], "gpt4omini": ["GPT-4o mini", "GPT-4o mini-0718"],
    "o1preview": ["o1 preview"], "o1mini": ["o1 mini"],
    "c3opus": ["Claude 3 Opus"], "c3sonnet": ["Claude 3 Sonnet"], "c3haiku": ["Claude 3 Haiku"],
    "c35sonnet": ["Claude 3.5 Sonnet"], "c2": ["Claude 2"], "c21": ["Claude 2.1"],
    "gem10pro": ["Gemini 1.0 Pro"], "gem15pro": ["Gemini 1.5 Pro (April 2024)", "Gemini 1.5 Pro (May 2024)"],
    "gem15flash": ["Gemini 1.5 Flash Preview"], "reka": ["Reka Core"],
    "llama2_70b": ["LLaMa-2 70B"], "llama2_13b": ["LLaMa-2 13B"], "llama2_7b": ["LLaMa-2 7B"],
    "mixtral8x7b": ["Mixtral 8x7B"], "llama3_70b": ["Llama 3 70B"], "llama31_405b": ["Llama 3.1 405B"],
    "llama31_70b": ["Llama 3.1 70B"], "dscoderv2": ["DeepSeek-Coder-V2"], "jamba15l": ["Jamba 1.5 Large"],
    "cmdrplus": ["Cohere Command R+"], "mistral7b": ["Mistral 7B"],
}
BENCH_COLS = {"elo": "LMSys Elo", "mmlu": "MMLU", "gpqa": "GPQA"}
TOL = {"elo": ELO_TOL, "mmlu": MMLU_TOL, "gpqa": GPQA_TOL}


def to_date(s):
    p = [int(x) for x in s.split("-")]
    return date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def quarter_ends():
    for y in range(2020, 2025):
        for q, (m, d) in enumerate([(3, 31), (6, 30), (9, 30), (12, 31)], 1):
            yield f"{y}Q{q}", date(y, m, d)


def main():
    prices = read_shared("llm_api_prices.csv")
    bench = read_shared("open_closed_benchmarks.csv")
    sysrow = {r["System"]: r for r in bench}
    for fam, names in FAMILY_BENCH.items():
        for n in names:
            assert n in sysrow, n
    obs = []
    for r in prices:
        fam = FAMILY[r["model"]]
        obs.append({
            "row": r, "family": fam, "side": r["open_or_closed"],
            "entry": (fam, r["model_version"], r["api_provider"]),
            "date": to_date(r["price_date"]), "price": float(r["blended_3to1_usd_per_mtok"]),
        })

    def capability(fam, d):
        out = {}
        for n in FAMILY_BENCH.get(fam, []):
            b = sysrow[n]
            if not b["Date"] or to_date(b["Date"]) > d:
                continue
            for k, col in BENCH_COLS.items():
                if b[col].strip():
                    v = float(b[col])
                    if k not in out or v > out[k][0]:
                        out[k] = (v, n)
        return out

    def usable(d):
        """entry -> (obs, carry_status, age) in force and usable on day d"""
        latest = {}
        for o in obs:
            if o["date"] <= d and (o["entry"] not in latest or o["date"] >= latest[o["entry"]]["date"]):
                latest[o["entry"]] = o
        out = {}
        qstart = date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
        for e, o in latest.items():
            age = (d - o["date"]).days
            if age > MAX_AGE:
                continue
            if o["date"] >= qstart:
                cs = 0
            else:
                later = [x for x in obs if x["entry"] == e and x["date"] > d]
                nxt = min(later, key=lambda x: x["date"]) if later else None
                cs = 1 if (nxt and abs(nxt["price"] - o["price"]) < 1e-12) else 2
            out[e] = (o, cs, age)
        return out

    def frontier(side, d, use):
        fams = {o["family"] for (o, _, _) in use.values() if o["side"] == side}
        caps = {f: capability(f, d) for f in fams}
        caps = {f: c for f, c in caps.items() if c}
        if not caps:
            return None, set(), {}
        measure = "elo" if any("elo" in c for c in caps.values()) else "mmlu"
        scored = {f: c[measure][0] for f, c in caps.items() if measure in c}
        if not scored:
            return None, set(), caps
        top = max(scored.values())
        fset = {f for f, v in scored.items() if v >= top - TOL[measure]}
        leader = max(scored, key=lambda f: scored[f])
        # a family with no score on the measure joins if it is at or within tolerance of the
        # leader on every other benchmark both have (at least one)
        for f, c in caps.items():
            if measure in c:
                continue
            shared = [k for k in c if k in caps[leader] and k != measure]
            if shared and all(c[k][0] >= caps[leader][k][0] - TOL[k] for k in shared):
                fset.add(f)
        return measure, fset, caps

    def describe(f, c, m):
        if m in c:
            return f"{c[m][1]} {c[m][0]:g}"
        return c[next(iter(c))][1] + " (no " + m.upper() + "; joins on " + ", ".join(f"{k.upper()} {v[0]:g}" for k, v in c.items()) + ")"

    def cheapest(use, pred):
        c = [v for v in use.values() if pred(v[0])]
        return min(c, key=lambda v: (v[0]["price"], v[0]["date"].isoformat())) if c else None

    rows = {}

    def put(label, d, series, pick, extra):
        o, cs, age = pick
        key = (d, id(o))
        r = o["row"]
        if key not in rows:
            y = d.year
            f = usd2023_factor(y)
            pa = pa2024(r["published_after_2024"])
            rows[key] = {
                "date": d.isoformat(), "input_usd_per_mtok": float(r["input_usd_per_mtok"]),
                "output_usd_per_mtok": float(r["output_usd_per_mtok"]), "observation_age_days": age,
                "carry_status": cs, "published_after_2024": pa, "quality": r["quality"],
                "source": f"{r['source_publisher']}; {r['source_url']}" + (f"; archived page {r['archived_price_url']}" if r["archived_price_url"] else ""),
                "_notes": [f"{label}: {r['model']}" + (f" ({r['model_version']})" if r["model_version"] else "")
                           + f" via {r['api_provider']}, price dated {r['price_date']} ({r['price_date_type']}); basis: {r['price_basis']}"],
                "_factor": f,
            }
            if r["notes"]:
                rows[key]["_notes"].append("source note: " + r["notes"])
            if pa:
                rows[key]["_notes"].append("published_after_2024: " + r["published_after_2024"])
        rows[key][f"{series}_usd_per_mtok"] = o["price"]
        rows[key][f"{series}_usd2023_per_mtok"] = o["price"] * rows[key]["_factor"]
        rows[key]["_notes"].append(extra)

    for label, d in quarter_ends():
        use = usable(d)
        if not use:
            continue
        cm, cset, ccaps = frontier("closed", d, use)
        cf = cheapest(use, lambda o: o["side"] == "closed" and o["family"] in cset) if cset else None
        if cf:
            fam = cf[0]["family"]
            desc = ", ".join(describe(f, ccaps[f], cm) for f in sorted(cset))
            put(label, d, "price_closed_frontier", cf,
                f"closed frontier by {cm.upper()} (within {TOL[cm]:g} of the best priced closed model): {desc}; cheapest of them")
        om, oset, ocaps = frontier("open", d, use)
        ob = cheapest(use, lambda o: o["side"] == "open" and o["family"] in oset) if oset else None
        if ob:
            desc = ", ".join(describe(f, ocaps[f], om) for f in sorted(oset))
            put(label, d, "price_open_best", ob, f"best priced open model by {om.upper()}: {desc}; its cheapest listed price")
        if cf:
            fc = capability(cf[0]["family"], d)
            comp = []
            for f in {o["family"] for (o, _, _) in use.values() if o["side"] == "open"}:
                oc = capability(f, d)
                shared = [k for k in BENCH_COLS if k in oc and k in fc]
                ok = [k for k in shared if oc[k][0] >= fc[k][0] - TOL[k]]
                if shared and len(ok) * 2 > len(shared):
                    comp.append((f, ok, shared))
            if comp:
                fams = {f for f, _, _ in comp}
                pick = cheapest(use, lambda o: o["side"] == "open" and o["family"] in fams)
                f, ok, shared = [c for c in comp if c[0] == pick[0]["family"]][0]
                put(label, d, "price_open_comparable", pick,
                    f"open model matching the closed frontier model ({cf[0]['row']['model']}) within tolerance on {', '.join(ok)} of {', '.join(shared)}")
        if d >= date(2023, 1, 1):
            lc = cheapest(use, lambda o: o["side"] == "closed")
            if lc:
                put(label, d, "price_closed_lowest", lc, "cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file)")
        lo = cheapest(use, lambda o: o["side"] == "open")
        if lo:
            put(label, d, "price_open_lowest", lo, "cheapest open-weight model in the file on this day (any capability)")

    series = ["price_closed_frontier", "price_open_best", "price_open_comparable", "price_closed_lowest", "price_open_lowest"]
    header = ["date"]
    for s in series:
        header += [f"{s}_usd_per_mtok", f"{s}_usd2023_per_mtok"]
    header += ["input_usd_per_mtok", "output_usd_per_mtok", "observation_age_days", "carry_status",
               "published_after_2024", "quality", "source", "note"]
    out = []
    for key in sorted(rows, key=lambda k: (k[0], rows[k]["note"] if "note" in rows[k] else "")):
        r = rows[key]
        r["note"] = "; ".join(r.pop("_notes")) + f"; 2023$ = nominal x {r.pop('_factor'):.4f} (CPI-U {key[0].year} annual average)"
        out.append(r)
    out.sort(key=lambda r: (r["date"], [s for s in series if r.get(f"{s}_usd_per_mtok") is not None][0]))
    comments = [
        "Data: Epoch AI (epoch.ai), LLM API prices database (data behind 'LLM inference prices have fallen rapidly but unequally across tasks', 2025), CC BY 4.0",
        "Data: Epoch AI (epoch.ai), data behind 'How far behind are open models?' (Nov 2024), CC BY 4.0 (used to rank models, not reproduced)",
        "Rows marked tertiary with source H. Gundlach et al.: lowest host prices from Artificial Analysis (artificialanalysis.ai) snapshots compiled in github.com/hansgundlach/Algorithmic_Progress_Inference; Artificial Analysis figures, not relicensed: cite both",
        "CPI: U.S. Bureau of Labor Statistics, CPI-U U.S. city average, all items, NSA (CUUR0000SA0), annual averages; see cpi_u.csv",
        "US$ per million tokens, list prices, blended 0.75 x input + 0.25 x output; *_usd_per_mtok nominal dollars of the date, *_usd2023_per_mtok constant 2023 dollars. One row per quarter end and underlying observation. See README.md and scripts/build_api_prices.py.",
    ]
    n = write("api_prices.csv", comments, header, out)
    print(f"api_prices.csv: {n} rows")


if __name__ == "__main__":
    main()
