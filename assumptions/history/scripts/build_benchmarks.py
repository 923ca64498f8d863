#!/usr/bin/env python3
"""benchmarks.csv: monthly running maxima of MMLU, GPQA and LMSys (Chatbot Arena) Elo for
open-weight and for closed models, with the training compute of the model that holds each
maximum and the open-behind-closed lag in months, from Epoch AI's data behind 'How far behind
are open models?' (shared/data/open_closed_benchmarks.csv).

Derivation (re-run: python3 build_benchmarks.py [--epoch-dates]):
 1. Rows without a date (the 'Random chance' reference row) are dropped. Open/Closed is
    Epoch's flag. Scores are taken as given in the columns MMLU, GPQA, LMSys Elo (not HELM
    MMLU), whatever their shot count or CoT note.
 2. Date fixes (off with --epoch-dates): instruction-tuned derivatives that the file dates at
    their base model's paper are moved to their own publication date, because otherwise an
    October-2022 model sets the 2019 open MMLU maximum: Flan-T5-* 2019-10-23 -> 2022-10-20
    (arXiv 2210.11416, Chung et al., 'Scaling Instruction-Finetuned Language Models');
    Flan-PaLM 540B/63B/9B, Flan-U-PaLM, Flan-cont-PaLM and U-PaLM 2022-04-04 -> 2022-10-20
    (arXiv 2210.11416 and 2210.11399; Epoch AI Notable AI Models dates Flan-PaLM 540B and
    U-PaLM (540B) 2022-10-20).
 3. For each month M from 2019-10 to 2024-09 (the file's last model date) and each of open /
    closed and each benchmark, the maximum score over models dated on or before the last day
    of M. The holder is the first model to reach that score (earliest date; ties broken by
    name). Its training compute is the file's 'Training compute (FLOP)'; where that is empty
    it is taken from Epoch AI's Notable AI Models (shared/data/notable_models.csv) for the
    same model, and the note says so; otherwise empty.
 4. Lag (months) for benchmark B at month M: M minus the earliest month S <= M whose closed
    maximum is >= the open maximum at M (Epoch's 'how long ago did closed models reach what
    open models reach now'). Empty when the open maximum is above every closed maximum so far
    (open ahead) or when either side has no score yet. {B}_lag_censored = 1 when S is the first
    month with any closed score for B: closed models may have reached the level earlier without
    a score in the file, so the lag is a lower bound; 0 otherwise.
 5. quality = primary (Epoch dataset); the note names each new record holder in the month it
    takes the record.
"""
import sys
from common import read_shared, write

EPOCH_DATES = "--epoch-dates" in sys.argv
FIXES = {}
if not EPOCH_DATES:
    for n in ["Flan-T5-Small", "Flan-T5-Base", "Flan-T5-Large", "Flan-T5-XL", "Flan-T5-XXL"]:
        FIXES[n] = ("2022-10-20", "arXiv 2210.11416")
    for n in ["Flan-PaLM 540B", "Flan-PaLM 63B", "Flan-PaLM 9B", "Flan-U-PaLM", "Flan-cont-PaLM"]:
        FIXES[n] = ("2022-10-20", "arXiv 2210.11416; Epoch Notable AI Models dates Flan-PaLM 540B 2022-10-20")
    FIXES["U-PaLM"] = ("2022-10-20", "arXiv 2210.11399; Epoch Notable AI Models dates U-PaLM (540B) 2022-10-20")

# benchmark-file name -> Notable AI Models name, used only when the benchmark file has no compute
NOTABLE_NAME = {"Claude 3.5 Sonnet": "Claude 3.5 Sonnet", "Claude 2": "Claude 2",
                "Mixtral 8x7B": "Mixtral 8x7B", "Qwen2-72B": "Qwen2-72B"}

BENCH = [("mmlu", "MMLU"), ("gpqa", "GPQA"), ("elo", "LMSys Elo")]


def months(a, b):
    y, m = map(int, a.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= b:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def main():
    rows = [r for r in read_shared("open_closed_benchmarks.csv") if r["Date"]]
    notable = {r["model"]: r for r in read_shared("notable_models.csv")}
    models = []
    for r in rows:
        date = r["Date"]
        fix = ""
        if r["System"] in FIXES:
            date, why = FIXES[r["System"]]
            fix = f" (dated {date}, not the file's {r['Date']}: {why})"
        comp = r["Training compute (FLOP)"].strip()
        comp_note = ""
        if not comp and r["System"] in NOTABLE_NAME:
            nm = notable.get(NOTABLE_NAME[r["System"]])
            if nm and nm["training_compute_flop"]:
                comp = nm["training_compute_flop"]
                comp_note = " [compute from Epoch Notable AI Models]"
        models.append({
            "name": r["System"], "date": date, "side": r["Open/Closed"].lower(),
            "compute": float(comp) if comp else None, "fix": fix, "comp_note": comp_note,
            "trust": r["Trust in benchmark results"],
            **{k: (float(r[col]) if r[col].strip() else None) for k, col in BENCH},
        })
    last = max(m["date"] for m in models)[:7]
    first = min(m["date"] for m in models)[:7]
    grid = months(first, last)

    # running maxima and holders
    best = {}   # (bench, side, month) -> (score, model)
    for k, _ in BENCH:
        for side in ("open", "closed"):
            cur = None
            for mo in grid:
                for m in sorted(models, key=lambda m: (m["date"], m["name"])):
                    if m["date"][:7] == mo and m["side"] == side and m[k] is not None:
                        if cur is None or m[k] > cur[0]:
                            cur = (m[k], m)
                best[(k, side, mo)] = cur

    out = []
    for i, mo in enumerate(grid):
        row = {"month": mo}
        notes = []
        for k, label in BENCH:
            for side in ("open", "closed"):
                cur = best[(k, side, mo)]
                prev = best[(k, side, grid[i - 1])] if i else None
                if cur:
                    row[f"{k}_max_{side}"] = cur[0]
                    row[f"{k}_{side}_holder_compute_flop"] = cur[1]["compute"]
                    if prev is None or prev[1] is not cur[1]:
                        m = cur[1]
                        t = " (Epoch trust flag -1: possible contamination)" if m["trust"] == "-1" else ""
                        notes.append(f"new {side} {label} max: {m['name']} {cur[0]:g} ({m['date']}){m['fix']}{m['comp_note']}{t}")
            # lag
            o = best[(k, "open", mo)]
            if o and best[(k, "closed", mo)]:
                lag, first_closed = None, None
                for j in range(i + 1):
                    c = best[(k, "closed", grid[j])]
                    if c and first_closed is None:
                        first_closed = j
                    if c and c[0] >= o[0]:
                        lag = i - j
                        break
                if lag is not None:
                    row[f"{k}_lag_months"] = lag
                    # the closed side's first scored month already beats the open max: closed
                    # may have reached that level earlier, unobserved -> the lag is a lower bound
                    row[f"{k}_lag_censored"] = 1 if (i - lag) == first_closed else 0
        row["quality"] = "primary"
        row["source"] = "Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv"
        row["note"] = "; ".join(notes)
        out.append(row)

    header = ["month"]
    for k, _ in BENCH:
        header += [f"{k}_max_open", f"{k}_max_closed", f"{k}_open_holder_compute_flop",
                   f"{k}_closed_holder_compute_flop", f"{k}_lag_months", f"{k}_lag_censored"]
    header += ["quality", "source", "note"]
    comments = [
        "Data: Epoch AI (epoch.ai), data behind 'How far behind are open models?' (Nov 2024, repository epoch-research/open-model-trends), CC BY 4.0",
        "Data: Epoch AI (epoch.ai), Notable AI Models, CC BY 4.0 (dates of Flan-PaLM and U-PaLM; compute where the benchmark file has none)",
        "Monthly running maxima of MMLU, GPQA (fractions) and LMSys Elo (points) among models of the file dated up to the month's end; floors of the frontier. See README.md and scripts/build_benchmarks.py."
        + (" Epoch's original dates (--epoch-dates)." if EPOCH_DATES else ""),
    ]
    name = "scripts/benchmarks_epoch_dates.csv" if EPOCH_DATES else "benchmarks.csv"
    n = write(name, comments, header, out)
    print(f"{name}: {n} rows, {grid[0]}..{grid[-1]}")


if __name__ == "__main__":
    main()
