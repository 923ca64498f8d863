// Generated from assumptions/ by `UPDATE_EMBEDDED_DEFAULTS=1 swift test --filter EmbeddedDefaults`.
// Do not edit: edit assumptions/ and regenerate. A test fails when the two differ.

/// The default assumptions, built into the binary (see `AssumptionFiles.builtIn`).
enum DefaultAssumptions {
    static let files: [String: String] = [
        "backtest.json5": #"""
// The base model started in 2020Q1 with 2020 values, scored against the observed history
// (assumptions/history/). Growth parameters stay at their base values: only the state of 2020
// and the 2020 levels of funding, prices and headcounts are set here.
{
  schema: 1,
  extends: "base",
  name: "backtest",
  description: "The base model run from 2020Q1 to 2024Q4 from 2020 values at or just above the published trend lines (Epoch AI frontier compute 4.5x a year; Cottier et al. 2024 cost 2.4x a year) and the observed maxima, scored against the running maxima of observed open and closed training compute and cost. Closed labs publish compute and cost for few models, so the observed maxima are floors: the model should sit on or above them.",
  time: { start: "2020Q1", end: "2024Q4" },
  set: {
    // --- compute and cost: the 2020Q1 points of the trend lines
    "training_budget_start[closed]": 4.4e6,         // Cottier et al. (2024) trend value for 2020Q1 is ~$2.5M (41M × 2.4^-3.2); raised to the observed floor, OpenAI Five $4.3M (2019-12, Epoch AI training-cost data)
    hardware_flop_per_dollar_start: 2.96e17,        // base 2025Q1 value ÷ 1.40^5 (Hobbhahn & Besiroglu 2022 trend)
    precision_utilization_factor_start: 0.2,        // the base factor dynamics (growth 1.5x, cap 4) run back from 1 in 2025Q1 give 0.17; 0.2 keeps 2020 compute above GPT-3's 3.14e23 FLOP (2020-05)
    "training_budget_start[open]": 1.2e6,           // open cost trend back from $80M in 2025Q1 at 2.4x a year; on its 2020 target; 4.2e22 FLOP, above T5-11B's 3.3e22 (2019-10)
    open_sponsor_ambition: 0.4,                     // judgement: before Llama (2023) open sponsors put a smaller share of the frontier cost into released runs (mT5 $0.19M, BLOOM $1.0M vs GPT-3 $2.3M, PaLM $3.0M; Epoch AI data)
    "algorithmic_efficiency_start[closed]": 0.0058, // Ho et al. (2024): 2.8x a year, so 2020 algorithms = 2.8^-5 of 2025's
    "algorithmic_efficiency_start[open]": 0.0029,   // the same, times the base open/closed ratio of 0.5
    outside_capital_start: 6.9e8,                   // judgement: investor money for closed labs' compute in 2020 (Microsoft's $1B in OpenAI, 2019, spread over a few years); fitted by forecast calibrate
    public_open_run_budget: 2e5,                    // judgement: publicly funded open runs were tiny in 2020
    sponsor_release_threshold: 2.6e8,               // base value (2025) ÷ 1.5^5 (sponsor_threshold_growth)
    // --- market in 2020
    llm_spending_start: 1.5e8,                      // judgement: language-model API revenue was a few hundred million dollars a year at most in 2020
    price_closed_frontier_start: 60,                // GPT-3 davinci list price in 2020: $0.06 per 1K tokens
    // --- talent in 2020
    software_developers_start: 2.4e7,               // Evans Data 2021: 25.6M [secondary], grown ~3% a year, so ~24M in 2020
    ml_practitioners_start: 3.5e5,                  // judgement between Tencent 2017 (300K) and Cerebrium's ~500K for the mid-2020s
    "researchers_start[closed]": 2500,              // judgement
    "researchers_start[open]": 1000,                // judgement
    "researchers_start[big_tech]": 1500,            // judgement
    "researchers_start[applied]": 6500,             // judgement
    "researchers_start[academia]": 9000,            // judgement
    researcher_job_market_start: 2000,              // judgement
    "comp_start[closed]": 5.5e5,                    // judgement: top-lab research pay before the 2023-24 bidding war
    "comp_start[open]": 3.8e5,                      // judgement
    "comp_start[big_tech]": 2.5e5,                  // judgement
    "comp_start[applied]": 2.6e5,                   // judgement
    "comp_start[academia]": 1.3e5,                  // judgement
    "staff_budget_start[closed]": 1.5e9,            // judgement: researchers_start[closed] × comp_start[closed] × 1.1
    "staff_budget_start[open]": 3.8e8,              // judgement: researchers_start[open] × comp_start[open]
    "staff_budget_start[big_tech]": 3.9e8,          // judgement: researchers_start[big_tech] × comp_start[big_tech] × 1.05
    "staff_budget_start[applied]": 1.8e9,           // judgement: researchers_start[applied] × comp_start[applied] × 1.05
    "staff_budget_start[academia]": 1.17e9,         // judgement: researchers_start[academia] × comp_start[academia]
    community_contributors_start: 5e4,              // judgement: the open-model community before Llama
  },
  scores: [
    { series: "frontier_compute_closed", history: "frontier_compute.csv", column: "max_closed_training_flop" },
    { series: "frontier_compute_open", history: "frontier_compute.csv", column: "max_open_training_flop" },
    { series: "frontier_training_cost_closed", history: "frontier_training_cost.csv", column: "max_closed_training_cost_usd2023" },
    { series: "frontier_training_cost_open", history: "frontier_training_cost.csv", column: "max_open_training_cost_usd2023" },
  ],
}

"""#,
        "base.json5": #"""
// The numbers of the base scenario: time settings, every parameter with its range and source,
// and the tables. Money is constant 2023 US dollars ($). Growth factors "per year" carry the
// unit 1/year by the project's convention (ln of one is a continuous rate).
// Ranges are for Monte Carlo. Sourced figures cite MODEL.md §3 exactly; [secondary] marks a
// figure read through a secondary report; "judgement:" marks a guess, given a wide range.
{
  schema: 1,
  name: "base",
  description: "Trends of 2018-2025 continue: frontier compute 4-5x a year, amortized cost of the largest run 2.4x a year, hardware price-performance 1.4x a year, algorithmic efficiency 2.8x a year, inference prices falling ~40x a year at constant capability, open models about a year behind.",
  time: { start: "2025Q1", end: "2035Q4", step: 0.0625, method: "rk4", unit: "year" },

  parameters: {
    // ---------------------------------------------------------------- definitions
    months_per_year: {
      value: 12, low: 12, high: 12, distribution: "fixed", unit: "month/year",
      source: "definition",
    },
    capability_reference_compute: {
      value: 1e25, low: 1e25, high: 1e25, distribution: "fixed", unit: "FLOP",
      source: "definition: the effective compute at which the capability index is capability_at_reference_compute",
    },

    // ---------------------------------------------------------------- compute: start state
    training_budget_start: {
      dimensions: ["lab"], unit: "$", distribution: "triangular",
      elements: {
        closed: {
          value: 1.98e8, low: 1.43e8, high: 2.78e8,
          source: "Cottier et al. (2024), \"The rising costs of training frontier AI models\", arXiv 2405.21015: trend of the amortized cost of frontier runs, 2.4x per year (2.0-2.9), through GPT-4 $41M (amortized; Epoch AI training-cost data), 2023-03 → 2025Q1: 41M × 2.4^1.8",
          note: "Trend value, not an observed maximum: the largest observed closed cost in shared/data is $42M (GPT-4). Range: the same anchor grown at 2.0x and 2.9x.",
        },
        open: {
          value: 8.0e7, low: 4.0e7, high: 1.2e8,
          source: "derived: Llama 3.1-405B (2024-07, open, 3.8e25 FLOP, ~$53M; Epoch AI training-cost data) grown to 2025Q1 on the cost trend of Cottier et al. (2024), 2.4x per year: 53M × 2.4^0.44",
          note: "Gives 7.6e25 FLOP at 2025Q1, above the observed open maximum of 3.8e25 (a floor). Physical gap to the closed trend ≈ 0.6 OOM, within Epoch AI (Nov 2024) 'about 15 months in training compute' (5-22 months).",
        },
      },
    },
    hardware_flop_per_dollar_start: {
      value: 1.59e18, low: 1.1e18, high: 2.3e18, distribution: "triangular", unit: "FLOP/$",
      source: "derived: Epoch AI (2024), \"Training compute of frontier AI models grows by 4-5x per year\": the 4.5x trend through GPT-4's 2.1e25 FLOP (2023-03) gives 3.15e26 FLOP at 2025Q1; ÷ training_budget_start[closed]",
      note: "Cross-check with Epoch AI training-cost data (shared/data/notable_models.csv): Gemini 1.0 Ultra 1.7e18, Claude 3.5 Sonnet 1.0e18, Grok-2 0.94e18 FLOP per amortized $ in 2023-24.",
    },
    compute_price_ratio: {
      dimensions: ["lab"], unit: "dimensionless",
      elements: {
        closed: {
          value: 1, low: 1, high: 1, distribution: "fixed",
          source: "definition: FLOP per $ are counted at the prices the largest closed labs pay",
        },
        open: {
          value: 0.6, low: 0.4, high: 1.0, distribution: "triangular",
          source: "Epoch AI training-cost data (shared/data/notable_models.csv): Llama 3.1-405B got 7.2e17 FLOP per amortized $ vs 1.0-1.7e18 for Claude 3.5 Sonnet, Grok-2 and Gemini 1.0 Ultra",
          note: "Closed labs 'can train models more efficiently because of their differentiated negotiating power, access to compute, and scaled cloud infrastructure' (Stanford Review essay, seeds/001).",
        },
      },
    },
    precision_utilization_factor_start: {
      value: 1, low: 1, high: 1, distribution: "fixed", unit: "dimensionless",
      source: "definition: the factor is 1 at 2025Q1 (its level is inside hardware_flop_per_dollar_start)",
    },
    algorithmic_efficiency_start: {
      dimensions: ["lab"], unit: "dimensionless",
      elements: {
        closed: {
          value: 1, low: 1, high: 1, distribution: "fixed",
          source: "definition: effective compute is counted in FLOP with closed labs' 2025Q1 algorithms",
        },
        open: {
          value: 0.5, low: 0.25, high: 1.0, distribution: "lognormal",
          source: "judgement: open developers trail closed labs' unpublished methods by about 0.3 OOM; with the physical gap this gives a lag near Epoch AI (Nov 2024) 'about 1 year on benchmarks (5-22 months)'",
        },
      },
    },

    // ---------------------------------------------------------------- compute: trends
    hardware_growth: {
      value: 1.40, low: 1.25, high: 1.57, distribution: "triangular", unit: "1/year",
      source: "Hobbhahn & Besiroglu (2022), Epoch AI, \"Trends in GPU price-performance\": FLOP/s per $ doubling every 2.07 years (1.54-3.13), ~1.40x per year",
    },
    precision_utilization_growth: {
      value: 1.5, low: 1.2, high: 1.8, distribution: "triangular", unit: "1/year",
      source: "judgement: MODEL.md §1 — 4-5x compute growth ≈ 2.4x cost × 1.4x hardware × ~1.2-1.4x from number formats and utilization; no source measures it directly",
      note: "Growth of the factor far below its cap; with the cap of 4 it grows ~1.36x in 2025, ~1.2x by 2028, and stops at the cap.",
    },
    precision_utilization_cap: {
      value: 4, low: 2.5, high: 6, distribution: "triangular", unit: "dimensionless",
      source: "judgement: FP8 then FP4 can each at most double FLOP per $ and utilization cannot pass 100%, so the factor stops within a few doublings of 2025",
    },
    algorithmic_growth: {
      value: 2.8, low: 1.8, high: 5.3, distribution: "triangular", unit: "1/year",
      source: "Ho et al. (2024), \"Algorithmic progress in language models\", arXiv 2403.05812: compute for a given result halves every 8 months (5-14), 1.8 / 2.8 / 5.3x per year",
      note: "Rate at the 2025 research effort and efficiency level; talent and 'ideas get harder to find' move it from there.",
    },

    // ---------------------------------------------------------------- compute: closed funding
    outside_capital_start: {
      value: 2.5e10, low: 1.2e10, high: 5e10, distribution: "lognormal", unit: "$/year",
      source: "judgement: investor and parent-firm money for closed labs' compute in 2025 (tens of billions of dollars a year); with reinvested revenue it sets closed compute spending",
    },
    outside_funding_multiple: {
      value: 3, low: 1, high: 10, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: dollars a year investors put into closed labs' compute per dollar of closed revenue while revenue grows at funding_reference_growth; in 2024 closed labs raised about $25B (history/headcount_valuation.csv: OpenAI $6.6B, Anthropic $4.75B, xAI $12B) on $5-7B of revenue run rate (history/lab_revenue.csv); fitted by forecast calibrate",
    },
    funding_reference_growth: {
      value: 2.5, low: 2.5, high: 2.5, distribution: "fixed", unit: "1/year",
      source: "definition: the revenue growth at which investors put in outside_funding_multiple × revenue",
    },
    funding_growth_response: {
      value: 1, low: 0.3, high: 2, distribution: "triangular", unit: "year",
      source: "judgement: how strongly investor money follows revenue growth (e-fold of the multiple per unit of continuous growth rate): expected returns",
    },
    revenue_growth_averaging_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: investors read growth over about the last year",
    },
    investor_capacity_start: {
      value: 3e11, low: 1e11, high: 1e12, distribution: "lognormal", unit: "$/year",
      source: "judgement: the most investors and parent firms could put into closed labs' compute a year from 2025, of the order of the largest technology firms' yearly capital spending (a few hundred billion dollars in 2024)",
    },
    investor_capacity_growth: {
      value: 1.1, low: 1.0, high: 1.3, distribution: "triangular", unit: "1/year",
      source: "judgement: what investors can carry grows with the firms and funds behind them",
    },
    funding_limit_sharpness: {
      value: 4, low: 2, high: 8, distribution: "triangular", unit: "dimensionless",
      source: "judgement: how abruptly funding stops growing near what investors can carry (soft-minimum exponent)",
    },
    funding_adjustment_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: funding moves toward investors' appetite over about a year of rounds",
    },
    revenue_reinvestment_share: {
      value: 0.7, low: 0.3, high: 0.9, distribution: "triangular", unit: "dimensionless",
      source: "judgement: share of closed model revenue spent on compute (the revenue → compute link; 0 cuts it)",
    },
    training_compute_share: {
      value: 0.43, low: 0.3, high: 0.6, distribution: "triangular", unit: "dimensionless",
      source: "The Information (2024-07) [secondary]: OpenAI expected to spend about $3B on training compute and $4B on inference in 2024, 3/7 = 0.43 of its compute spending on training",
      note: "Range: judgement (one lab, one year).",
    },
    largest_run_capacity_share: {
      value: 0.0135, low: 0.004, high: 0.05, distribution: "lognormal", unit: "year",
      source: "judgement: years of all closed labs' installed training capacity that go into the single largest run (one lab's largest cluster, run for a few months at its utilization); fitted by forecast calibrate",
    },
    capacity_growth_at_start: {
      value: 4.5, low: 4, high: 5, distribution: "triangular", unit: "1/year",
      source: "Epoch AI (2024), \"Training compute of frontier AI models grows by 4-5x per year\": the clusters behind the largest runs grew with them; sets the capacity on order at the start",
    },
    capacity_lead_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: from ordering accelerators to running them in a powered data centre (chip delivery, buildings, grid connection)",
    },
    hardware_lifetime: {
      value: 5, low: 3, high: 6, distribution: "triangular", unit: "year",
      source: "judgement: accelerators stay in service for about five years (cloud providers depreciate servers over 4-6 years)",
    },
    capacity_adjustment_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: how fast closed labs close the gap between the capacity they can pay for and what is installed or on order",
    },
    budget_adjustment_time: {
      value: 0.5, low: 0.25, high: 1.5, distribution: "lognormal", unit: "year",
      source: "judgement: from capacity in place to a run of that size (planning and training take months)",
    },

    // ---------------------------------------------------------------- compute: power and chips
    feasible_run_compute_2030: {
      value: 2e29, low: 1e29, high: 6e29, distribution: "lognormal", unit: "FLOP",
      source: "Epoch AI (2024), \"Can AI scaling continue through 2030?\": a ~2e29 FLOP run likely feasible by 2030 (power is the binding limit)",
      note: "Range: judgement.",
    },
    feasible_run_reference_year: {
      value: 2030.5, low: 2030.5, high: 2030.5, distribution: "fixed", unit: "year",
      source: "Epoch AI (2024), \"Can AI scaling continue through 2030?\": the date of the 2e29 FLOP estimate",
    },
    power_supply_growth: {
      value: 1.8, low: 1.3, high: 2.5, distribution: "triangular", unit: "1/year",
      source: "judgement: growth of the largest run power and chip supply allow (data-centre power and chip output build-out)",
    },
    power_limit_sharpness: {
      value: 8, low: 3, high: 12, distribution: "triangular", unit: "dimensionless",
      source: "judgement: how abruptly growth stops near the ceiling (soft-minimum exponent)",
    },

    // ---------------------------------------------------------------- compute: data wall
    data_stock_tokens: {
      value: 3e14, low: 1e14, high: 1e15, distribution: "lognormal", unit: "token",
      source: "Villalobos et al. (2024), \"Will we run out of data?\", ICML: usable stock of public text 100 / 300 / 1000 trillion tokens; fully used 2026 / 2028 / 2032",
    },
    tokens_per_parameter: {
      value: 38, low: 20, high: 200, distribution: "lognormal", unit: "token",
      source: "Meta (2024), \"The Llama 3 Herd of Models\", arXiv 2407.21783: the 405B-parameter model was trained on 15.6 trillion tokens (38 per parameter), the 8B model on 15 trillion (about 1,900); Hoffmann et al. (2022), Chinchilla: compute-optimal ≈ 20 per parameter",
      note: "Low: Chinchilla's compute-optimal ratio; high: judgement (frontier-scale runs train past it, less than small models do).",
    },
    training_flop_per_parameter_token: {
      value: 6, low: 6, high: 6, distribution: "fixed", unit: "FLOP/token",
      source: "Hoffmann et al. (2022), Chinchilla, as stated in MODEL.md §1: C ≈ 6·N·D",
    },
    data_reuse_factor: {
      value: 2, low: 1, high: 4, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: multi-epoch training stretches the stock (Muennighoff et al. 2023 found a few epochs of repeated data nearly as useful as new data)",
    },
    synthetic_data_max_multiple: {
      value: 3, low: 0, high: 8, distribution: "triangular", unit: "dimensionless",
      source: "judgement: synthetic data, once mature, adds this multiple of the reused human stock",
    },
    data_access_share: {
      dimensions: ["lab"], unit: "dimensionless",
      elements: {
        closed: {
          value: 1, low: 1, high: 1, distribution: "fixed",
          source: "definition: usable tokens are counted as closed labs reach them",
        },
        open: {
          value: 0.8, low: 0.5, high: 1.0, distribution: "triangular",
          source: "judgement: open developers reach less licensed data ('only closed source will be able to forge the data partnerships', Stanford Review essay, seeds/001)",
        },
      },
    },
    data_wall_sharpness: {
      value: 3, low: 2, high: 8, distribution: "triangular", unit: "dimensionless",
      source: "judgement: how abruptly returns fall as wanted tokens pass usable tokens",
    },
    data_wall_penalty: {
      value: 1.0, low: 0.5, high: 1.6, distribution: "triangular", unit: "dimensionless",
      source: "judgement: beyond the wall effective compute grows as physical compute^(1 - penalty/2) (1 = as its square root: tokens fixed, only parameters grow)",
    },

    // ---------------------------------------------------------------- capability and gap
    capability_at_reference_compute: {
      value: 1250, low: 1200, high: 1300, distribution: "triangular", unit: "index",
      source: "fit to Epoch AI, data behind \"How far behind are open models?\" (shared/data/open_closed_benchmarks.csv): LMSys Elo of 29 models vs log10 training compute × algorithmic efficiency (2.8x per year, 2025 = 1); Elo at 1e25 effective FLOP",
      note: "Range: about ±1 residual standard deviation (57 Elo) of the fit.",
    },
    capability_per_oom: {
      value: 102, low: 80, high: 125, distribution: "triangular", unit: "index",
      source: "fit to Epoch AI, data behind \"How far behind are open models?\" (shared/data/open_closed_benchmarks.csv): slope of LMSys Elo per OOM of effective compute",
      note: "Range: judgement.",
    },
    effective_compute_growth_at_start: {
      value: 2.54, low: 1.97, high: 3.28, distribution: "triangular", unit: "1/year",
      source: "derived: ln(4.5 × 2.8) from Epoch AI (2024), \"Training compute of frontier AI models grows by 4-5x per year\" (4 / 4.5 / 5x) and Ho et al. (2024), \"Algorithmic progress in language models\", arXiv 2403.05812 (1.8 / 2.8 / 5.3x per year); low ln(4 × 1.8), high ln(5 × 5.3)",
      note: "Initial value of the smoothed pace behind capability_lag_months (a continuous rate).",
    },
    frontier_pace_smoothing_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: the pace a reader would quote is the trend over about the last year",
    },
    minimum_frontier_pace: {
      value: 0.1, low: 0.05, high: 0.2, distribution: "lognormal", unit: "1/year",
      source: "judgement: floor on the closed pace (OOM per year) so the lag stays finite if progress stalls",
    },
    diffusion_rate: {
      value: 0.12, low: 0.03, high: 0.4, distribution: "lognormal", unit: "1/year",
      source: "judgement: continuous catch-up of open efficiency per OOM of gap from published research, distillation and leaked weights; fitted by forecast calibrate to the open compute and benchmark history",
    },
    capability_lead_sign: {
      dimensions: ["lab"], unit: "dimensionless", distribution: "fixed",
      source: "definition: capability_gap_oom is the closed lead over open, so each side's own lead is its sign × the gap (the side behind catches up by diffusion)",
      elements: { closed: 1, open: -1 },
    },
    architecture_breakthrough_gain: {
      value: 1, low: 1, high: 1, distribution: "fixed", unit: "dimensionless",
      source: "definition: 1 = no new architecture, as in the base scenario (scenarios/efficiency-breakthrough.json5 sets 10)",
    },
    architecture_breakthrough_time: {
      value: 2027.0, low: 2027.0, high: 2027.0, distribution: "fixed", unit: "year",
      source: "definition: when a breakthrough would arrive, used only when architecture_breakthrough_gain > 1 (MODEL.md §2: 2027Q1)",
    },
    architecture_breakthrough_duration: {
      value: 0.25, low: 0.25, high: 0.25, distribution: "fixed", unit: "year",
      source: "definition: a breakthrough arrives over one quarter (events step at quarter starts)",
    },
    breakthrough_lead_reset: {
      value: 0, low: 0, high: 0, distribution: "fixed", unit: "dimensionless",
      source: "definition: 0 = no breakthrough in the base scenario, so nothing of the closed lead is reset",
    },
    lead_reset_share: {
      dimensions: ["lab"], unit: "dimensionless", distribution: "fixed",
      source: "definition: an openly published architecture resets part of the closed lead for open developers (1); closed labs, who hold the lead, gain nothing from it (0)",
      elements: { closed: 0, open: 1 },
    },

    // ---------------------------------------------------------------- capability: backward lag
    lookback_step: {
      value: 0.25, low: 0.25, high: 0.25, distribution: "fixed", unit: "year",
      source: "definition: the backward lag reads the closed frontier's history quarter by quarter",
    },
    lookback_time: {
      dimensions: ["lookback"], unit: "year", distribution: "fixed",
      source: "definition: how far back each point of the lookback grid lies (1 to 40 quarters)",
      elements: { q01: 0.25, q02: 0.5, q03: 0.75, q04: 1.0, q05: 1.25, q06: 1.5, q07: 1.75, q08: 2.0, q09: 2.25, q10: 2.5, q11: 2.75, q12: 3.0, q13: 3.25, q14: 3.5, q15: 3.75, q16: 4.0, q17: 4.25, q18: 4.5, q19: 4.75, q20: 5.0, q21: 5.25, q22: 5.5, q23: 5.75, q24: 6.0, q25: 6.25, q26: 6.5, q27: 6.75, q28: 7.0, q29: 7.25, q30: 7.5, q31: 7.75, q32: 8.0, q33: 8.25, q34: 8.5, q35: 8.75, q36: 9.0, q37: 9.25, q38: 9.5, q39: 9.75, q40: 10.0 },
    },

    // ---------------------------------------------------------------- capability: distillation and release
    distillation_reach: {
      value: 0.3, low: 0, high: 0.6, distribution: "triangular", unit: "dimensionless",
      source: "judgement: share of the gap in orders of magnitude that training on a stronger model's outputs closes (a student approaches, never passes, its teacher); fitted by forecast calibrate",
    },
    release_stop_ratio: {
      value: 1, low: 0.5, high: 2, distribution: "triangular", unit: "dimensionless",
      source: "judgement: a developer stops releasing frontier weights once a frontier-class run costs more than it will give away ('forced to close', Stanford Review essay, seeds/001)",
    },
    release_resume_ratio: {
      value: 0.5, low: 0.25, high: 0.9, distribution: "triangular", unit: "dimensionless",
      source: "judgement: a developer that stopped resumes releasing only when a frontier-class run costs well under its limit (hysteresis: reversing a strategy is costly)",
    },
    release_switch_time: {
      value: 0.25, low: 0.25, high: 1, distribution: "triangular", unit: "year",
      source: "judgement: a release decision takes effect within about one release cycle",
    },
    startup_run_share: {
      value: 0.01, low: 0.003, high: 0.05, distribution: "lognormal", unit: "year",
      source: "judgement: the largest run of open-weight startups and consortia, in years of all spending on serving open models (Mistral-scale labs earn a small part of it)",
    },
    startup_release_revenue_multiple: {
      value: 0.05, low: 0.01, high: 0.2, distribution: "lognormal", unit: "year",
      source: "judgement: startups give away runs costing up to this many years of open-model serving spending; above it they keep their largest models closed",
    },
    restriction_exposure: {
      dimensions: ["open_developer"], unit: "dimensionless", distribution: "fixed",
      source: "definition: release restrictions bind big-tech sponsors and startups; state programmes are exempt",
      elements: { big_tech: 1, state: 0, startup: 1 },
    },

    // ---------------------------------------------------------------- sponsor retreat
    open_sponsor_ambition: {
      value: 0.62, low: 0.3, high: 1.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: big-tech open sponsors aim at a share of the closed frontier's run cost (Llama 3.1-405B, ~$53M in 2024-07, against GPT-4-class closed runs of $40-100M+; Epoch AI training-cost data)",
    },
    sponsor_release_threshold: {
      value: 2000000000.0, low: 500000000.0, high: 6000000000.0, distribution: "lognormal", unit: "$",
      source: "judgement: run cost (2025 level) the largest open sponsor will still give away; Meta-scale sponsors spend tens of billions a year on AI but earn nothing on released weights",
    },
    sponsor_threshold_growth: {
      value: 1.5, low: 1.2, high: 1.8, distribution: "triangular", unit: "1/year",
      source: "judgement: sponsors' AI budgets grow, but slower than frontier run costs",
    },
    open_release_restriction: {
      value: 0, low: 0, high: 0.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: no policy restriction on releasing open weights in the base scenario (see scenarios/open-restriction.json5)",
    },
    minimum_open_run_budget: {
      value: 1e6, low: 1e5, high: 5e6, distribution: "lognormal", unit: "$",
      source: "judgement: academic and hobbyist open releases go on at some scale whatever sponsors and policy do",
    },
    public_open_run_budget: {
      value: 5e6, low: 0, high: 5e7, distribution: "triangular", unit: "$",
      source: "judgement: government-funded open runs are small today (e.g. Falcon-180B cost ~$11M in 2023, Epoch AI training-cost data)",
    },

    // ---------------------------------------------------------------- market: demand
    llm_spending_start: {
      value: 1.6e10, low: 8e9, high: 3e10, distribution: "triangular", unit: "$/year",
      source: "judgement: annualized spending on language-model tokens and subscriptions in early 2025 (tens of billions of dollars), most of it to closed providers",
    },
    adoption_rate: {
      value: 0.88, low: 0.47, high: 1.25, distribution: "triangular", unit: "1/year",
      source: "judgement: continuous growth rate of early adoption; model providers' revenue grew about two- to three-fold a year in 2023-25 (ln 1.6 to ln 3.5); fitted by forecast calibrate to the revenue history",
    },
    addressable_spending_start: {
      value: 1e12, low: 3e11, high: 3e12, distribution: "lognormal", unit: "$/year",
      source: "judgement: yearly spending on language models once every task they can do at 2025Q1 capability has adopted them (of the order of a few percent of the world's spending on knowledge work)",
    },
    addressable_spending_growth: {
      value: 1.03, low: 1.0, high: 1.06, distribution: "triangular", unit: "1/year",
      source: "judgement: the work language models could do grows with the economy",
    },
    capability_value_saturation_oom: {
      value: 5, low: 2, high: 10, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: orders of magnitude of frontier effective compute over which better capability keeps unlocking paid work at the start rate (the value of capability saturates: spending at most 10^(exponent × this) times the start level's)",
    },
    capability_value_exponent: {
      value: 0.15, low: 0, high: 0.3, distribution: "triangular", unit: "dimensionless",
      source: "judgement: spending rises by 10^0.15 ≈ 1.4x per OOM of frontier effective compute (capability earns revenue: more tasks done well enough to pay for); fitted by forecast calibrate",
    },
    frontier_task_share: {
      value: 0.3, low: 0.15, high: 0.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: frontier tasks are a minority of volume; 'the long tail of cheap, lagging edge and specialized products will ultimately account for much of the volume' (Stanford Review essay, seeds/001)",
    },

    // ---------------------------------------------------------------- market: prices
    price_closed_frontier_start: {
      value: 10, low: 4, high: 30, distribution: "lognormal", unit: "$/Mtok",
      source: "judgement: blended list price of the best closed models in early 2025 (a few to tens of dollars per million tokens)",
    },
    inference_efficiency_growth: {
      value: 2, low: 1.2, high: 4, distribution: "lognormal", unit: "1/year",
      source: "judgement: yearly gain in tokens served per FLOP from quantization, sparse experts, caching and speculative decoding; with hardware and algorithms it should reproduce part of the 9-40-900x a year fall of prices at constant capability (Epoch AI 2025, \"LLM inference prices have fallen rapidly but unequally\"); fitted by forecast calibrate to the price history",
    },
    competitive_markup: {
      value: 0.1, low: 0, high: 0.3, distribution: "triangular", unit: "dimensionless",
      source: "judgement: the margin over serving cost that competing hosts of the same model keep",
    },
    lead_markup_per_oom: {
      value: 1, low: 0.2, high: 3, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: extra margin closed providers charge per order of magnitude of capability lead (a 0.5 OOM lead roughly doubles price over serving cost, as reported API gross margins of about 50% suggest); fitted by forecast calibrate",
    },
    frontier_price_premium: {
      value: 20, low: 10, high: 40, distribution: "lognormal", unit: "dimensionless",
      source: "Stanford Review essay (seeds/001_5289c3ec2c0a62ed.txt): price of a frontier model per token vs the tier below ~20x (GPT-4 vs GPT-3.5, 2023)",
      note: "Range: judgement.",
    },
    tiers_below_frontier: {
      dimensions: ["segment"], unit: "dimensionless", distribution: "fixed",
      source: "definition: closed providers serve frontier tasks with their frontier model and the long tail with the tier below it, frontier_price_premium times cheaper",
      elements: { frontier: 0, long_tail: 1 },
    },

    // ---------------------------------------------------------------- market: adoption
    open_share_start: {
      dimensions: ["segment"], unit: "dimensionless", distribution: "triangular",
      elements: {
        frontier: {
          value: 0.12, low: 0.06, high: 0.2,
          source: "judgement: near the Menlo Ventures [secondary] enterprise open-model share, 19% (2024) → 11-13% (mid-2025)",
        },
        long_tail: {
          value: 0.38, low: 0.25, high: 0.5,
          source: "judgement: the long tail, served mostly by small models, is more open than frontier tasks; with the frontier share it puts the open share of all tokens near 30%, below the OpenRouter/a16z token study [secondary] 'about one third by late 2025'",
        },
      },
    },
    open_adoption_time: {
      value: 2, low: 1, high: 4, distribution: "lognormal", unit: "year",
      source: "judgement: enterprises take a couple of years to move workloads between providers",
    },
    enterprise_control_value: {
      value: 0.5, low: 0, high: 1.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: logit utility of owning data and deployment (Rora newsletter, seeds/000: 'Enterprises will generally trade off performance to gain security')",
    },
    closed_convenience_value: {
      value: 1.32, low: 0.5, high: 2.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: logit utility of closed APIs' ease of use, support and incumbency (~80% of Fortune 500 used GPT-based services in 2023, Analytics India Magazine, seeds/004); fitted by forecast calibrate to the enterprise open share (history/token_usage.csv)",
    },
    price_sensitivity: {
      value: 0.5, low: 0.2, high: 1.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: logit utility per e-fold of the closed/open price ratio (cost sensitivity loop)",
    },
    adequacy_penalty: {
      dimensions: ["segment"], unit: "dimensionless", distribution: "triangular",
      elements: {
        frontier: { value: 3.0, low: 1.5, high: 5.0, source: "judgement: logit utility lost per OOM of capability gap on frontier tasks, which need the best model" },
        long_tail: {
          value: 0.5, low: 0.1, high: 1.5,
          source: "judgement: the long tail needs far less than the frontier ('the additional performance doesn't matter for many use cases', Stanford Review essay, seeds/001)",
        },
      },
    },
    fine_tuning_advantage: {
      value: 0.74, low: 0, high: 1.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: fine-tuned small open models fit narrow tasks (Cerebrium essay, seeds/003); no observation of the long-tail share before 2025, so it stays a judgement",
    },
    fine_tuning_exposure: {
      dimensions: ["segment"], unit: "dimensionless", distribution: "fixed",
      source: "definition: fine-tuned small open models fit the narrow tasks of the long tail; frontier tasks need the best model",
      elements: { frontier: 0, long_tail: 1 },
    },
    multi_model_preference: {
      value: 0, low: 0, high: 0.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: no extra preference for several providers in the base scenario (see scenarios/multi-model.json5)",
    },
    provider_disruption: {
      value: 0, low: 0, high: 0, distribution: "fixed", unit: "1/year",
      source: "definition: 0 = no provider crisis in the base scenario (scenarios/multi-model.json5 sets one)",
    },
    disruption_memory_time: {
      value: 3, low: 1, high: 6, distribution: "lognormal", unit: "year",
      source: "judgement: how long enterprises remember a provider crisis when choosing suppliers",
    },
    disruption_response: {
      value: 0.7, low: 0.2, high: 1.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: logit utility per remembered crisis (after the 2023 OpenAI leadership crisis 'more than 100 startups … turned to its competitors', Analytics India Magazine, seeds/004)",
    },

    // ---------------------------------------------------------------- talent: start state
    software_developers_start: {
      value: 2.5e7, low: 2.08e7, high: 2.56e7, distribution: "triangular", unit: "people",
      source: "Cerebrium essay (seeds/003_1fcf84690f8ac020.txt): ~25 million software developers worldwide; Evans Data 2021: 25.6M [secondary]; IDC 2025: 20.8M professional [secondary]",
    },
    ml_practitioners_start: {
      value: 5e5, low: 3e5, high: 8e5, distribution: "triangular", unit: "people",
      source: "Cerebrium essay (seeds/003_1fcf84690f8ac020.txt): ~500,000 ML engineers and researchers worldwide; judgement range 300K-800K (Tencent 2017 counted 300K)",
    },
    researchers_start: {
      dimensions: ["employer"], unit: "people", distribution: "lognormal",
      elements: {
        closed: { value: 6000, low: 3000, high: 12000, source: "judgement: frontier research staff across the closed labs (a few thousand)" },
        open: {
          value: 3000, low: 1500, high: 6000,
          source: "judgement: frontier research staff at open-weight labs (Meta, Mistral, DeepSeek, Alibaba Qwen, AI2 and others)",
        },
        big_tech: {
          value: 3000, low: 1500, high: 6000,
          source: "judgement: frontier-capable research staff at big-tech AI organisations that are neither closed frontier labs nor open-weight labs (Microsoft, Amazon, Apple, Nvidia, Tesla and others)",
        },
        applied: { value: 12000, low: 5000, high: 25000, source: "judgement: frontier-capable researchers at startups and enterprises outside big tech" },
        academia: { value: 12000, low: 6000, high: 25000, source: "judgement: faculty, postdocs and senior students doing frontier ML research" },
      },
    },
    researcher_job_market_start: {
      value: 4000, low: 2000, high: 8000, distribution: "lognormal", unit: "people",
      source: "judgement: researchers between jobs or entering research at any time (about a quarter-year of flows)",
    },
    comp_start: {
      dimensions: ["employer"], unit: "$/people/year", distribution: "triangular",
      elements: {
        closed: {
          value: 8.5e5, low: 7e5, high: 1e6,
          source: "Rora newsletter (seeds/000_c4a81aa4d929bffc.txt, 2024): offers at top closed labs > $800K a year; new researchers $700-900K, Rora data via TechCrunch [secondary]",
        },
        open: {
          value: 5.5e5, low: 3.5e5, high: 8e5,
          source: "judgement: below closed labs ('Huggingface has a great open source culture but compensation trails'; Meta pays competitively, Rora newsletter, seeds/000)",
        },
        big_tech: {
          value: 3.3e5, low: 2.5e5, high: 4.5e5,
          source: "Levels.fyi via VnExpress (history/pay.csv row 2024-03: Amazon ML engineer, L5 senior, median 427500) over the Levels.fyi senior-to-mid ratio 1.51 (pay_level_ratio[applied,senior]) gives 283000 for an engineer at the mid level; research scientists are paid more (Rora via Texal, pay.csv rows 2023-07: 16 big-tech research-scientist offers 285000-780000, level not stated, a negotiation sample that skews high): judgement 330000 for the mid level",
        },
        applied: { value: 3.5e5, low: 2e5, high: 5e5, source: "judgement: senior ML researcher pay at startups and enterprises" },
        academia: { value: 1.5e5, low: 8e4, high: 2.5e5, source: "judgement: academic pay including grants and consulting" },
      },
    },
    // ---------------------------------------------------------------- talent: pay structure
    pay_level_ratio: {
      dimensions: ["employer", "level"], unit: "dimensionless", distribution: "fixed",
      note: "forecast calibrate fits the cells with pay data (calibration.json5: closed early and principal, applied early, senior and staff) against history/pay.csv and pay_ranges.csv; calibrated.json5 holds their fitted values and these are their priors' centres.",
      source: "Median total pay of each level over the mid level's (comp). applied: Levels.fyi 2023 mid-year report via cwx.com.cn (history/pay.csv rows 2023-04 applied L3 274200, L4 385850, L5 584250) and Levels.fyi via Quartz (row 2024-04 applied L6 680500): 274200/385850 = 0.71, 584250/385850 = 1.51, 680500/385850 = 1.76; principal 2.2 judgement. closed: Rora via TechCrunch (history/pay_ranges.csv row 2023-07 closed L3-L4 new researchers 700000-900000) and Levels.fyi (pay.csv rows 2023-04 closed L6 925000, 2023-06 closed L6-L7 925000, 2023-07 closed L7 925000): 925000/850000 = 1.09 at staff (the 2023-04 reading of the figure as staff), early 0.85 (722500, inside 700000-900000), senior 1.05 and principal 1.12 judgement between them; calibration.json5 reads the 2023-06 row (the senior-most tier) as principal and fits early and principal (the 5-10 million packages of pay_ranges.csv row 2023-11 are exceptional offers, not the median). big_tech: the same Levels.fyi ladder as applied industry (its level data are mostly big-tech companies). open, academia: judgement (no level data in the sources read), steeper ladders like applied industry's",
      elements: {
        "closed,early": 0.85, "closed,mid": 1, "closed,senior": 1.05, "closed,staff": 1.09, "closed,principal": 1.12,
        "open,early": 0.75, "open,mid": 1, "open,senior": 1.4, "open,staff": 1.7, "open,principal": 2.2,
        "big_tech,early": 0.71, "big_tech,mid": 1, "big_tech,senior": 1.51, "big_tech,staff": 1.76, "big_tech,principal": 2.2,
        "applied,early": 0.71, "applied,mid": 1, "applied,senior": 1.51, "applied,staff": 1.76, "applied,principal": 2.2,
        "academia,early": 0.6, "academia,mid": 1, "academia,senior": 1.3, "academia,staff": 1.6, "academia,principal": 2.0,
      },
    },
    pay_component_share: {
      dimensions: ["employer", "component"], unit: "dimensionless", distribution: "fixed",
      note: "Weights: the model divides each by its employer's sum, so a row need not add to 1 exactly. forecast calibrate fits the closed labs' base and equity weights against OpenAI's Levels.fyi median (history/pay.csv row 2023-06: base 300000, equity 625000 a year).",
      source: "Share of each component in total pay (each row adds to 1), the same at every level. closed: Levels.fyi via r/MachineLearning (history/pay.csv row 2023-06 closed: base 300000, equity 500000 a year, total 800000): 0.375 base, 0.625 equity, no bonus stated. open, big_tech, applied: judgement (equity a smaller part than at closed labs, a cash bonus). academia: judgement (salary, summer salary and consulting as bonus, no equity)",
      elements: {
        "closed,base": 0.375, "closed,bonus": 0, "closed,equity": 0.625,
        "open,base": 0.5, "open,bonus": 0.1, "open,equity": 0.4,
        "big_tech,base": 0.5, "big_tech,bonus": 0.1, "big_tech,equity": 0.4,
        "applied,base": 0.55, "applied,bonus": 0.1, "applied,equity": 0.35,
        "academia,base": 0.9, "academia,bonus": 0.1, "academia,equity": 0,
      },
    },
    pay_location_factor: {
      dimensions: ["location"], unit: "dimensionless", distribution: "fixed",
      source: "Levels.fyi 2023 End of Year Pay Report (published early 2024), via besthub.dev ('2023 Global Programmer Salary Report: Role, Region, and Seniority Insights', the source of history/pay.csv rows 2023-07 market_benchmark): median total pay of software engineers by city, over the San Francisco Bay Area's $249k (history/pay.csv rows 2023-07 market_benchmark: Bay Area 249000, Seattle 225000, New York 185000): Seattle 225/249, New York 185/249, Zurich 180/249, London 117/249, Tel Aviv 137/249, Vancouver 115/249, Sydney 110/249",
      note: "All software engineers, not AI researchers only: frontier labs may pay their London or Zurich researchers closer to Bay Area pay than these medians say (judgement; no AI-specific pay by city was found before 2025).",
      elements: { bay_area: 1, seattle: 0.904, new_york: 0.743, zurich: 0.723, london: 0.47, tel_aviv: 0.55, vancouver: 0.462, sydney: 0.442 },
    },
    pay_spread: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "fixed",
      source: "judgement: log-space standard deviation of total pay within an employer × level cell (lognormal); cells pool several companies and roles. The closed new-researcher range 700000-900000 (history/pay_ranges.csv row 2023-07) read as P10-P90 alone gives 0.1, xAI's base range 145000-530000 (row 2024-07) read as P10-P90 gives 0.5, the 16 big-tech research-scientist offers of pay.csv rows 2023-07 (285000-780000) read as P10-P90 give 0.39",
      elements: { closed: 0.25, open: 0.35, big_tech: 0.35, applied: 0.3, academia: 0.35 },
    },
    community_contributors_start: {
      value: 1.5e5, low: 5e4, high: 5e5, distribution: "lognormal", unit: "people",
      source: "judgement: people actively fine-tuning, evaluating and publishing open models (Hugging Face had over 100K models uploaded by 2024, Rora newsletter, seeds/000)",
    },

    // ---------------------------------------------------------------- talent: equity and vesting
    equity_kind_of_employer: {
      dimensions: ["employer", "equity_kind"], unit: "dimensionless", distribution: "fixed",
      source: "definition: the kind of equity each employer grants (each row adds to 1): closed labs private units or options sold in tender offers (history/vesting.csv row 2023-06, OpenAI PPUs, tender_only_liquidity 1); open-weight labs public stock, judgement (most of their frontier researchers work at Meta, Alibaba and Google, listed companies; Mistral is private); big-tech AI organisations public stock (definition: listed companies, history/vesting.csv rows for Google, Meta, Microsoft, Amazon and Apple); applied industry startup options, judgement; academia none",
      elements: {
        "closed,lab_units": 1, "closed,public_stock": 0, "closed,startup_options": 0, "closed,none": 0,
        "open,lab_units": 0, "open,public_stock": 1, "open,startup_options": 0, "open,none": 0,
        "big_tech,lab_units": 0, "big_tech,public_stock": 1, "big_tech,startup_options": 0, "big_tech,none": 0,
        "applied,lab_units": 0, "applied,public_stock": 0, "applied,startup_options": 1, "applied,none": 0,
        "academia,lab_units": 0, "academia,public_stock": 0, "academia,startup_options": 0, "academia,none": 1,
      },
    },
    lab_valuation_revenue_elasticity: {
      value: 0.9, low: 0.7, high: 1.2, distribution: "triangular", unit: "dimensionless",
      source: "OpenAI valuation against revenue, 2023-2024: history/headcount_valuation.csv rows 2023-04 (tender, 2.7e10) and 2024-10-02 (round, 1.57e11 × 0.971351 = 1.525e11): × 5.65 in 1.5 years; history/lab_revenue.csv rows 2023-07 (calendar 2023 projected 1e9) and 2024-07 (calendar 2024 projected 3.7e9 × 0.971351): × 3.59 a year, × 6.8 in 1.5 years; ln 5.65 / ln 6.8 = 0.90. Tender to tender (rows 2023-04 and 2024-02, 8.6e10 × 0.971351) against the run rates of lab_revenue.csv rows 2023-10 (1.3e9) and 2024-06 (3.4e9 × 0.971351) gives 0.8-1.0; range judgement",
      note: "Above 1 the valuation-to-revenue multiple would widen as revenue grows; the 2023-2024 data show about a constant multiple.",
    },
    lab_valuation_growth_response: {
      value: 0.8, low: 0.3, high: 1.3, distribution: "triangular", unit: "year",
      source: "Anthropic against OpenAI in February 2024 (same date, so the same market): valuations history/headcount_valuation.csv rows 2024-02 (Anthropic round 1.5e10; OpenAI tender 8.6e10); run rates history/lab_revenue.csv (Anthropic 1e8 at 2023-12 and 1e9 at 2024-12, a continuous growth of ln 10 = 2.30 a year, so 1.47e8 in February; OpenAI 1.6e9-2e9 at 2023-12 and 5.5e9 at 2024-12, ln 3.06 = 1.12 a year, 2.17e9 in February): multiples 102 and 39.6, ln(102 / 39.6) / (2.30 - 1.12) = 0.80; OpenAI's 2024-10-02 round (1.57e11 at a run rate of about 4.7e9, between rows 2024-06 and 2024-12) gives 0.94; range judgement (two companies, a tender against a round)",
      note: "e-folds of the valuation multiple per unit of continuous revenue growth, the form outside_capital_demand uses for investors' money (funding_growth_response); lab_valuation_revenue_elasticity was measured on OpenAI while its growth held near three-fold a year, so the two do not overlap.",
    },
    public_stock_growth: {
      value: 1.06, low: 0.95, high: 1.15, distribution: "triangular", unit: "1/year",
      source: "judgement: the stated market path of big-tech stock, real total return a year (no stock price series in the sources read)",
    },
    startup_valuation_elasticity: {
      value: 1.0, low: 0.5, high: 1.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: the median AI startup's valuation follows spending on language models one for one",
    },
    equity_liquidity_interval: {
      dimensions: ["equity_kind"], unit: "year",
      elements: {
        lab_units: {
          value: 0.8, low: 0.5, high: 2, distribution: "triangular",
          source: "OpenAI tender offers closed 2023-04 and 2024-02 (history/headcount_valuation.csv rows 2023-04 and 2024-02, tender 1), 10 months apart; units are sold only in company-run tenders at the company's discretion (history/vesting.csv row 2023-06); range judgement",
        },
        public_stock: {
          value: 0.25, distribution: "fixed",
          source: "history/vesting.csv rows 2021-09 (Meta and Microsoft, vest_frequency_months 3): public stock vests quarterly and can be sold at once",
        },
        startup_options: { value: 5, low: 3, high: 8, distribution: "triangular", source: "judgement: startup options are realised at an exit, some years away" },
        none: { value: 1, distribution: "fixed", source: "definition: no equity (any value; nothing is realised)" },
      },
    },
    equity_liquidity_discount: {
      dimensions: ["equity_kind"], unit: "dimensionless",
      elements: {
        lab_units: {
          value: 0.15, low: 0.05, high: 0.3, distribution: "triangular",
          source: "judgement: discount for units sold only in tenders, with a two-year sale lockout for new hires and a 10x growth cap (history/vesting.csv row 2023-06)",
        },
        public_stock: { value: 0, distribution: "fixed", source: "definition: listed stock sells at its price" },
        startup_options: { value: 0.3, low: 0.1, high: 0.5, distribution: "triangular", source: "judgement: illiquid common stock and options below the preferred price of the last round" },
        none: { value: 0, distribution: "fixed", source: "definition: no equity" },
      },
    },
    equity_failure_probability: {
      dimensions: ["equity_kind"], unit: "dimensionless",
      elements: {
        lab_units: { value: 0.05, low: 0, high: 0.15, distribution: "triangular", source: "judgement: chance a closed lab's equity ends worthless" },
        public_stock: { value: 0, distribution: "fixed", source: "judgement: big-tech stock does not go to zero over a grant" },
        startup_options: { value: 0.5, low: 0.3, high: 0.75, distribution: "triangular", source: "judgement: most startup options end worthless" },
        none: { value: 0, distribution: "fixed", source: "definition: no equity" },
      },
    },
    equity_outcome_variance: {
      dimensions: ["equity_kind"], unit: "1/year",
      elements: {
        lab_units: { value: 0.16, low: 0.04, high: 0.36, distribution: "triangular", source: "judgement: log-variance a year of one lab's value around the closed labs' path (0.4 a year as a standard deviation)" },
        public_stock: { value: 0.0625, low: 0.04, high: 0.09, distribution: "triangular", source: "judgement: log-variance a year of one big-tech stock (about 25% volatility)" },
        startup_options: { value: 0.64, low: 0.36, high: 1.0, distribution: "triangular", source: "judgement: log-variance a year of a surviving startup's value (0.8 a year as a standard deviation)" },
        none: { value: 0, distribution: "fixed", source: "definition: no equity" },
      },
    },
    vest_share: {
      dimensions: ["vesting_schedule", "vest_year"], unit: "1/year", distribution: "fixed",
      source: "Share of a four-year grant vesting in each year (each row adds to 1). even: history/vesting.csv rows 2023-06 (OpenAI), 2021-09 (Meta, Microsoft, Apple) 0.25 a year; front_loaded: row 2021-05 (Google) 0.33, 0.33, 0.22, 0.12; back_loaded: row 2022 (Amazon's standing 2022-2024 schedule, from a guide published after 2024) 0.05, 0.15, 0.40, 0.40",
      elements: {
        "even,year1": 0.25, "even,year2": 0.25, "even,year3": 0.25, "even,year4": 0.25,
        "front_loaded,year1": 0.33, "front_loaded,year2": 0.33, "front_loaded,year3": 0.22, "front_loaded,year4": 0.12,
        "back_loaded,year1": 0.05, "back_loaded,year2": 0.15, "back_loaded,year3": 0.4, "back_loaded,year4": 0.4,
      },
    },
    employer_vesting_schedule: {
      dimensions: ["employer", "vesting_schedule"], unit: "dimensionless", distribution: "fixed",
      source: "Each employer's usual schedule (each row adds to 1): closed labs even (history/vesting.csv row 2023-06, OpenAI), open-weight labs even (row 2021-09, Meta), big-tech AI organisations the mix of the five big-tech rows (Meta, Microsoft and Apple even, rows 2021-09; Google front-loaded, row 2021-05; Amazon back-loaded, row 2022): 0.6 even, 0.2 front-loaded, 0.2 back-loaded, applied industry even, judgement; academia even (definition: no equity to vest)",
      elements: {
        "closed,even": 1, "closed,front_loaded": 0, "closed,back_loaded": 0,
        "open,even": 1, "open,front_loaded": 0, "open,back_loaded": 0,
        "big_tech,even": 0.6, "big_tech,front_loaded": 0.2, "big_tech,back_loaded": 0.2,
        "applied,even": 1, "applied,front_loaded": 0, "applied,back_loaded": 0,
        "academia,even": 1, "academia,front_loaded": 0, "academia,back_loaded": 0,
      },
    },
    vest_year_offset: {
      dimensions: ["vest_year"], unit: "year", distribution: "fixed",
      source: "definition: when each year of a grant starts, after the grant",
      elements: { year1: 0, year2: 1, year3: 2, year4: 3 },
    },
    equity_grant_years: {
      value: 4, low: 4, high: 4, distribution: "fixed", unit: "year",
      source: "history/vesting.csv: every row that states vesting_years gives 4 (a grant is four years' equity at its yearly value)",
    },
    refresh_grant_share: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "triangular",
      elements: {
        closed: { value: 0.25, low: 0.1, high: 0.5, source: "judgement: a yearly refresh grant worth a quarter of the start grant (history/vesting.csv: refresh-grant policies were not found)" },
        open: { value: 0.25, low: 0.1, high: 0.5, source: "judgement: as closed labs (refresh-grant policies were not found)" },
        big_tech: { value: 0.25, low: 0.1, high: 0.5, source: "judgement: as closed labs (refresh-grant policies were not found)" },
        applied: { value: 0.15, low: 0.05, high: 0.3, source: "judgement: startups refresh less (refresh-grant policies were not found)" },
        academia: { value: 0, low: 0, high: 0, distribution: "fixed", source: "definition: no equity" },
      },
    },
    top_offer_threshold_start: {
      value: 5e6, low: 3e6, high: 7e6, distribution: "triangular", unit: "$/people/year",
      source: "history/pay_ranges.csv row 2023-11 (The Decoder citing The Information: OpenAI's offers to Google's top researchers, L7, 5e6-1e7 total a year): the low end read as the threshold of exceptional offers; range judgement",
    },
    top_offer_pareto_index: {
      value: 3.3, low: 2, high: 5, distribution: "triangular", unit: "dimensionless",
      source: "history/pay_ranges.csv row 2023-11 (5e6-1e7) read as threshold and P90: 10^(1/α) = 2, α = ln 10 / ln 2 = 3.3; range judgement",
    },
    top_offer_budget_elasticity: {
      value: 0.5, low: 0.25, high: 0.9, distribution: "triangular", unit: "dimensionless",
      source: "judgement: exceptional offers grow with the largest closed run's budget as staff budgets do (staff_budget_elasticity)",
    },

    // ---------------------------------------------------------------- talent: flows
    developer_entry_rate: {
      value: 1.5e6, low: 1.0e6, high: 2.0e6, distribution: "triangular", unit: "people/year",
      source: "judgement: new professional developers a year, keeping the pool growing a few percent a year",
    },
    developer_exit_rate: {
      value: 0.03, low: 0.02, high: 0.05, distribution: "triangular", unit: "1/year",
      source: "judgement: retirement and leaving the profession",
    },
    upskilling_rate: {
      value: 0.004, low: 0.002, high: 0.01, distribution: "lognormal", unit: "1/year",
      source: "judgement: developers retraining into ML each year (~100K a year at the start)",
    },
    upskilling_open_elasticity: {
      value: 0.5, low: 0, high: 1, distribution: "triangular", unit: "dimensionless",
      source: "judgement: 'Open-source is the quickest way to meet ML engineer demand' (Cerebrium essay, seeds/003): upskilling rises with the spread of open models",
    },
    upskilling_pay_elasticity: {
      value: 0.5, low: 0.2, high: 1.5, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: response of upskilling and promotion to research pay (wage pressure loop)",
    },
    ml_graduate_entry_rate: {
      value: 3e4, low: 1.5e4, high: 6e4, distribution: "lognormal", unit: "people/year",
      source: "judgement: graduates entering ML engineering directly each year",
    },
    ml_exit_rate: {
      value: 0.04, low: 0.02, high: 0.08, distribution: "lognormal", unit: "1/year",
      source: "judgement: ML engineers retiring or leaving the field",
    },
    promotion_rate: {
      value: 0.01, low: 0.005, high: 0.02, distribution: "lognormal", unit: "1/year",
      source: "judgement: ML engineers moving into frontier research each year",
    },
    phd_graduate_rate: {
      value: 5000, low: 2500, high: 10000, distribution: "lognormal", unit: "people/year",
      source: "judgement: new ML PhDs a year worldwide entering frontier research",
    },
    phd_entry_share: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "fixed",
      source: "definition: new PhDs stay on in academia as postdocs and junior faculty; those who go to other employers enter through the job market",
      elements: { closed: 0, open: 0, big_tech: 0, applied: 0, academia: 1 },
    },
    academic_funding_growth: {
      value: 1.03, low: 1.0, high: 1.08, distribution: "triangular", unit: "1/year",
      source: "judgement: real growth of academic ML research funding",
    },
    researcher_turnover_rate: {
      value: 0.15, low: 0.08, high: 0.25, distribution: "triangular", unit: "1/year",
      source: "judgement: share of researchers changing employer each year",
    },
    layoff_time: {
      value: 0.5, low: 0.25, high: 1.5, distribution: "lognormal", unit: "year",
      source: "judgement: time to shed staff beyond the staff budget",
    },
    hiring_adjustment_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: time employers aim to take to fill the gap to desired staff",
    },
    job_search_time: {
      value: 0.25, low: 0.1, high: 0.5, distribution: "lognormal", unit: "year",
      source: "judgement: a researcher's job search lasts about a quarter",
    },
    research_exit_share: {
      value: 0.1, low: 0.05, high: 0.2, distribution: "triangular", unit: "dimensionless",
      source: "judgement: share of job seekers who leave frontier research for ML engineering",
    },

    // ---------------------------------------------------------------- talent: pay
    staff_budget_start: {
      dimensions: ["employer"], unit: "$/year",
      elements: {
        closed: {
          value: 5.6e9, low: 3e9, high: 1e10, distribution: "triangular",
          source: "judgement: researchers_start[closed] × comp_start[closed] × 1.1 (a 10% shortage at the start); Cottier et al. (2024) put staff at 29-49% of frontier development cost",
        },
        open: {
          value: 1.7e9, low: 0.8e9, high: 3.5e9, distribution: "lognormal",
          source: "judgement: researchers_start[open] × comp_start[open], about balanced at the start",
        },
        big_tech: { value: 1.04e9, low: 0.5e9, high: 2.1e9, distribution: "lognormal", source: "judgement: researchers_start[big_tech] × comp_start[big_tech] × 1.05" },
        applied: { value: 4.4e9, low: 2e9, high: 8.8e9, distribution: "lognormal", source: "judgement: researchers_start[applied] × comp_start[applied] × 1.05" },
        academia: {
          value: 1.8e9, low: 0.9e9, high: 3.6e9, distribution: "lognormal",
          source: "judgement: researchers_start[academia] × comp_start[academia], balanced at the start",
        },
      },
    },
    staff_budget_elasticity: {
      value: 0.5, low: 0.25, high: 0.9, distribution: "triangular", unit: "dimensionless",
      source: "judgement: staff budgets grow less than proportionally with frontier run budgets as training becomes more compute-intensive",
    },
    applied_budget_elasticity: {
      value: 0.4, low: 0.2, high: 0.8, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: applied industry's research staff budget vs spending on language models",
    },
    staff_funding_share: {
      dimensions: ["employer", "funding"], unit: "dimensionless", distribution: "fixed",
      source: "definition: what each employer's staff budget follows (the shares of each row add to 1): closed labs the budget of the largest closed run, open-weight labs what sponsors put into open runs, big-tech AI organisations and applied industry spending on language models, academia academic funding",
      elements: {
        "closed,closed_runs": 1, "closed,open_runs": 0, "closed,llm_spending": 0, "closed,academic_funding": 0,
        "open,closed_runs": 0, "open,open_runs": 1, "open,llm_spending": 0, "open,academic_funding": 0,
        "big_tech,closed_runs": 0, "big_tech,open_runs": 0, "big_tech,llm_spending": 1, "big_tech,academic_funding": 0,
        "applied,closed_runs": 0, "applied,open_runs": 0, "applied,llm_spending": 1, "applied,academic_funding": 0,
        "academia,closed_runs": 0, "academia,open_runs": 0, "academia,llm_spending": 0, "academia,academic_funding": 1,
      },
    },
    pay_elasticity: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "lognormal",
      elements: {
        closed: { value: 0.6, low: 0.3, high: 1.2, source: "judgement: how strongly closed labs bid pay up per unit of shortage" },
        open: { value: 0.4, low: 0.2, high: 1.0, source: "judgement: open-weight labs bid pay up less than closed labs" },
        big_tech: { value: 0.5, low: 0.2, high: 1.0, source: "judgement: big tech's pay response to shortage, as applied industry's" },
        applied: { value: 0.5, low: 0.2, high: 1.0, source: "judgement: applied industry's pay response to shortage" },
        academia: { value: 0.15, low: 0.05, high: 0.4, source: "judgement: academic pay scales respond little to shortage" },
      },
    },
    wage_adjustment_time: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: pay bands are revised about yearly",
    },
    pay_attraction_weight: {
      value: 2.0, low: 1.0, high: 4.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: weight of relative pay (log) in where researchers go",
    },
    publish_weight: {
      value: 1.0, low: 0.3, high: 2.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: 'Researchers prefer to work in places where their work can be published' (Cerebrium essay, seeds/003)",
    },
    remote_weight: {
      value: 0.5, low: 0, high: 1.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: 'Huggingface and Cohere … are remote so … they could be the most practical options' (Rora newsletter, seeds/000)",
    },
    capability_lead_weight: {
      value: 0.5, low: 0, high: 1.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: researchers prefer the lab at the frontier; utility per OOM of capability lead",
    },
    capability_lead_exposure: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "fixed",
      source: "definition: how the closed capability lead (capability_gap_oom) enters each employer's appeal: it draws researchers to closed labs (1) and away from open-weight labs (-1); big-tech AI organisations, applied industry and academia do not compete on it (0)",
      elements: { closed: 1, open: -1, big_tech: 0, applied: 0, academia: 0 },
    },
    publish_freedom: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "triangular",
      elements: {
        closed: { value: 0.3, low: 0.1, high: 0.5, source: "judgement: closed labs publish little of their frontier work" },
        open: { value: 0.8, low: 0.6, high: 1.0, source: "judgement: open-weight labs publish weights and much of the method" },
        big_tech: { value: 0.5, low: 0.3, high: 0.7, source: "judgement: big-tech research organisations publish much of their work" },
        applied: { value: 0.4, low: 0.2, high: 0.6, source: "judgement: applied industry publishes some work" },
        academia: { value: 1.0, low: 0.9, high: 1.0, source: "judgement: academia publishes freely" },
      },
    },
    remote_work: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "triangular",
      elements: {
        closed: { value: 0.2, low: 0.0, high: 0.4, source: "judgement: share of closed-lab research roles open to remote work" },
        open: { value: 0.5, low: 0.3, high: 0.8, source: "judgement: share of open-lab research roles open to remote work" },
        big_tech: { value: 0.3, low: 0.1, high: 0.5, source: "judgement: share of big-tech research roles open to remote work" },
        applied: { value: 0.6, low: 0.3, high: 0.8, source: "judgement: share of applied research roles open to remote work" },
        academia: { value: 0.4, low: 0.2, high: 0.6, source: "judgement: share of academic roles open to remote work" },
      },
    },

    // ---------------------------------------------------------------- talent: contributors and progress
    contributor_join_rate: {
      value: 0.09, low: 0.04, high: 0.2, distribution: "lognormal", unit: "1/year",
      source: "judgement: share of ML practitioners who start contributing to open models each year; balances lapses at the start",
    },
    contributor_lapse_rate: {
      value: 0.3, low: 0.15, high: 0.5, distribution: "triangular", unit: "1/year",
      source: "judgement: contributors stay active about three years",
    },
    contributor_gap_sensitivity: {
      value: 1.0, low: 0.3, high: 2.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: how strongly joining responds to the gap (logistic steepness per OOM; open capability attracts contributors)",
    },
    contributor_attraction_max: {
      value: 2, low: 1.5, high: 4, distribution: "triangular", unit: "dimensionless",
      source: "judgement: however far ahead open models get, joining can at most double (the pool of practitioners who would contribute is limited)",
    },
    contributor_research_weight: {
      value: 0.01, low: 0.003, high: 0.03, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: one community contributor adds about 1% of a frontier researcher's progress",
    },
    lab_research_share: {
      dimensions: ["employer", "lab"], unit: "dimensionless", distribution: "fixed",
      source: "definition: whose algorithms each employer's researchers advance: closed labs' researchers the closed side's, open-weight labs' the open side's; big-tech AI organisations, applied industry and academia count toward neither",
      elements: {
        "closed,closed": 1, "closed,open": 0,
        "open,closed": 0, "open,open": 1,
        "big_tech,closed": 0, "big_tech,open": 0,
        "applied,closed": 0, "applied,open": 0,
        "academia,closed": 0, "academia,open": 0,
      },
    },
    community_research_share: {
      dimensions: ["lab"], unit: "dimensionless", distribution: "fixed",
      source: "definition: community contributors work on open models",
      elements: { closed: 0, open: 1 },
    },
    research_effort_reference: {
      value: 6000, low: 6000, high: 6000, distribution: "fixed", unit: "people",
      source: "definition: the effort at which algorithmic efficiency grows at algorithmic_growth (closed labs' 2025 research staff)",
    },
    research_returns_exponent: {
      value: 0.4, low: 0.2, high: 0.8, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: diminishing returns to more researchers working at once",
    },
    ideas_difficulty_exponent: {
      value: 0.08, low: 0.02, high: 0.2, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: ideas get harder to find; with researcher growth it keeps algorithmic progress near Ho et al.'s decade-long 2.8x a year",
    },
  },

  tables: {
    synthetic_data_maturity: {
      x: [2024, 2026, 2028, 2030, 2032, 2035],
      y: [0, 0.1, 0.3, 0.6, 0.85, 1],
      extrapolate: false,
      unit: "dimensionless",
      source: "judgement: synthetic data becomes a full substitute for human text over about a decade",
      doc: "Share of synthetic data's eventual contribution available by calendar year.",
    },
  },
}

"""#,
        "calibrated.json5": #"""
// Written by `forecast calibrate` from calibration.json5 and the history up to 2024-12-31.
// Do not edit: run `forecast calibrate` again. Values apply between base.json5 and the
// scenarios; `low` and `high` are each value's 95% interval.
{
  "schema": 1,
  "method": "optimize",
  "scenario": "backtest",
  "until": "2024-12-31",
  "digest": "sha256:08bb57153ed5fd981d8f4dca9879b7ddb781a496fbf9fe2fc151ea69bd487479",
  "seed": 1,
  "parameters": {
    "hardware_growth": {
      "value": 1.4000268575798547,
      "low": 1.287651134060434,
      "high": 1.5354430651632636,
      "prior": [
        1.25,
        1.57
      ],
      "source": "Hobbhahn & Besiroglu (2022), Epoch AI, \"Trends in GPU price-performance\": FLOP/s per $ doubling every 2.07 years (1.54-3.13), ~1.40x per year"
    },
    "algorithmic_growth": {
      "value": 3.097017398925876,
      "low": 2.280119227962219,
      "high": 5.110495349159534,
      "prior": [
        1.8,
        5.3
      ],
      "source": "Ho et al. (2024), \"Algorithmic progress in language models\", arXiv 2403.05812: compute for a given result halves every 8 months (5-14), 1.8 / 2.8 / 5.3x per year"
    },
    "diffusion_rate": {
      "value": 0.07917474313645759,
      "low": 0.03,
      "high": 0.39999999999999997,
      "prior": [
        0.03,
        0.4
      ],
      "source": "judgement: continuous catch-up of open efficiency per OOM of gap from published research, distillation and leaked weights; fitted by forecast calibrate to the open compute and benchmark history"
    },
    "outside_funding_multiple": {
      "value": 6.473765313360432,
      "low": 3.3303386314860326,
      "high": 10,
      "prior": [
        1,
        10
      ],
      "source": "judgement: dollars a year investors put into closed labs' compute per dollar of closed revenue while revenue grows at funding_reference_growth; in 2024 closed labs raised about $25B (history/headcount_valuation.csv: OpenAI $6.6B, Anthropic $4.75B, xAI $12B) on $5-7B of revenue run rate (history/lab_revenue.csv); fitted by forecast calibrate"
    },
    "largest_run_capacity_share": {
      "value": 0.016054036273886668,
      "low": 0.009725389940605978,
      "high": 0.02257811132900443,
      "prior": [
        0.004,
        0.05
      ],
      "source": "judgement: years of all closed labs' installed training capacity that go into the single largest run (one lab's largest cluster, run for a few months at its utilization); fitted by forecast calibrate"
    },
    "revenue_reinvestment_share": {
      "value": 0.6999827928837374,
      "low": 0.3679914723975642,
      "high": 0.8725272893983973,
      "prior": [
        0.3,
        0.9
      ],
      "source": "judgement: share of closed model revenue spent on compute (the revenue → compute link; 0 cuts it)"
    },
    "adoption_rate": {
      "value": 0.7658246358284977,
      "low": 0.6107863870833409,
      "high": 0.8895217651132525,
      "prior": [
        0.47,
        1.25
      ],
      "source": "judgement: continuous growth rate of early adoption; model providers' revenue grew about two- to three-fold a year in 2023-25 (ln 1.6 to ln 3.5); fitted by forecast calibrate to the revenue history"
    },
    "capability_value_exponent": {
      "value": 0.14996751618636725,
      "low": 0.01868268092889429,
      "high": 0.2642344004307805,
      "prior": [
        0,
        0.3
      ],
      "source": "judgement: spending rises by 10^0.15 ≈ 1.4x per OOM of frontier effective compute (capability earns revenue: more tasks done well enough to pay for); fitted by forecast calibrate"
    },
    "inference_efficiency_growth": {
      "value": 1.212050963820709,
      "low": 1.2,
      "high": 1.4057429886047383,
      "prior": [
        1.2,
        4
      ],
      "source": "judgement: yearly gain in tokens served per FLOP from quantization, sparse experts, caching and speculative decoding; with hardware and algorithms it should reproduce part of the 9-40-900x a year fall of prices at constant capability (Epoch AI 2025, \"LLM inference prices have fallen rapidly but unequally\"); fitted by forecast calibrate to the price history"
    },
    "lead_markup_per_oom": {
      "value": 0.372113811616157,
      "low": 0.2,
      "high": 1.7674949323936269,
      "prior": [
        0.2,
        3
      ],
      "source": "judgement: extra margin closed providers charge per order of magnitude of capability lead (a 0.5 OOM lead roughly doubles price over serving cost, as reported API gross margins of about 50% suggest); fitted by forecast calibrate"
    },
    "distillation_reach": {
      "value": 0.5369463667478633,
      "low": 0.3391929082825171,
      "high": 0.5961996869690923,
      "prior": [
        0,
        0.6
      ],
      "source": "judgement: share of the gap in orders of magnitude that training on a stronger model's outputs closes (a student approaches, never passes, its teacher); fitted by forecast calibrate"
    },
    "closed_convenience_value": {
      "value": 1.095011893452014,
      "low": 0.5804531463271655,
      "high": 1.5813284655314346,
      "prior": [
        0.5,
        2
      ],
      "source": "judgement: logit utility of closed APIs' ease of use, support and incumbency (~80% of Fortune 500 used GPT-based services in 2023, Analytics India Magazine, seeds/004); fitted by forecast calibrate to the enterprise open share (history/token_usage.csv)"
    },
    "sponsor_threshold_growth": {
      "value": 1.500055765518066,
      "low": 1.243980846597289,
      "high": 1.7560193220033025,
      "prior": [
        1.2,
        1.8
      ],
      "source": "judgement: sponsors' AI budgets grow, but slower than frontier run costs"
    },
    "outside_capital_start": {
      "value": 250896240.24494353,
      "low": 150000000.00000015,
      "high": 675778151.0509604,
      "scenario": "backtest",
      "prior": [
        150000000,
        3000000000
      ],
      "source": "judgement: investor money for closed labs' compute in 2020 (Microsoft's $1B investment in OpenAI, 2019, spread over a few years); a factor of about 4 either way"
    },
    "open_sponsor_ambition": {
      "value": 0.3358935163499786,
      "low": 0.21768298439564238,
      "high": 0.5090014145546063,
      "scenario": "backtest",
      "prior": [
        0.1,
        1
      ],
      "source": "judgement: before Llama (2023) open sponsors put a smaller share of the frontier cost into released runs (mT5 $0.19M, BLOOM $1.0M vs GPT-3 $2.3M, PaLM $3.0M; Epoch AI data)"
    },
    "precision_utilization_factor_start": {
      "value": 0.17631700842073658,
      "low": 0.10747386986169795,
      "high": 0.276058554588304,
      "scenario": "backtest",
      "prior": [
        0.1,
        0.5
      ],
      "source": "judgement: the number-format and utilization factor in 2020, relative to 2025Q1 (the base dynamics, 1.5x a year capped at 4, run back from 1 give 0.17)"
    },
    "training_budget_start[open]": {
      "value": 201999.22512255659,
      "low": 200000.00000000006,
      "high": 817589.9421553882,
      "scenario": "backtest",
      "prior": [
        200000,
        5000000
      ],
      "source": "judgement: the largest open run of 2020 cost a few hundred thousand to a few million dollars (T5-11B, 2019-10; Epoch AI training-cost data)"
    },
    "llm_spending_start": {
      "value": 65823144.88315995,
      "low": 33652271.80977276,
      "high": 114404614.22587125,
      "scenario": "backtest",
      "prior": [
        30000000,
        800000000
      ],
      "source": "judgement: language-model API revenue was a few hundred million dollars a year at most in 2020 (OpenAI's API launched 2020-06)"
    },
    "comp_start[closed]": {
      "value": 596659.9757526306,
      "low": 461501.17599297396,
      "high": 849999.9999999994,
      "scenario": "backtest",
      "prior": [
        350000,
        850000
      ],
      "source": "judgement: top-lab research pay at the mid level in 2020, before the 2023-24 bidding war; at most the 2025 level (base.json5)"
    },
    "comp_start[big_tech]": {
      "value": 217281.1648329008,
      "low": 160000,
      "high": 347392.22381039156,
      "scenario": "backtest",
      "prior": [
        160000,
        400000
      ],
      "source": "judgement: big-tech research pay at the mid level in 2020; a factor of about 1.6 either way"
    },
    "comp_start[applied]": {
      "value": 233088.24410453718,
      "low": 160000,
      "high": 344326.4195158677,
      "scenario": "backtest",
      "prior": [
        160000,
        400000
      ],
      "source": "judgement: applied-industry research pay at the mid level in 2020; a factor of about 1.6 either way"
    },
    "pay_level_ratio[closed,early]": {
      "value": 0.9068085272281537,
      "low": 0.7238626049105178,
      "high": 1,
      "prior": [
        0.6,
        1
      ],
      "source": "judgement: new researchers are paid less than the mid level, at most as much"
    },
    "pay_level_ratio[closed,principal]": {
      "value": 1.181956900667161,
      "low": 1.09,
      "high": 1.5001208712945997,
      "prior": [
        1.09,
        1.8
      ],
      "source": "judgement: the top of the ladder, above the staff level (1.09, base.json5), less steep than applied industry's Levels.fyi ladder (2.2)"
    },
    "pay_level_ratio[applied,early]": {
      "value": 0.6998534182886793,
      "low": 0.5019227756118058,
      "high": 0.95,
      "prior": [
        0.5,
        0.95
      ],
      "source": "judgement around Levels.fyi's ratio of junior to mid pay at one company (base.json5), below the mid level"
    },
    "pay_level_ratio[applied,senior]": {
      "value": 1.453469206490474,
      "low": 1.1681333236927924,
      "high": 1.65,
      "prior": [
        1.1,
        1.65
      ],
      "source": "judgement around Levels.fyi's ratio of senior to mid pay at one company (base.json5), above the mid level and below the staff prior"
    },
    "pay_level_ratio[applied,staff]": {
      "value": 1.741212484291758,
      "low": 1.65,
      "high": 2.031594938808944,
      "prior": [
        1.65,
        2.15
      ],
      "source": "judgement around Levels.fyi's ratio of staff to mid pay at one company (base.json5), between the senior prior and principal (2.2)"
    },
    "pay_component_share[closed,base]": {
      "value": 0.32180253332386055,
      "low": 0.2,
      "high": 0.5641528198605321,
      "prior": [
        0.2,
        0.6
      ],
      "source": "judgement around Levels.fyi's OpenAI offer (base.json5); a weight, normalised with the employer's other components"
    },
    "pay_component_share[closed,equity]": {
      "value": 0.5978601570452071,
      "low": 0.40992847410631117,
      "high": 0.8,
      "prior": [
        0.4,
        0.8
      ],
      "source": "judgement around Levels.fyi's OpenAI offer (base.json5); a weight, normalised with the employer's other components"
    }
  },
  "correlations": {
    "names": [
      "hardware_growth",
      "algorithmic_growth",
      "diffusion_rate",
      "outside_funding_multiple",
      "largest_run_capacity_share",
      "revenue_reinvestment_share",
      "adoption_rate",
      "capability_value_exponent",
      "inference_efficiency_growth",
      "lead_markup_per_oom",
      "distillation_reach",
      "closed_convenience_value",
      "sponsor_threshold_growth",
      "outside_capital_start",
      "open_sponsor_ambition",
      "precision_utilization_factor_start",
      "training_budget_start[open]",
      "llm_spending_start",
      "comp_start[closed]",
      "comp_start[big_tech]",
      "comp_start[applied]",
      "pay_level_ratio[closed,early]",
      "pay_level_ratio[closed,principal]",
      "pay_level_ratio[applied,early]",
      "pay_level_ratio[applied,senior]",
      "pay_level_ratio[applied,staff]",
      "pay_component_share[closed,base]",
      "pay_component_share[closed,equity]"
    ],
    "matrix": [
      [
        1,
        -0.002255,
        -0.000139,
        -0.001624,
        -0.005275,
        -1e-5,
        -0.004645,
        -9.2e-5,
        -0.027029,
        0.000649,
        -2.6e-5,
        -0.0011,
        0,
        0.010839,
        -0.003515,
        -0.028619,
        0.003323,
        0.003061,
        0.001695,
        -0.000484,
        0.001054,
        0.001162,
        0.0008,
        0.000118,
        0.000303,
        0.000179,
        9.8e-5,
        -5.5e-5
      ],
      [
        -0.002255,
        1,
        -0.064548,
        -0.010558,
        -0.061331,
        -9e-5,
        -0.114152,
        0.000772,
        -0.0124,
        0.004062,
        -0.151989,
        -0.067076,
        0,
        0.041715,
        -0.088416,
        0.026364,
        -0.060054,
        0.009129,
        -0.004769,
        0.011191,
        -0.006183,
        -0.015307,
        -0.011331,
        -0.005573,
        -0.005318,
        -0.001093,
        -0.001393,
        0.000786
      ],
      [
        -0.000139,
        -0.064548,
        1,
        0.002318,
        0.012197,
        3e-5,
        -0.002983,
        -0.000149,
        -0.000101,
        -0.003599,
        -0.099528,
        0.045932,
        0,
        -0.004738,
        -0.06114,
        0.008052,
        0.048089,
        0.008488,
        -0.010315,
        -0.000451,
        0.007262,
        -0.004174,
        -0.003027,
        0.002135,
        0.002966,
        0.001172,
        -0.000372,
        0.00021
      ],
      [
        -0.001624,
        -0.010558,
        0.002318,
        1,
        -0.290697,
        -0.001488,
        -0.119186,
        -0.001584,
        0.01176,
        -0.000799,
        0.007188,
        -0.003601,
        0,
        0.083275,
        0.008454,
        0.003526,
        -0.004598,
        -0.211085,
        0.00119,
        0.021126,
        0.02811,
        0.007073,
        0.00529,
        0.002246,
        0.004781,
        0.002557,
        0.00065,
        -0.000367
      ],
      [
        -0.005275,
        -0.061331,
        0.012197,
        -0.290697,
        1,
        -0.006233,
        0.54109,
        0.001878,
        0.225606,
        0.046406,
        0.076683,
        -0.057068,
        0,
        -0.231238,
        -0.259886,
        -0.225835,
        0.105246,
        -0.601656,
        -0.117087,
        -0.018329,
        -0.093866,
        -0.082293,
        -0.057888,
        -0.010431,
        -0.024822,
        -0.01406,
        -0.007116,
        0.004018
      ],
      [
        -1e-5,
        -9e-5,
        3e-5,
        -0.001488,
        -0.006233,
        1,
        -7e-6,
        2.7e-5,
        0.000265,
        2.7e-5,
        0.000109,
        -6.1e-5,
        0,
        0.000325,
        -0.00025,
        -0.000277,
        1.6e-5,
        0.000259,
        -0.000222,
        0.000228,
        0.000225,
        -8.7e-5,
        -6.2e-5,
        -2.1e-5,
        -2.9e-5,
        -1.1e-5,
        -8e-6,
        4e-6
      ],
      [
        -0.004645,
        -0.114152,
        -0.002983,
        -0.119186,
        0.54109,
        -7e-6,
        1,
        -0.036258,
        0.080299,
        0.01925,
        0.014045,
        -0.045279,
        0,
        0.100311,
        -0.032121,
        -0.000861,
        0.116186,
        -0.877201,
        -0.001079,
        -0.075451,
        -0.194062,
        0.035973,
        0.028957,
        -0.036158,
        -0.064147,
        -0.030923,
        0.003559,
        -0.00201
      ],
      [
        -9.2e-5,
        0.000772,
        -0.000149,
        -0.001584,
        0.001878,
        2.7e-5,
        -0.036258,
        1,
        0.00093,
        -0.000118,
        -0.000408,
        -0.000136,
        0,
        0.004009,
        -0.000347,
        -0.000222,
        -0.001078,
        -0.006678,
        -0.000676,
        0.000384,
        -0.001741,
        0.000316,
        0.000298,
        -0.000632,
        -0.000882,
        -0.000344,
        3.7e-5,
        -2.1e-5
      ],
      [
        -0.027029,
        -0.0124,
        -0.000101,
        0.01176,
        0.225606,
        0.000265,
        0.080299,
        0.00093,
        1,
        -0.121209,
        0.129729,
        -0.062164,
        0,
        -0.069602,
        -0.211794,
        -0.068357,
        0.19711,
        -0.073253,
        -0.072308,
        0.003156,
        0.002666,
        -0.050775,
        -0.036194,
        0.004607,
        0.004017,
        0.000584,
        -0.004449,
        0.002512
      ],
      [
        0.000649,
        0.004062,
        -0.003599,
        -0.000799,
        0.046406,
        2.7e-5,
        0.01925,
        -0.000118,
        -0.121209,
        1,
        0.076471,
        0.093006,
        0,
        -0.012742,
        -0.105934,
        -0.002521,
        0.219018,
        -0.034325,
        -0.009765,
        -0.008368,
        0.011701,
        -0.008989,
        -0.006348,
        0.003535,
        0.00495,
        0.001987,
        -0.00078,
        0.000441
      ],
      [
        -2.6e-5,
        -0.151989,
        -0.099528,
        0.007188,
        0.076683,
        0.000109,
        0.014045,
        -0.000408,
        0.129729,
        0.076471,
        1,
        0.330224,
        0,
        -0.029246,
        -0.243699,
        0.02954,
        0.230506,
        -0.003365,
        -0.044721,
        -0.006708,
        0.026477,
        -0.012162,
        -0.008619,
        0.00807,
        0.010886,
        0.004167,
        -0.001059,
        0.000598
      ],
      [
        -0.0011,
        -0.067076,
        0.045932,
        -0.003601,
        -0.057068,
        -6.1e-5,
        -0.045279,
        -0.000136,
        -0.062164,
        0.093006,
        0.330224,
        1,
        0,
        0.025312,
        0.13765,
        -0.006665,
        -0.095564,
        0.018722,
        0.039109,
        0.007059,
        0.001256,
        0.005928,
        0.004139,
        -0.00093,
        -0.001066,
        -0.000356,
        0.000509,
        -0.000287
      ],
      [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ],
      [
        0.010839,
        0.041715,
        -0.004738,
        0.083275,
        -0.231238,
        0.000325,
        0.100311,
        0.004009,
        -0.069602,
        -0.012742,
        -0.029246,
        0.025312,
        0,
        1,
        -0.083543,
        -0.094531,
        -0.050476,
        -0.070856,
        -0.059538,
        0.006735,
        0.022363,
        -0.090234,
        -0.068068,
        0.004329,
        0.004824,
        0.001403,
        -0.008367,
        0.004724
      ],
      [
        -0.003515,
        -0.088416,
        -0.06114,
        0.008454,
        -0.259886,
        -0.00025,
        -0.032121,
        -0.000347,
        -0.211794,
        -0.105934,
        -0.243699,
        0.13765,
        0,
        -0.083543,
        1,
        -0.137111,
        -0.064627,
        0.055726,
        0.098219,
        -0.013063,
        -0.022696,
        0.097783,
        0.070922,
        -0.009561,
        -0.011213,
        -0.003533,
        0.008718,
        -0.004922
      ],
      [
        -0.028619,
        0.026364,
        0.008052,
        0.003526,
        -0.225835,
        -0.000277,
        -0.000861,
        -0.000222,
        -0.068357,
        -0.002521,
        0.02954,
        -0.006665,
        0,
        -0.094531,
        -0.137111,
        1,
        -0.061163,
        0.004176,
        0.09866,
        -0.024233,
        -0.014821,
        0.089601,
        0.065224,
        -0.007194,
        -0.007814,
        -0.002123,
        0.008017,
        -0.004527
      ],
      [
        0.003323,
        -0.060054,
        0.048089,
        -0.004598,
        0.105246,
        1.6e-5,
        0.116186,
        -0.001078,
        0.19711,
        0.219018,
        0.230506,
        -0.095564,
        0,
        -0.050476,
        -0.064627,
        -0.061163,
        1,
        -0.105622,
        0.012471,
        -0.050048,
        0.035419,
        0.000492,
        0.001005,
        0.011265,
        0.01621,
        0.00673,
        0.000124,
        -7e-5
      ],
      [
        0.003061,
        0.009129,
        0.008488,
        -0.211085,
        -0.601656,
        0.000259,
        -0.877201,
        -0.006678,
        -0.073253,
        -0.034325,
        -0.003365,
        0.018722,
        0,
        -0.070856,
        0.055726,
        0.004176,
        -0.105622,
        1,
        0.009694,
        0.062526,
        0.168719,
        -0.02685,
        -0.021964,
        0.032246,
        0.056994,
        0.027408,
        -0.0027,
        0.001524
      ],
      [
        0.001695,
        -0.004769,
        -0.010315,
        0.00119,
        -0.117087,
        -0.000222,
        -0.001079,
        -0.000676,
        -0.072308,
        -0.009765,
        -0.044721,
        0.039109,
        0,
        -0.059538,
        0.098219,
        0.09866,
        0.012471,
        0.009694,
        1,
        -0.040916,
        -0.125278,
        -0.168497,
        -0.122711,
        -0.03627,
        -0.046111,
        -0.016355,
        -0.015084,
        0.008517
      ],
      [
        -0.000484,
        0.011191,
        -0.000451,
        0.021126,
        -0.018329,
        0.000228,
        -0.075451,
        0.000384,
        0.003156,
        -0.008368,
        -0.006708,
        0.007059,
        0,
        0.006735,
        -0.013063,
        -0.024233,
        -0.050048,
        0.062526,
        -0.040916,
        1,
        0.064769,
        -0.00786,
        -0.005921,
        -0.001602,
        -0.001092,
        1.4e-5,
        -0.000728,
        0.000411
      ],
      [
        0.001054,
        -0.006183,
        0.007262,
        0.02811,
        -0.093866,
        0.000225,
        -0.194062,
        -0.001741,
        0.002666,
        0.011701,
        0.026477,
        0.001256,
        0,
        0.022363,
        -0.022696,
        -0.014821,
        0.035419,
        0.168719,
        -0.125278,
        0.064769,
        1,
        0.009821,
        0.006515,
        -0.119556,
        -0.143339,
        -0.046977,
        0.000801,
        -0.000452
      ],
      [
        0.001162,
        -0.015307,
        -0.004174,
        0.007073,
        -0.082293,
        -8.7e-5,
        0.035973,
        0.000316,
        -0.050775,
        -0.008989,
        -0.012162,
        0.005928,
        0,
        -0.090234,
        0.097783,
        0.089601,
        0.000492,
        -0.02685,
        -0.168497,
        -0.00786,
        0.009821,
        1,
        0.073004,
        0.002133,
        0.002701,
        0.000982,
        0.008974,
        -0.005067
      ],
      [
        0.0008,
        -0.011331,
        -0.003027,
        0.00529,
        -0.057888,
        -6.2e-5,
        0.028957,
        0.000298,
        -0.036194,
        -0.006348,
        -0.008619,
        0.004139,
        0,
        -0.068068,
        0.070922,
        0.065224,
        0.001005,
        -0.021964,
        -0.122711,
        -0.005921,
        0.006515,
        0.073004,
        1,
        0.001438,
        0.001765,
        0.000618,
        -0.060414,
        0.034111
      ],
      [
        0.000118,
        -0.005573,
        0.002135,
        0.002246,
        -0.010431,
        -2.1e-5,
        -0.036158,
        -0.000632,
        0.004607,
        0.003535,
        0.00807,
        -0.00093,
        0,
        0.004329,
        -0.009561,
        -0.007194,
        0.011265,
        0.032246,
        -0.03627,
        -0.001602,
        -0.119556,
        0.002133,
        0.001438,
        1,
        0.027821,
        0.009891,
        0.000177,
        -0.0001
      ],
      [
        0.000303,
        -0.005318,
        0.002966,
        0.004781,
        -0.024822,
        -2.9e-5,
        -0.064147,
        -0.000882,
        0.004017,
        0.00495,
        0.010886,
        -0.001066,
        0,
        0.004824,
        -0.011213,
        -0.007814,
        0.01621,
        0.056994,
        -0.046111,
        -0.001092,
        -0.143339,
        0.002701,
        0.001765,
        0.027821,
        1,
        0.012905,
        0.000217,
        -0.000122
      ],
      [
        0.000179,
        -0.001093,
        0.001172,
        0.002557,
        -0.01406,
        -1.1e-5,
        -0.030923,
        -0.000344,
        0.000584,
        0.001987,
        0.004167,
        -0.000356,
        0,
        0.001403,
        -0.003533,
        -0.002123,
        0.00673,
        0.027408,
        -0.016355,
        1.4e-5,
        -0.046977,
        0.000982,
        0.000618,
        0.009891,
        0.012905,
        1,
        7.6e-5,
        -4.3e-5
      ],
      [
        9.8e-5,
        -0.001393,
        -0.000372,
        0.00065,
        -0.007116,
        -8e-6,
        0.003559,
        3.7e-5,
        -0.004449,
        -0.00078,
        -0.001059,
        0.000509,
        0,
        -0.008367,
        0.008718,
        0.008017,
        0.000124,
        -0.0027,
        -0.015084,
        -0.000728,
        0.000801,
        0.008974,
        -0.060414,
        0.000177,
        0.000217,
        7.6e-5,
        1,
        0.248712
      ],
      [
        -5.5e-5,
        0.000786,
        0.00021,
        -0.000367,
        0.004018,
        4e-6,
        -0.00201,
        -2.1e-5,
        0.002512,
        0.000441,
        0.000598,
        -0.000287,
        0,
        0.004724,
        -0.004922,
        -0.004527,
        -7e-5,
        0.001524,
        0.008517,
        0.000411,
        -0.000452,
        -0.005067,
        0.034111,
        -0.0001,
        -0.000122,
        -4.3e-5,
        0.248712,
        1
      ]
    ]
  },
  "fit": [
    {
      "series": "frontier_compute_closed",
      "history": "frontier_compute.csv",
      "column": "max_closed_training_flop",
      "observation": "lognormal",
      "observations": 5,
      "sigma": 0.3,
      "sigma_estimated": false,
      "log_likelihood": -0.9053900520726583,
      "mean_abs_log10_error": 0.26396108496307635,
      "rmse_log10": 0.28965533082690387,
      "r_squared_log10": 0.8853492727864358,
      "mape_percent": 67.48160742309287,
      "theil_u": 0.005851810951858228,
      "theil_bias": 0.0008920274500513395,
      "theil_unequal_variance": 0.060159966491119383,
      "theil_unequal_covariance": 0.9389480060588292
    },
    {
      "series": "frontier_compute_open",
      "history": "frontier_compute.csv",
      "column": "max_open_training_flop",
      "observation": "lognormal",
      "observations": 5,
      "sigma": 0.3,
      "sigma_estimated": false,
      "log_likelihood": -0.09034486216232951,
      "mean_abs_log10_error": 0.20777392640265474,
      "rmse_log10": 0.23357778969686152,
      "r_squared_log10": 0.9484214942609008,
      "mape_percent": 46.72714883655003,
      "theil_u": 0.004881900270716926,
      "theil_bias": 0.028356807426046026,
      "theil_unequal_variance": 0.4266885443632672,
      "theil_unequal_covariance": 0.5449546482106867
    },
    {
      "series": "frontier_training_cost_closed",
      "history": "frontier_training_cost.csv",
      "column": "max_closed_training_cost_usd2023",
      "observation": "lognormal",
      "observations": 5,
      "sigma": 0.3,
      "sigma_estimated": false,
      "log_likelihood": 0.08571699884586687,
      "mean_abs_log10_error": 0.17960581499984318,
      "rmse_log10": 0.21959134054733626,
      "r_squared_log10": 0.7882734626862745,
      "mape_percent": 54.99704725926508,
      "theil_u": 0.015459269003652396,
      "theil_bias": 0.16221152416445997,
      "theil_unequal_variance": 0.02131266100423518,
      "theil_unequal_covariance": 0.8164758148313048
    },
    {
      "series": "frontier_training_cost_open",
      "history": "frontier_training_cost.csv",
      "column": "max_open_training_cost_usd2023",
      "observation": "lognormal",
      "observations": 5,
      "sigma": 0.3,
      "sigma_estimated": false,
      "log_likelihood": -7.464056813741493,
      "mean_abs_log10_error": 0.5258780597509307,
      "rmse_log10": 0.5656962206843184,
      "r_squared_log10": 0.6600647792400126,
      "mape_percent": 240.15881819030037,
      "theil_u": 0.044012471646256615,
      "theil_bias": 0.1702403660598474,
      "theil_unequal_variance": 0.814431499695937,
      "theil_unequal_covariance": 0.015328134244215677
    },
    {
      "series": "capability[closed]",
      "history": "benchmarks.csv",
      "column": "elo_max_closed",
      "observation": "floor",
      "observations": 2,
      "sigma": 0.009,
      "sigma_estimated": false,
      "log_likelihood": 0,
      "mean_abs_log10_error": 0.016611306553971472,
      "rmse_log10": 0.017324856509431847,
      "r_squared_log10": 0.244292340212809,
      "mape_percent": 3.9056550650037756,
      "theil_u": 0.002792197132847858,
      "theil_bias": 0.9193233551401081,
      "theil_unequal_variance": 0.08067664485989187,
      "theil_unequal_covariance": 0
    },
    {
      "series": "capability[open]",
      "history": "benchmarks.csv",
      "column": "elo_max_open",
      "observation": "floor",
      "observations": 2,
      "sigma": 0.009,
      "sigma_estimated": false,
      "log_likelihood": 0,
      "mean_abs_log10_error": 0.02024497791424351,
      "rmse_log10": 0.02338794283572599,
      "r_squared_log10": 0.28569677620193545,
      "mape_percent": 4.81002951691917,
      "theil_u": 0.0037923211413793062,
      "theil_bias": 0.749291088217689,
      "theil_unequal_variance": 0.250708911782311,
      "theil_unequal_covariance": 0
    },
    {
      "series": "capability_lag_months",
      "history": "benchmarks.csv",
      "column": "elo_lag_months",
      "observation": "lognormal",
      "observations": 6,
      "sigma": 0.3,
      "sigma_estimated": false,
      "log_likelihood": 0.23959060501289095,
      "mean_abs_log10_error": 0.1688473534624905,
      "rmse_log10": 0.21004392552854434,
      "r_squared_log10": -1.7324213470630787,
      "mape_percent": 54.02065218765747,
      "theil_u": 0.17004249869279342,
      "theil_bias": 0.6346600118854993,
      "theil_unequal_variance": 0.35254260712635205,
      "theil_unequal_covariance": 0.012797380988148737
    },
    {
      "series": "price_closed_frontier",
      "history": "api_prices.csv",
      "column": "price_closed_frontier_usd2023_per_mtok",
      "observation": "lognormal",
      "observations": 17,
      "sigma": 0.437116870342607,
      "sigma_estimated": true,
      "log_likelihood": -10.053525474104866,
      "mean_abs_log10_error": 0.38807701475660006,
      "rmse_log10": 0.437116870342607,
      "r_squared_log10": 0.03372726349508104,
      "mape_percent": 83.28956777624478,
      "theil_u": 0.15466420339422138,
      "theil_bias": 0.19778506127782616,
      "theil_unequal_variance": 0.6765834792977461,
      "theil_unequal_covariance": 0.12563145942442774
    },
    {
      "series": "closed_revenue",
      "history": "lab_revenue.csv",
      "column": "closed_providers_sum_run_rate_usd",
      "observation": "floor",
      "observations": 4,
      "sigma": 0.1,
      "sigma_estimated": false,
      "log_likelihood": 0,
      "mean_abs_log10_error": 0.1400041369666294,
      "rmse_log10": 0.15609229092602908,
      "r_squared_log10": 0.5620087614007598,
      "mape_percent": 39.744542539376035,
      "theil_u": 0.008147129350226035,
      "theil_bias": 0.8044866251229804,
      "theil_unequal_variance": 0.06611321376927222,
      "theil_unequal_covariance": 0.12940016110774732
    },
    {
      "series": "closed_revenue",
      "history": "lab_revenue.csv",
      "column": "run_rate_usd",
      "observation": "floor",
      "observations": 5,
      "sigma": 0.1,
      "sigma_estimated": false,
      "log_likelihood": 0,
      "mean_abs_log10_error": 0.18268303318837056,
      "rmse_log10": 0.1934655600204521,
      "r_squared_log10": 0.24515262639425617,
      "mape_percent": 53.963959484344855,
      "theil_u": 0.0102183824119532,
      "theil_bias": 0.8916390859432431,
      "theil_unequal_variance": 0.07801009604726783,
      "theil_unequal_covariance": 0.03035081800948901
    },
    {
      "series": "closed_revenue",
      "history": "lab_revenue.csv",
      "column": "closed_providers_sum_run_rate_usd",
      "observation": "ceiling",
      "observations": 4,
      "sigma": 0.3,
      "sigma_estimated": false,
      "log_likelihood": -0.5414400730341357,
      "mean_abs_log10_error": 0.1400041369666294,
      "rmse_log10": 0.15609229092602908,
      "r_squared_log10": 0.5620087614007598,
      "mape_percent": 39.744542539376035,
      "theil_u": 0.008147129350226035,
      "theil_bias": 0.8044866251229804,
      "theil_unequal_variance": 0.06611321376927222,
      "theil_unequal_covariance": 0.12940016110774732
    },
    {
      "series": "outside_capital",
      "history": "headcount_valuation.csv",
      "column": "closed_funding_sum_usd",
      "observation": "floor",
      "observations": 2,
      "sigma": 0.2,
      "sigma_estimated": false,
      "log_likelihood": -0.14289243983963584,
      "mean_abs_log10_error": 0.07496768778376772,
      "rmse_log10": 0.07560223272883833,
      "r_squared_log10": 0.8647098676655248,
      "mape_percent": 15.832912090658708,
      "theil_u": 0.0037396965988039255,
      "theil_bias": 0.9832840383213791,
      "theil_unequal_variance": 0.016715961678620897,
      "theil_unequal_covariance": 0
    },
    {
      "series": "open_share_frontier",
      "history": "token_usage.csv",
      "column": "enterprise_open_share_of_usage",
      "observation": "lognormal",
      "observations": 2,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 1.753318773413597,
      "mean_abs_log10_error": 0.06357167045008233,
      "rmse_log10": 0.06759062748523982,
      "r_squared_log10": -35.825032513698766,
      "mape_percent": 13.496250089326534,
      "theil_u": 0.04554729690011318,
      "theil_bias": 0.8846149816096175,
      "theil_unequal_variance": 0.0001021219871191621,
      "theil_unequal_covariance": 0.1152828964032634
    },
    {
      "series": "pay_median_total[applied,early]",
      "history": "pay.csv",
      "column": "total_usd_per_year",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.9414218425184111,
      "mean_abs_log10_error": 0.04067164137732693,
      "rmse_log10": 0.04067164137732693,
      "r_squared_log10": null,
      "mape_percent": 8.939850576024584,
      "theil_u": 0.003753567374385835,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median_total[applied,mid]",
      "history": "pay.csv",
      "column": "total_usd_per_year",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.9524475366379291,
      "mean_abs_log10_error": 0.03402978367471032,
      "rmse_log10": 0.03402978367471032,
      "r_squared_log10": null,
      "mape_percent": 7.536523917526859,
      "theil_u": 0.0030550653212504304,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median_total[applied,senior]",
      "history": "pay.csv",
      "column": "total_usd_per_year",
      "observation": "lognormal",
      "observations": 2,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 1.5530017713762843,
      "mean_abs_log10_error": 0.08808644433788038,
      "rmse_log10": 0.09526607722420398,
      "r_squared_log10": -1.2862642500293147,
      "mape_percent": 22.20141661345455,
      "theil_u": 0.00832463637867973,
      "theil_bias": 0.1450482722093624,
      "theil_unequal_variance": 0.15846811524356003,
      "theil_unequal_covariance": 0.6964836125470775
    },
    {
      "series": "pay_median_total[applied,staff]",
      "history": "pay.csv",
      "column": "total_usd_per_year",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.9608807790857474,
      "mean_abs_log10_error": 0.027902155235675963,
      "rmse_log10": 0.027902155235675963,
      "r_squared_log10": null,
      "mape_percent": 6.635584856894957,
      "theil_u": 0.0023912763140955576,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median_total[big_tech,senior]",
      "history": "pay.csv",
      "column": "total_usd_per_year",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.47041742686293164,
      "mean_abs_log10_error": 0.15116011748084368,
      "rmse_log10": 0.15116011748084368,
      "r_squared_log10": null,
      "mape_percent": 41.63158568821679,
      "theil_u": 0.013273882580980102,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median_total[closed,early]",
      "history": "pay_ranges.csv",
      "column": "total_low_usd_per_year..total_high_usd_per_year",
      "observation": "range",
      "observations": 1,
      "sigma": 0.05,
      "sigma_estimated": false,
      "log_likelihood": -0.20999207398475786,
      "mean_abs_log10_error": 0.10039712685477031,
      "rmse_log10": 0.10039712685477031,
      "r_squared_log10": null,
      "mape_percent": 20.639778161805218,
      "theil_u": 0.008581725992522837,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median_total[closed,mid]",
      "history": "pay_ranges.csv",
      "column": "total_low_usd_per_year..total_high_usd_per_year",
      "observation": "range",
      "observations": 1,
      "sigma": 0.05,
      "sigma_estimated": false,
      "log_likelihood": -0.0011158856938222293,
      "mean_abs_log10_error": 0.057912722242554615,
      "rmse_log10": 0.057912722242554615,
      "r_squared_log10": null,
      "mape_percent": 12.484036645778378,
      "theil_u": 0.004932340690996759,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median_total[closed,principal]",
      "history": "pay.csv",
      "column": "total_usd_per_year",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.9034461053025039,
      "mean_abs_log10_error": 0.05799215970320226,
      "rmse_log10": 0.05799215970320226,
      "r_squared_log10": null,
      "mape_percent": 12.500042859117185,
      "theil_u": 0.0048838417560969506,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median[closed,principal,base]",
      "history": "pay.csv",
      "column": "base_usd",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.9642805701589505,
      "mean_abs_log10_error": 0.025010791041101044,
      "rmse_log10": 0.025010791041101044,
      "r_squared_log10": null,
      "mape_percent": 5.5962580777378745,
      "theil_u": 0.002288430850907661,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    },
    {
      "series": "pay_median[closed,principal,equity]",
      "history": "pay.csv",
      "column": "equity_usd_per_year",
      "observation": "lognormal",
      "observations": 1,
      "sigma": 0.15,
      "sigma_estimated": false,
      "log_likelihood": 0.8539821637315304,
      "mean_abs_log10_error": 0.07475940046399199,
      "rmse_log10": 0.07475940046399199,
      "r_squared_log10": null,
      "mape_percent": 15.813859554179235,
      "theil_u": 0.006491221355136112,
      "theil_bias": 1,
      "theil_unequal_variance": 0,
      "theil_unequal_covariance": 0
    }
  ]
}

"""#,
        "calibration.json5": #"""
// What `forecast calibrate` fits: the backtest run (2020Q1 to 2024Q4, from 2020 values) against the
// observed history in history/, with data up to the cut-off only. Growth rates and shares shared with
// the base scenario take their priors from base.json5; values the backtest sets for 2020 state their
// priors here. The fitted values go to calibrated.json5, which every scenario then uses.
{
  schema: 1,
  description: "The backtest fitted to frontier training compute and cost (running maxima of published runs), the Arena Elo of the best closed and open models (floors), closed frontier API prices, closed providers' revenue (floors, and a soft ceiling at the published sums), closed labs' outside capital (a floor: the rounds they raised), the enterprise open share, and pay by employer, level and component where the pay data state a level.",
  scenario: "backtest",
  until: "2024-12-31",
  targets: [
    // Running maxima of published runs. Epoch AI's estimates cover the leading closed runs too, so
    // the maximum is read as a noisy measurement of the largest run (lognormal, σ 0.3 in log10: a
    // factor of 2), not a floor: a floor left the fit free to sit a factor of 10 above history.
    // The last month of each year, so flat stretches do not count many times.
    { series: "frontier_compute_closed", history: "frontier_compute.csv", column: "max_closed_training_flop",
      observation: "lognormal", sigma: 0.3, every: "year" },
    { series: "frontier_compute_open", history: "frontier_compute.csv", column: "max_open_training_flop",
      observation: "lognormal", sigma: 0.3, every: "year" },
    { series: "frontier_training_cost_closed", history: "frontier_training_cost.csv", column: "max_closed_training_cost_usd2023",
      observation: "lognormal", sigma: 0.3, every: "year" },
    { series: "frontier_training_cost_open", history: "frontier_training_cost.csv", column: "max_open_training_cost_usd2023",
      observation: "lognormal", sigma: 0.3, every: "year" },
    // Arena Elo of the best rated closed and open model, monthly from 2023 (the capability index is
    // on the Elo scale): floors, since unrated and unreleased models can only be better. σ 0.009 in
    // log10 is about 25 Elo near 1,250, the spread between leaderboard snapshots.
    { series: "capability[closed]", history: "benchmarks.csv", column: "elo_max_closed", observation: "floor", sigma: 0.009, every: "year" },
    { series: "capability[open]", history: "benchmarks.csv", column: "elo_max_open", observation: "floor", sigma: 0.009, every: "year" },
    // How long ago the best closed model had the best open model's Elo (Epoch AI's measure), where
    // the record is not censored: 2-5 months in 2024. σ 0.3 in log10 (a factor of 2): the three
    // benchmarks disagree by a factor of 3-5 at the same month (history/MAPPING.md).
    { series: "capability_lag_months", history: "benchmarks.csv", column: "elo_lag_months",
      where: { elo_lag_censored: 0 }, observation: "lognormal", sigma: 0.3 },
    // List price of the cheapest closed model at the frontier, each quarter end (2023 dollars);
    // its spread around the model is estimated with the fit.
    { series: "price_closed_frontier", history: "api_prices.csv", column: "price_closed_frontier_usd2023_per_mtok",
      observation: "lognormal", sigma: "estimate" },
    // Revenue run rates: the closed providers that published (a floor of all closed revenue), and
    // OpenAI's alone (a floor too). Nominal dollars turned into 2023 dollars.
    { series: "closed_revenue", history: "lab_revenue.csv", column: "closed_providers_sum_run_rate_usd", multiply: "usd2023_factor",
      where: { company_id: 0 }, observation: "floor", sigma: 0.1 },
    { series: "closed_revenue", history: "lab_revenue.csv", column: "run_rate_usd", multiply: "usd2023_factor",
      where: { company_id: 1 }, observation: "floor", sigma: 0.1 },
    // The same sums as a soft ceiling: before 2025 the labs that published were most of the closed
    // market (the cloud majors' own models earned little yet), so all closed revenue sits near
    // them; σ 0.3 lets it run to about twice the sum before the penalty reaches one σ.
    { series: "closed_revenue", history: "lab_revenue.csv", column: "closed_providers_sum_run_rate_usd", multiply: "usd2023_factor",
      where: { company_id: 0 }, observation: "ceiling", sigma: 0.3 },
    // Outside capital: what the closed labs raised in rounds and strategic investments in 2023
    // and 2024 (history/headcount_valuation.csv, company_id 0), a floor of their investor money
    // a year (euro-only rounds and parent-firm money outside rounds are missing). σ 0.2
    // (history/MAPPING.md): commitments are paid in tranches and partly in compute.
    { series: "outside_capital", history: "headcount_valuation.csv", column: "closed_funding_sum_usd", multiply: "usd2023_factor",
      where: { company_id: 0 }, observation: "floor", sigma: 0.2 },
    // Menlo Ventures' enterprise survey: open models' share of enterprise usage (2023, 2024), the
    // frontier segment's closest measure (history/MAPPING.md).
    { series: "open_share_frontier", history: "token_usage.csv", column: "enterprise_open_share_of_usage",
      observation: "lognormal", sigma: 0.15 },
    // Pay by employer and level (history/pay.csv, pay_ranges.csv; nominal dollars into 2023
    // dollars): medians of the common ladder's cells where a row states one level, σ 0.15 in
    // log10 (0.1 for one company's median, × 1.5 for tertiary sources; history/MAPPING.md). The
    // applied-industry ladder from Levels.fyi's company medians (Databricks, Cruise); big tech's
    // senior level from Amazon's; the closed labs' new researchers from the Rora range (L3-L4,
    // so half weight on each of early and mid) and OpenAI's median of the senior-most tier in
    // Levels.fyi's data (L6-L7, read as principal+: the top of the ladder), whose base and equity
    // split the total into components.
    { series: "pay_median_total[applied,early]", history: "pay.csv", column: "total_usd_per_year", multiply: "usd2023_factor",
      where: { applied: 1, level_low: 3, level_high: 3, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median_total[applied,mid]", history: "pay.csv", column: "total_usd_per_year", multiply: "usd2023_factor",
      where: { applied: 1, level_low: 4, level_high: 4, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median_total[applied,senior]", history: "pay.csv", column: "total_usd_per_year", multiply: "usd2023_factor",
      where: { applied: 1, level_low: 5, level_high: 5, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median_total[applied,staff]", history: "pay.csv", column: "total_usd_per_year", multiply: "usd2023_factor",
      where: { applied: 1, level_low: 6, level_high: 6, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median_total[big_tech,senior]", history: "pay.csv", column: "total_usd_per_year", multiply: "usd2023_factor",
      where: { big_tech: 1, level_low: 5, level_high: 5, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median_total[closed,early]", history: "pay_ranges.csv", low: "total_low_usd_per_year", high: "total_high_usd_per_year",
      multiply: "usd2023_factor", where: { closed_lab: 1, level_low: 3, level_high: 4 }, observation: "range", sigma: 0.05, weight: 0.5 },
    { series: "pay_median_total[closed,mid]", history: "pay_ranges.csv", low: "total_low_usd_per_year", high: "total_high_usd_per_year",
      multiply: "usd2023_factor", where: { closed_lab: 1, level_low: 3, level_high: 4 }, observation: "range", sigma: 0.05, weight: 0.5 },
    { series: "pay_median_total[closed,principal]", history: "pay.csv", column: "total_usd_per_year", multiply: "usd2023_factor",
      where: { closed_lab: 1, level_low: 6, level_high: 7, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median[closed,principal,base]", history: "pay.csv", column: "base_usd", multiply: "usd2023_factor",
      where: { closed_lab: 1, level_low: 6, level_high: 7, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
    { series: "pay_median[closed,principal,equity]", history: "pay.csv", column: "equity_usd_per_year", multiply: "usd2023_factor",
      where: { closed_lab: 1, level_low: 6, level_high: 7, stat_median: 1, repeat_of_other_row: 0 }, observation: "lognormal", sigma: 0.15 },
  ],
  parameters: [
    "hardware_growth",
    "algorithmic_growth",
    "diffusion_rate",
    "outside_funding_multiple",
    "largest_run_capacity_share",
    "revenue_reinvestment_share",
    "adoption_rate",
    "capability_value_exponent",
    "inference_efficiency_growth",
    "lead_markup_per_oom",
    "distillation_reach",
    "closed_convenience_value",
    "sponsor_threshold_growth",
    { name: "outside_capital_start", value: 6.9e8, low: 1.5e8, high: 3e9, distribution: "lognormal",
      source: "judgement: investor money for closed labs' compute in 2020 (Microsoft's $1B investment in OpenAI, 2019, spread over a few years); a factor of about 4 either way" },
    { name: "open_sponsor_ambition", value: 0.4, low: 0.1, high: 1.0, distribution: "triangular",
      source: "judgement: before Llama (2023) open sponsors put a smaller share of the frontier cost into released runs (mT5 $0.19M, BLOOM $1.0M vs GPT-3 $2.3M, PaLM $3.0M; Epoch AI data)" },
    { name: "precision_utilization_factor_start", value: 0.2, low: 0.1, high: 0.5, distribution: "lognormal",
      source: "judgement: the number-format and utilization factor in 2020, relative to 2025Q1 (the base dynamics, 1.5x a year capped at 4, run back from 1 give 0.17)" },
    { name: "training_budget_start[open]", value: 1.2e6, low: 2e5, high: 5e6, distribution: "lognormal",
      source: "judgement: the largest open run of 2020 cost a few hundred thousand to a few million dollars (T5-11B, 2019-10; Epoch AI training-cost data)" },
    { name: "llm_spending_start", value: 1.5e8, low: 3e7, high: 8e8, distribution: "lognormal",
      source: "judgement: language-model API revenue was a few hundred million dollars a year at most in 2020 (OpenAI's API launched 2020-06)" },
    // Pay: the 2020 pay of the employers with pay data (the backtest's own starting values), the
    // ladder's cells with data, and the closed labs' components (weights, normalised per employer).
    { name: "comp_start[closed]", value: 5.5e5, low: 3.5e5, high: 8.5e5, distribution: "lognormal",
      source: "judgement: top-lab research pay at the mid level in 2020, before the 2023-24 bidding war; at most the 2025 level (base.json5)" },
    { name: "comp_start[big_tech]", value: 2.5e5, low: 1.6e5, high: 4e5, distribution: "lognormal",
      source: "judgement: big-tech research pay at the mid level in 2020; a factor of about 1.6 either way" },
    { name: "comp_start[applied]", value: 2.6e5, low: 1.6e5, high: 4e5, distribution: "lognormal",
      source: "judgement: applied-industry research pay at the mid level in 2020; a factor of about 1.6 either way" },
    { name: "pay_level_ratio[closed,early]", value: 0.85, low: 0.6, high: 1.0, distribution: "lognormal",
      source: "judgement: new researchers are paid less than the mid level, at most as much" },
    { name: "pay_level_ratio[closed,principal]", value: 1.12, low: 1.09, high: 1.8, distribution: "lognormal",
      source: "judgement: the top of the ladder, above the staff level (1.09, base.json5), less steep than applied industry's Levels.fyi ladder (2.2)" },
    { name: "pay_level_ratio[applied,early]", value: 0.71, low: 0.5, high: 0.95, distribution: "lognormal",
      source: "judgement around Levels.fyi's ratio of junior to mid pay at one company (base.json5), below the mid level" },
    { name: "pay_level_ratio[applied,senior]", value: 1.51, low: 1.1, high: 1.65, distribution: "lognormal",
      source: "judgement around Levels.fyi's ratio of senior to mid pay at one company (base.json5), above the mid level and below the staff prior" },
    { name: "pay_level_ratio[applied,staff]", value: 1.76, low: 1.65, high: 2.15, distribution: "lognormal",
      source: "judgement around Levels.fyi's ratio of staff to mid pay at one company (base.json5), between the senior prior and principal (2.2)" },
    { name: "pay_component_share[closed,base]", value: 0.375, low: 0.2, high: 0.6, distribution: "lognormal",
      source: "judgement around Levels.fyi's OpenAI offer (base.json5); a weight, normalised with the employer's other components" },
    { name: "pay_component_share[closed,equity]", value: 0.625, low: 0.4, high: 0.8, distribution: "lognormal",
      source: "judgement around Levels.fyi's OpenAI offer (base.json5); a weight, normalised with the employer's other components" },
  ],
}

"""#,
        "history/MAPPING.md": #"""
# Mapping history columns to model series (advice for wiring `forecast calibrate`)

For each file and column: the model concept it measures, the observation model to use, and a
suggested error. Series names are those of `assumptions/report.json5` and
`assumptions/model/*.json5`; "v2" marks concepts of MODEL.md's version 2 (pay by level and
component, lab valuations, backward-looking lag) that the equations do not have yet.

## Observation models

Let m = the model's value at the row's time (the reader's decimal year; interpolate as
`Backtest.interpolate` does), y = the observed value, both in the same unit (2023 dollars for
money: use the `*_usd2023_*` column or multiply by `usd2023_factor`).

- **lognormal(σ)**: log10 m − log10 y ~ Normal(0, σ²). σ in log10 units (0.1 ≈ ±26%,
  0.3 ≈ a factor 2).
- **floor(σ)**: the truth is at or above y (a running maximum of published runs, one
  company's share of a market total, a "more than" figure). Penalty only when m < y:
  −log Φ((log10 m − log10 y)/σ); σ is a softness so that a floor set by a mis-estimated model
  does not dominate. A **ceiling** is the mirror image.
- **range(low, high, σ)**: no penalty for low ≤ m ≤ high; Normal tails of width σ (log10)
  outside.
- Elo and lags are not log quantities where noted: use Normal in points or months instead.

General advice:
- Running maxima are stepwise: use only the months where the record changes (the note is
  non-empty) plus each year's last month, or weight each row 1/(rows with the same value),
  otherwise flat stretches get the weight of many observations.
- Quality: keep σ as given for `primary`, multiply by 1.25 for `secondary` and 1.5 for
  `tertiary` (judgement).
- `published_after_2024 = 1` rows describe 2024 or earlier and may be used; a strict "what
  was knowable at end-2024" fit should drop them.
- Several rows at one date with different values (two outlets, two methods) are separate
  observations; do not average them first.

## `benchmarks.csv`

| column | model concept | observation model | why |
|---|---|---|---|
| `elo_max_closed` | `capability_closed` (Arena Elo-equivalent index, capability.json5) | floor, Normal in Elo points, σ = 25 Elo; from 2023-03 | the index was fitted to these very Elo values (base.json5), so the scale matches; unreleased and unrated closed models can only be better than the rated maximum; 25 Elo ≈ the spread between leaderboard snapshots in the file plus the ±3-7 CI (≈ 0.25 OOM of effective compute at 102 Elo/OOM) |
| `elo_max_open` | `capability_open` | floor, Normal in Elo, σ = 25 Elo; from 2023-02 | all open models are public, but the file misses several (Qwen2.5, DeepSeek-V2.5, Mistral Large 2 has no Elo) and stops at 2024-09 |
| `elo_lag_months` | v2 `capability_lag_months` (backward-looking: how long ago closed reached open's level) | lognormal σ = 0.3 where `elo_lag_censored = 0` and lag ≥ 1; floor (σ = 0.15) where `elo_lag_censored = 1`; lag 0 rows: Normal in months, σ = 2 | the three benchmarks disagree by a factor 3-5 at the same month (2024-06: MMLU 15, GPQA 3, Elo 5 months); Epoch's own range is 5-22 months. The v1 `capability_lag_months` is forward-looking (gap ÷ pace) and is not the same quantity: compute the backward lag from the model's own `capability_closed` history in the harness before comparing |
| `mmlu_lag_months`, `gpqa_lag_months` | the same | as `elo_lag_months`; better: at each quarter-end month, a **range** [min, max] over the uncensored lags of the three benchmarks (e.g. 2024-06 [3, 15], 2024-09 [3, 4] months), σ = 2 months outside | one benchmark's running maximum jumps with single releases; the range carries the benchmark disagreement |
| `mmlu_max_*`, `gpqa_max_*` | no v1 series | do not fit (or add a link function: logit of MMLU linear in capability; MMLU saturates near 0.9) | |
| `*_holder_compute_flop` | the capability–compute relation (`capability_at_reference_compute`, `capability_per_oom`) | use (log10 holder compute, Elo max) pairs as a regression check, not as a floor on `frontier_compute_*` (that is `frontier_compute.csv`'s job) | the holder of the best score is not always the largest run (Gemma 2 27B, 2.1e24 FLOP, held the open Elo record in 2024-06) |

## `api_prices.csv` (use the `*_usd2023_per_mtok` columns)

| column | model concept | observation model | why |
|---|---|---|---|
| `price_closed_frontier_*` | `price_closed_frontier` ($/Mtok) | lognormal σ = 0.3 for `carry_status` 0 and 1; `carry_status` 2: ceiling σ = 0.15 (or lognormal σ = 0.4); the 2020-09..2021-06 GPT-3 plan-overage rows (tertiary): σ = 0.5 or drop | list prices are exact but "the best closed model's price" is not: the frontier set's prices span up to 0.8 log10 (2024Q3: GPT-4o $4.4 vs o1-preview $26; o1 bills hidden reasoning tokens), and the 3:1 blend is a convention; carried prices only fall |
| `price_open_best_*` | `price_open` (best open model at serving cost) | lognormal σ = 0.3 | lowest host price ≈ serving cost plus thin margin, a good match; Artificial Analysis minima may mix hosts (understate); 2024Q1 is a carried Llama 2 70B price while Mixtral 8x7B had no price row yet |
| `price_open_comparable_*` | `frontier_price_ratio` = `price_closed_frontier / price_open` when both columns exist at a date | lognormal σ = 0.35 on the ratio `price_closed_frontier_* / price_open_best_*` at the same date (observed: 19.7 at 2023Q4 and 2024Q1, 11.7 2024Q2, 2.4 2024Q3, 4.9 2024Q4) | the ratio cancels the common deflator and part of the blend convention; `price_open_comparable` itself (Llama 3.1 405B, MMLU/GPQA at GPT-4o's level) also gives a constant-capability decline check: GPT-4-level MMLU ≈ 0.86-0.87 cost $37.5 in 2023Q1 and $0.87 (2023$) in 2024Q4, ≈ 9x a year, at the low end of Epoch's 9-900x (`price_decline_at_constant_capability`) |
| `price_closed_lowest_*` | `price_closed_long_tail` = frontier ÷ `frontier_price_premium` | lognormal σ = 0.3 on `frontier_price_premium` = `price_closed_frontier / price_closed_lowest` at the same date, 2023Q1..2024Q3 (observed 12-33, base value 20); drop 2024Q4 (Ministral 3B, 109x: a 3B model is below "the tier below") | the cheapest closed model in the file is a cheap tier, not a defined one |
| `price_open_lowest_*` | `price_open_long_tail` | lognormal σ = 0.4 | 7B-class hosts prices; the long-tail concept is a typical cheap model, the column is the cheapest |
| `observation_age_days`, `carry_status`, `input_/output_usd_per_mtok` | — | filters and checks | |

## `lab_revenue.csv` (multiply by `usd2023_factor`)

| column | model concept | observation model | why |
|---|---|---|---|
| `closed_providers_sum_run_rate_usd` (company 0) | `closed_revenue` ($/year) | floor σ = 0.1 on each row; optionally a ceiling at 3× the larger sum of a date (judgement: Google, Microsoft and Amazon first-party model revenue is unknown) | sums of named closed labs omit the cloud majors' own models; run rate ≈ the instantaneous annual rate at that month, the model's unit |
| `run_rate_usd`, `monthly_revenue_usd` × 12, per closed company (`releases_open_weights` < 1) | `closed_revenue` | floor σ = 0.1 | one provider is part of the total; "more than" rows (`lower_bound`) are floors anyway |
| `calendar_year_revenue_usd`, `projected_calendar_year_revenue_usd` | mean of `closed_revenue` over the year (≈ the model at `YYYY-07`, where these rows are dated) | floor σ = 0.1; projections for the same year by one firm (OpenAI 2024: $3.6B, $3.7B) are close to realized: for a v2 lab-level series lognormal σ = 0.1 | a projection made in Sep-Oct for the same year is mostly realized revenue |
| Hugging Face rows (company 6) | not `closed_revenue`; at most a weak floor on `open_serving_revenue` | do not fit | platform revenue (enterprise hub, consulting), third-party estimates |

## `token_usage.csv`

| column | model concept | observation model | why |
|---|---|---|---|
| `google_tokens_per_month`, `openai_output_tokens_per_month`, `openrouter_tokens_per_month`, `characterai_output_tokens_per_month` (× 12 / 1e6 → Mtok/year) | `token_demand` (Mtok/year, all providers) | floor σ = 0.15 each; do not add them (different dates; Google's figure counts all surfaces incl. search features) | single providers; OpenAI and Character.AI count output words only, converted at 4/3 tokens per word (±20%); OpenRouter is a chart reading |
| `enterprise_open_share_of_usage` (Menlo: 0.20 in 2023, 0.19 in 2024) | `open_share_frontier` (as base.json5 already uses it) | lognormal σ = 0.15 | survey of enterprise decision makers' usage, definitional vagueness; enterprise production work is closer to the frontier segment than OpenRouter traffic |
| `enterprise_open_share_of_respondents` (O'Reilly 0.16, 2023-11) | `open_share_frontier` | lognormal σ = 0.25, or a cross-check only | share of self-selected respondents whose company builds on open models, not a share of tokens |

No column measures `open_share_tokens` or `open_share_long_tail` before 2025 (see README).

## `pay.csv` and `pay_ranges.csv` (multiply by `usd2023_factor`; total pay unless stated)

v1 has one "typical total pay of a frontier researcher" per employer. Map rows with
`is_researcher = 1`, `stat_offer` or `stat_median`, `repeat_of_other_row = 0`:

| rows | model concept | observation model | why |
|---|---|---|---|
| Rora 2023 offers, `closed_lab = 1` (OpenAI $860k, Anthropic $855k) with Google units (DeepMind $515k, Google Research $549k, Google Brain $695k) and Inflection ($825k, classed `applied` in the source but a closed frontier developer) | `comp_closed` at 2023-07 | range [$515k, $860k] nominal, σ = 0.1 outside | the model's closed labs include Google DeepMind; Rora's sample is high-end (biased up), so a range rather than a point |
| `pay_ranges.csv` row OpenAI/Anthropic new researchers $700-900k (L3-L4, 2023) | `comp_closed` (v1), v2 closed × L3-L4 total | range [$700k, $900k], σ = 0.05 | one source's bounds, entry-level offers at the two labs |
| Rora `big_tech` with `releases_open_weights = 1` (Meta FAIR $556k) and `open_lab` (Hugging Face $238k) | `comp_open` at 2023-07 | range [$238k, $556k], σ = 0.1 | the two open-weight employers in the data are very different (Meta pays big-tech scale) |
| Rora `big_tech` with `releases_open_weights` 0 or 0.5, excluding Google units (12 offers, $285k-$780k, median $450k), plus `applied` Cruise/Databricks medians (engineers) | `comp_applied` | lognormal σ = 0.15 around the Rora median $450k (2023-07); engineers' medians as a cross-check only | applied industry in v1 is startups and enterprises; the big-tech offers are the closest researcher figures |
| `academia = 1` (Allen Institute $350k, a nonprofit) | `comp_academia` | ceiling σ = 0.1 at $350k (university pay is lower); no point observation exists | |
| the same Rora offers | `pay_ratio_closed_open` | range [1.5, 3.6] (855-860k over 556k and 238k) | the ratio cancels most of Rora's common upward bias; MODEL §4 wants it above 1 |
| OpenAI SWE 2023-06 single offer (base $300k, equity $500k/yr) and median (base $300k, equity $625k/yr) | v2 closed × L6-L7 components | lognormal σ = 0.1 on the equity share of total (0.62-0.68) | PPUs at grant value |
| `stat_maximum` rows (OpenAI up to $10M, DeepMind $5M, Meta $2.5M, 2024-03) and `pay_ranges` OpenAI offers to Google researchers $5-10M (2023-11) | v2 heavy tail of exceptional offers | floor σ = 0.1 on the model's largest offers (e.g. its 99.9th percentile) at that date; range [$5M, $10M] for the 2023-11 offers | upper tail only; never fit typical pay to them |
| `pay_ranges` H-1B base ranges (OpenAI $145-530k, 86 filings; xAI $250-500k, 10), Bloomberg OpenAI base $300-450k | v2 closed × base component | range, σ = 0.05 | base salary only; OpenAI's range includes non-research staff |
| `market_benchmark` rows and engineer medians (`is_researcher = 0`) | no v1 series (ML engineers' pay is not modelled) | do not fit | context: all-SWE median $170k-249k, ML engineers $300.6k (2024-03) |

Levels (v2): `level_low..level_high` on L3 early career, L4 mid, L5 senior, L6 staff, L7
principal+. A row with a span (e.g. 6..7) should be compared with the model's value for
either level (range over the two cells).

What `calibration.json5` fits today (`pay_median_total[employer, level]`, `pay_median[employer,
level, component]`): the applied-industry medians with one level (Databricks L3-L5, Cruise L5-L6,
lognormal σ 0.15), Amazon's L5 median for big tech, the closed new-researcher range (L3-L4: half
weight on each of early and mid, range σ 0.05), and OpenAI's median of the senior-most tier (the
2023-06 row, L6-L7, read as principal+) with its base and equity as components. Rows marked
`repeat_of_other_row` are left out; the Rora offers (no level) and the tail rows are not fitted.

## `headcount_valuation.csv`

| column | model concept | observation model | why |
|---|---|---|---|
| `valuation_usd` with `primary_round = 1`, `valuation_post_money = 1` | v2 lab valuation (marks private-lab equity) | lognormal σ = 0.05 | a negotiated price; note post-money prices preferred shares, above common |
| `valuation_usd` with `tender = 1` or `valuation_post_money = 0` | v2 lab valuation | lognormal σ = 0.1 | employee sales / reported figures of unstated basis |
| `valuation_usd` with `talks = 1` (Cohere $5B, 2024-03) | v2 lab valuation | ceiling σ = 0.1 | a target in talks, not a closed price |
| `amount_raised_usd` of closed labs (`releases_open_weights` < 1), primary and strategic, summed by calendar year | `outside_capital` ($/year) | floor σ = 0.2 | strategic commitments are paid in tranches and partly in compute; the file misses Microsoft's 2023 OpenAI investment and most big-tech internal spending. 2024 floor ≈ OpenAI 6.6 + Anthropic 0.75 + 4.0 + xAI 6 (May) + 6 (Dec close; the 2024-11-21 "5B" row and the 2024-12-05 filing are the same round: count once) ≈ $23B nominal, next to `outside_capital_start` $25B for 2025 |
| `headcount_total` | no v1 series; v2 lab-level research staff | ceiling σ = 0.05 (research staff ≤ total staff) | total employees incl. product, sales, operations; PitchBook estimates (OpenAI ~3,000, xAI ~100 at 2024-12) are rough |
| `deal_payment_usd` (Inflection → Microsoft 2024-03, Character.ai → Google 2024-08) | v2 talent-flow events (acqui-hires) | event markers, not fitted values | payments for licences and hires, not valuations |

## `vesting.csv`

Inputs, not observations: set v2 vesting tables from these rows and do not fit them.
OpenAI PPUs 25/25/25/25 (cliff not stated), tender-only liquidity, growth capped at 10x,
2-year sale lock-out for new hires, vested units not cancellable from 2024-05; Google
33/33/22/12 monthly, no cliff; Meta 25%/yr quarterly, no cliff; Microsoft 25%/yr, 12-month
cliff, quarterly; Apple 25%/yr; Amazon 5/15/40/40. Refresh grants and Anthropic's schedule:
mark as `judgement` parameters.

## `cpi_u.csv`

A fixed deflator (nominal × `usd2023_factor` = 2023 dollars), not an observation.

## Existing files, for completeness

`frontier_compute.csv` `max_*` → `frontier_compute_*`, `frontier_training_cost.csv` `max_*` →
`frontier_training_cost_*`: floor σ = 0.1 on each year's last month (what `forecast backtest`
scores), from 2020 (before 2019-09 the compute file's running maximum starts in 2017-01 and
misses GNMT and ResNeXt; see README).

"""#,
        "history/README.md": #"""
# Observed history

The series `forecast calibrate` fits the model to (see `../calibration.json5`) and `forecast backtest`
scores it against (see `../backtest.json5`). Observations end 2024-12; later quarters are out of
sample on purpose.

The history reader takes the first column as the date and every other column as a number, except
the text columns `quality`, `source` and `note`.

Data: Epoch AI (epoch.ai), Notable AI Models, CC BY 4.0

| file | columns | what it is |
|---|---|---|
| `frontier_compute.csv` | `month`, `max_open_training_flop`, `max_closed_training_flop`, `log10_gap` | Running maximum of training compute (FLOP) of open-weight and of closed models (API, hosted or unreleased), monthly 2017-01..2024-12, and log10 of closed over open. A copy of `shared/data/frontier_compute_by_month.csv`, which is derived from Epoch AI's Notable AI Models. |
| `frontier_training_cost.csv` | `month`, `max_open_training_cost_usd2023`, `max_closed_training_cost_usd2023` | Running maximum of the estimated training cost (amortized hardware and energy, constant 2023 US dollars) of open-weight and of closed models, monthly 2017-01..2024-12, from the `training_cost_2023_usd`, `weights` and `publication_date` columns of Epoch AI's Notable AI Models (export of 2025-10-28). |

Notes for use:

- Lines starting with `#` are comments (the credit line). `month` is `YYYY-MM`; a value holds from that month on. Empty cells: no model with that label
  and a published figure yet.
- Both files cover models of every domain, as the shared data do. The closed cost maximum of
  2019-12 to 2022-10 is OpenAI Five ($4.3M), a game-playing agent, not a language model.
- Closed labs publish compute and cost for few models, so both maxima are floors: the model's
  largest runs should sit on or above them, and the published trend lines (Epoch AI: compute
  4-5x a year; Cottier et al. 2024: cost 2.4x a year) run above them.
- The backtest scores the model's value in each year's fourth quarter against the maximum at
  that year's end (`YYYY-12`), as the mean absolute error in log10.

## Capability, prices, revenue, tokens, pay and labs

Observations end
2024-12 and stop there on purpose: later quarters are out of sample. No row is dated after
2024-12-31; an observation about 2024 or earlier that was published later carries
`published_after_2024 = 1` (and says so in its note), as the shared data marks it.

Data: Epoch AI (epoch.ai), data behind "How far behind are open models?", CC BY 4.0
Data: Epoch AI (epoch.ai), LLM API prices database (data behind "LLM inference prices have fallen rapidly but unequally across tasks", 2025), CC BY 4.0
Data: Epoch AI (epoch.ai), Notable AI Models, CC BY 4.0

Every file is rebuilt from `../shared/data` (or `$FORECAST_SHARED_DATA`) by `scripts/build_all.py` (Python 3, standard
library), which also runs `scripts/validate.py` (reads each file as
`Sources/Scenarios/Loading/HistoryTable.swift` does, with its `quality`, `source`,
`note` text columns; checks the date rule) and `scripts/check_existing.py` (see the last
section).

| file | columns | what it is | how derived or gathered | licence / credit |
|---|---|---|---|---|
| `benchmarks.csv` (60 rows, 2019-10..2024-09) | `month`; for `mmlu`, `gpqa`, `elo`: `*_max_open`, `*_max_closed`, `*_open_holder_compute_flop`, `*_closed_holder_compute_flop`, `*_lag_months`, `*_lag_censored`; `quality`, `source`, `note` | Monthly running maximum of MMLU and GPQA (fractions correct) and LMSys Chatbot Arena Elo (points) over open-weight and over closed models; training compute (FLOP) of the model holding each maximum; open-behind-closed lag in months | `scripts/build_benchmarks.py` from `open_closed_benchmarks.csv`: for each month the maximum score over models dated on or before the month's end, by Epoch's Open/Closed flag; the holder is the first model to reach it; its compute from the file, else from `notable_models.csv` (note says so). Lag at month M = M − the first month whose closed maximum ≥ the open maximum at M; `*_lag_censored = 1` when that month is the first with any closed score (lag is then a lower bound); empty when open is ahead. Date fix: Flan-T5-*, Flan-PaLM-*, Flan-U-PaLM, Flan-cont-PaLM and U-PaLM are moved from their base model's date (2019-10-23, 2022-04-04) to 2022-10-20 (arXiv 2210.11416, 2210.11399; Notable AI Models dates Flan-PaLM 540B and U-PaLM 2022-10-20); `--epoch-dates` rebuilds with Epoch's dates into `scripts/`. The note names every new record holder and Epoch's trust flag −1 (possible contamination) | Epoch AI, "How far behind are open models?" data, CC BY 4.0 (+ Notable AI Models) |
| `api_prices.csv` (35 rows, quarter ends 2020-09-30..2024-12-31) | `date` (quarter's last day); `price_closed_frontier`, `price_open_best`, `price_open_comparable`, `price_closed_lowest`, `price_open_lowest`, each `_usd_per_mtok` (nominal) and `_usd2023_per_mtok`; `input_usd_per_mtok`, `output_usd_per_mtok`, `observation_age_days`, `carry_status`, `published_after_2024`; text | List price ($ per million tokens, blended 0.75·input + 0.25·output) in force on the last day of each quarter of: the cheapest closed model at the frontier; the best open-weight model (lowest host price); an open model of capability comparable to that closed model (2024Q3-Q4 only); the cheapest closed and the cheapest open model in the file | `scripts/build_api_prices.py` from `llm_api_prices.csv`, ranking models with `open_closed_benchmarks.csv`. A price is in force from its date until the next observation of the same model version and provider, at most 365 days (`carry_status` 0 = observed in the quarter, 1 = older but a later equal price brackets it, 2 = carried forward unbracketed). Frontier = priced models within 5 Elo of the best priced one of that side (MMLU within 0.02 before any Elo score; a model without Elo joins if within tolerance of the leader on all its other benchmarks, e.g. GPT-4 Turbo 2023Q4, o1-preview 2024Q3); comparable = within tolerance on most shared benchmarks (MMLU 0.02, GPQA 0.03, Elo 5). One row per quarter end and underlying price observation; the note names the model, provider, price date and the frontier set | Epoch AI LLM API prices, CC BY 4.0; tertiary rows: Artificial Analysis snapshots compiled by H. Gundlach et al. (github.com/hansgundlach/Algorithmic_Progress_Inference), not relicensed, cite both; blog launch prices as cited |
| `lab_revenue.csv` (26 rows, 2022-05..2024-12) | `date`, `company_id`, `releases_open_weights`, `run_rate_usd`, `monthly_revenue_usd`, `calendar_year_revenue_usd`, `projected_calendar_year_revenue_usd`, `range_low_usd`, `range_high_usd`, `lower_bound`, `closed_providers_sum_run_rate_usd`, `usd2023_factor`, `published_after_2024`; text | Revenue of OpenAI, Anthropic, Cohere, xAI, Character.ai and Hugging Face, nominal US$; the value column says the measure (annualized run rate, one month, calendar year, projection for a calendar year); 4 rows sum year-end run rates of closed providers | `scripts/build_market.py`: the 19 rows of `ai_lab_revenue.csv` + 3 gathered rows (below). Sums (`company_id` 0): 2023-12 OpenAI + Anthropic + Cohere, once with The Information's >$1.6B and once with the FT's >$2.0B for OpenAI ($1.71B, $2.11B); 2024-12 OpenAI + Anthropic + xAI + Cohere, once with OpenAI's Aug-2024 month × 12 as a floor for December ($4.72B, only figures published in 2024 for OpenAI) and once with OpenAI's ~$5.5B end-2024 run rate ($6.62B, published 2025). Both are floors: Google, Microsoft, Amazon, Mistral and others are missing | press, cite per row |
| `token_usage.csv` (7 rows, 2023-07..2024-07) | `date`, `google_tokens_per_month`, `openai_words_per_day`, `openai_output_tokens_per_month`, `openrouter_tokens_per_week`, `openrouter_tokens_per_month`, `characterai_words_per_day`, `characterai_output_tokens_per_month`, `lower_bound`, `tokens_per_word`, `enterprise_open_share_of_respondents`, `enterprise_open_share_of_usage`, `published_after_2024`; text | Token volumes of providers (Google all surfaces; OpenAI and Character.AI output only; OpenRouter) and enterprise open-weight shares (O'Reilly 2023: share of respondents building on open models; Menlo Ventures: share of enterprise usage, 2023 and 2024) | `scripts/build_market.py` from 5 of the 15 rows of `token_usage.csv` + 2 gathered rows. Words → tokens at 4/3 tokens per word (OpenAI Help Center, "What are tokens and how to count them?": 1 token ≈ ¾ word, 100 tokens ≈ 75 words), × 30.44 days per month; raw word counts kept. Left out (no model concept): ChatGPT weekly/monthly users, Hugging Face users, Llama downloads, Character.AI requests/messages per second, O'Reilly GPT-use and own-model shares, and the OpenRouter "Chinese open-weight models < 1.2% of weekly tokens (late 2024)" (a part of the open share, bounded above, so it bounds nothing the model has) | company statements, press, surveys: cite per row |
| `pay.csv` (39 rows, 2023-04..2024-04) | `date`; one-hot employer type `closed_lab`, `open_lab`, `big_tech`, `applied`, `academia`, `market_benchmark`; `releases_open_weights`, `is_researcher`, `level_low`, `level_high`; `base_usd`, `bonus_usd_per_year`, `equity_usd_per_year`, `total_usd_per_year`; one-hot statistic `stat_median`, `stat_offer`, `stat_maximum`; `repeat_of_other_row`, `usd2023_factor`, `published_after_2024`; text | Point observations of AI researcher and engineer pay by employer type × level × component, nominal US$ a year | `scripts/build_talent.py` from the 39 non-range rows of `ai_compensation.csv`: employer type as classed there; level on the common ladder L3 early career, L4 mid, L5 senior, L6 staff, L7 principal+ (`level_common`; empty = not stated; "L6 or L7" = 6..7); `is_researcher` 1 research scientist/engineer, 0 software/ML engineer, 0.5 mixed. The OpenAI $925k Levels.fyi median appears in three summaries: two carry `repeat_of_other_row = 1` | press and summaries, cite per row |
| `pay_ranges.csv` (5 rows, 2023-07..2024-07) | as `pay.csv` up to `level_high`; `base_low_usd`, `base_high_usd`, `total_low_usd_per_year`, `total_high_usd_per_year`, `n_filings`, `usd2023_factor`, `published_after_2024`; text | Pay ranges given by one source: new researchers at OpenAI/Anthropic $700-900k total (Rora via TechCrunch); OpenAI specialised-role base $300-450k (Bloomberg); OpenAI and xAI H-1B base $145-530k (86 filings) and $250-500k (10); OpenAI offers to senior Google researchers $5-10M | the 10 `range low`/`range high` rows of `ai_compensation.csv`, paired | cite per row |
| `headcount_valuation.csv` (35 rows, 2021-05..2024-12-05) | `date`, `company_id`, `releases_open_weights`, event one-hot `primary_round`, `tender`, `strategic`, `talks`, `filing`; `amount_raised_usd`, `amount_raised_eur`, `valuation_usd`, `valuation_eur`, `valuation_post_money`, `deal_payment_usd`, `headcount_total`, `headcount_lower_bound`, `closed_funding_sum_usd`, `usd2023_factor`, `published_after_2024`; text | Funding rounds, valuations (post-money where the source says so), employee tender valuations, strategic (cloud) investments, licence-and-hire payments and headcounts of OpenAI, Anthropic, Mistral AI, Cohere, Hugging Face, xAI, Inflection, AI21 Labs, Character.ai | `scripts/build_labs.py`, all 33 rows of `ai_lab_headcount_valuation.csv`, plus 2 sums (`company_id` 0): the money the closed labs (`releases_open_weights` < 1) raised in US$ primary rounds and strategic investments in 2023 ($8.67B) and 2024 ($23.0B), a round reported twice counted once at its larger amount; a floor of closed labs' outside capital (euro-only rounds and parent-firm money outside rounds, such as Microsoft's 2023 investment in OpenAI, are missing); euro amounts from `*_original` (Mistral) in `*_eur`, a US$ figure only where the source gave one; licence/acqui-hire amounts in `deal_payment_usd`, never as valuations | press, cite per row |
| `vesting.csv` (8 rows, 2021-05..2024-06-30) | `date`, `company_id`, `closed_lab`, `big_tech`, `releases_open_weights`, `vesting_years`, `vest_share_year1..4`, `cliff_months`, `vest_frequency_months`, `public_stock`, `tender_only_liquidity`, `growth_cap_multiple`, `sale_lockout_years`, `vested_units_cancellable`, `published_after_2024`; text | Vesting schedules and equity terms: OpenAI PPUs 25/25/25/25, tender-only, 10x cap, 2-year sale lock-out, exit-terms change 2024-05; Anthropic statement; Google 33/33/22/12 monthly, no cliff; Meta 25%/yr quarterly; Microsoft 25%/yr, 1-year cliff; Apple 25%/yr; Amazon 5/15/40/40 | `scripts/build_talent.py`, all 8 rows of `equity_vesting.csv`; empty = not stated | cite per row |
| `cpi_u.csv` (5 rows, 2020..2024) | `year`, `cpi_u_annual_average`, `usd2023_factor`, `published_after_2024`; text | US CPI-U annual averages and the factor CPI₂₀₂₃ / CPI_year that turns nominal dollars into 2023 dollars | gathered: BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100 (series CUUR0000SA0); annual average = mean of the 12 monthly indexes, which reproduces the BLS-published 2024 value 313.689 and the 2020 value 258.811 | BLS, public domain |

## Notes for use

- **Format.** `#` lines are comments; first column the date; then numeric columns (empty =
  missing); the last three columns are the text columns `quality`, `source`, `note` in that
  order (no double quotes inside cells, so the reader's quote handling is safe). 0/1 columns
  are flags; `releases_open_weights` is 1 yes, 0.5 mixed, 0 no (curator's 2024 class).
- **Dates.** As precise as the source. A quantity that describes a whole calendar year
  (calendar-year or projected revenue, a year's survey, "2023" pay reports, OpenRouter's 2024
  weekly volume) is dated `YYYY-07` (mid-year), `2023-H1` is dated `2023-04`, because the reader
  puts `2024` at 2024.0 and the model's series are instantaneous rates; the note keeps the
  source's own date. `api_prices.csv` dates are quarter-end days. `benchmarks.csv` months: a
  value holds for models dated up to the month's end (as in `frontier_compute.csv`).
- **Units.** Prices US$ per million tokens, 3:1 input:output blend, list price, standard tier,
  no batch or cache discount. Benchmarks: MMLU and GPQA as fractions, Elo in Arena points.
  Tokens per month or per week as named; the model's `token_demand` is Mtok per year (× 12 / 1e6).
  Pay US$ per year; equity = grant value spread evenly over four years.
- **Nominal vs 2023 dollars.** The model counts money in constant 2023 dollars. Prices come in
  both (`*_usd2023_per_mtok`); revenue, valuations and pay are nominal with a `usd2023_factor`
  column (CPI-U annual average of 2023 over that of the row's year: 2020 1.1773, 2021 1.1245,
  2022 1.0412, 2023 1, 2024 0.9714). The 2024 CPI annual average was published by BLS in
  January 2025 (`cpi_u.csv` marks it). Euro amounts are not converted.
- **Floors vs point observations vs ranges.** Running maxima (`benchmarks.csv` `*_max_*`, the
  existing compute and cost files) are floors: closed labs publish little and the benchmark file
  does not cover every model (it stops at 2024-09 and lacks e.g. Qwen2.5, DeepSeek-V2.5/V3,
  o1, Claude 3.5 Sonnet (new)). Single-company revenue, provider token volumes and the
  closed-provider sums are floors of the model's market totals. `lower_bound = 1` marks "more
  than"/"over" figures. Ranges are in `*_low/*_high` columns. Carried prices (`carry_status 2`)
  are best read as upper bounds (list prices of a model version were cut, not raised, in
  2020-2024). See `MAPPING.md` for the observation model of each column.
- **Known biases.**
  Rora figures are offers negotiated by Rora's clients: a self-selected, high-end sample of
  sought-after (mostly PhD) researchers, read through a Japanese summary, aggregation not
  stated; they overstate typical pay. Levels.fyi figures are self-reported, skewed to large US
  tech employers and to engineers (not researchers). H-1B figures are base salary only. Press
  "up to" figures and OpenAI's $5-10M offers to Google researchers are the upper tail.
  OpenAI equity is PPUs at grant value, illiquid outside tenders and capped at 10x.
  Revenue run rates run ahead of calendar-year revenue in a growing firm; The Information and
  the FT disagree for OpenAI in Dec 2023 ($1.6B vs $2.0B) and two reports disagree for Cohere
  in spring 2024 ($35M end-March vs $22M April): both are kept. Most revenue rows are rewrites
  or syndications (quality tertiary/secondary); Anthropic's end-2023 and end-2024 figures are
  the CEO's round numbers relayed in 2026.
  OpenRouter over-represents developers who switch models; survey shares are shares of
  respondents or of self-reported usage, not of tokens or spend.
  Benchmark scores mix shot counts and CoT settings; several records carry Epoch's trust flag −1
  (Yi-34B, Falcon 180B, Qwen2-72B, Gemma 2 27B, gpt-4-0613, gpt-4-0125-preview); Elo values come
  from different leaderboard snapshots; GPT-3 davinci's MMLU is the file's `text-davinci-001`
  row (its note says davinci); DeepSeek-Coder reaches GPQA 0.43 in 2023-11, above the closed
  maximum of the time, so GPQA shows open "ahead" until 2024-03.
  Artificial Analysis rows take the lowest input and the lowest output price over all hosts,
  possibly from different hosts, so the blend can understate any one host. The 2020 GPT-3 price
  is a subscription plan's overage rate ($80/Mtok, tertiary), carried to 2021Q2 with
  `carry_status 2`; there is no 2021Q3 closed price. The closed lowest price starts 2023Q1
  because small legacy GPT-3 engines (Ada, Babbage, Curie) are not price rows of the file.
- **Company codes** (`company_id`): 0 sum of providers, 1 OpenAI, 2 Anthropic, 3 xAI, 4 Cohere,
  5 Mistral AI, 6 Hugging Face, 7 Inflection AI, 8 AI21 Labs, 9 Character.ai, 10 Google,
  11 Meta, 12 Microsoft, 13 Amazon, 14 Apple.
- `quality`: primary (the producer of the number, an Epoch dataset, BLS), secondary (major
  press, also syndicated copies), tertiary (blogs, aggregators, rewrites, summaries), as in
  `shared/data/README.md`. A derived row (sums, quarter-end prices) takes the quality of its
  weakest input.

## Gathered by search

| file | rows | source read (quality) |
|---|---|---|
| `cpi_u.csv` | CPI-U 2020-2024 | BLS series CUUR0000SA0 via FRED mirror `huggingface.co/datasets/ada-datadruids/CPIAUCNS` and `gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35`; 2024 annual average 313.689 and Nov-Dec 2024 on `bls.gov/regions/mid-atlantic/data/xg-tables/ro3xg01.htm`; 2020 average cross-checked in an IMF IFS example response (primary data via copies) |
| `token_usage.csv` | factor 4/3 tokens per word | OpenAI Help Center, help.openai.com/en/articles/4936856 (primary) |
| `token_usage.csv` | enterprise open share of usage 19% (2024), 20% (2023) | Menlo Ventures, "2024: The State of Generative AI in the Enterprise", quoted verbatim in Jasper Platz, "The Future of Open Models" (blog, 2025), jasperplatz.com (tertiary, `published_after_2024`) |
| `lab_revenue.csv` | Anthropic ~$100M run rate fall 2023; Cohere $22M run rate Apr 2024 | The Information as relayed by Synthedia (substack, 2024-06), synthedia.substack.com/p/openai-doubled-revenue-and-is-doing (tertiary) |
| `lab_revenue.csv` | OpenAI ~$5.5B run rate end-2024 | limex.media (2025 article), limex.media/post/openais-explosive-growth-shows-10-billion-run-rate-despite-bleeding-money (tertiary, `published_after_2024`; the article's own 2025 figure is not used) |
| `benchmarks.csv` | Flan-T5 / Flan-PaLM / U-PaLM dates | arXiv 2210.11416 (Hugging Face papers page: published 2022-10-20), arXiv 2210.11399; Epoch Notable AI Models |

## Not found: series the model needs with no pre-2025 observation here

- **Open-weight share of all tokens** (`open_share_tokens`) and of the long tail
  (`open_share_long_tail`): no 2024 measurement. OpenRouter's total open share for 2024 is only
  described as negligible-to-low; the only number is the Chinese-model part (< 1.2%, late 2024).
  Menlo's enterprise share (19%) and O'Reilly's respondent share (16%) are proxies.
- **Total token volume of the market** (`token_demand`): only single providers (Google
  9.7T tokens/month in spring 2024, OpenAI ~4T output tokens/month, OpenRouter ~2T/month),
  each a floor.
- **Closed model providers' total revenue** (`closed_revenue`): only the floors above; no
  figure for Google, Microsoft or Amazon model revenue, Mistral, Inflection or AI21; no realized
  calendar-year 2024 revenue (OpenAI's $3.6-3.7B are 2024 projections).
- **Academic pay** (`comp_academia`): no university salary; the CRA Taulbee 2024 report exists
  (datavisualization.cra.org, published 2025) but its salary tables were not readable. The Allen
  Institute (nonprofit) Rora offer ($350k) is the only "academia" row.
- **Pay at open-weight labs by level**, any **bonus** figure (the bonus column is empty in every
  source), pay before 2023, and closed-lab pay at L5 (only L3-L4 ranges and L6/L7 medians).
- **Headcounts of frontier researchers by employer** (`researchers_closed/open/applied/academia`):
  only total staff of single labs (OpenAI 400 → 770 → 1,000+ → ~3,000; Anthropic ~20 in 2021;
  Mistral ~60; Hugging Face 170; xAI ~100). No research-staff split (`headcount_research` is
  empty in the source).
- **ML practitioners and software developers** (`ml_practitioners`, `software_developers`):
  not in the shared data and not compiled here. Leads found: SlashData 21.3M developers
  (2020-10) and 24.3M (Q1 2021) (State of the Developer Nation, 20th ed., via TechRadar);
  IDC 16M professional developers (2022, via a Daytona blog) — definitions differ widely.
- **Refresh-grant policies** and Anthropic's vesting schedule; **Anthropic post-money
  valuations** (only "reported"); OpenAI's 2023 Microsoft investment (not in the shared file).
- **Open-model API prices before 2023-12** and a closed frontier price for 2021Q3.
- **Benchmarks after 2024-09** (the Epoch file ends there).

## Check of the existing `assumptions/history/` files

`scripts/check_existing.py` re-derives both from `shared/data/notable_models.csv`:

- `frontier_compute.csv` is an exact copy of `shared/data/frontier_compute_by_month.csv` (same
  header and 96 data rows; the shared file has CRLF line ends, the project file LF plus two `#`
  lines); `log10_gap` = log10(closed/open) in every row.
- It is the running maximum over models published **from 2017-01 on** (96/96 months match);
  over all models it would differ in 32 months (2017-01..2019-08): GNMT (2016-09, closed,
  6.62e21 FLOP) would hold the closed maximum until 2019-09 (file: 9.4e19..6.5e20) and
  ResNeXt-101 (64×4d) (2016-11, open, 1.2e19) the open one, where the file has none until
  2017-09 and then PyramidNet's 2.34e15 (a vision model). The 2017-2019 open values and gaps
  (log10_gap 5.4 in 2017) are artefacts of the window start. No effect inside the 2020-2024
  backtest window.
- `frontier_training_cost.csv` is the running maximum over **all** models (96/96 match; from
  2017-01 only, 16 months would differ): its 2017 values are pre-2017 models (open $41 BIDAF,
  2016-11; closed $0.20M GNMT, 2016-09). So the two files use different window conventions; the
  README beside them does not say so.
- Values as documented: closed cost $4.33M OpenAI Five 2019-12..2022-10 (then GPT-3.5 $4.81M),
  GPT-4 $42.2M from 2023-03 (MODEL.md and base.json5 round it to $41M/$42M), open cost above
  closed from 2024-07 (Llama 3.1-405B $52.9M); compute maxima at 2024-12 open 3.8e25
  (Llama 3.1-405B), closed 5e25 (Gemini 1.0 Ultra). Both files cover every domain (games,
  vision), as the README beside them says.

"""#,
        "history/api_prices.csv": #"""
# Data: Epoch AI (epoch.ai), LLM API prices database (data behind 'LLM inference prices have fallen rapidly but unequally across tasks', 2025), CC BY 4.0
# Data: Epoch AI (epoch.ai), data behind 'How far behind are open models?' (Nov 2024), CC BY 4.0 (used to rank models, not reproduced)
# Rows marked tertiary with source H. Gundlach et al.: lowest host prices from Artificial Analysis (artificialanalysis.ai) snapshots compiled in github.com/hansgundlach/Algorithmic_Progress_Inference; Artificial Analysis figures, not relicensed: cite both
# CPI: U.S. Bureau of Labor Statistics, CPI-U U.S. city average, all items, NSA (CUUR0000SA0), annual averages; see cpi_u.csv
# US$ per million tokens, list prices, blended 0.75 x input + 0.25 x output; *_usd_per_mtok nominal dollars of the date, *_usd2023_per_mtok constant 2023 dollars. One row per quarter end and underlying observation. See README.md and scripts/build_api_prices.py.
date,price_closed_frontier_usd_per_mtok,price_closed_frontier_usd2023_per_mtok,price_open_best_usd_per_mtok,price_open_best_usd2023_per_mtok,price_open_comparable_usd_per_mtok,price_open_comparable_usd2023_per_mtok,price_closed_lowest_usd_per_mtok,price_closed_lowest_usd2023_per_mtok,price_open_lowest_usd_per_mtok,price_open_lowest_usd2023_per_mtok,input_usd_per_mtok,output_usd_per_mtok,observation_age_days,carry_status,published_after_2024,quality,source,note
2020-09-30,80,94.1852,,,,,,,,,80,80,29,0,,tertiary,Cheng He (Medium); https://chengh.medium.com/understand-the-pricing-of-gpt3-e646b2d63320,"2020Q3: GPT-3 (all engines, beta pricing plans) via OpenAI, price dated 2020-09 (pricing plan announcement (about a week before 2020-09-13)); basis: overage price in 'Create' plan: $100/month including 2M tokens (= $50/Mtok within the plan), 8 cents per additional 1K tokens; source note: Subscription tiers (Explore, Create, Build, Scale); not a pay-as-you-go per-token list price. Use as an order-of-magnitude 2020 point only; closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.1773 (CPI-U 2020 annual average)"
2020-12-31,80,94.1852,,,,,,,,,80,80,121,2,,tertiary,Cheng He (Medium); https://chengh.medium.com/understand-the-pricing-of-gpt3-e646b2d63320,"2020Q4: GPT-3 (all engines, beta pricing plans) via OpenAI, price dated 2020-09 (pricing plan announcement (about a week before 2020-09-13)); basis: overage price in 'Create' plan: $100/month including 2M tokens (= $50/Mtok within the plan), 8 cents per additional 1K tokens; source note: Subscription tiers (Explore, Create, Build, Scale); not a pay-as-you-go per-token list price. Use as an order-of-magnitude 2020 point only; closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.1773 (CPI-U 2020 annual average)"
2021-03-31,80,89.9589,,,,,,,,,80,80,211,2,,tertiary,Cheng He (Medium); https://chengh.medium.com/understand-the-pricing-of-gpt3-e646b2d63320,"2021Q1: GPT-3 (all engines, beta pricing plans) via OpenAI, price dated 2020-09 (pricing plan announcement (about a week before 2020-09-13)); basis: overage price in 'Create' plan: $100/month including 2M tokens (= $50/Mtok within the plan), 8 cents per additional 1K tokens; source note: Subscription tiers (Explore, Create, Build, Scale); not a pay-as-you-go per-token list price. Use as an order-of-magnitude 2020 point only; closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.1245 (CPI-U 2021 annual average)"
2021-06-30,80,89.9589,,,,,,,,,80,80,302,2,,tertiary,Cheng He (Medium); https://chengh.medium.com/understand-the-pricing-of-gpt3-e646b2d63320,"2021Q2: GPT-3 (all engines, beta pricing plans) via OpenAI, price dated 2020-09 (pricing plan announcement (about a week before 2020-09-13)); basis: overage price in 'Create' plan: $100/month including 2M tokens (= $50/Mtok within the plan), 8 cents per additional 1K tokens; source note: Subscription tiers (Explore, Create, Build, Scale); not a pay-as-you-go per-token list price. Use as an order-of-magnitude 2020 point only; closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.1245 (CPI-U 2021 annual average)"
2021-12-31,60,67.4692,,,,,,,,,60,60,41,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20211120082310/https://openai.com/api/pricing,"2021Q4: GPT-3 175B (davinci) (davinci) via OpenAI, price dated 2021-11-20 (archived pricing page (date of Epoch observation)); basis: developer list price; one price for prompt and completion tokens; source note: $0.06 per 1K tokens. Same price on openai.com/api/pricing archived by megalodon.jp on 2022-07-03 (Davinci $0.0600/1K; Curie $0.006; Babbage $0.0012; Ada $0.0008); closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.1245 (CPI-U 2021 annual average)"
2022-03-31,60,62.4699,,,,,,,,,60,60,131,1,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20211120082310/https://openai.com/api/pricing,"2022Q1: GPT-3 175B (davinci) (davinci) via OpenAI, price dated 2021-11-20 (archived pricing page (date of Epoch observation)); basis: developer list price; one price for prompt and completion tokens; source note: $0.06 per 1K tokens. Same price on openai.com/api/pricing archived by megalodon.jp on 2022-07-03 (Davinci $0.0600/1K; Curie $0.006; Babbage $0.0012; Ada $0.0008); closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.0412 (CPI-U 2022 annual average)"
2022-06-30,60,62.4699,,,,,,,,,60,60,222,1,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20211120082310/https://openai.com/api/pricing,"2022Q2: GPT-3 175B (davinci) (davinci) via OpenAI, price dated 2021-11-20 (archived pricing page (date of Epoch observation)); basis: developer list price; one price for prompt and completion tokens; source note: $0.06 per 1K tokens. Same price on openai.com/api/pricing archived by megalodon.jp on 2022-07-03 (Davinci $0.0600/1K; Curie $0.006; Babbage $0.0012; Ada $0.0008); closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.0412 (CPI-U 2022 annual average)"
2022-09-30,20,20.8233,,,,,,,,,20,20,29,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20220905191340/https://openai.com/api/pricing/,"2022Q3: GPT-3 175B (davinci) (davinci) via OpenAI, price dated 2022-09-01 (price date recorded by Epoch (first day at the new price)); basis: developer list price; one price for prompt and completion tokens; source note: OpenAI cut davinci from $0.06 to $0.02 per 1K tokens on 2022-09-01; closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-001 0.397; cheapest of them; 2023$ = nominal x 1.0412 (CPI-U 2022 annual average)"
2022-12-31,20,20.8233,,,,,,,,,20,20,31,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20221209152129/https://medium.com/@boredgeeksociety/gpt-3-just-got-better-text-davinci-003,"2022Q4: GPT-3.5 (text-davinci-003) (text-davinci-003) via OpenAI, price dated 2022-11-30 (release); basis: developer list price; one price for prompt and completion tokens; source note: Epoch's archived source for this row is a Medium post, not an OpenAI page; closed frontier by MMLU (within 0.02 of the best priced closed model): text-davinci-003 0.648; cheapest of them; 2023$ = nominal x 1.0412 (CPI-U 2022 annual average)"
2023-03-31,37.5,37.5,,,,,,,,,30,60,17,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20230323074311/https://openai.com/pricing,"2023Q1: GPT-4 (gpt-4-0314 (8k context)) via OpenAI, price dated 2023-03-14 (release); basis: developer list price (standard, non-batch, uncached); closed frontier by ELO (within 5 of the best priced closed model): GPT-4 (original) 1186; cheapest of them; 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-03-31,,,,,,,2,2,,,2,2,25,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20230306012943/https://openai.com/pricing,"2023Q1: GPT-3.5 Turbo (gpt-3.5-turbo-0301) via OpenAI, price dated 2023-03-06 (release of snapshot (Epoch date)); basis: developer list price; one price for prompt and completion tokens; source note: $0.002 per 1K tokens; cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-06-30,37.5,37.5,,,,,,,,,30,60,108,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20230323074311/https://openai.com/pricing,"2023Q2: GPT-4 (gpt-4-0314 (8k context)) via OpenAI, price dated 2023-03-14 (release); basis: developer list price (standard, non-batch, uncached); closed frontier by ELO (within 5 of the best priced closed model): GPT-4 (original) 1186; cheapest of them; 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-06-30,,,,,,,1.625,1.625,,,1.5,2,17,0,1,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20250128194811/https://openai.com/index/function-calling-and-other-api-updates/,"2023Q2: GPT-3.5 Turbo (gpt-3.5-turbo-0613 (4k)) via OpenAI, price dated 2023-06-13 (release / price change); basis: developer list price (standard, non-batch, uncached); published_after_2024: archive captured after 2024 (price is the one stated for price_date); cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-09-30,37.5,37.5,,,,,,,,,30,60,200,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20230323074311/https://openai.com/pricing,"2023Q3: GPT-4 (gpt-4-0314 (8k context)) via OpenAI, price dated 2023-03-14 (release); basis: developer list price (standard, non-batch, uncached); closed frontier by ELO (within 5 of the best priced closed model): GPT-4 (original) 1186; cheapest of them; 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-09-30,,,,,,,1.625,1.625,,,1.5,2,109,2,1,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20250128194811/https://openai.com/index/function-calling-and-other-api-updates/,"2023Q3: GPT-3.5 Turbo (gpt-3.5-turbo-0613 (4k)) via OpenAI, price dated 2023-06-13 (release / price change); basis: developer list price (standard, non-batch, uncached); published_after_2024: archive captured after 2024 (price is the one stated for price_date); cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-12-31,15,15,,,,,,,,,10,30,55,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240510045512/https://openai.com/index/new-models-and-developer-products-announced-at-devday/,"2023Q4: GPT-4 Turbo (gpt-4-1106-preview) via OpenAI, price dated 2023-11-06 (release (DevDay)); basis: developer list price (standard, non-batch, uncached); closed frontier by ELO (within 5 of the best priced closed model): GPT-4 (original) 1186, gpt-4-1106-preview (no ELO; joins on GPQA 0.425); cheapest of them; 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-12-31,,,,,,,1.25,1.25,,,1,2,55,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20231122181749/https://openai.com/pricing,"2023Q4: GPT-3.5 Turbo (gpt-3.5-turbo-1106) via OpenAI, price dated 2023-11-06 (release); basis: developer list price (standard, non-batch, uncached); cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-12-31,,,0.7625,0.7625,,,,,,,0.7,0.95,30,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20231201234723/https://deepinfra.com/meta-llama/Llama-2-70b-chat-hf,"2023Q4: Llama 2-70B (chat) (Llama-2-70b-chat-hf) via DeepInfra, price dated 2023-12-01 (snapshot of host page); basis: third-party host list price; best priced open model by ELO: LLaMa-2 70B 1093; its cheapest listed price; 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2023-12-31,,,,,,,,,0.2,0.2,0.2,0.2,30,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20231201223505/https://deepinfra.com/meta-llama/Llama-2-7b-chat-hf,"2023Q4: Llama 2-7B (chat) via DeepInfra, price dated 2023-12-01 (snapshot of host page); basis: third-party host list price; one price for input and output; cheapest open-weight model in the file on this day (any capability); 2023$ = nominal x 1.0000 (CPI-U 2023 annual average)"
2024-03-31,15,14.5703,,,,,,,,,10,30,146,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240510045512/https://openai.com/index/new-models-and-developer-products-announced-at-devday/,"2024Q1: GPT-4 Turbo (gpt-4-1106-preview) via OpenAI, price dated 2023-11-06 (release (DevDay)); basis: developer list price (standard, non-batch, uncached); closed frontier by ELO (within 5 of the best priced closed model): Claude 3 Opus 1248, gpt-4-0125-preview 1245; cheapest of them; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-03-31,,,,,,,0.5,0.485675,,,0.25,1.25,27,0,,tertiary,Jacar (blog); https://jacar.es/en/claude-3-familia-opus/,"2024Q1: Claude 3 Haiku via Anthropic, price dated 2024-03-04 (release (family announced 2024-03-04; Haiku became available later)); basis: developer list price (standard, non-batch, uncached); source note: Launch prices as restated by a blog; identical to Epoch's 2024-08-12 snapshot of Anthropic's page; cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-03-31,,,0.7625,0.740655,,,,,,,0.7,0.95,121,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20231201234723/https://deepinfra.com/meta-llama/Llama-2-70b-chat-hf,"2024Q1: Llama 2-70B (chat) (Llama-2-70b-chat-hf) via DeepInfra, price dated 2023-12-01 (snapshot of host page); basis: third-party host list price; best priced open model by ELO: LLaMa-2 70B 1093; its cheapest listed price; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-03-31,,,,,,,,,0.2,0.19427,0.2,0.2,121,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20231201223505/https://deepinfra.com/meta-llama/Llama-2-7b-chat-hf,"2024Q1: Llama 2-7B (chat) via DeepInfra, price dated 2023-12-01 (snapshot of host page); basis: third-party host list price; one price for input and output; cheapest open-weight model in the file on this day (any capability); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-06-30,7.5,7.28513,,,,,,,,,5,15,48,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240812003133/https://openai.com/api/pricing/,"2024Q2: GPT-4o (gpt-4o-2024-05-13) via OpenAI, price dated 2024-05-13 (release); basis: developer list price (standard, non-batch, uncached); source note: Batch API 50% off; closed frontier by ELO (within 5 of the best priced closed model): GPT-4o 1286; cheapest of them; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-06-30,,,,,,,0.5,0.485675,,,0.25,1.25,118,1,,tertiary,Jacar (blog); https://jacar.es/en/claude-3-familia-opus/,"2024Q2: Claude 3 Haiku via Anthropic, price dated 2024-03-04 (release (family announced 2024-03-04; Haiku became available later)); basis: developer list price (standard, non-batch, uncached); source note: Launch prices as restated by a blog; identical to Epoch's 2024-08-12 snapshot of Anthropic's page; cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-06-30,,,0.64,0.621664,,,,,,,0.59,0.79,60,0,1,tertiary,"H. Gundlach et al. (dataset accompanying 'The Price of Progress'), monthly lowest prices scraped from Artificial Analysis via the Internet Archive; https://github.com/hansgundlach/Algorithmic_Progress_Inference","2024Q2: Llama 3 70B (instruct) via lowest-priced API host listed by Artificial Analysis, price dated 2024-05-01 (month of Wayback snapshot (price change point recorded by dataset)); basis: lowest input and lowest output price across hosts (may come from different hosts); source note: Dataset records a value only in months where the lowest price changed; input and output minima may be from different hosts, so the blended value can understate any single host's price; published_after_2024: yes (dataset compiled 2025-26 from 2024 snapshots); best priced open model by ELO: Llama 3 70B 1206; its cheapest listed price; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-06-30,,,,,,,,,0.13,0.126276,0.13,0.13,77,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240414165759/https://deepinfra.com/meta-llama/Llama-2-7b-chat-hf,"2024Q2: Llama 2-7B (chat) via DeepInfra, price dated 2024-04-14 (snapshot of host page); basis: third-party host list price; one price for input and output; cheapest open-weight model in the file on this day (any capability); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-09-30,4.375,4.24966,,,,,,,,,2.5,10,55,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240812003133/https://openai.com/api/pricing/,"2024Q3: GPT-4o (gpt-4o-2024-08-06) via OpenAI, price dated 2024-08-06 (release of snapshot (price cut)); basis: developer list price (standard, non-batch, uncached); source note: Batch API 50% off; closed frontier by ELO (within 5 of the best priced closed model): GPT-4o 1286, o1 mini (no ELO; joins on GPQA 0.607), o1 preview (no ELO; joins on GPQA 0.697); cheapest of them; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-09-30,,,,,,,0.13125,0.12749,,,0.075,0.3,49,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240812213720/https://ai.google.dev/pricing,"2024Q3: Gemini 1.5 Flash via Google (Gemini API), price dated 2024-08-12 (snapshot of pricing page); basis: developer list price (standard, non-batch, uncached); prompts <=128k tokens; source note: Prompts >128k: $0.15 / $0.60; cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-09-30,,,1.79,1.73872,1.79,1.73872,,,,,1.79,1.79,29,0,1,tertiary,"H. Gundlach et al. (dataset accompanying 'The Price of Progress'), monthly lowest prices scraped from Artificial Analysis via the Internet Archive; https://github.com/hansgundlach/Algorithmic_Progress_Inference","2024Q3: Llama 3.1 405B (instruct) via lowest-priced API host listed by Artificial Analysis, price dated 2024-09-01 (month of Wayback snapshot (price change point recorded by dataset)); basis: lowest input and lowest output price across hosts (may come from different hosts); source note: Dataset records a value only in months where the lowest price changed; input and output minima may be from different hosts, so the blended value can understate any single host's price; published_after_2024: yes (dataset compiled 2025-26 from 2024 snapshots); best priced open model by ELO: Llama 3.1 405B 1262; its cheapest listed price; open model matching the closed frontier model (GPT-4o) within tolerance on mmlu, gpqa of elo, mmlu, gpqa; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-09-30,,,,,,,,,0.13,0.126276,0.13,0.13,169,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240414165759/https://deepinfra.com/meta-llama/Llama-2-7b-chat-hf,"2024Q3: Llama 2-7B (chat) via DeepInfra, price dated 2024-04-14 (snapshot of host page); basis: third-party host list price; one price for input and output; cheapest open-weight model in the file on this day (any capability); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-12-31,4.375,4.24966,,,,,,,,,2.5,10,147,2,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20240812003133/https://openai.com/api/pricing/,"2024Q4: GPT-4o (gpt-4o-2024-08-06) via OpenAI, price dated 2024-08-06 (release of snapshot (price cut)); basis: developer list price (standard, non-batch, uncached); source note: Batch API 50% off; closed frontier by ELO (within 5 of the best priced closed model): GPT-4o 1286, o1 mini (no ELO; joins on GPQA 0.607), o1 preview (no ELO; joins on GPQA 0.697); cheapest of them; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-12-31,,,,,,,0.04,0.038854,,,0.04,0.04,76,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20241118160246/https://mistral.ai/news/ministraux/,"2024Q4: Ministral 3B (ministral-3b-2410) via Mistral AI, price dated 2024-10-16 (release); basis: developer list price (standard, non-batch, uncached); source note: 3B weights not released; cheapest closed model in the file on this day (any capability; small legacy GPT-3 engines are not in the file); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-12-31,,,0.9,0.874216,0.9,0.874216,,,,,0.9,0.9,30,0,1,tertiary,"H. Gundlach et al. (dataset accompanying 'The Price of Progress'), monthly lowest prices scraped from Artificial Analysis via the Internet Archive; https://github.com/hansgundlach/Algorithmic_Progress_Inference","2024Q4: Llama 3.1 405B (instruct) via lowest-priced API host listed by Artificial Analysis, price dated 2024-12-01 (month of Wayback snapshot (price change point recorded by dataset)); basis: lowest input and lowest output price across hosts (may come from different hosts); source note: Dataset records a value only in months where the lowest price changed; input and output minima may be from different hosts, so the blended value can understate any single host's price; published_after_2024: yes (dataset compiled 2025-26 from 2024 snapshots); best priced open model by ELO: Llama 3.1 405B 1262; its cheapest listed price; open model matching the closed frontier model (GPT-4o) within tolerance on mmlu, gpqa of elo, mmlu, gpqa; 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"
2024-12-31,,,,,,,,,0.1,0.0971351,0.1,0.1,76,0,,primary,Epoch AI; https://github.com/epoch-research/llm-benchmark-efficiency; archived page https://web.archive.org/web/20241118160246/https://mistral.ai/news/ministraux/,"2024Q4: Ministral 8B (ministral-8b-2410) via Mistral AI, price dated 2024-10-16 (release); basis: developer list price (standard, non-batch, uncached); source note: Weights available under the Mistral Research Licence (restricted); cheapest open-weight model in the file on this day (any capability); 2023$ = nominal x 0.9714 (CPI-U 2024 annual average)"

"""#,
        "history/benchmarks.csv": #"""
# Data: Epoch AI (epoch.ai), data behind 'How far behind are open models?' (Nov 2024, repository epoch-research/open-model-trends), CC BY 4.0
# Data: Epoch AI (epoch.ai), Notable AI Models, CC BY 4.0 (dates of Flan-PaLM and U-PaLM; compute where the benchmark file has none)
# Monthly running maxima of MMLU, GPQA (fractions) and LMSys Elo (points) among models of the file dated up to the month's end; floors of the frontier. See README.md and scripts/build_benchmarks.py.
month,mmlu_max_open,mmlu_max_closed,mmlu_open_holder_compute_flop,mmlu_closed_holder_compute_flop,mmlu_lag_months,mmlu_lag_censored,gpqa_max_open,gpqa_max_closed,gpqa_open_holder_compute_flop,gpqa_closed_holder_compute_flop,gpqa_lag_months,gpqa_lag_censored,elo_max_open,elo_max_closed,elo_open_holder_compute_flop,elo_closed_holder_compute_flop,elo_lag_months,elo_lag_censored,quality,source,note
2019-10,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: T5-Small 0.267 (2019-10-23)
2019-11,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2019-12,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-01,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-02,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-03,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-04,0.267,,7.2e+19,,,,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-05,0.267,0.397,7.2e+19,3.15e+23,0,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: text-davinci-001 0.397 (2020-05-28)
2020-06,0.267,0.397,7.2e+19,3.15e+23,1,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-07,0.267,0.397,7.2e+19,3.15e+23,2,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-08,0.267,0.397,7.2e+19,3.15e+23,3,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-09,0.267,0.397,7.2e+19,3.15e+23,4,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-10,0.267,0.397,7.2e+19,3.15e+23,5,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-11,0.267,0.397,7.2e+19,3.15e+23,6,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2020-12,0.267,0.397,7.2e+19,3.15e+23,7,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-01,0.267,0.397,7.2e+19,3.15e+23,8,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-02,0.267,0.397,7.2e+19,3.15e+23,9,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-03,0.267,0.397,7.2e+19,3.15e+23,10,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-04,0.267,0.397,7.2e+19,3.15e+23,11,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-05,0.267,0.397,7.2e+19,3.15e+23,12,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-06,0.267,0.397,7.2e+19,3.15e+23,13,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-07,0.267,0.397,7.2e+19,3.15e+23,14,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-08,0.267,0.397,7.2e+19,3.15e+23,15,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-09,0.267,0.397,7.2e+19,3.15e+23,16,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-10,0.267,0.397,7.2e+19,3.15e+23,17,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-11,0.267,0.397,7.2e+19,3.15e+23,18,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2021-12,0.267,0.6,7.2e+19,6.31e+23,19,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: Gopher 280B 0.6 (2021-12-08)
2022-01,0.267,0.6,7.2e+19,6.31e+23,20,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2022-02,0.336,0.6,5.67e+22,6.31e+23,21,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: GPT-NeoX 20B 0.336 (2022-02-09)
2022-03,0.336,0.682,5.67e+22,2.58e+24,22,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: code-davinci-002 0.682 (2022-03-01)
2022-04,0.336,0.713,5.67e+22,2.53e+24,23,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: PaLM 540B 0.713 (2022-04-04)
2022-05,0.3599,0.713,7.13e+22,2.53e+24,24,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: OPT-66B 0.3599 (2022-05-02)
2022-06,0.3599,0.713,7.13e+22,2.53e+24,25,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2022-07,0.3913,0.713,4.12e+23,2.53e+24,26,1,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: BLOOM-176B 0.3913 (2022-07-11)
2022-08,0.448,0.713,3.55e+23,2.53e+24,8,0,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: GLM 130B 0.448 (2022-08-04)
2022-09,0.448,0.713,3.55e+23,2.53e+24,9,0,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2022-10,0.551,0.741,9.9e+21,2.53e+24,10,0,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv","new open MMLU max: Flan-T5-XXL 0.551 (2022-10-20) (dated 2022-10-20, not the file's 2019-10-23: arXiv 2210.11416); new closed MMLU max: Flan-U-PaLM 0.741 (2022-10-20) (dated 2022-10-20, not the file's 2022-04-04: arXiv 2210.11416; Epoch Notable AI Models dates Flan-PaLM 540B 2022-10-20)"
2022-11,0.551,0.741,9.9e+21,2.53e+24,11,0,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2022-12,0.551,0.741,9.9e+21,2.53e+24,12,0,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2023-01,0.551,0.741,9.9e+21,2.53e+24,13,0,,,,,,,,,,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2023-02,0.634,0.741,5.46e+23,2.53e+24,11,0,,,,,,,799,,7.8e+22,,,,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: LLaMa-1 65B 0.634 (2023-02-24); new open LMSys Elo max: LLaMa-1 13B 799 (2023-02-24)
2023-03,0.634,0.864,5.46e+23,2.1e+25,12,0,,,,,,,880,1186,,2.1e+25,0,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: GPT-4 (original) 0.864 (2023-03-15); new open LMSys Elo max: ChatGLM-6B 880 (2023-03-01); new closed LMSys Elo max: GPT-4 (original) 1186 (2023-03-15)
2023-04,0.634,0.864,5.46e+23,2.1e+25,13,0,,,,,,,880,1186,,2.1e+25,1,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2023-05,0.634,0.864,5.46e+23,2.1e+25,14,0,,,,,,,928,1186,4.2e+22,2.1e+25,2,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open LMSys Elo max: MPT 7B 928 (2023-05-05)
2023-06,0.634,0.864,5.46e+23,2.1e+25,15,0,,0.328,,2.1e+25,,,1045,1186,1.89e+23,2.1e+25,3,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed GPQA max: gpt-4-0613 0.328 (2023-06-13) (Epoch trust flag -1: possible contamination); new open LMSys Elo max: MPT 30B 1045 (2023-06-22)
2023-07,0.689,0.864,8.4e+23,2.1e+25,15,0,0.251,0.353,8.4e+23,3.866e+24,1,1,1093,1186,8.4e+23,2.1e+25,4,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: LLaMa-2 70B 0.689 (2023-07-18); new open GPQA max: LLaMa-2 70B 0.251 (2023-07-18); new closed GPQA max: Claude 2 0.353 (2023-07-11) [compute from Epoch Notable AI Models]; new open LMSys Elo max: LLaMa-2 70B 1093 (2023-07-18)
2023-08,0.689,0.864,8.4e+23,2.1e+25,16,0,0.251,0.353,8.4e+23,3.866e+24,2,1,1093,1186,8.4e+23,2.1e+25,5,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2023-09,0.705,0.864,3.78e+24,2.1e+25,17,0,0.251,0.353,8.4e+23,3.866e+24,3,1,1093,1186,8.4e+23,2.1e+25,6,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: Falcon 180B 0.705 (2023-09-06) (Epoch trust flag -1: possible contamination)
2023-10,0.705,0.864,3.78e+24,2.1e+25,18,0,0.251,0.353,8.4e+23,3.866e+24,4,1,1093,1186,8.4e+23,2.1e+25,7,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2023-11,0.7635,0.864,6.12e+23,2.1e+25,8,0,0.43,0.425,,2.1e+25,,,1111,1186,6.12e+23,2.1e+25,8,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: Yi-34B 0.7635 (2023-11-02) (Epoch trust flag -1: possible contamination); new open GPQA max: DeepSeek-Coder 0.43 (2023-11-01); new closed GPQA max: gpt-4-1106-preview 0.425 (2023-11-06); new open LMSys Elo max: Yi-34B 1111 (2023-11-02) (Epoch trust flag -1: possible contamination)
2023-12,0.7635,0.864,6.12e+23,2.1e+25,9,0,0.43,0.425,,2.1e+25,,,1111,1186,6.12e+23,2.1e+25,9,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2024-01,0.7635,0.864,6.12e+23,2.1e+25,10,0,0.43,0.425,,2.1e+25,,,1111,1245,6.12e+23,2.1e+25,10,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed LMSys Elo max: gpt-4-0125-preview 1245 (2024-01-25) (Epoch trust flag -1: possible contamination)
2024-02,0.7635,0.864,6.12e+23,2.1e+25,11,0,0.43,0.425,,2.1e+25,,,1111,1245,6.12e+23,2.1e+25,11,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",
2024-03,0.7635,0.868,6.12e+23,,12,0,0.43,0.479,,,0,0,1111,1248,6.12e+23,,12,1,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: Claude 3 Opus 0.868 (2024-03-04); new closed GPQA max: Claude 3 Opus 0.479 (2024-03-04); new closed LMSys Elo max: Claude 3 Opus 1248 (2024-03-04)
2024-04,0.82,0.868,6.3e+24,,13,0,0.43,0.479,,,1,0,1206,1257,6.3e+24,,3,0,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: Llama 3 70B 0.82 (2024-04-18); new open LMSys Elo max: Llama 3 70B 1206 (2024-04-18); new closed LMSys Elo max: Gemini 1.5 Pro (April 2024) 1257 (2024-04-09)
2024-05,0.82,0.872,6.3e+24,,14,0,0.43,0.49,,,2,0,1206,1286,6.3e+24,,4,0,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed MMLU max: GPT-4o 0.872 (2024-05-13); new closed GPQA max: GPT-4o 0.49 (2024-05-13); new closed LMSys Elo max: GPT-4o 1286 (2024-05-13)
2024-06,0.842,0.887,3e+24,2.7e+25,15,0,0.43,0.562,,2.7e+25,3,0,1218,1286,2.1e+24,,5,0,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: Qwen2-72B 0.842 (2024-06-06) (Epoch trust flag -1: possible contamination); new closed MMLU max: Claude 3.5 Sonnet 0.887 (2024-06-20) [compute from Epoch Notable AI Models]; new closed GPQA max: Claude 3.5 Sonnet 0.562 (2024-06-20) [compute from Epoch Notable AI Models]; new open LMSys Elo max: Gemma 2 27B 1218 (2024-06-24) (Epoch trust flag -1: possible contamination)
2024-07,0.873,0.887,3.8e+25,2.7e+25,1,0,0.509,0.562,3.8e+25,2.7e+25,1,0,1262,1286,3.8e+25,,2,0,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new open MMLU max: Llama 3.1 405B 0.873 (2024-07-23); new open GPQA max: Llama 3.1 405B 0.509 (2024-07-23); new open LMSys Elo max: Llama 3.1 405B 1262 (2024-07-23)
2024-08,0.873,0.887,3.8e+25,2.7e+25,2,0,0.509,0.562,3.8e+25,2.7e+25,2,0,1262,1300,3.8e+25,,3,0,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed LMSys Elo max: Gemini 1.5 Pro (Exp-0801) 1300 (2024-08-01)
2024-09,0.873,0.887,3.8e+25,2.7e+25,3,0,0.509,0.697,3.8e+25,,3,0,1262,1300,3.8e+25,,4,0,primary,"Epoch AI, data behind 'How far behind are open models?' (Nov 2024), epoch-research/open-model-trends, via shared/data/open_closed_benchmarks.csv",new closed GPQA max: o1 preview 0.697 (2024-09-12)

"""#,
        "history/cpi_u.csv": #"""
# U.S. Bureau of Labor Statistics, Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, NSA, annual averages (public domain).
# usd2023_factor multiplies nominal dollars of that year into constant 2023 dollars, the model's money unit.
year,cpi_u_annual_average,usd2023_factor,published_after_2024,quality,source,note
2020,258.811,1.17731,,primary,"BLS CPI-U, U.S. city average, all items, not seasonally adjusted, 1982-84=100 (series CUUR0000SA0); monthly values via FRED CPIAUCNS mirror huggingface.co/datasets/ada-datadruids/CPIAUCNS and gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35; annual average 258.811 also in the IMF IFS example response (PCPI, US)","mean of the 12 monthly indexes (256.389..260.474), BLS's annual-average method"
2021,270.97,1.12449,,primary,"BLS CPI-U, U.S. city average, all items, not seasonally adjusted, 1982-84=100 (series CUUR0000SA0); monthly values via FRED CPIAUCNS mirror huggingface.co/datasets/ada-datadruids/CPIAUCNS and gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35","mean of the 12 monthly indexes (261.582..278.802), BLS's annual-average method"
2022,292.655,1.04116,,primary,"BLS CPI-U, U.S. city average, all items, not seasonally adjusted, 1982-84=100 (series CUUR0000SA0); monthly values via FRED CPIAUCNS mirror huggingface.co/datasets/ada-datadruids/CPIAUCNS and gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35","mean of the 12 monthly indexes (281.148..298.012), BLS's annual-average method"
2023,304.702,1,,primary,"BLS CPI-U, U.S. city average, all items, not seasonally adjusted, 1982-84=100 (series CUUR0000SA0); monthly values via FRED CPIAUCNS mirror huggingface.co/datasets/ada-datadruids/CPIAUCNS and gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35","mean of the 12 monthly indexes (299.170..307.789), BLS's annual-average method"
2024,313.689,0.971351,1,primary,"BLS CPI-U, U.S. city average, all items, not seasonally adjusted, 1982-84=100 (series CUUR0000SA0); monthly values via FRED CPIAUCNS mirror huggingface.co/datasets/ada-datadruids/CPIAUCNS and gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35; Nov-Dec 2024 and the 2024 annual average 313.689 on bls.gov/regions/mid-atlantic/data/xg-tables/ro3xg01.htm","mean of the 12 monthly indexes (308.417..315.664), BLS's annual-average method; published_after_2024: the December 2024 index and the 2024 annual average were released by BLS in January 2025"

"""#,
        "history/frontier_compute.csv": #"""
# Data: Epoch AI (epoch.ai), Notable AI Models, CC BY 4.0
# See README.md beside this file for columns and derivation.
month,max_open_training_flop,max_closed_training_flop,log10_gap
2017-01,,9.394e+19,
2017-02,,9.394e+19,
2017-03,,9.394e+19,
2017-04,,9.394e+19,
2017-05,,9.394e+19,
2017-06,,9.394e+19,
2017-07,,9.394e+19,
2017-08,,5.51e+20,
2017-09,2.34e+15,5.51e+20,5.3719
2017-10,2.34e+15,6.494e+20,5.4433
2017-11,2.34e+15,6.494e+20,5.4433
2017-12,2.34e+15,6.494e+20,5.4433
2018-01,2.34e+15,6.494e+20,5.4433
2018-02,2.34e+15,6.494e+20,5.4433
2018-03,2.34e+15,6.494e+20,5.4433
2018-04,2.34e+15,6.494e+20,5.4433
2018-05,8.744e+21,6.494e+20,-1.1292
2018-06,8.744e+21,6.494e+20,-1.1292
2018-07,8.744e+21,6.494e+20,-1.1292
2018-08,8.744e+21,6.494e+20,-1.1292
2018-09,8.744e+21,6.494e+20,-1.1292
2018-10,8.744e+21,6.494e+20,-1.1292
2018-11,8.744e+21,6.494e+20,-1.1292
2018-12,8.744e+21,6.494e+20,-1.1292
2019-01,8.744e+21,6.494e+20,-1.1292
2019-02,8.744e+21,6.494e+20,-1.1292
2019-03,8.744e+21,6.494e+20,-1.1292
2019-04,8.744e+21,6.494e+20,-1.1292
2019-05,8.744e+21,6.494e+20,-1.1292
2019-06,8.744e+21,6.494e+20,-1.1292
2019-07,8.744e+21,6.494e+20,-1.1292
2019-08,8.744e+21,6.494e+20,-1.1292
2019-09,8.744e+21,2.2e+22,0.4007
2019-10,3.3e+22,1.077e+23,0.5138
2019-11,3.3e+22,1.077e+23,0.5138
2019-12,3.3e+22,1.077e+23,0.5138
2020-01,3.3e+22,1.12e+23,0.5307
2020-02,3.3e+22,1.12e+23,0.5307
2020-03,3.3e+22,1.12e+23,0.5307
2020-04,3.3e+22,1.12e+23,0.5307
2020-05,3.3e+22,3.14e+23,0.9784
2020-06,3.3e+22,3.14e+23,0.9784
2020-07,3.3e+22,3.14e+23,0.9784
2020-08,3.3e+22,3.14e+23,0.9784
2020-09,3.3e+22,3.14e+23,0.9784
2020-10,8.2e+22,3.14e+23,0.5831
2020-11,8.2e+22,3.14e+23,0.5831
2020-12,8.2e+22,3.14e+23,0.5831
2021-01,8.22e+22,3.14e+23,0.5821
2021-02,8.22e+22,3.14e+23,0.5821
2021-03,8.22e+22,3.14e+23,0.5821
2021-04,8.22e+22,3.14e+23,0.5821
2021-05,8.22e+22,3.14e+23,0.5821
2021-06,8.22e+22,3.14e+23,0.5821
2021-07,8.22e+22,3.14e+23,0.5821
2021-08,8.22e+22,3.7e+23,0.6533
2021-09,8.22e+22,2.047e+24,1.3962
2021-10,8.22e+22,2.047e+24,1.3962
2021-11,8.22e+22,2.047e+24,1.3962
2021-12,8.22e+22,2.047e+24,1.3962
2022-01,8.22e+22,2.047e+24,1.3962
2022-02,9.316e+22,2.047e+24,1.3419
2022-03,9.316e+22,2.047e+24,1.3419
2022-04,9.316e+22,2.527e+24,1.4334
2022-05,4.3e+23,2.527e+24,0.7692
2022-06,4.3e+23,2.742e+24,0.8045
2022-07,4.3e+23,2.742e+24,0.8045
2022-08,4.3e+23,2.742e+24,0.8045
2022-09,4.3e+23,2.742e+24,0.8045
2022-10,4.3e+23,2.742e+24,0.8045
2022-11,4.3e+23,2.742e+24,0.8045
2022-12,4.3e+23,2.742e+24,0.8045
2023-01,4.3e+23,2.742e+24,0.8045
2023-02,5.5e+23,2.742e+24,0.6976
2023-03,5.5e+23,2.1e+25,1.5819
2023-04,5.5e+23,2.1e+25,1.5819
2023-05,5.5e+23,2.1e+25,1.5819
2023-06,5.5e+23,2.1e+25,1.5819
2023-07,8.1e+23,2.1e+25,1.4137
2023-08,8.1e+23,2.1e+25,1.4137
2023-09,3.76e+24,2.1e+25,0.7470
2023-10,3.76e+24,2.1e+25,0.7470
2023-11,3.76e+24,2.1e+25,0.7470
2023-12,3.76e+24,5e+25,1.1238
2024-01,3.76e+24,5e+25,1.1238
2024-02,3.76e+24,5e+25,1.1238
2024-03,3.76e+24,5e+25,1.1238
2024-04,7.861e+24,5e+25,0.8035
2024-05,7.861e+24,5e+25,0.8035
2024-06,1.8e+25,5e+25,0.4437
2024-07,3.8e+25,5e+25,0.1192
2024-08,3.8e+25,5e+25,0.1192
2024-09,3.8e+25,5e+25,0.1192
2024-10,3.8e+25,5e+25,0.1192
2024-11,3.8e+25,5e+25,0.1192
2024-12,3.8e+25,5e+25,0.1192

"""#,
        "history/frontier_training_cost.csv": #"""
# Data: Epoch AI (epoch.ai), Notable AI Models, CC BY 4.0
# See README.md beside this file for columns and derivation.
month,max_open_training_cost_usd2023,max_closed_training_cost_usd2023
2017-01,41.25,2.013e+05
2017-02,41.25,2.013e+05
2017-03,41.25,2.013e+05
2017-04,41.25,2.013e+05
2017-05,41.25,2.013e+05
2017-06,41.25,2.013e+05
2017-07,41.25,2.013e+05
2017-08,41.25,2.013e+05
2017-09,41.25,2.013e+05
2017-10,41.25,4.714e+05
2017-11,41.25,4.714e+05
2017-12,41.25,4.714e+05
2018-01,41.25,4.714e+05
2018-02,41.25,4.714e+05
2018-03,41.25,4.714e+05
2018-04,41.25,4.714e+05
2018-05,1.443e+05,4.714e+05
2018-06,1.443e+05,4.714e+05
2018-07,1.443e+05,4.714e+05
2018-08,1.443e+05,4.714e+05
2018-09,1.443e+05,4.714e+05
2018-10,1.443e+05,4.714e+05
2018-11,1.443e+05,4.714e+05
2018-12,1.443e+05,4.714e+05
2019-01,1.443e+05,4.714e+05
2019-02,1.443e+05,4.714e+05
2019-03,1.443e+05,4.714e+05
2019-04,1.443e+05,4.714e+05
2019-05,1.443e+05,4.714e+05
2019-06,1.443e+05,4.714e+05
2019-07,1.443e+05,4.714e+05
2019-08,1.443e+05,4.714e+05
2019-09,1.443e+05,4.714e+05
2019-10,1.443e+05,4.714e+05
2019-11,1.443e+05,4.714e+05
2019-12,1.443e+05,4.328e+06
2020-01,1.443e+05,4.328e+06
2020-02,1.443e+05,4.328e+06
2020-03,1.443e+05,4.328e+06
2020-04,1.443e+05,4.328e+06
2020-05,1.443e+05,4.328e+06
2020-06,1.443e+05,4.328e+06
2020-07,1.443e+05,4.328e+06
2020-08,1.443e+05,4.328e+06
2020-09,1.443e+05,4.328e+06
2020-10,1.926e+05,4.328e+06
2020-11,1.926e+05,4.328e+06
2020-12,1.926e+05,4.328e+06
2021-01,1.926e+05,4.328e+06
2021-02,1.926e+05,4.328e+06
2021-03,1.926e+05,4.328e+06
2021-04,1.926e+05,4.328e+06
2021-05,1.926e+05,4.328e+06
2021-06,1.926e+05,4.328e+06
2021-07,1.926e+05,4.328e+06
2021-08,1.926e+05,4.328e+06
2021-09,1.926e+05,4.328e+06
2021-10,1.926e+05,4.328e+06
2021-11,1.926e+05,4.328e+06
2021-12,1.926e+05,4.328e+06
2022-01,1.926e+05,4.328e+06
2022-02,1.926e+05,4.328e+06
2022-03,1.926e+05,4.328e+06
2022-04,1.926e+05,4.328e+06
2022-05,7.336e+05,4.328e+06
2022-06,7.336e+05,4.328e+06
2022-07,9.958e+05,4.328e+06
2022-08,9.958e+05,4.328e+06
2022-09,9.958e+05,4.328e+06
2022-10,9.958e+05,4.328e+06
2022-11,9.958e+05,4.806e+06
2022-12,9.958e+05,4.806e+06
2023-01,9.958e+05,4.806e+06
2023-02,9.958e+05,4.806e+06
2023-03,9.958e+05,4.217e+07
2023-04,9.958e+05,4.217e+07
2023-05,9.958e+05,4.217e+07
2023-06,9.958e+05,4.217e+07
2023-07,1.103e+06,4.217e+07
2023-08,1.103e+06,4.217e+07
2023-09,1.074e+07,4.217e+07
2023-10,1.074e+07,4.217e+07
2023-11,1.074e+07,4.217e+07
2023-12,1.074e+07,4.217e+07
2024-01,1.074e+07,4.217e+07
2024-02,1.074e+07,4.217e+07
2024-03,1.074e+07,4.217e+07
2024-04,1.074e+07,4.217e+07
2024-05,1.074e+07,4.217e+07
2024-06,2.127e+07,4.217e+07
2024-07,5.289e+07,4.217e+07
2024-08,5.289e+07,4.217e+07
2024-09,5.289e+07,4.217e+07
2024-10,5.289e+07,4.217e+07
2024-11,5.289e+07,4.217e+07
2024-12,5.289e+07,4.217e+07

"""#,
        "history/headcount_valuation.csv": #"""
# Funding rounds, valuations (post-money where the source says so, else reported), licence-and-hire payments and headcounts of AI labs, nominal US$ (x usd2023_factor for 2023 dollars) or euros as reported. Press figures: cite per row.
# company_id: 1 OpenAI, 2 Anthropic, 3 xAI, 4 Cohere, 5 Mistral AI, 6 Hugging Face, 7 Inflection AI, 8 AI21 Labs, 9 Character.ai (README.md). Tender valuations are employee share sales, not primary rounds; strategic investments by cloud providers were partly paid in or spent on compute; deal payments are not valuations.
date,company_id,releases_open_weights,primary_round,tender,strategic,talks,filing,amount_raised_usd,amount_raised_eur,valuation_usd,valuation_eur,valuation_post_money,deal_payment_usd,headcount_total,headcount_lower_bound,closed_funding_sum_usd,usd2023_factor,published_after_2024,quality,source,note
2021-05,2,0,1,0,0,0,0,1.24e+8,,,,,,20,,,1.12449,,tertiary,"History of AI (web book) ('House · Anthropic', undated); https://zsjunai.github.io/history-of-ai/en/houses/anthropic",Anthropic: primary funding round (Series A); source note: 'about twenty people and a seed round of $124 million'; another history page calls it a $124M Series A with ~7 people at opening. Headcount uncertain
2021-07,1,0,0,0,0,0,0,,,1.4e+10,,0,,,,,1.12449,,secondary,"Hindustan Times ('Microsoft and Nvidia love Sam Altman? Proof: OpenAI's $6.6 billion funding haul', 2024-10-03), original Reuters (as cited); https://www.hindustantimes.com/business/microsoft-and-nvidia-love-sam-altman-proof-openais-6-6-billion-funding-haul-101727927624514.html","OpenAI: valuation reference; source date '2021', dated mid-year by convention; valuation basis: reported valuation (2021)"
2022-05,6,1,1,0,0,0,0,1e+8,,2e+9,,0,,,,,1.04116,,tertiary,"French Morning ('Hugging Face, la nouvelle licorne tech qui democratise le machine learning', 2022-05); https://frenchmorning.com/hugging-face-la-nouvelle-licorne-tech-qui-democratise-le-machine-learning/","Hugging Face: primary funding round (Series C); valuation basis: reported valuation; investors: Lux, Addition, Sequoia, Coatue and others"
2023-01,1,0,0,0,0,0,0,,,,,,,400,,,1,,tertiary,"Autosheek (rewrite) ('OpenAI Speeds up Growth With Plans to Open NYC Office, More Hiring', 2024 (mid, undated)), original two people familiar (likely Business Insider); https://autosheek.com/openai-speeds-up-growth-with-plans-to-open-nyc-office-more-hiring","OpenAI: headcount; source note: 'Early last year, OpenAI had only about 400 employees'"
2023-02,2,0,0,0,1,0,0,4e+8,,,,,,,,,1,,secondary,"Axios ('Anthropic raises $300 million at $4.1 billion valuation', 2023-03-09), original Financial Times (as cited); https://www.axios.com/pro/media-deals/2023/03/09/anthropic-funding-ai",Anthropic: strategic investment; investors: Google (~10% stake); source note: Anthropic had raised $1.1B before the March 2023 round (Axios)
2023-03,9,0,1,0,0,0,0,1.5e+8,,1e+9,,0,,,,,1,,secondary,"Chartr (Sherwood Media) ('AI high: Google is in talks to invest millions into Character.ai', 2023-11-13); https://www.chartr.co/stories/2023-11-13-2-chatgpt-characterai-traffic-and-use",Character.ai: primary funding round (Series A); valuation basis: reported valuation; investors: Andreessen Horowitz (lead); source note: 'raised $150 million in a funding round that valued the company at $1 billion earlier this year'
2023-03-09,2,0,1,0,0,0,0,3e+8,,4.1e+9,,0,,,,,1,,secondary,"Axios ('Anthropic raises $300 million at $4.1 billion valuation', 2023-03-09), original The Information; https://www.axios.com/pro/media-deals/2023/03/09/anthropic-funding-ai","Anthropic: primary funding round (Series C (first close, reported)); valuation basis: reported valuation; investors: Spark Capital (lead); source note: Anthropic had sought $5B. Semafor (2024-01-05) gives the previous valuation as $5B"
2023-04,1,0,0,1,0,0,0,,,2.7e+10,,0,,,,,1,,tertiary,"The Decoder ('OpenAI lures Google's top AI researchers with multimillion-dollar offers', 2023-11), original The Information; https://the-decoder.com/openai-lures-googles-top-ai-researchers-with-multimillion-dollar-offers/",OpenAI: employee share sale (tender) valuation; valuation basis: approximate valuation of employee share sale that closed April 2023; source note: 'current valuation of approximately $27 billion' before a second 2023 share sale at more than $80B
2023-05,2,0,1,0,0,0,0,4.5e+8,,,,,,,,,1,,secondary,"The New York Times (read via mirror vuink.com) ('Inside the Funding Frenzy at Anthropic, One of A.I.'s Hottest Start-Ups', 2024-02-20), original The New York Times; https://vuink.com/post/algvzrf-d-dpbz/2024/02/20/technology/anthropic-funding-ai-d-dhtml","Anthropic: primary funding round (Series C (announced)); investors: Google, Salesforce and others; source note: Likely the final size of the round first reported at $300M in March 2023"
2023-06,7,0,1,0,0,0,0,1.3e+9,,,,,,,,,1,,tertiary,"LongPort (Wallstreetcn) ('Valued at over $1.5 billion! Is AI unicorn Inflection collectively 'poached' by major investor Microsoft?', 2024-03-20); https://longportapp.cn/news/200256898","Inflection AI: primary funding round (2023 round (Microsoft-led)); investors: Microsoft (lead), Nvidia and others; source note: Total funding $1.525B after this round; planned 22,000-H100 cluster. Valuation of the round not found in sources read"
2023-06-08,4,0.5,1,0,0,0,0,2.7e+8,,2.2e+9,,0,,,,,1,,secondary,"Daily Mail (Reuters wire) ('AI startup Cohere raises funds from Nvidia, valued at $2.2 billion', 2023-06-08), original Reuters (Krystal Hu, Manya Saini); https://www.dailymail.co.uk/wires/reuters/article-12175453/AI-startup-Cohere-raises-funds-Nvidia-valued-2-2-billion.html","Cohere: primary funding round (Series C); valuation basis: reported valuation (people familiar); investors: Inovia Capital (lead), Nvidia, Oracle, Salesforce Ventures, DTCP, Mirae Asset, Schroders, SentinelOne, Thomvest"
2023-06-13,5,0.5,1,0,0,0,0,,1.05e+8,,2.4e+8,1,,,,,1,,secondary,"The Irish Times (Financial Times) ('Four-week-old AI start-up raises record EUR105m in European push', 2023-06-14), original Financial Times; https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/technology/2023/06/14/four-week-old-ai-start-up-raises-record-105m-in-european-push","Mistral AI: primary funding round (Seed); original amounts: raised EUR 105M, valuation EUR 240M; valuation basis: post-money (including funds raised; people close to the company); investors: Lightspeed (lead), Eric Schmidt, Xavier Niel, Bpifrance and others; source note: Europe's largest seed round (Dealroom). Other reports give $113M / $260M. Company founded about four weeks earlier"
2023-07,8,0.5,1,0,0,0,0,,,1.4e+9,,0,,,,,1,1,tertiary,"Grafa (citing Calcalist) ('Nvidia in talks to acquire AI21 Labs', 2025), original Calcalist; https://grafa.com/pt-BR/news/united-states/nvidia-ai21-acquisition-talks","AI21 Labs: primary funding round (Series C (2023)); source date '2023', dated mid-year by convention; valuation basis: reported valuation of 2023 round; investors: Nvidia, Google (Alphabet) among participants; source note: Round size not confirmed in sources read; published_after_2024: yes (published 2025; describes 2023)"
2023-08,2,0,0,0,1,0,0,1e+8,,,,,,,,,1,,secondary,"The New York Times (read via mirror vuink.com) ('Inside the Funding Frenzy at Anthropic, One of A.I.'s Hottest Start-Ups', 2024-02-20), original The New York Times; https://vuink.com/post/algvzrf-d-dpbz/2024/02/20/technology/anthropic-funding-ai-d-dhtml",Anthropic: strategic investment; investors: two Asian telecom companies
2023-08-24,6,1,1,0,0,0,0,2.35e+8,,4.5e+9,,0,,170,,,1,,secondary,"Yahoo News (Reuters) ('AI startup Hugging Face valued at $4.5 billion in latest round of funding', 2023-08-24), original Reuters; https://sg.news.yahoo.com/ai-startup-hugging-face-valued-140155364.html","Hugging Face: primary funding round (Series D); valuation basis: company-stated valuation; investors: Salesforce, Google, Nvidia, Amazon, AMD, Intel, Qualcomm, IBM, Sound Ventures; source note: Headcount 170 at the time of the round (Reuters)"
2023-09,2,0,0,0,1,0,0,4e+9,,,,,,,,,1,,secondary,"The New York Times (read via mirror vuink.com) ('Inside the Funding Frenzy at Anthropic, One of A.I.'s Hottest Start-Ups', 2024-02-20), original The New York Times; https://vuink.com/post/algvzrf-d-dpbz/2024/02/20/technology/anthropic-funding-ai-d-dhtml","Anthropic: strategic investment (commitment); investors: Amazon (commitment, in tranches; minority stake); source note: Bloomberg (2024-11-22): the $4B investment was completed in 2024; part of the money is spent on AWS compute"
2023-10,2,0,0,0,1,0,0,2e+9,,,,,,,,,1,,secondary,"The New York Times (read via mirror vuink.com) ('Inside the Funding Frenzy at Anthropic, One of A.I.'s Hottest Start-Ups', 2024-02-20), original The New York Times; https://vuink.com/post/algvzrf-d-dpbz/2024/02/20/technology/anthropic-funding-ai-d-dhtml",Anthropic: strategic investment (commitment); investors: Google; source note: IBTimes (2024-11-08): Alphabet invested $500M and pledged $1.5B more over time
2023-11-20,1,0,0,0,0,0,0,,,,,,,770,,,1,,secondary,"Newser (summarizing The New York Times); Axios ('Report: 700 of OpenAI's 770 Employees Threaten to Quit', 2023-11-20), original The New York Times; Axios ('700-plus employees'); https://www.newser.com/story/342890/report-700-of-openais-770-employees-threaten-to-quit.html",OpenAI: headcount (employee letter); source note: 738 of 770 had signed by the evening of 2023-11-20 (Pinkvilla). Axios: https://www.axios.com/2023/11/20/openai-staff-letter-board-resign-sam-altman
2023-12,0,,,,,,,,,,,,,,,8.67e+9,1,,secondary,derived in scripts/build_labs.py from the rows of this file,"money raised in 2023 by the closed labs (releases_open_weights < 1), in US$ primary rounds and strategic investments: Anthropic 0.4B (2023-02) + Anthropic 0.1B (2023-08) + Anthropic 4B (2023-09) + Anthropic 2B (2023-10) + Anthropic 0.45B (Series C) + Cohere 0.27B (Series C) + Inflection AI 1.3B (2023 round) + Character.ai 0.15B (Series A). Omits rounds reported only in euros, parent-firm money not reported as a round (e.g. Microsoft's 2023 investment in OpenAI) and cloud credits, so it is a floor of closed labs' outside capital; commitments paid in tranches count in the year announced"
2023-12,5,0.5,1,0,0,0,0,,3.85e+8,2e+9,2e+9,0,,,,,1,,secondary,"MarketScreener (Dow Jones Newswires); OODA Loop (FT reprint) ('French Startup Mistral AI Raises $650 Million in Bid to Scale Up', 2024-06-11), original The Wall Street Journal / Dow Jones; Financial Times; The New York Times; https://www.marketscreener.com/quote/stock/MICROSOFT-CORPORATION-4835/news/French-Startup-Mistral-AI-Raises-650-Million-in-Bid-to-Scale-Up-46950365/","Mistral AI: primary funding round (Series A); original amounts: raised EUR 385M, valuation about EUR 2B; valuation basis: reported valuation ('over $2 billion'); source note: EUR 385M per the NYT (via a translation); FT put it at about EUR 400M valuing the company at EUR 2B"
2024-02,1,0,0,1,0,0,0,,,8.6e+10,,0,,,,,0.971351,,secondary,"Mint (syndicating The Wall Street Journal) ('OpenAI nearly doubles valuation to $157 billion in funding round', 2024-10-03), original The Wall Street Journal; https://www.livemint.com/companies/start-ups/openai-nearly-doubles-valuation-to-157-billion-in-funding-round-11727949127921.html","OpenAI: employee share sale (tender) valuation; valuation basis: secondary sale by employees (not a primary round); source note: 'last valued at $86 billion early this year, when employees sold existing shares' (Thrive-led tender)"
2024-02,2,0,1,0,0,0,0,7.5e+8,,1.5e+10,,0,,,,,0.971351,,secondary,"The New York Times (read via mirror vuink.com) ('Inside the Funding Frenzy at Anthropic, One of A.I.'s Hottest Start-Ups', 2024-02-20), original The New York Times; https://vuink.com/post/algvzrf-d-dpbz/2024/02/20/technology/anthropic-funding-ai-d-dhtml",Anthropic: primary funding round (Menlo Ventures-led round (SPV)); valuation basis: reported valuation (three people familiar); investors: Menlo Ventures; source note: Semafor (2024-01-05) reported a target of $15-20B. $7.3B raised in the year to Feb 2024
2024-03-19,7,0,0,0,0,0,0,,,,,,6.5e+8,,,,0.971351,,tertiary,"Watch Italia / Zgiao (rewrites of TechCrunch) ('How Microsoft is providing a 'good outcome' for Inflection AI VCs', 2024-03), original The Information; https://zgiao.com/hows-microsoft-is-providing-a-good-results-for-inflection-ai-vcs-as-reid-hoffman-promised/","Inflection AI: acqui-hire / licence deal; valuation basis: not a valuation: payment for non-exclusive licence and hiring of staff; investors: Microsoft (licence fee ~$620M + ~$30M waiver); source note: Co-founders and most staff joined Microsoft (Bloomberg via Stratechery). Series A ($225M) investors to receive 1.5x, 2023-round investors 1.1x (The Information)"
2024-03-28,4,0.5,0,0,0,1,0,5e+8,,5e+9,,0,,,,,0.971351,,secondary,"The Globe and Mail ('Pension fund manager PSP in talks to co-lead investment in AI company Cohere', 2024-03-28), original The Information; https://www.theglobeandmail.com/business/article-pension-fund-manager-psp-in-talks-to-co-lead-investment-in-ai-company/","Cohere: funding talks (not closed) (talks, >= $500M); valuation basis: valuation under discussion; investors: PSP Investments (in talks to co-lead); source note: Talks, not a closed round; amount is the minimum sought. A later round's closing terms were not found in sources read"
2024-05-26,3,0.5,1,0,0,0,0,6e+9,,2.4e+10,,1,,,,,0.971351,,secondary,"China Daily HK (Reuters) ('Elon Musk's xAI valued at $24b after fresh funding', 2024-05-27), original Reuters; xAI blog; https://chinadailyhk.com/hk/article/584196","xAI: primary funding round (Series B); valuation basis: post-money; pre-money $18B (Musk); investors: Andreessen Horowitz, Sequoia Capital and others"
2024-06-11,5,0.5,1,0,0,0,0,6.45e+8,6e+8,6.2e+9,5.8e+9,1,,60,,,0.971351,,secondary,"NBC Miami (CNBC) ('Microsoft-backed Mistral AI raises $645 million at a $6 billion valuation', 2024-06-12), original CNBC; Financial Times; https://www.nbcmiami.com/news/business/money-report/microsoft-backed-mistral-ai-raises-645-million-at-a-6-billion-valuation/3335240/","Mistral AI: primary funding round (Series B); original amounts: raised EUR 600M (EUR 468M equity + EUR 132M debt), valuation EUR 5.8B; valuation basis: post-money including new capital (person familiar); investors: General Catalyst (lead), Lightspeed, a16z, DST, Nvidia, Samsung, Salesforce, Cisco, IBM, BNP Paribas; source note: Equity/debt split from FT via Stockmark. Headcount 'roughly 60 employees' per Dow Jones (MarketScreener, 2024-06-11)"
2024-07,1,0,0,0,0,0,0,,,,,,,1000,1,,0.971351,,tertiary,"Autosheek (rewrite) ('OpenAI Speeds up Growth With Plans to Open NYC Office, More Hiring', 2024 (mid, undated)), original one person familiar (likely Business Insider); https://autosheek.com/openai-speeds-up-growth-with-plans-to-open-nyc-office-more-hiring","OpenAI: headcount; source date '2024 (mid)', dated mid-year by convention; source note: 'grown to over 1,000 people' (lower bound)"
2024-08,9,0,0,0,0,0,0,,,,,,2.5e+9,,,,0.971351,,tertiary,"Sandy Lo (rewrite of Business Insider) ('(Google deal to license Character.AI technology)', 2024-08), original Business Insider; https://sandy-lo.com/?p=9285","Character.ai: licence deal and rehiring by Google; valuation basis: not a valuation: Google payment to license technology and rehire founders and ~20% of staff; investors: Google; source note: Other reports give about $2.7B. The same article says the 2023 round valued Character.AI at $850M, conflicting with the $1B in the row above"
2024-10-02,1,0,1,0,0,0,0,6.6e+9,,1.57e+11,,1,,,,,0.971351,,secondary,"NDTV Profit (Bloomberg) ('OpenAI Raises $6.6 Billion In Funding At $157 Billion Valuation', 2024-10-02), original Bloomberg; OpenAI announcement; https://www.ndtvprofit.com/business/openai-raises-66-billion-in-funding-at-157-billion-valuation","OpenAI: primary funding round (2024 round (Thrive-led)); valuation basis: post-money (as reported); investors: Thrive Capital (lead, ~$1.25B), Microsoft (<$1B), SoftBank (~$500M), Nvidia (~$100M), Khosla, Altimeter, Fidelity, MGX, Tiger Global; source note: Investor amounts from WSJ via Mint (2024-10-03). Investors may withdraw if the for-profit conversion does not happen. Microsoft had invested $13B before this round"
2024-11-21,3,0.5,1,0,0,0,0,5e+9,,5e+10,,1,,,,,0.971351,,secondary,"Mint (syndicating The Wall Street Journal) ('Elon Musk's startup xAI valued at $50 billion in new funding round', 2024-11-21), original The Wall Street Journal; https://www.livemint.com/companies/news/elon-musk-s-startup-xai-valued-at-50-billion-in-new-funding-round-11732173358261.html","xAI: primary funding round (reported to investors) (Series C (as told to investors)); valuation basis: post-money (as told to investors); investors: Qatar Investment Authority, Valor, Sequoia, a16z (expected); source note: WSJ: pre-money $40B. The SEC filing of 2024-12-05 (next row) shows $6B raised"
2024-11-22,2,0,0,0,1,0,0,4e+9,,,,,,,,,0.971351,,secondary,"NDTV Profit (Bloomberg) ('Amazon Invests An Additional $4 Billion In AI Firm Anthropic', 2024-11-22), original Bloomberg; Anthropic announcement; https://www.ndtvprofit.com/business/amazon-invests-an-additional-4-billion-in-ai-firm-anthropic",Anthropic: strategic investment; investors: Amazon (minority stake; AWS named primary cloud and training partner); source note: Brings Amazon's total to $8B. No valuation disclosed
2024-12,0,,,,,,,,,,,,,,,2.3e+10,0.971351,,secondary,derived in scripts/build_labs.py from the rows of this file,"money raised in 2024 by the closed labs (releases_open_weights < 1), in US$ primary rounds and strategic investments: OpenAI 6.6B (2024 round) + Anthropic 4B (2024-11-22) + Anthropic 0.75B (Menlo Ventures-led round) + xAI 6B (Series B) + xAI 5B (Series C) + Mistral AI 0.645B (Series B). Omits rounds reported only in euros, parent-firm money not reported as a round (e.g. Microsoft's 2023 investment in OpenAI) and cloud credits, so it is a floor of closed labs' outside capital; commitments paid in tranches count in the year announced"
2024-12,1,0,0,0,0,0,0,,,,,,,3000,,,0.971351,,tertiary,"Maagx / Vietnam.vn (rewrites of Business Insider) ('xAI and OpenAI engineers rake in big bucks amidst AI rivalry', 2024-12), original PitchBook via Business Insider; https://www.vietnam.vn/id/tiet-lo-bang-luong-chot-vot-cua-xai-va-openai","OpenAI: headcount; source note: 'about 3,000' (PitchBook estimate)"
2024-12,3,0.5,0,0,0,0,0,,,,,,,100,,,0.971351,,tertiary,"Maagx / Vietnam.vn (rewrites of Business Insider) ('xAI and OpenAI engineers rake in big bucks amidst AI rivalry', 2024-12), original PitchBook via Business Insider; https://maagx.com/tech/ai/xai-and-openai-engineers-rake-in-big-bucks-amidst-ai-rivalry",xAI: headcount; source note: 'approximately 100 employees' (PitchBook estimate)
2024-12-05,3,0.5,0,0,0,0,1,6e+9,,,,,,,,,0.971351,,secondary,"BNN Bloomberg ('Musk's xAI wraps up $6 billion in funding in latest round', 2024-12-05), original Bloomberg; https://www.bnnbloomberg.ca/business/technology/2024/12/05/musks-xai-wraps-up-6-billion-in-funding-in-latest-round/",xAI: regulatory filing (Form D) (Series C (filing)); valuation basis: not in filing; reported as more than $40B; investors: 97 investors (not named in filing)

"""#,
        "history/lab_revenue.csv": #"""
# Revenue of AI model labs, nominal US dollars of the date (multiply by usd2023_factor for 2023 dollars, CPI-U annual averages; see cpi_u.csv).
# Press figures are facts: each row cites the outlet read and the original reporter. company_id: 0 sum, 1 OpenAI, 2 Anthropic, 3 xAI, 4 Cohere, 6 Hugging Face, 9 Character.ai (table in README.md).
# run_rate_usd = annualized run rate (a recent month scaled to a year; FT: last month x 12; Anthropic: last 28 days x 13 + subscriptions x 12); monthly_revenue_usd = one month; calendar-year and projected values are dated YYYY-07. See README.md.
date,company_id,releases_open_weights,run_rate_usd,monthly_revenue_usd,calendar_year_revenue_usd,projected_calendar_year_revenue_usd,range_low_usd,range_high_usd,lower_bound,closed_providers_sum_run_rate_usd,usd2023_factor,published_after_2024,quality,source,note
2022-05,6,1,1e+7,,,,,,,,1.04116,1,tertiary,"Growth Hunt (aggregator) ('How Hugging Face became the GitHub of AI', 2025-2026), original reporter Sacra / Contrary / Latka estimates (triangulated); https://growthhunt.ai/blog/how-hugging-face-became-the-github-of-ai","Hugging Face: annual recurring revenue at Series C; third-party estimate (~); open-model platform, not a closed model provider: not part of closed_revenue; source note: Estimate, not company-reported; published_after_2024: yes (published after 2024; describes 2022)"
2023-07,1,0,,,,1e+9,,,,,1,,tertiary,"IA Comunidad (rewrite) ('OpenAI Reaches $1 Billion in Annual Revenue: How Far Has Large Model Commercialization Come?', 2023-09), original reporter The Information; https://iacommunidad.com/topic/723/openai-reaches-1-billion-in-annual-revenue-how-far-has-large-model-commercialization-come","OpenAI: calendar year 2023; company projection as reported; projection for the calendar year, made 2023-08; dated at mid-year by convention; source note: Same report: OpenAI lost $540M in 2022. Expectation stated around Aug-Sep 2023"
2023-07,2,0,,8e+6,,,,,,,1,,secondary,"The New York Times (read via mirror vuink.com) ('Inside the Funding Frenzy at Anthropic, One of A.I.'s Hottest Start-Ups', 2024-02-20), original reporter The New York Times; https://vuink.com/post/algvzrf-d-dpbz/2024/02/20/technology/anthropic-funding-ai-d-dhtml",Anthropic: calendar year 2023 (monthly level reached); two people with knowledge of finances; month within 2023 not stated; dated at mid-year by convention; source note: 'about $8 million in monthly revenue last year'; expected to rise about eightfold in 2024 (two people). NYT text also reproduced at usmail24.com and knowledgehippo.com
2023-08,6,1,6e+7,,,,5e+7,7e+7,,,1,1,tertiary,"Growth Hunt (aggregator) ('How Hugging Face became the GitHub of AI', 2025-2026), original reporter Sacra / Contrary / Latka estimates (triangulated); https://growthhunt.ai/blog/how-hugging-face-became-the-github-of-ai","Hugging Face: annual recurring revenue at Series D; third-party estimate, range $50-70M (midpoint shown); range 50-70M kept in range_low/high; value is its midpoint as given; open-model platform, not a closed model provider: not part of closed_revenue; source note: Range 50-70M; CEO told Reuters (2023-08-24) revenue was on track to jump five times in 2023; published_after_2024: yes (published after 2024; describes 2023)"
2023-10,1,0,1.3e+9,,,,,,,,1,,tertiary,"NewsBytes (rewrite) ('OpenAI's annual revenue soars past $1.6 billion in 2023', 2023-12-31), original reporter The Information; https://newsbytesapp.com/news/science/openai-annual-revenue-for-2023-reaches-1-6-billion/story",OpenAI: annualized at October 2023; reported by people familiar
2023-10,2,0,1e+8,,,,,,,,1,,tertiary,"Synthedia (Bret Kinsella, substack, 'OpenAI Doubled Revenue and is Doing More Business Than Azure - New Reports', 2024-06), relaying The Information; synthedia.substack.com/p/openai-doubled-revenue-and-is-doing","Anthropic: 'Last fall, Anthropic told investors it was generating revenue at a $100 million annualized rate' (The Information as relayed; fall 2023, month approximate). Same figure as the later CEO summary for end-2023; the same text gives a company plan of more than $850M annualized by end-2024, a projection, not included as a value"
2023-12,0,,,,,,,,1,1.713e+9,1,,tertiary,derived in scripts/build_market.py from the rows of this file,"sum of year-end annualized run rates of the closed model providers with a figure: OpenAI >$1.6B (The Information, late Dec 2023) + Anthropic ~$100M (end-2023) + Cohere $13M (end-2023). Omits Google, Microsoft (own models), Amazon, Mistral, Inflection, AI21, Character.ai and all cloud resellers' margins, so it is a floor of closed_revenue; quality is that of the weakest part"
2023-12,0,,,,,,,,1,2.113e+9,1,,tertiary,derived in scripts/build_market.py from the rows of this file,"sum of year-end annualized run rates of the closed model providers with a figure: OpenAI >$2.0B (Financial Times, Dec 2023) + Anthropic ~$100M (end-2023) + Cohere $13M (end-2023). Omits Google, Microsoft (own models), Amazon, Mistral, Inflection, AI21, Character.ai and all cloud resellers' margins, so it is a floor of closed_revenue; quality is that of the weakest part"
2023-12,1,0,1.6e+9,,,,,,1,,1,,tertiary,"NewsBytes (rewrite) ('OpenAI's annual revenue soars past $1.6 billion in 2023', 2023-12-31), original reporter The Information; https://newsbytesapp.com/news/science/openai-annual-revenue-for-2023-reaches-1-6-billion/story",OpenAI: annualized at late December 2023; reported by people familiar; source note: 'more than $1.6B'
2023-12,1,0,2e+9,,,,,,1,,1,,secondary,"OODA Loop (reprint) ('Can OpenAI create superintelligence before it runs out of cash?', 2024-02), original reporter Financial Times; https://oodaloop.com/briefs/technology/can-openai-create-superintelligence-before-it-runs-out-of-cash/",OpenAI: annualized at December 2023 (previous month x 12); reported by two people familiar; lower bound ('surpassed'); source note: FT text as reprinted. FT defines run rate as the most recent month's revenue x 12. Differs from The Information's $1.6B for the same month
2023-12,2,0,1e+8,,,,,,,,1,1,tertiary,"OKX Discover (social post) ('(post relaying Amodei's revenue history)', 2026), original reporter Dario Amodei, interview with Dwarkesh Patel (as relayed); https://web3.oyuzh.com/discover/post/70799181272160","Anthropic: annualized at end of 2023; CEO's later summary ('$0 to $100M in 2023'), approximate; source note: Round figure relayed second-hand; treat as order of magnitude; published_after_2024: yes (published 2026; describes 2023)"
2023-12,4,0.5,1.3e+7,,,,,,,,1,1,tertiary,"Benefits and Pensions Monitor (citing BNN Bloomberg) ('Canadian government backs Cohere's AI expansion with up to $240m', undated (after 2024-03)), original reporter source familiar with Cohere's finances; https://benefitsandpensionsmonitor.com/news/industry-news/nvidia-backed-ai-firm-teams-up-with-coreweave-for-canadas-new-data-centre/390214",Cohere: annualized at close of 2023; source familiar with finances; published_after_2024: possibly (article undated)
2024-03,4,0.5,3.5e+7,,,,,,,,0.971351,1,tertiary,"Benefits and Pensions Monitor (citing BNN Bloomberg) ('Canadian government backs Cohere's AI expansion with up to $240m', undated (after 2024-03)), original reporter source familiar with Cohere's finances; https://benefitsandpensionsmonitor.com/news/industry-news/nvidia-backed-ai-firm-teams-up-with-coreweave-for-canadas-new-data-centre/390214",Cohere: annualized at end of March 2024; source familiar with finances; published_after_2024: possibly (article undated)
2024-03,4,0.5,,1.8e+6,,,,,,,0.971351,,secondary,"The Globe and Mail ('Pension fund manager PSP in talks to co-lead investment in AI company Cohere', 2024-03-28), original reporter The Information; https://www.theglobeandmail.com/business/article-pension-fund-manager-psp-in-talks-to-co-lead-investment-in-ai-company/","Cohere: monthly level, about March 2024; reported; source note: x12 = $21.6M, below the $35M run rate reported for end-March by another source: the two reports disagree"
2024-04,4,0.5,2.2e+7,,,,,,,,0.971351,,tertiary,"Synthedia (Bret Kinsella, substack, 'OpenAI Doubled Revenue and is Doing More Business Than Azure - New Reports', 2024-06), relaying The Information; synthedia.substack.com/p/openai-doubled-revenue-and-is-doing",Cohere: 'generating just $22 million in annualized revenue in April' (The Information as relayed). Disagrees with the $35M end-March 2024 run rate of another report: keep both
2024-06,1,0,3.4e+9,,,,,,,,0.971351,,tertiary,"Brilliance Financials (rewrite of Business Insider) ('(OpenAI annualized revenue $3.4 billion)', 2024-06-12), original reporter The Information; confirmed by Bloomberg; https://brilliancefinancials.com/?p=28668","OpenAI: annualized at June 2024; CEO remark to staff as reported; source note: About $3.2B from OpenAI's own products and about $200M from its share of Azure OpenAI sales (Altman to staff, per The Information). OpenAI told The Information the details were 'inaccurate'"
2024-07,1,0,,,,3.7e+9,,,,,0.971351,,secondary,"Business Standard (syndicating The New York Times) ('OpenAI projects its revenue to increase to $11.6 billion next year', 2024-09-29), original reporter The New York Times; https://www.business-standard.com/amp/technology/tech-news/openai-projects-its-revenue-to-increase-to-11-6-billion-next-year-124092900747_1.html","OpenAI: calendar year 2024; company projection in fundraising documents; projection for the calendar year, made 2024-09; dated at mid-year by convention; source note: Same documents: expected loss of roughly $5B in 2024 (excluding equity compensation). Projection, not realized revenue"
2024-07,1,0,,,,3.6e+9,,,,,0.971351,,secondary,"Hindustan Times ('Microsoft and Nvidia love Sam Altman? Proof: OpenAI's $6.6 billion funding haul', 2024-10-03), original reporter Reuters (as cited); https://www.hindustantimes.com/business/microsoft-and-nvidia-love-sam-altman-proof-openais-6-6-billion-funding-haul-101727927624514.html","OpenAI: calendar year 2024; 'on pace' figure as reported; projection for the calendar year, made 2024-10; dated at mid-year by convention; source note: Losses of over $5B; valuation/revenue about 42x per Trending Topics (2024-10-03)"
2024-07,6,1,,,1.3e+8,,,,,,0.971351,1,tertiary,"Growth Hunt (aggregator) ('How Hugging Face became the GitHub of AI', 2025-2026), original reporter Sacra / Contrary / Latka estimates; profitability claim by CEO; https://growthhunt.ai/blog/how-hugging-face-became-the-github-of-ai","Hugging Face: calendar year 2024; third-party estimate (~); calendar-year total dated at mid-year by convention; open-model platform, not a closed model provider: not part of closed_revenue; source note: Estimate, not company-reported; published_after_2024: yes (published after 2024; describes 2024)"
2024-07,9,0,,,,1.7e+7,,,,,0.971351,,tertiary,"Sandy Lo (rewrite of Business Insider) ('(Google licensing deal with Character.AI)', 2024-08), original reporter Business Insider, quoting Iris Sun (500 Global); https://sandy-lo.com/?p=9285","Character.ai: calendar year 2024; investor estimate quoted by press; projection for the calendar year, made 2024; dated at mid-year by convention; source note: Same quote: the mobile app made about $200,000 in July 2024. Estimate"
2024-08,1,0,,3e+8,,,,,,,0.971351,,secondary,"Business Standard (syndicating The New York Times) ('OpenAI projects its revenue to increase to $11.6 billion next year', 2024-09-29), original reporter The New York Times; https://www.business-standard.com/amp/technology/tech-news/openai-projects-its-revenue-to-increase-to-11-6-billion-next-year-124092900747_1.html","OpenAI: month of August 2024; company financial documents reviewed by the press; source note: Up 1,700% since the beginning of 2023; about 350M monthly users in June 2024"
2024-11,3,0.5,1e+8,,,,,,,,0.971351,,secondary,"Mint (syndicating The Wall Street Journal) ('Elon Musk's startup xAI valued at $50 billion in new funding round', 2024-11-21), original reporter The Wall Street Journal; https://www.livemint.com/companies/news/elon-musk-s-startup-xai-valued-at-50-billion-in-new-funding-round-11732173358261.html",xAI: annualized at about November 2024; company told investors (as reported)
2024-12,0,,,,,,,,1,4.722e+9,0.971351,1,tertiary,derived in scripts/build_market.py from the rows of this file,"sum of year-end annualized run rates of the closed model providers with a figure: OpenAI Aug-2024 monthly $300M x 12 = $3.6B (NYT; a floor for December in a growing firm) + Anthropic ~$1B (end-2024, CEO summary, published 2026) + xAI $100M (Nov 2024, WSJ) + Cohere $22M (Apr 2024, lowest recent figure). Omits Google, Microsoft (own models), Amazon, Mistral, Inflection, AI21, Character.ai and all cloud resellers' margins, so it is a floor of closed_revenue; quality is that of the weakest part"
2024-12,0,,,,,,,,1,6.622e+9,0.971351,1,tertiary,derived in scripts/build_market.py from the rows of this file,"sum of year-end annualized run rates of the closed model providers with a figure: OpenAI ~$5.5B (end-2024, 2025 article) + Anthropic ~$1B (end-2024) + xAI $100M (Nov 2024) + Cohere $22M (Apr 2024). Omits Google, Microsoft (own models), Amazon, Mistral, Inflection, AI21, Character.ai and all cloud resellers' margins, so it is a floor of closed_revenue; quality is that of the weakest part"
2024-12,1,0,5.5e+9,,,,,,,,0.971351,1,tertiary,"limex.media (article, 2025); limex.media/post/openais-explosive-growth-shows-10-billion-run-rate-despite-bleeding-money","OpenAI: annualized run rate of about $5.5B at the end of 2024, stated in a mid-2025 article as the level six months before its (2025, out-of-sample, not included) figure; excludes Microsoft licensing revenue per the same text; published_after_2024: yes (2025 text, describes Dec 2024)"
2024-12,2,0,1e+9,,,,,,,,0.971351,1,tertiary,"OKX Discover (social post) ('(post relaying Amodei's revenue history)', 2026), original reporter Dario Amodei, interview with Dwarkesh Patel (as relayed); https://web3.oyuzh.com/discover/post/70799181272160","Anthropic: annualized at end of 2024; CEO's later summary ('$100M to $1B in 2024'), approximate; source note: (a 2025 figure in the shared note is omitted here). Round figure; treat as order of magnitude; published_after_2024: yes (published 2026; describes 2024)"

"""#,
        "history/pay.csv": #"""
# AI researcher and engineer pay, nominal US$ per year (x usd2023_factor for 2023 dollars; CPI-U annual averages, cpi_u.csv).
# Self-reported (Levels.fyi), negotiation-sample (Rora: self-selected, high-end) and press figures: cite per row. Equity per year = grant value spread evenly over 4 years (OpenAI: PPUs at grant value, illiquid).
# One-hot employer type (closed_lab, open_lab, big_tech, applied, academia, market_benchmark) and statistic (stat_median, stat_offer, stat_maximum); common ladder L3 early career, L4 mid, L5 senior, L6 staff, L7 principal+ (level_low..level_high, empty = not stated). Ranges: pay_ranges.csv.
date,closed_lab,open_lab,big_tech,applied,academia,market_benchmark,releases_open_weights,is_researcher,level_low,level_high,base_usd,bonus_usd_per_year,equity_usd_per_year,total_usd_per_year,stat_median,stat_offer,stat_maximum,repeat_of_other_row,usd2023_factor,published_after_2024,quality,source,note
2023-04,0,0,0,0,0,1,,0,,,,,,170000,1,0,0,0,1,,tertiary,"cwx.com.cn (Chinese summary) ('Levels.fyi 2023 mid-year programmer pay report', 2023-07-27), original Levels.fyi 2023 mid-year pay report; http://cwx.com.cn/technews/202307/2486.html","All companies in Levels.fyi data, software engineer, level all (common: all levels), location not stated; statistic: median; basis: total = salary + stock + bonus; source date 2023-H1, dated at the middle of the half-year; source note: Unchanged from 2022 per the report; ML/AI engineers' median rose 2.7%"
2023-04,0,0,0,1,0,0,,0,3,3,,,,274200,1,0,0,0,1,,tertiary,"cwx.com.cn (Chinese summary) ('Levels.fyi 2023 mid-year programmer pay report', 2023-07-27), original Levels.fyi 2023 mid-year pay report; http://cwx.com.cn/technews/202307/2486.html","Databricks, software engineer, level junior (common: L3 new grad), location not stated; statistic: median (top-paying company at this tier); basis: total = salary + stock + bonus; source date 2023-H1, dated at the middle of the half-year; source note: Late-stage data/AI company; listed as top payer for the tier"
2023-04,0,0,0,1,0,0,,0,4,4,,,,385850,1,0,0,0,1,,tertiary,"cwx.com.cn (Chinese summary) ('Levels.fyi 2023 mid-year programmer pay report', 2023-07-27), original Levels.fyi 2023 mid-year pay report; http://cwx.com.cn/technews/202307/2486.html","Databricks, software engineer, level mid (common: L4 mid), location not stated; statistic: median (top-paying company at this tier); basis: total = salary + stock + bonus; source date 2023-H1, dated at the middle of the half-year; source note: Late-stage data/AI company; listed as top payer for the tier"
2023-04,0,0,0,1,0,0,,0,5,5,,,,584250,1,0,0,0,1,,tertiary,"cwx.com.cn (Chinese summary) ('Levels.fyi 2023 mid-year programmer pay report', 2023-07-27), original Levels.fyi 2023 mid-year pay report; http://cwx.com.cn/technews/202307/2486.html","Databricks, software engineer, level senior (common: L5 senior), location not stated; statistic: median (top-paying company at this tier); basis: total = salary + stock + bonus; source date 2023-H1, dated at the middle of the half-year; source note: Late-stage data/AI company; listed as top payer for the tier"
2023-04,1,0,0,0,0,0,0,0,6,6,,,,925000,1,0,0,1,1,,tertiary,"cwx.com.cn (Chinese summary) ('Levels.fyi 2023 mid-year programmer pay report', 2023-07-27), original Levels.fyi 2023 mid-year pay report; http://cwx.com.cn/technews/202307/2486.html","OpenAI, software engineer, level staff/lead tier ('主管工程师') (common: L6 staff), location not stated; statistic: median (top-paying company at this tier); basis: total = salary + stock + bonus; source date 2023-H1, dated at the middle of the half-year; source note: Second: Broadcom $786k. The end-2023 report summary places OpenAI's $925k in the principal tier instead; same $925k Levels.fyi OpenAI median as the 2023-06 row: count once in a fit"
2023-06,1,0,0,0,0,0,0,0,,,300000,,500000,800000,0,1,0,0,1,,tertiary,"r/MachineLearning (quoting Levels.fyi blog) ('[N] How OpenAI's unique equity compensation works', 2023-06-25), original Levels.fyi, 'How OpenAI's unique equity compensation works'; https://www.levels.fyi/blog/openai-compensation.html","OpenAI, software engineer, level not stated (common: not stated), location US (San Francisco, presumed); statistic: single offer; basis: base + PPU grant of $2M vesting evenly over 4 years; source note: Read via a Reddit post quoting the Levels.fyi blog; equity is PPU face value at grant (not liquid; see equity_vesting.csv)"
2023-06,1,0,0,0,0,0,0,0,6,7,300000,,625000,925000,1,0,0,0,1,,tertiary,"Gate / Xinzhiyuan (Chinese summary of Levels.fyi) ('OpenAI engineers earn $900,000 a year', 2023-06-26), original Levels.fyi; https://www.gatewebsite.com/post/status/3853749","OpenAI, software engineer, level not stated (senior-most tier in Levels.fyi data) (common: L6 staff or L7 principal+ (reports disagree)), location not stated; statistic: median (Levels.fyi); basis: equity = PPU face value per year ($2.5M over 4 years); source note: The same $925k is OpenAI's top-of-list median in Levels.fyi's mid-2023 report (staff/lead tier per cwx.com.cn) and end-2023 report (principal tier per besthub.dev). Other OpenAI roles: base $100k-$450k"
2023-07,1,0,0,0,0,0,0,1,,,,,,860000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","OpenAI, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 665000; uplift from negotiation 30%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,1,0,0,0,0,0,0,1,,,,,,855000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Anthropic, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 855000; uplift from negotiation 0%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,0,1,0,0,0,1,,,,,,825000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Inflection, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer not given. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Inflection marked with an asterisk in the source; Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,780000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Tesla, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 702000; uplift from negotiation 11%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,719000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Amazon, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 520000; uplift from negotiation 38%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,695000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Google Brain, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 590000; uplift from negotiation 17%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,605000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","TikTok (ByteDance), research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 430000; uplift from negotiation 40%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,1,1,,,,,,556000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Meta FAIR, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 480000; uplift from negotiation 15%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,549000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Google Research, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 310000; uplift from negotiation 77%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,530000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Waymo, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 385000; uplift from negotiation 37%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,515000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","DeepMind, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 452000; uplift from negotiation 13%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,460000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Bloomberg AI, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 318000; uplift from negotiation 44%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); corporate research lab, classed with big tech; Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,450000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Apple, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 337000; uplift from negotiation 33%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,449000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Microsoft Research, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 270000; uplift from negotiation 66%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,441000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Salesforce Research, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 355000; uplift from negotiation 24%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,410000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Toyota Research Institute, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 370000; uplift from negotiation 10%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); corporate research lab, classed with big tech; Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,390000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","NVIDIA, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 340000; uplift from negotiation 14%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0.5,1,,,,,,377000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","IBM Research, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 262000; uplift from negotiation 43%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,0,0,1,0,1,1,,,,,,350000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Allen Institute for AI, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 310000; uplift from negotiation 12%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); nonprofit research institute; Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,1,0,0,0,0,1,,,,,,285000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Samsung Research, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 240000; uplift from negotiation 18%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); corporate research lab, classed with big tech; Rora negotiation clients: self-selected, high-end sample"
2023-07,0,1,0,0,0,0,1,1,,,,,,238000,0,1,0,0,1,,tertiary,"Texal (Japanese summary) ('Top 20 AI companies with the highest research salaries (Rora data)', about 2024-01), original Rora, AI researcher compensation / negotiation report; https://texal.jp/top-20-ai-companies-with-the-highest-research-salaries","Hugging Face, research scientist, level not stated (common: not stated), location not stated; statistic: final negotiated offer, Rora clients (aggregation not stated); basis: total = base + bonus + stock per year; summary says sign-on and other cash bonuses are spread over 4 years (text truncated); source date 2023 (whole year), dated mid-year by convention; source note: Initial offer 185000; uplift from negotiation 27%. Report published around the turn of 2023-24; offer window not stated in the summary. Self-selected sample of Rora negotiation clients (mostly PhD researchers); Rora negotiation clients: self-selected, high-end sample"
2023-07,0,0,0,0,0,1,,0,,,,,,249000,1,0,0,0,1,,tertiary,"BestHub (summary) ('2023 Global Programmer Salary Report: Role, Region, and Seniority Insights', early 2024), original Levels.fyi 2023 End of Year Pay Report; https://www.besthub.dev/articles/2023-global-programmer-salary-report-role-region-and-seniority-insights-e40f0ef2c120","All companies in Levels.fyi data, software engineer, level all (common: all levels), location San Francisco Bay Area; statistic: median; basis: total compensation; source date 2023 (whole year), dated mid-year by convention"
2023-07,0,0,0,0,0,1,,0,,,,,,225000,1,0,0,0,1,,tertiary,"BestHub (summary) ('2023 Global Programmer Salary Report: Role, Region, and Seniority Insights', early 2024), original Levels.fyi 2023 End of Year Pay Report; https://www.besthub.dev/articles/2023-global-programmer-salary-report-role-region-and-seniority-insights-e40f0ef2c120","All companies in Levels.fyi data, software engineer, level all (common: all levels), location Seattle; statistic: median; basis: total compensation; source date 2023 (whole year), dated mid-year by convention"
2023-07,0,0,0,0,0,1,,0,,,,,,185000,1,0,0,0,1,,tertiary,"BestHub (summary) ('2023 Global Programmer Salary Report: Role, Region, and Seniority Insights', early 2024), original Levels.fyi 2023 End of Year Pay Report; https://www.besthub.dev/articles/2023-global-programmer-salary-report-role-region-and-seniority-insights-e40f0ef2c120","All companies in Levels.fyi data, software engineer, level all (common: all levels), location New York City; statistic: median; basis: total compensation; source date 2023 (whole year), dated mid-year by convention"
2023-07,1,0,0,0,0,0,0,0,7,7,,,,925000,1,0,0,1,1,,tertiary,"BestHub (summary) ('2023 Global Programmer Salary Report: Role, Region, and Seniority Insights', early 2024), original Levels.fyi 2023 End of Year Pay Report; https://www.besthub.dev/articles/2023-global-programmer-salary-report-role-region-and-seniority-insights-e40f0ef2c120","OpenAI, software engineer, level principal (>=15 years) (common: L7 principal+), location not stated; statistic: median (top-paying company at this tier); basis: total compensation; source date 2023 (whole year), dated mid-year by convention; source note: Second: Coupang $870k; same $925k Levels.fyi OpenAI median as the 2023-06 row: count once in a fit"
2024-03,0,0,0,0,0,1,,0,,,,,,300600,1,0,0,0,0.971351,,secondary,"VnExpress International ('AI skills fetch IT engineers 11% higher incomes', 2024-04), original Levels.fyi report on AI engineer pay (analyst Alina Kolesnikova); https://e.vnexpress.net/news/business/economy/ai-skills-fetch-it-engineers-11-higher-incomes-4751084.html","All companies in Levels.fyi data, ML engineer, level all (common: all levels), location United States; statistic: median; basis: AI engineers' total compensation; source note: Highest on record per the report. AI engineers earn 8.57% more than non-AI engineers at entry level and 11.08% more at staff level. Quartz (fr.qz.com) on the same report: non-AI software engineers earned about $100k less; gap grew from ~30% (mid-2022) to ~50%"
2024-03,0,0,1,0,0,0,0,0,5,5,,,,427500,1,0,0,0,0.971351,,secondary,"VnExpress International ('AI skills fetch IT engineers 11% higher incomes', 2024-04), original Levels.fyi report on AI engineer pay (analyst Alina Kolesnikova); https://e.vnexpress.net/news/business/economy/ai-skills-fetch-it-engineers-11-higher-incomes-4751084.html","Amazon, ML engineer, level senior (common: L5 senior), location United States; statistic: median (company, level)"
2024-03,0,0,0,1,0,0,0,0,5,5,,,,450000,1,0,0,0,0.971351,,secondary,"VnExpress International ('AI skills fetch IT engineers 11% higher incomes', 2024-04), original Levels.fyi report on AI engineer pay (analyst Alina Kolesnikova); https://e.vnexpress.net/news/business/economy/ai-skills-fetch-it-engineers-11-higher-incomes-4751084.html","Cruise, ML engineer, level senior (common: L5 senior), location United States; statistic: median (company, level); source note: Autonomous-driving company (GM-owned)"
2024-03,1,0,0,0,0,0,0,1,7,7,,,,1e+7,0,0,1,0,0.971351,,tertiary,"Sooper News ('This is how much salaries Google, OpenAI and Meta pay their AI scientists', 2024-03-27), original The Information; https://sooper.news/2024/03/27/this-is-how-much-salaries-google-openai-and-meta-pay-their-ai-scientists","OpenAI, research scientist, level top researchers (common: L7 principal+), location not stated; statistic: reported maximum ('up to'); basis: annual pay of top AI researchers; source note: Upper tail only"
2024-03,0,0,1,0,0,0,0.5,1,7,7,,,,5e+6,0,0,1,0,0.971351,,tertiary,"Sooper News ('This is how much salaries Google, OpenAI and Meta pay their AI scientists', 2024-03-27), original The Information; https://sooper.news/2024/03/27/this-is-how-much-salaries-google-openai-and-meta-pay-their-ai-scientists","Google (DeepMind), research scientist, level top researchers (common: L7 principal+), location not stated; statistic: reported maximum ('up to'); basis: annual pay of top AI researchers; source note: Upper tail only"
2024-03,0,0,1,0,0,0,1,1,7,7,,,,2.5e+6,0,0,1,0,0.971351,,tertiary,"Sooper News ('This is how much salaries Google, OpenAI and Meta pay their AI scientists', 2024-03-27), original The Information; https://sooper.news/2024/03/27/this-is-how-much-salaries-google-openai-and-meta-pay-their-ai-scientists","Meta, research scientist, level top researchers (common: L7 principal+), location not stated; statistic: reported maximum ('up to'); basis: annual pay of top AI researchers; source note: Upper tail only"
2024-04,0,0,0,1,0,0,0,0,6,6,,,,680500,1,0,0,0,0.971351,,secondary,"Quartz (French edition) ('Les ingenieurs en logiciels d'IA gagnent 100 000 $ de plus', 2024-04), original Levels.fyi report on AI engineer pay; https://fr.qz.com/les-ingenieurs-en-logiciels-d-ia-gagnent-100-000-de-p-1851496827","Cruise, ML engineer, level staff (common: L6 staff), location United States; statistic: median (company, level); source note: Non-AI staff engineers at Cruise earn $185,500 less"

"""#,
        "history/pay_ranges.csv": #"""
# Pay ranges (low and high from the same source) for AI researchers and engineers, nominal US$ per year (x usd2023_factor for 2023 dollars).
# Columns as in pay.csv; base_* are base salary only (H-1B filings exclude stock and bonus), total_* total pay. Cite per row.
date,closed_lab,open_lab,big_tech,applied,academia,market_benchmark,releases_open_weights,is_researcher,level_low,level_high,base_low_usd,base_high_usd,total_low_usd_per_year,total_high_usd_per_year,n_filings,usd2023_factor,published_after_2024,quality,source,note
2023-07,1,0,0,0,0,0,0,1,3,4,,,700000,900000,,1,,secondary,"i-SEIF (mirror of TechCrunch) ('There's an AI 'brain drain' in academia', 2024-01-24), original TechCrunch, citing Rora data; https://i-seif.net/index.php/2024/01/24/theres-an-ai-brain-drain-in-academia/","OpenAI; Anthropic, research scientist, level new researcher (common: L3-L4 (new PhD)), location not stated; statistic: range low; basis: listed total compensation for new researchers; source date 2023 (whole year), dated mid-year by convention; source note: TechCrunch text as reproduced; range covers both employers; range low and high from the same source"
2023-11,1,0,0,0,0,0,0,1,,,300000,450000,,,,1,,tertiary,"Zenger News (Benzinga, citing Bloomberg) ('OpenAI engineers threaten mass resignation; CEO reinstated', 2023-11-24), original Bloomberg; Levels.fyi; https://www.zenger.news/2023/11/24/openai-engineers-threaten-mass-resignation-ceo-reinstated/","OpenAI, research engineer, level specialized roles (common: not stated), location not stated; statistic: range low; basis: base salary only, excluding bonus and stock; source note: Total remuneration could reach nearly $800k a year with stock (per the same report). Role label approximate ('more specialized roles'); range low and high from the same source"
2023-11,1,0,0,0,0,0,0,1,7,7,,,5e+6,1e+7,,1,,tertiary,"The Decoder ('OpenAI lures Google's top AI researchers with multimillion-dollar offers', 2023-11), original The Information; https://the-decoder.com/openai-lures-googles-top-ai-researchers-with-multimillion-dollar-offers/","OpenAI, research scientist, level senior researchers recruited from Google (common: L7 principal+), location not stated; statistic: range low; basis: annual compensation offered, mostly stock (PPUs) priced at the pre-tender valuation of ~$27B; source note: Recruiting offers to Google Gemini researchers, not typical pay; range low and high from the same source"
2024-07,1,0,0,0,0,0,0,0.5,,,145000,530000,,,86,0.971351,,tertiary,"Maagx (rewrite of Business Insider) ('xAI and OpenAI engineers rake in big bucks amidst AI rivalry', 2024-12), original Business Insider analysis of 2024 H-1B / USCIS filings; https://maagx.com/tech/ai/xai-and-openai-engineers-rake-in-big-bucks-amidst-ai-rivalry","OpenAI, mixed (engineers, researchers, staff), level various (common: various), location United States; statistic: range low; basis: base salary on visa filings (n=86 filings); excludes stock; source date 2024 (whole year), dated mid-year by convention; source note: On average 87% above the Department of Labor prevailing wage for the occupation and area. OpenAI's range includes administrative staff; range low and high from the same source"
2024-07,1,0,0,0,0,0,0.5,0.5,,,250000,500000,,,10,0.971351,,tertiary,"Maagx (rewrite of Business Insider) ('xAI and OpenAI engineers rake in big bucks amidst AI rivalry', 2024-12), original Business Insider analysis of 2024 H-1B / USCIS filings; https://maagx.com/tech/ai/xai-and-openai-engineers-rake-in-big-bucks-amidst-ai-rivalry","xAI, mixed (engineers, researchers, staff), level various (common: various), location United States; statistic: range low; basis: base salary on visa filings (n=10 filings); excludes stock; source date 2024 (whole year), dated mid-year by convention; source note: On average 37% above prevailing wage; engineers. xAI released Grok-1 weights in 2024; range low and high from the same source"

"""#,
        "history/token_usage.csv": #"""
# Token volumes of providers and open-weight shares that map to model concepts (token_demand, open_share_*). Company statements, press and surveys: cite per row.
# Words are converted to tokens at 4/3 tokens per word: OpenAI Help Center, 'What are tokens and how to count them?' (help.openai.com/en/articles/4936856): 1 token ~ 3/4 of an English word, 100 tokens ~ 75 words. Raw word counts are kept beside the converted values.
# Usage counts (ChatGPT users, Hugging Face users, Llama downloads), request rates and the OpenRouter Chinese-open-model share are left out (no model concept); see README.md.
date,google_tokens_per_month,openai_words_per_day,openai_output_tokens_per_month,openrouter_tokens_per_week,openrouter_tokens_per_month,characterai_words_per_day,characterai_output_tokens_per_month,lower_bound,tokens_per_word,enterprise_open_share_of_respondents,enterprise_open_share_of_usage,published_after_2024,quality,source,note
2023-07,,,,,,,,,,,0.2,1,tertiary,"Jasper Platz (G2 Venture Partners), 'The Future of Open Models' (blog, 2025), quoting verbatim Menlo Ventures, '2024: The State of Generative AI in the Enterprise' (2024); www.jasperplatz.com/post/the-future-of-open-models","2023 value implied by the same quote ('19%, dropping just one percentage point from 2023'); describes 2023, dated mid-year by convention. published_after_2024: 2025 text"
2023-11,,,,,,1e+9,4.058e+10,1,1.3333,,,,secondary,"Chartr (Sherwood Media) ('AI high: Google is in talks to invest millions into Character.ai', 2023-11-13); https://www.chartr.co/stories/2023-11-13-2-chatgpt-characterai-traffic-and-use","Character.AI: words generated per day (words/day (lower bound)); scope: Character.AI consumer service; 'over 1 billion words' (lower bound); tokens = words x 4/3 (OpenAI Help Center, 'What are tokens and how to count them?' (help.openai.com/en/articles/4936856): 1 token ~ 3/4 of an English word, 100 tokens ~ 75 words) x 30.44 days; source note: 'generating over 1 billion words each day'"
2023-11,,,,,,,,,,0.16,,,primary,"Scribd copy of O'Reilly report ('Generative AI in the Enterprise', 2023-11), original O'Reilly Media (Mike Loukides); https://www.scribd.com/document/689534655/Generative-AI-in-the-Enterprise","O'Reilly survey respondents (enterprises): share of respondents whose company builds on open-source models (fraction of respondents); scope: O'Reilly 'Generative AI in the Enterprise' survey (self-selected respondents); share of survey respondents, not of tokens or spend; self-selected O'Reilly readers; source note: Survey publisher's own figure; usage share of respondents, not tokens or spend"
2024-02-09,,1e+11,4.058e+12,,,,,1,1.3333,,,,primary,"Daily Mail News Today (quoting X post) ('Sam Altman claims ChatGPT is generating 100 billions words daily', 2024-02), original Sam Altman on X, 2024-02-09: 'openai now generates about 100 billion words per day'; https://www.thedailymailnewstoday.com/sam-altman-claims-chatgpt-is-generating-100-billions-words-daily/","OpenAI: words generated per day (words/day); scope: all OpenAI products (ChatGPT and API); tokens = words x 4/3 (OpenAI Help Center, 'What are tokens and how to count them?' (help.openai.com/en/articles/4936856): 1 token ~ 3/4 of an English word, 100 tokens ~ 75 words) x 30.44 days; output tokens only (input tokens not counted), so a floor of OpenAI's total tokens; source note: CEO statement quoted verbatim. Words, not tokens (about 1.3 tokens per English word); output only"
2024-05,9.7e+12,,,,,,,,,,,1,primary,"Gigazine (English) ('(article on Google token volumes; cited here only for the 2024 figure)', 2026-05-20), original Sundar Pichai, Google I/O keynotes (2025 and 2026) giving the year-earlier figure; https://wbgsv0a.gigazine.net/gsc_news/en/20260520-google-monthly-tokens-processed/","Google: tokens processed per month (tokens/month); scope: all Google products and APIs; source note: Company figure restated by press. Some accounts date it April 2024 (e.g. smithstephen.com). Input + output, all surfaces; published_after_2024: yes (stated in 2025; describes April/May 2024)"
2024-07,,,,5e+11,2.174e+12,,,,,,,1,tertiary,"Gigazine (English) ('What is AI being used for? Here's a report on the actual usage of 100 trillion tokens', 2025-12-08), original a16z & OpenRouter, 'State of AI: An Empirical 100 Trillion Token Study' (Dec 2025), chart of weekly volume; https://wbgsv0a.gigazine.net/gsc_news/en/20251208-empirical-100-trillion-token-study","OpenRouter: tokens routed per week (tokens/week); scope: OpenRouter platform only; describes 2024 as a whole (a reading of a chart); dated mid-year by convention; per month = per week x 30.44/7; source note: 'In 2024, the total number of tokens per week was about 500 billion' - a reading of a chart, approximate; published_after_2024: yes (published 2025; describes 2024)"
2024-07,,,,,,,,,,,0.19,1,tertiary,"Jasper Platz (G2 Venture Partners), 'The Future of Open Models' (blog, 2025), quoting verbatim Menlo Ventures, '2024: The State of Generative AI in the Enterprise' (2024); www.jasperplatz.com/post/the-future-of-open-models","Menlo Ventures enterprise survey, share of enterprise usage on open-source models in 2024: 'Closed-source solutions underpin the vast majority of usage with 81% market share, while open-source alternatives (led by Meta's Llama 3) hold steady at 19%, dropping just one percentage point from 2023.' Describes 2024, dated mid-year by convention. Share of usage as surveyed (not measured tokens). published_after_2024: the text read is a 2025 blog (the Menlo report itself is from 2024)"

"""#,
        "history/vesting.csv": #"""
# Equity instruments and vesting schedules by employer (shares of a grant vesting in years 1-4, cliff, frequency, liquidity terms). Cite per row.
# company_id: 1 OpenAI, 2 Anthropic, 10 Google, 11 Meta, 12 Microsoft, 13 Amazon, 14 Apple (README.md). Empty cell = not stated in the sources read. Refresh-grant policies were not found.
date,company_id,closed_lab,big_tech,releases_open_weights,vesting_years,vest_share_year1,vest_share_year2,vest_share_year3,vest_share_year4,cliff_months,vest_frequency_months,public_stock,tender_only_liquidity,growth_cap_multiple,sale_lockout_years,vested_units_cancellable,published_after_2024,quality,source,note
2021-05,10,0,1,0.5,4,0.33,0.33,0.22,0.12,0,1,1,,,,,,tertiary,"Future Wealth Daily (rewrite of Business Insider) ('Google just radically changed how it pays employees in stock', 2021-09-07), original Business Insider; Google spokesperson confirmed; https://futurewealthdaily.com/2021/09/07/google-just-radically-changed-how-it-pays-employees-in-stock-a-move-that-may-help-lure-talent-from-rivals-like-apple-and-facebook/",Google: RSUs (GSUs); observed 2021-05 (in force 2022-2024 per later reports); terms: Public stock; loading: front-loaded; source note: Applied globally from May 2021; previously even 25%/yr. Google piloted a 36% first-year schedule in 2019 (Realmi Central). Monthly split 2.75%/2.75%/1.83%/1% per month. No cliff: Blind users; refresh-grant policy: not in the sources read
2021-09,11,0,1,1,4,0.25,0.25,0.25,0.25,0,3,1,,,,,,tertiary,"Realmi Central (rewrite of Business Insider); Blind ('Google adjusts its equity allocation policy to help attract talent from Apple and Facebook', 2021-09-07), original Business Insider; employee posts; https://www.realmicentral.com/2021/09/07/google-adjusts-its-equity-allocation-policy-to-help-attract-talent-from-apple-and-facebook/","Meta: RSUs; observed 2021-09 (schedule); Blind thread undated; terms: Public stock; loading: even; source note: 'Facebook, Apple, and Microsoft continue to adopt ... 25% each year'; quarterly vesting from 3 months per a Blind thread (https://www.teamblind.com/article/why-Amazons-stock-vesting-schedule-seems-evil-XAq4tnzy); refresh-grant policy: not in the sources read"
2021-09,12,0,1,0.5,4,0.25,0.25,0.25,0.25,12,3,1,,,,,,tertiary,"Realmi Central; Blind ('Google adjusts its equity allocation policy ...; why Amazon's stock vesting schedule seems evil?', 2021-09-07), original Business Insider; employee posts; https://www.teamblind.com/article/why-Amazons-stock-vesting-schedule-seems-evil-XAq4tnzy",Microsoft: RSUs; observed 2021-09 (schedule); Blind thread undated; terms: Public stock; loading: even; refresh-grant policy: not in the sources read
2021-09,14,0,1,0,4,0.25,0.25,0.25,0.25,,,,,,,,,tertiary,"Realmi Central (rewrite of Business Insider) ('Google adjusts its equity allocation policy to help attract talent from Apple and Facebook', 2021-09-07), original Business Insider; https://www.realmicentral.com/2021/09/07/google-adjusts-its-equity-allocation-policy-to-help-attract-talent-from-apple-and-facebook/",Apple: RSUs; observed 2021-09; terms: ; loading: even; refresh-grant policy: not in the sources read
2022,13,0,1,0,4,0.05,0.15,0.4,0.4,,,1,,,,,1,tertiary,"AdvisorFinder (guide) ('Amazon stock compensation guide', 2025-10), original n/a; https://advisorfinder.com/resources-for-clients/amazon-stock-compensation-guide",Amazon: RSUs; observed 2022-2024 (standing schedule); standing schedule 2022-2024; dated 2022 (start of the stated span); published_after_2024: source dated 2025-10; terms: Public stock; sign-on cash bonus in years 1-2 offsets the back-loading (Blind); loading: back-loaded; cliff: not stated in source; vest frequency: not stated (the guide mentions a later move to quarterly vesting); source note: Describes the long-standing 5-15-40-40 schedule; guide published after 2024; refresh-grant policy: not in the sources read
2023-06,1,1,0,0,4,0.25,0.25,0.25,0.25,,,0,1,10,2,,,tertiary,"Hacker News / Reddit (quoting Levels.fyi blog) ('How OpenAI's unique equity compensation works', 2023-06), original Levels.fyi, 'How OpenAI's unique equity compensation works'; https://www.levels.fyi/blog/openai-compensation.html",OpenAI: Profit Participation Units (PPUs); observed 2023-06; terms: No ownership share; sold only in company-run tender offers (timing at company discretion); new hires may not sell in the first 2 years; value growth capped at 10x the grant value; loading: even; cliff: not stated in source; vest frequency: not stated; source note: Example offer: $2M PPU grant vesting evenly over 4 years. A tender offer in early 2023 let some early employees sell; refresh-grant policy: not in the sources read
2024-05,1,1,0,0,,,,,,,,0,,,,0,,secondary,"Cybernews (citing Bloomberg); Pixel Envy (quoting Vox, Altman) ('OpenAI walks back restrictions in employee exit contracts', 2024-05), original Vox (Kelsey Piper); Bloomberg; CNBC; https://cybernews.com/news/openai-sam-altman-exit-contracts-nondisparagement/","OpenAI: PPUs (exit terms); observed 2024-05; before the 2024-05 change, exit documents allowed cancelling vested units of staff who did not sign a non-disparagement agreement; after it OpenAI said it will not cancel vested units (encoded 0 from 2024-05); terms: Exit documents had a provision to cancel vested units if departing staff did not sign a non-disparagement agreement (Vox, May 2024); OpenAI then told former staff it 'has not canceled, and will not cancel, any Vested Units' and removed the clauses; staff who did not sign could be excluded from tender offers per Vox; source note: Altman: 'vested equity is vested equity, full stop'; refresh-grant policy: not in the sources read"
2024-06-30,2,1,0,0,,,,,,,,,,,,0,,primary,"GreaterWrong (mirror of LessWrong comment) ('Habryka's shortform feed (comment)', 2024-06-30), original Sam McCandlish (Anthropic co-founder), statement; https://greaterwrong.com/posts/EQJfdqSaMcJyR5k73/habryka-s-shortform-feed/comment/u3zcHATBjsqhtEfz7",Anthropic: equity (type and schedule not found in sources read); observed 2024-06-30; vesting schedule not found; co-founder statement that non-disparagement was never tied to vested equity; terms: Non-disparagement agreements were never tied to vested equity; standard non-disparagement terms removed from agreements from 2024-06-01; source note: Company statement by a co-founder. Vesting schedule itself not found; refresh-grant policy: not in the sources read

"""#,
        "model/capability.json5": #"""
// Capability of the best closed and open-weight models, the gap between them, and the two
// loops that move it: diffusion (balancing) and sponsor retreat (reinforcing against open).
{
  schema: 1,
  sector: "capability",
  doc: "Capability is an index in LMSys Chatbot Arena Elo-equivalent points, linear in log10 effective compute (fitted to shared/data/open_closed_benchmarks.csv). Effective compute is each side's own (physical × algorithms × data limit), raised for the side behind by distillation, which closes a share of the gap and never passes the teacher. The gap is log10 of closed over open effective compute; the lag in months looks back: how long ago closed capability stood at open's present level, read from the run's own history (the forward measure, gap ÷ present pace, is kept as capability_lag_forward_months). Diffusion closes the gap at a rate that grows with it. Three kinds of open developer fund the largest open runs, each releasing its weights or not by a switch with hysteresis: big-tech sponsors stop once a frontier-class run costs more than they will give away, which widens the gap (sponsor retreat).",

  // Who releases open-weight frontier runs, each with its own budget logic and release decision:
  // big-tech sponsors (Meta-like firms giving away a share of a closed-class run), state-backed
  // labs and public programmes, and startups and consortia funded from serving open models.
  // The lookback grid: quarters back from now, over which the backward lag is measured.
  dimensions: {
    open_developer: ["big_tech", "state", "startup"],
    lookback: ["q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09", "q10", "q11", "q12", "q13", "q14", "q15", "q16", "q17", "q18", "q19", "q20",
               "q21", "q22", "q23", "q24", "q25", "q26", "q27", "q28", "q29", "q30", "q31", "q32", "q33", "q34", "q35", "q36", "q37", "q38", "q39", "q40"],
  },

  stocks: {
    releasing: {
      dimensions: ["open_developer"],
      initial: "if(release_cost_ratio < release_stop_ratio, 1, 0)",
      inflows: ["release_change"],
      unit: "dimensionless",
      doc: "Whether each kind of open developer releases its frontier runs' weights (1) or keeps them (0), switching over release_switch_time.",
    },
  },

  flows: {
    release_change: {
      dimensions: ["open_developer"],
      equation: "(release_decision - releasing) / release_switch_time",
      unit: "1/year",
      doc: "Moves each developer's release state toward its decision.",
    },
  },

  auxiliaries: {
    own_effective_compute: {
      dimensions: ["lab"],
      equation: "frontier_compute * algorithmic_efficiency * data_limit_factor",
      unit: "FLOP",
      doc: "Physical compute of each side's largest run × its algorithmic efficiency × its data-limit factor (2025Q1-algorithm FLOP), before distillation.",
    },
    own_gap_oom: {
      equation: "log10(own_effective_compute[closed] / own_effective_compute[open])",
      unit: "dimensionless",
      doc: "Gap in orders of magnitude of own effective compute, closed over open, before distillation.",
    },
    distillation_multiplier: {
      dimensions: ["lab"],
      equation: "10 ^ (distillation_reach * max(-(capability_lead_sign * own_gap_oom), 0))",
      unit: "dimensionless",
      doc: "Distillation and imitation: the side behind trains on a stronger model's outputs and closes distillation_reach of the gap in orders of magnitude at no extra compute; below 1, so a student approaches and never passes its teacher (1 for the side ahead).",
    },
    effective_compute: {
      dimensions: ["lab"],
      equation: "own_effective_compute * distillation_multiplier",
      unit: "FLOP",
      doc: "Effective compute of each side's best model: its own (physical × algorithms × data limit) raised by distillation from the side ahead.",
    },
    capability: {
      dimensions: ["lab"],
      equation: "capability_at_reference_compute + capability_per_oom * log10(effective_compute / capability_reference_compute)",
      unit: "index",
      doc: "Capability of the best closed and the best open-weight model, in Arena Elo-equivalent points.",
    },
    capability_gap_index: {
      equation: "capability[closed] - capability[open]",
      unit: "index",
      doc: "Capability lead of the best closed model over the best open one, in Elo-equivalent points.",
    },
    capability_gap_oom: {
      equation: "log10(effective_compute[closed] / effective_compute[open])",
      unit: "dimensionless",
      doc: "Gap in orders of magnitude of effective compute, closed over open.",
    },
    physical_compute_gap_oom: {
      equation: "log10(frontier_compute[closed] / frontier_compute[open])",
      unit: "dimensionless",
      doc: "Gap in orders of magnitude of physical training compute (the observable part of the gap).",
    },
    closed_frontier_pace: {
      equation: "max(trend(effective_compute[closed], frontier_pace_smoothing_time, effective_compute_growth_at_start) / ln(10), minimum_frontier_pace)",
      unit: "1/year",
      doc: "Smoothed growth of closed effective compute in orders of magnitude a year (trend gives a continuous rate; ÷ ln 10), with a floor.",
    },
    capability_lag_forward_months: {
      equation: "capability_gap_oom / closed_frontier_pace * months_per_year",
      unit: "month",
      doc: "Forward-looking lag: months the closed frontier needs at its present pace to cover the gap (negative if open leads). It rises whenever the frontier slows, even while the gap shrinks; headlines use capability_lag_months.",
    },
    closed_capability_pace_before_start: {
      equation: "capability_per_oom * effective_compute_growth_at_start / ln(10)",
      unit: "index/year",
      doc: "How fast the closed frontier's capability rose before the run (Elo-equivalent points a year): its history before the start is taken as a straight line at this pace.",
    },
    closed_capability_detrended: {
      equation: "capability[closed] - closed_capability_pace_before_start * time",
      unit: "index",
      doc: "Closed capability less the pre-start trend line: constant before the start, so its delayed values are exact there.",
    },
    closed_capability_back: {
      dimensions: ["lookback"],
      equation: "delay_fixed(closed_capability_detrended, lookback_time, initial(closed_capability_detrended)) + closed_capability_pace_before_start * (time - lookback_time)",
      unit: "index",
      doc: "Closed capability lookback_time ago (from the run's own history; before the start, on the pre-start trend line).",
    },
    closed_capability_back_newer: {
      dimensions: ["lookback"],
      equation: "if(lookback_time > lookback_step, delay_fixed(closed_capability_detrended, lookback_time - lookback_step, initial(closed_capability_detrended)) + closed_capability_pace_before_start * (time - lookback_time + lookback_step), capability[closed])",
      unit: "index",
      doc: "Closed capability at the newer end of each lookback quarter (now, for the first).",
    },
    lag_quarter_share: {
      dimensions: ["lookback"],
      equation: "safediv(max(closed_capability_back_newer, closed_capability_back) - capability[open], abs(closed_capability_back_newer - closed_capability_back), if(max(closed_capability_back_newer, closed_capability_back) > capability[open], 1, 0))",
      unit: "dimensionless",
      doc: "Share of each lookback quarter in which closed capability was above open's current capability (closed capability taken as linear within the quarter); clamped by capability_lag_months.",
    },
    capability_lag_months: {
      equation: "months_per_year * lookback_step * sum(clamp(lag_quarter_share, 0, 1))",
      unit: "month",
      doc: "Backward lag, as Epoch AI measures it: how long ago the closed frontier had the open frontier's current capability, from the run's own history (for a rising frontier, the time spent above open's level over the last ten years; 0 when open leads, 120 at most).",
    },
    catch_up_rate: {
      dimensions: ["lab"],
      equation: "diffusion_rate * max(-(capability_lead_sign * capability_gap_oom), 0)",
      unit: "1/year",
      doc: "Diffusion loop (balancing for the gap): continuous rate at which the trailing side's efficiency catches up, proportional to how far behind it is in OOM (its lead is capability_lead_sign × capability_gap_oom); zero for the side ahead.",
    },
    architecture_shift_rate: {
      equation: "ln(architecture_breakthrough_gain) * pulse(architecture_breakthrough_time, architecture_breakthrough_duration) / architecture_breakthrough_duration",
      unit: "1/year",
      doc: "Spreads a new architecture's efficiency gain over its arrival window (zero when the gain is 1).",
    },
    architecture_lead_reset_rate: {
      equation: "breakthrough_lead_reset * max(ln(algorithmic_efficiency[closed] / algorithmic_efficiency[open]), 0) * pulse(architecture_breakthrough_time, architecture_breakthrough_duration) / architecture_breakthrough_duration",
      unit: "1/year",
      doc: "An openly published architecture makes part of closed labs' algorithmic lead obsolete: the log lead shrinks by exp(-breakthrough_lead_reset).",
    },
    frontier_class_open_run_cost: {
      equation: "frontier_training_cost[closed] * algorithmic_efficiency[closed] / algorithmic_efficiency[open] / compute_price_ratio[open]",
      unit: "$",
      doc: "What an open sponsor would pay to match the closed frontier's effective compute with its own algorithms and FLOP prices.",
    },
    sponsor_giveaway_limit: {
      equation: "sponsor_release_threshold * sponsor_threshold_growth ^ (time - initial(time))",
      unit: "$",
      doc: "Run cost the largest open sponsor will still give away as open weights, growing with sponsors' resources.",
    },
    sponsor_cost_ratio: {
      equation: "release_cost_ratio[big_tech]",
      unit: "dimensionless",
      doc: "Cost of a frontier-class open run over what big-tech sponsors will give away.",
    },
    release_cost_ratio: {
      dimensions: ["open_developer"],
      equation: "frontier_class_open_run_cost / release_cost_limit",
      unit: "dimensionless",
      doc: "Cost of a frontier-class open run over what each kind of developer will give away.",
    },
    release_cost_limit: {
      dimensions: ["open_developer"],
      unit: "$",
      doc: "Run cost each kind of open developer will still give away: big-tech sponsors' limit grows with their resources; state programmes release whatever they fund (no limit: 1e30); startups give away runs up to what serving open models earns them.",
      elements: {
        big_tech: "sponsor_giveaway_limit",
        state: "1e30",
        startup: "startup_release_revenue_multiple * open_serving_revenue",
      },
    },
    release_decision: {
      dimensions: ["open_developer"],
      equation: "if(release_cost_ratio > release_stop_ratio, 0, if(release_cost_ratio < release_resume_ratio, 1, int(releasing + 0.5)))",
      unit: "dimensionless",
      doc: "Release decision with hysteresis: stop once a frontier-class run costs more than release_stop_ratio × what the developer will give away, resume only below release_resume_ratio, else keep the present state.",
    },
    open_developer_budget: {
      dimensions: ["open_developer"],
      unit: "$",
      doc: "Largest run each kind of open developer funds: big-tech sponsors a share of the closed frontier's run cost (scaled by the returns to compute); state programmes their public budgets; startups and consortia a share of the revenue of serving open models.",
      elements: {
        big_tech: "open_sponsor_ambition * frontier_training_cost[closed] * compute_returns[open]",
        state: "public_open_run_budget",
        startup: "startup_run_share * open_serving_revenue * compute_returns[open]",
      },
    },
    released_open_budget: {
      dimensions: ["open_developer"],
      equation: "releasing * (1 - open_release_restriction * restriction_exposure) * open_developer_budget",
      unit: "$",
      doc: "Budget of each kind's largest run whose weights are released (policy restrictions bind sponsors and startups, not state programmes).",
    },
    sponsor_openness: {
      equation: "releasing[big_tech]",
      unit: "dimensionless",
      doc: "Sponsor retreat (reinforcing against open): whether the big-tech sponsors still release; less release → fewer open researchers and contributors → open algorithms fall behind → a frontier-class open run costs more → less release.",
    },
  },

  aliases: {
    effective_compute_closed: "effective_compute[closed]",
    effective_compute_open: "effective_compute[open]",
  },
}

"""#,
        "model/compute.json5": #"""
// Compute and cost: what the largest closed and open-weight training runs cost, how much
// compute they buy, and what limits them (money, data, power and chips).
{
  schema: 1,
  sector: "compute",
  doc: "Frontier training compute and its amortized cost. Closed labs spend reinvested revenue and outside capital on compute; a share of it funds training capacity, a stock of accelerators (in FLOP a year) ordered toward what spending pays for, built over a lead time and retired at the end of its life, and held back as it nears what power and chip supply allow (power and chips, balancing). Outside capital moves toward a multiple of closed revenue that rises with revenue growth and is bounded by what investors can carry. The largest closed run is a share of a year of installed training capacity; its amortized cost is that compute at today's FLOP per $. Effective compute (capability sector) multiplies in algorithmic efficiency and the data-limit factor: the data wall (wanted tokens ∝ √compute pass the usable stock, so returns to compute fall) lowers what a run is worth. Open-weight budgets follow what sponsors will give away (sponsor-retreat loop, capability sector) plus public funding.",

  // The two sides of the market for frontier models: closed labs, and the developers whose
  // largest runs are released with open weights.
  dimensions: { lab: ["closed", "open"] },

  stocks: {
    hardware_flop_per_dollar: {
      initial: "hardware_flop_per_dollar_start",
      inflows: ["hardware_progress"],
      unit: "FLOP/$",
      doc: "Training FLOP bought per dollar of amortized hardware and energy, at 2025Q1 utilization and number formats (hardware trend only).",
    },
    precision_utilization_factor: {
      initial: "precision_utilization_factor_start",
      inflows: ["precision_utilization_gain"],
      unit: "dimensionless",
      doc: "Multiplier on hardware FLOP per $ from lower-precision formats (FP8, FP4) and better utilization; 1 at 2025Q1, capped.",
    },
    algorithmic_efficiency: {
      dimensions: ["lab"],
      initial: "algorithmic_efficiency_start",
      inflows: ["algorithmic_progress", "algorithmic_diffusion", "architecture_shift"],
      unit: "dimensionless",
      doc: "Multiplier of physical compute from the algorithms of closed labs, and of those open-weight developers use, on one scale: 1 = closed labs' algorithms of 2025Q1.",
    },
    training_budget: {
      dimensions: ["lab"],
      initial: "training_budget_start",
      inflows: ["budget_change"],
      unit: "$",
      doc: "Amortized hardware and energy cost closed labs put into their largest training run; for open, the cost of the largest run whose weights are released openly.",
    },
    outside_capital: {
      initial: "outside_capital_start",
      inflows: ["outside_capital_change"],
      unit: "$/year",
      doc: "Compute spending of closed labs paid for by investors and parent firms rather than by model revenue.",
    },
    training_capacity: {
      initial: "training_budget_start[closed] * hardware_flop_per_dollar_start * precision_utilization_factor_start / largest_run_capacity_share",
      inflows: ["capacity_completion"],
      outflows: ["capacity_retirement"],
      unit: "FLOP/year",
      doc: "Installed training capacity of closed labs: the FLOP a year their training accelerators deliver (at 2025Q1 utilization and number formats); it starts where the start budget's run is its largest run.",
    },
    capacity_under_construction: {
      initial: "capacity_lead_time * max(desired_capacity_completion, 0)",
      inflows: ["capacity_orders"],
      outflows: ["capacity_completion"],
      unit: "FLOP/year",
      doc: "Training capacity ordered and not yet running (chips, buildings and power being delivered); it starts with a lead time's worth of the capacity that should come into service.",
    },
  },

  flows: {
    hardware_progress: {
      equation: "hardware_flop_per_dollar * ln(hardware_growth)",
      unit: "FLOP/$/year",
      doc: "Exponential improvement of hardware price-performance at hardware_growth a year.",
    },
    precision_utilization_gain: {
      equation: "precision_utilization_factor * ln(precision_utilization_growth) * max(1 - precision_utilization_factor / precision_utilization_cap, 0)",
      unit: "1/year",
      doc: "Gains from number formats and utilization, slowing to zero at the cap (utilization cannot pass 100%; formats stop halving).",
    },
    algorithmic_progress: {
      dimensions: ["lab"],
      equation: "algorithmic_efficiency * algorithmic_progress_rate",
      unit: "1/year",
      doc: "Each side's own algorithmic progress (talent → progress loop, talent sector): closed labs' from their researchers, open developers' from open-lab researchers and community contributors.",
    },
    algorithmic_diffusion: {
      dimensions: ["lab"],
      equation: "algorithmic_efficiency * catch_up_rate",
      unit: "1/year",
      doc: "Diffusion loop (balancing for the gap): published research, distillation and leaked weights raise the trailing side's efficiency faster the wider the gap. It runs both ways: if open models lead, closed labs catch up from published open work at the same rate.",
    },
    architecture_shift: {
      dimensions: ["lab"],
      equation: "algorithmic_efficiency * (architecture_shift_rate + lead_reset_share * architecture_lead_reset_rate)",
      unit: "1/year",
      doc: "A one-off step in efficiency when a new architecture arrives (zero unless architecture_breakthrough_gain > 1); when it is published, open developers also gain the part of the closed lead it makes obsolete (lead_reset_share).",
    },
    budget_change: {
      dimensions: ["lab"],
      equation: "training_budget * ln(budget_target / training_budget) / budget_adjustment_time",
      unit: "$/year",
      doc: "Each budget moves toward its target in proportion (log-linear adjustment, so it stays positive): the closed one toward what compute spending funds, the open one toward what sponsors and public funders will spend on a released run.",
    },
    outside_capital_change: {
      equation: "outside_capital * ln(outside_capital_target / outside_capital) / funding_adjustment_time",
      unit: "$/year^2",
      doc: "Investor and parent-firm funding of closed labs' compute moves toward what investors will put in (log-linear adjustment over funding rounds).",
    },
    capacity_orders: {
      equation: "max(desired_capacity_completion * (1 + expected_capacity_growth * capacity_lead_time) + (capacity_lead_time * desired_capacity_completion - capacity_under_construction) / capacity_adjustment_time, 0)",
      unit: "FLOP/year^2",
      doc: "Stock management with a supply line (Sterman 2000, ch. 17): order what should come into service, grown over the lead time at the expected growth, plus what keeps a lead time's worth of it on order; never negative (built capacity is not sold back).",
    },
    capacity_completion: {
      equation: "delay3(capacity_orders, capacity_lead_time, max(desired_capacity_completion, 0))",
      unit: "FLOP/year^2",
      doc: "Capacity coming into service a build lead time after it was ordered (a third-order delay: orders pass through chip delivery, building and power connection, so almost nothing arrives at once).",
    },
    capacity_retirement: {
      equation: "training_capacity / hardware_lifetime",
      unit: "FLOP/year^2",
      doc: "Capacity retired at the end of the accelerators' useful life.",
    },
  },

  auxiliaries: {
    training_flop_per_dollar: {
      equation: "hardware_flop_per_dollar * precision_utilization_factor",
      unit: "FLOP/$",
      doc: "FLOP a frontier run gets per dollar: hardware trend × format and utilization factor.",
    },
    frontier_compute: {
      dimensions: ["lab"],
      equation: "training_budget * training_flop_per_dollar * compute_price_ratio",
      unit: "FLOP",
      doc: "Physical training compute of the largest closed and the largest open-weight run (open sponsors get fewer FLOP per $ than the largest closed labs: compute_price_ratio).",
    },
    frontier_training_cost: {
      dimensions: ["lab"],
      equation: "training_budget",
      unit: "$",
      doc: "Amortized hardware and energy cost of the largest closed and the largest open-weight run (2023 $).",
    },
    closed_revenue_growth: {
      equation: "trend(closed_revenue, revenue_growth_averaging_time, adoption_rate)",
      unit: "1/year",
      doc: "Growth of closed revenue as investors read it: its trend over the averaging time (a continuous rate).",
    },
    outside_capital_demand: {
      equation: "outside_funding_multiple * closed_revenue * exp(funding_growth_response * (closed_revenue_growth - ln(funding_reference_growth)))",
      unit: "$/year",
      doc: "What investors would put into closed labs' compute a year: a multiple of revenue that rises with revenue growth (expected returns) and falls as growth slows.",
    },
    investor_capacity: {
      equation: "investor_capacity_start * investor_capacity_growth ^ (time - initial(time))",
      unit: "$/year",
      doc: "The most that investors and parent firms can carry a year.",
    },
    outside_capital_target: {
      equation: "outside_capital_demand * (1 + (outside_capital_demand / investor_capacity) ^ funding_limit_sharpness) ^ (-1 / funding_limit_sharpness)",
      unit: "$/year",
      doc: "Investor demand bounded by what investors can carry (a soft minimum of the two).",
    },
    outside_capital_growth_rate: {
      equation: "outside_capital_change / outside_capital",
      unit: "1/year",
      doc: "Continuous growth rate of outside capital.",
    },
    closed_compute_spending: {
      equation: "revenue_reinvestment_share * closed_revenue + outside_capital",
      unit: "$/year",
      doc: "Revenue → compute loop (reinforcing): compute spending of closed labs = reinvested model revenue + outside capital, for training and serving.",
    },
    closed_training_spending: {
      equation: "training_compute_share * closed_compute_spending",
      unit: "$/year",
      doc: "The part of closed labs' compute spending that pays for training capacity (the rest serves users).",
    },
    funded_training_capacity: {
      equation: "closed_training_spending * training_flop_per_dollar",
      unit: "FLOP/year",
      doc: "Training capacity that training spending keeps installed (FLOP per $ are per amortized dollar, so $1 a year holds FLOP-per-$ FLOP a year).",
    },
    closed_funding_budget: {
      equation: "largest_run_capacity_share * funded_training_capacity / training_flop_per_dollar",
      unit: "$",
      doc: "What the largest run would cost if installed capacity matched what spending pays for.",
    },
    feasible_run_compute: {
      equation: "feasible_run_compute_2030 * power_supply_growth ^ (time - feasible_run_reference_year)",
      unit: "FLOP",
      doc: "Largest run that power and chip supply allow at this date (2e29 FLOP in 2030, growing with power build-out).",
    },
    feasible_training_capacity: {
      equation: "feasible_run_compute / largest_run_capacity_share",
      unit: "FLOP/year",
      doc: "Training capacity whose largest run is the largest feasible run.",
    },
    desired_training_capacity: {
      equation: "funded_training_capacity * (1 + (funded_training_capacity / feasible_training_capacity) ^ power_limit_sharpness) ^ (-1 / power_limit_sharpness)",
      unit: "FLOP/year",
      doc: "Power and chips loop (balancing): the capacity closed labs order toward, a soft minimum of what spending pays for and what power and chip supply allow, so capacity growth slows near the ceiling.",
    },
    power_feasible_budget: {
      equation: "feasible_run_compute / training_flop_per_dollar",
      unit: "$",
      doc: "Budget that would buy the largest feasible run at today's FLOP per $.",
    },
    power_limit_share: {
      equation: "frontier_compute[closed] / feasible_run_compute",
      unit: "dimensionless",
      doc: "How close the largest closed run is to what power and chips allow (1 = at the limit).",
    },
    desired_capacity_completion: {
      equation: "capacity_retirement + (desired_training_capacity * (1 + expected_capacity_growth * capacity_adjustment_time) - training_capacity) / capacity_adjustment_time",
      unit: "FLOP/year^2",
      doc: "Capacity that should come into service: replacements plus the gap between installed capacity and where desired capacity is heading (grown over the adjustment time), closed over the adjustment time.",
    },
    expected_capacity_growth: {
      equation: "trend(desired_training_capacity, revenue_growth_averaging_time, ln(capacity_growth_at_start))",
      unit: "1/year",
      doc: "Growth of desired capacity as planners read it (its trend), used to order ahead of demand.",
    },
    largest_run_capacity: {
      equation: "largest_run_capacity_share * training_capacity",
      unit: "FLOP",
      doc: "Compute the largest cluster delivers over a run: a share of a year of closed labs' installed training capacity (cluster share × run duration × utilization).",
    },
    budget_target: {
      dimensions: ["lab"],
      unit: "$",
      doc: "Where each budget is heading. Closed: what the largest cluster delivers at today's FLOP per $, scaled by the returns to compute (data wall loop). Open: the largest released run of the three kinds of open developer (capability sector); never below a floor of small open releases.",
      elements: {
        closed: "compute_returns[closed] * largest_run_capacity / training_flop_per_dollar",
        open: "max(released_open_budget[big_tech], released_open_budget[state], released_open_budget[startup], minimum_open_run_budget)",
      },
    },
    wanted_training_tokens: {
      dimensions: ["lab"],
      equation: "sqrt(frontier_compute * tokens_per_parameter / training_flop_per_parameter_token)",
      unit: "token",
      doc: "Dataset each side's largest run wants: C = 6·N·D with D = r·N tokens per parameter gives D = √(r·C/6).",
    },
    usable_training_tokens: {
      equation: "data_stock_tokens * data_reuse_factor * (1 + synthetic_data_max_multiple * synthetic_data_maturity(time))",
      unit: "token",
      doc: "Usable training tokens: public human text × multi-epoch reuse, plus synthetic data as it matures.",
    },
    data_pressure: {
      dimensions: ["lab"],
      equation: "wanted_training_tokens / (usable_training_tokens * data_access_share)",
      unit: "dimensionless",
      doc: "Wanted over usable tokens for each side's largest run (above 1 = past the data wall); open developers reach less licensed data (data_access_share).",
    },
    data_limit_factor: {
      dimensions: ["lab"],
      equation: "(1 + data_pressure ^ data_wall_sharpness) ^ (-data_wall_penalty / data_wall_sharpness)",
      unit: "dimensionless",
      doc: "Data wall (balancing): effective-compute multiplier, 1 well below the wall, falling as pressure^-penalty beyond it.",
    },
    compute_returns: {
      dimensions: ["lab"],
      equation: "1 - data_wall_penalty / 2 * data_pressure ^ data_wall_sharpness / (1 + data_pressure ^ data_wall_sharpness)",
      unit: "dimensionless",
      doc: "Data wall loop: elasticity of effective to physical compute (½ because wanted tokens grow as √compute); lowers the budgets of closed labs and of open sponsors.",
    },
    data_stock_used_share: {
      equation: "wanted_training_tokens[closed] / data_stock_tokens",
      unit: "dimensionless",
      doc: "Wanted tokens of the largest closed run over the stock of public human text (1 = the stock is fully used).",
    },
  },

  aliases: {
    frontier_compute_closed: "frontier_compute[closed]",
    frontier_compute_open: "frontier_compute[open]",
    frontier_training_cost_closed: "frontier_training_cost[closed]",
    frontier_training_cost_open: "frontier_training_cost[open]",
  },
}

"""#,
        "model/market.json5": #"""
// Token demand, prices, and the open-weight share of two segments: frontier tasks and the
// long tail of narrow tasks.
{
  schema: 1,
  sector: "market",
  doc: "Spending on language models grows with adoption (a logistic diffusion toward the addressable spending) and with frontier capability; tokens are spending ÷ average price, so cheaper tokens mean more volume. Volume splits into frontier tasks, which want the best model, and the long tail of narrow tasks, served by small and fine-tuned models. A model's price per million tokens is its serving cost (size from its training compute, over hardware FLOP per $ and inference efficiency) times a margin: closed providers' rises with their capability lead, open hosts compete to a thin one; no price falls below serving cost. The open share of each segment moves, with an adoption delay, toward a logit target set by the price ratio, capability adequacy, the value enterprises put on control, and a preference for several models after provider disruptions. Closed revenue feeds closed training spending (revenue → compute, reinforcing); as frontier prices rise relative to open ones, price-sensitive volume moves to open models (cost sensitivity, balancing).",

  // Frontier tasks, which want the best model, and the long tail of narrow tasks, which small
  // and fine-tuned models can serve. A segment differs only in its parameters: its start
  // share, how much the capability gap costs open models there, whether fine-tuning helps,
  // whether prices follow the gap, and how many price tiers below the frontier it is served.
  dimensions: { segment: ["frontier", "long_tail"] },

  stocks: {
    adoption: {
      initial: "llm_spending_start / addressable_spending_start",
      inflows: ["adoption_growth"],
      unit: "dimensionless",
      doc: "Share of the work language models could do that has adopted them (logistic diffusion: adopters bring adopters, until the addressable work is taken).",
    },
    inference_efficiency: {
      initial: "1",
      inflows: ["inference_efficiency_gain"],
      unit: "dimensionless",
      doc: "Tokens served per FLOP of a model of given size, relative to the start: quantization, sparse experts, caching and speculative decoding.",
    },
    open_share: {
      dimensions: ["segment"],
      initial: "open_share_start",
      inflows: ["open_share_change"],
      unit: "dimensionless",
      doc: "Open-weight share of the tokens of each segment: frontier tasks, and the long tail of narrow, specialized tasks.",
    },
  },

  flows: {
    adoption_growth: {
      equation: "adoption_rate * adoption * (1 - adoption)",
      unit: "1/year",
      doc: "Adoption spreads by word of mouth and imitation (Bass without the innovation term): fast while few have adopted, slowing as the addressable work is taken.",
    },
    inference_efficiency_gain: {
      equation: "inference_efficiency * ln(inference_efficiency_growth)",
      unit: "1/year",
      doc: "Exponential gains in serving efficiency.",
    },
    open_share_change: {
      dimensions: ["segment"],
      equation: "(open_share_target - open_share) / open_adoption_time",
      unit: "1/year",
      doc: "Adoption delay: each segment's open share moves toward its target.",
    },
  },

  auxiliaries: {
    frontier_oom_gained: {
      equation: "log10(effective_compute[closed] / initial(effective_compute[closed]))",
      unit: "dimensionless",
      doc: "Orders of magnitude of effective compute the closed frontier has gained since the start.",
    },
    addressable_spending: {
      equation: "addressable_spending_start * addressable_spending_growth ^ (time - initial(time))",
      unit: "$/year",
      doc: "What users would spend a year on language-model tokens at 2025Q1 frontier capability once adoption is complete.",
    },
    llm_spending_potential: {
      equation: "addressable_spending * adoption",
      unit: "$/year",
      doc: "What users spend a year on language-model tokens at 2025Q1 frontier capability: the addressable spending × adoption.",
    },
    ai_market_revenue: {
      equation: "llm_spending_potential * 10 ^ (capability_value_exponent * frontier_oom_gained / (1 + max(frontier_oom_gained, 0) / capability_value_saturation_oom))",
      unit: "$/year",
      doc: "All spending on language-model tokens: adoption × the value of frontier capability (capability earns revenue): capability_value_exponent orders of magnitude of spending per order of effective compute at first, saturating as gains pass capability_value_saturation_oom (the tasks better models unlock run out).",
    },
    task_share: {
      dimensions: ["segment"],
      unit: "dimensionless",
      doc: "Share of token demand in each segment: frontier tasks, and the long tail, which is the rest.",
      elements: {
        frontier: "frontier_task_share",
        long_tail: "1 - frontier_task_share",
      },
    },
    closed_spend_per_token: {
      equation: "sum(task_share * (1 - open_share) / frontier_price_premium ^ tiers_below_frontier)",
      unit: "dimensionless",
      doc: "Spending on closed models per token of demand, in units of the closed frontier price (each segment served at its tier's price).",
    },
    open_spend_per_token: {
      equation: "sum(task_share * open_share / (frontier_price_premium ^ tiers_below_frontier * price_ratio))",
      unit: "dimensionless",
      doc: "Spending on open models per token of demand, in units of the closed frontier price.",
    },
    closed_revenue_share: {
      equation: "closed_spend_per_token / (closed_spend_per_token + open_spend_per_token)",
      unit: "dimensionless",
      doc: "Share of spending on language models that goes to closed providers.",
    },
    blended_token_price: {
      equation: "frontier_price[closed] * (closed_spend_per_token + open_spend_per_token)",
      unit: "$/Mtok",
      doc: "Average price paid per million tokens across segments and providers.",
    },
    token_demand: {
      equation: "ai_market_revenue / blended_token_price",
      unit: "Mtok/year",
      doc: "Tokens processed a year, all providers (millions): spending ÷ average price, so falling prices raise volume.",
    },
    tokens: {
      dimensions: ["segment"],
      equation: "token_demand * task_share",
      unit: "Mtok/year",
      doc: "Tokens of each segment: frontier tasks, which need the best available model; the long tail of narrow tasks, which small and fine-tuned models can serve.",
    },
    frontier_model_parameters: {
      dimensions: ["lab"],
      equation: "sqrt(frontier_compute / (training_flop_per_parameter_token * tokens_per_parameter))",
      unit: "dimensionless",
      doc: "Parameters of each side's largest model: C = 6·N·D with D = r·N gives N = √(C / (6·r)); serving cost per token grows with it.",
    },
    serving_cost: {
      dimensions: ["lab"],
      equation: "closed_serving_cost_start * (frontier_model_parameters / initial(frontier_model_parameters[closed])) / (training_flop_per_dollar / initial(training_flop_per_dollar)) / inference_efficiency",
      unit: "$/Mtok",
      doc: "Serving cost per million tokens of each side's best model: its size (2 FLOP per parameter per token) over hardware FLOP per $ and inference efficiency.",
    },
    closed_markup: {
      equation: "competitive_markup + lead_markup_per_oom * max(capability_gap_oom, 0)",
      unit: "dimensionless",
      doc: "Closed providers' margin over serving cost: what competition leaves everyone, plus what the capability lead over open models lets them charge.",
    },
    price_markup: {
      dimensions: ["lab"],
      unit: "dimensionless",
      doc: "Margin over serving cost: closed providers add the lead margin; hosts of open models compete one another down to the competitive margin.",
      elements: {
        closed: "closed_markup",
        open: "competitive_markup",
      },
    },
    closed_serving_cost_start: {
      equation: "price_closed_frontier_start / (1 + initial(closed_markup))",
      unit: "$/Mtok",
      doc: "Serving cost of the best closed model at the start: its price less the margin.",
    },
    frontier_price: {
      dimensions: ["lab"],
      equation: "serving_cost * (1 + price_markup)",
      unit: "$/Mtok",
      doc: "Price of the best closed and the best open model: serving cost times one plus the margin, so never below serving cost.",
    },
    long_tail_price: {
      dimensions: ["lab"],
      equation: "frontier_price[closed] / frontier_price_premium * (1 + price_markup) / (1 + closed_markup)",
      unit: "$/Mtok",
      doc: "Price of the models serving the long tail: closed providers' cheaper tier, frontier_price_premium below their frontier; open small models of that tier at the competitive margin.",
    },
    price_ratio: {
      dimensions: ["segment"],
      unit: "dimensionless",
      doc: "Closed over open price in each segment. Frontier: the best closed over the best open price, rising with the gap (larger model, higher margin) and moving price-sensitive volume to open models (cost sensitivity, balancing). Long tail: similar models, closed adds its margin.",
      elements: {
        frontier: "frontier_price[closed] / frontier_price[open]",
        long_tail: "(1 + closed_markup) / (1 + competitive_markup)",
      },
    },
    price_decline_index: {
      equation: "(algorithmic_efficiency[closed] / initial(algorithmic_efficiency[closed])) ^ (-0.5) / (training_flop_per_dollar / initial(training_flop_per_dollar)) / inference_efficiency",
      unit: "dimensionless",
      doc: "Serving cost of a fixed capability relative to the start: the model needed shrinks as algorithms improve (√ of the compute), and hardware and inference efficiency cut the cost per parameter.",
    },
    provider_disruption_memory: {
      equation: "smooth(provider_disruption, disruption_memory_time) * disruption_memory_time",
      unit: "dimensionless",
      doc: "Provider crises enterprises still remember (each crisis decays over disruption_memory_time).",
    },
    multi_model_utility: {
      equation: "multi_model_preference + disruption_response * provider_disruption_memory",
      unit: "dimensionless",
      doc: "Extra utility of open models from wanting several providers (concentration risk after disruptions).",
    },
    open_utility: {
      dimensions: ["segment"],
      equation: "enterprise_control_value - closed_convenience_value + price_sensitivity * ln(price_ratio) - adequacy_penalty * capability_gap_oom + fine_tuning_advantage * fine_tuning_exposure + multi_model_utility",
      unit: "dimensionless",
      doc: "Logit utility of open over closed in each segment: control, convenience, price ratio (cost sensitivity, balancing), capability shortfall (which matters less in the long tail), the fit of fine-tuned small models to narrow tasks, multi-model.",
    },
    open_share_target: {
      dimensions: ["segment"],
      equation: "1 / (1 + exp(-open_utility))",
      unit: "dimensionless",
      doc: "Open share of each segment's tokens the market would settle at now.",
    },
    open_share_tokens: {
      equation: "sum(task_share * open_share)",
      unit: "dimensionless",
      doc: "Open-weight share of all tokens.",
    },
    closed_revenue: {
      equation: "ai_market_revenue * closed_revenue_share",
      unit: "$/year",
      doc: "Revenue of closed model providers from both segments.",
    },
    open_serving_revenue: {
      equation: "ai_market_revenue - closed_revenue",
      unit: "$/year",
      doc: "Spending on serving open-weight models (hosting providers and self-hosting).",
    },
  },

  aliases: {
    open_share_frontier: "open_share[frontier]",
    open_share_long_tail: "open_share[long_tail]",
    price_closed_frontier: "frontier_price[closed]",
    price_open: "frontier_price[open]",
  },
}

"""#,
        "model/talent.json5": #"""
// Developers, ML practitioners and frontier researchers by employer; flows between them; pay.
{
  schema: 1,
  sector: "talent",
  doc: "People move along conserved flows: new developers enter; developers upskill into ML engineering (faster when open models and tools spread and when research pay rises); ML engineers are promoted into the frontier-research job market; new PhDs start in academia, whose departures feed the job market; each employer (closed labs, open-weight labs, big-tech AI organisations, applied industry, academia) hires from that market in proportion to its openings × its attractiveness (relative pay, freedom to publish, remote work, capability lead), never more than its openings; researchers leave back into the market through turnover and layoffs; job seekers who are not hired return to ML engineering; developers and ML engineers leave through attrition. Each employer wants staff budget ÷ pay researchers; pay moves toward the level that clears that demand (wage pressure, balancing). Researchers and community contributors drive algorithmic progress with diminishing returns (talent → progress, reinforcing).",

  // Who employs frontier researchers. Each employer differs only in its parameters: start
  // staff and pay, staff budget and what funds it, pay elasticity, freedom to publish, remote
  // work, whether the closed lead draws or repels researchers, which side's algorithms its
  // researchers advance, and whether new PhDs start there.
  dimensions: {
    employer: ["closed", "open", "big_tech", "applied", "academia"],
    // What staff budgets follow: the largest closed and open runs' budgets, spending on
    // language models, academic funding.
    funding: ["closed_runs", "open_runs", "llm_spending", "academic_funding"],
    // Pay levels on the common ladder of assumptions/history/pay.csv: early career (L3, new
    // PhD or new graduate), mid (L4), senior (L5), staff (L6), principal and above (L7+).
    // Company ladders map to it as pay.csv's rows state (Levels.fyi levels for applied industry
    // and closed labs; "new researcher" at closed labs is L3-L4); open-weight labs and academia
    // have no level data in the sources read, so their mapping (postdoc or junior faculty early,
    // assistant professor mid, associate senior, full professor staff, chair principal) is judgement.
    level: ["early", "mid", "senior", "staff", "principal"],
    // Parts of a year's pay: base salary, cash bonus, equity per year at grant value.
    component: ["base", "bonus", "equity"],
    // What a grant of equity is: private lab units or options (value follows the closed labs'
    // revenue, sold only in tender offers), public stock (follows a stated market path),
    // startup options (a wide spread of outcomes, many worthless), none (academia).
    equity_kind: ["lab_units", "public_stock", "startup_options", "none"],
    // Vesting schedules of a four-year grant, by the share vesting in each year.
    vesting_schedule: ["even", "front_loaded", "back_loaded"],
    vest_year: ["year1", "year2", "year3", "year4"],
    // Where a job is: the pay cells are the market of the frontier hubs (the companies of
    // history/pay.csv are mostly in the San Francisco Bay Area); elsewhere pay is scaled by
    // pay_location_factor. A user may add a location with its factor.
    location: ["bay_area", "seattle", "new_york", "zurich", "london", "tel_aviv", "vancouver", "sydney"],
  },

  stocks: {
    software_developers: {
      initial: "software_developers_start",
      inflows: ["developer_entry"],
      outflows: ["developer_exit", "upskilling"],
      unit: "people",
      doc: "Professional software developers worldwide who are not ML practitioners.",
    },
    ml_engineers: {
      initial: "ml_practitioners_start - researcher_job_market_start - sum(researchers_start[*])",
      inflows: ["ml_graduate_entry", "upskilling", "researcher_return"],
      outflows: ["ml_exit", "researcher_promotion"],
      unit: "people",
      doc: "ML engineers and researchers outside frontier research.",
    },
    researcher_job_market: {
      initial: "researcher_job_market_start",
      inflows: ["researcher_promotion", "departures"],
      outflows: ["hires", "researcher_return"],
      unit: "people",
      doc: "Frontier researchers between employers or entering frontier research (the job market): every employer's departures enter it, every employer's hires leave it.",
    },
    researchers: {
      dimensions: ["employer"],
      initial: "researchers_start",
      inflows: ["phd_entry", "hires"],
      outflows: ["departures"],
      unit: "people",
      doc: "Frontier researchers at each employer: closed labs, open-weight labs, big-tech AI organisations outside both (Microsoft, Amazon, Apple, Nvidia and others), applied industry (startups and enterprises), academia.",
    },
    comp: {
      dimensions: ["employer"],
      initial: "comp_start",
      inflows: ["comp_change"],
      unit: "$/people/year",
      doc: "Typical total pay of a frontier researcher at each employer: the median total pay of the mid level (pay_median_total[employer, mid]), which the other levels follow.",
    },
    community_contributors: {
      initial: "community_contributors_start",
      inflows: ["contributor_joining"],
      outflows: ["contributor_lapse"],
      unit: "people",
      doc: "Active community contributors to open models (part-time; their day jobs are counted in the other stocks).",
    },
  },

  flows: {
    developer_entry: {
      equation: "developer_entry_rate",
      unit: "people/year",
      doc: "New professional developers (boundary inflow).",
    },
    developer_exit: {
      equation: "software_developers * developer_exit_rate",
      unit: "people/year",
      doc: "Developers retiring or leaving the profession (boundary outflow).",
    },
    upskilling: {
      equation: "software_developers * upskilling_rate * open_tool_access * research_pay_pull",
      unit: "people/year",
      doc: "Developers retraining into ML, faster when open models spread and when pay rises (wage pressure loop).",
    },
    ml_graduate_entry: {
      equation: "ml_graduate_entry_rate",
      unit: "people/year",
      doc: "New graduates entering ML engineering directly (boundary inflow).",
    },
    ml_exit: {
      equation: "ml_engineers * ml_exit_rate",
      unit: "people/year",
      doc: "ML engineers retiring or leaving the field (boundary outflow).",
    },
    researcher_promotion: {
      equation: "ml_engineers * promotion_rate * research_pay_pull",
      unit: "people/year",
      doc: "ML engineers moving into the frontier-research job market, more when research pay rises (wage pressure loop).",
    },
    phd_entry: {
      dimensions: ["employer"],
      equation: "phd_graduate_rate * academia_funding_index * phd_entry_share",
      unit: "people/year",
      doc: "New ML PhDs staying on as researchers (boundary inflow), scaled with academic funding: in academia, as postdocs and junior faculty (phd_entry_share).",
    },
    researcher_return: {
      equation: "researcher_pool_capacity - sum(hires[*])",
      unit: "people/year",
      doc: "Job seekers who finish a search without a research job (or choose to leave) and return to ML engineering.",
    },
    hires: {
      dimensions: ["employer"],
      equation: "min(hiring_demand, researcher_supply * safediv(hiring_weight, total_hiring_weight, 0))",
      unit: "people/year",
      doc: "Hires by each employer: its share of the job seekers, weighted by attractiveness, never more than its openings.",
    },
    departures: {
      dimensions: ["employer"],
      equation: "researchers * researcher_turnover_rate + max(researchers - desired_researchers, 0) / layoff_time",
      unit: "people/year",
      doc: "Researchers leaving each employer for the job market: turnover plus layoffs when over budget (e.g. open-weight labs when sponsors retreat and staff budgets shrink).",
    },
    comp_change: {
      dimensions: ["employer"],
      equation: "comp * (researcher_demand_ratio ^ pay_elasticity - 1) / wage_adjustment_time",
      unit: "$/people/year^2",
      doc: "Wage pressure (balancing): each employer's pay moves toward the level at which its staff budget buys the staff it has.",
    },
    contributor_joining: {
      equation: "ml_practitioners * contributor_join_rate * contributor_attraction",
      unit: "people/year",
      doc: "Practitioners who start contributing to open models, more when open models are near the frontier (boundary inflow).",
    },
    contributor_lapse: {
      equation: "community_contributors * contributor_lapse_rate",
      unit: "people/year",
      doc: "Contributors who stop contributing (boundary outflow).",
    },
  },

  auxiliaries: {
    pay_median_total: {
      dimensions: ["employer", "level"],
      equation: "comp * pay_level_ratio",
      unit: "$/people/year",
      doc: "Median total pay (base + bonus + equity per year at grant value) at each employer and level: the employer's wage pressure on comp moves every level alike (comp is the mid level).",
    },
    comp_at_location: {
      dimensions: ["employer", "location"],
      equation: "comp * pay_location_factor",
      unit: "$/people/year",
      doc: "Median total pay of the mid level at each employer in each location: the cell's pay scaled by the location's factor (pay_location_factor); `forecast offer` scales an offer's market band the same way.",
    },
    pay_p10: {
      dimensions: ["employer", "level"],
      equation: "pay_median_total * exp(-1.2815515655446004 * pay_spread)",
      unit: "$/people/year",
      doc: "10th percentile of total pay at each employer and level: pay within a cell is lognormal around the median with log-spread pay_spread.",
    },
    pay_p90: {
      dimensions: ["employer", "level"],
      equation: "pay_median_total * exp(1.2815515655446004 * pay_spread)",
      unit: "$/people/year",
      doc: "90th percentile of total pay at each employer and level (lognormal, as pay_p10).",
    },
    pay_median: {
      dimensions: ["employer", "level", "component"],
      equation: "pay_median_total * pay_component_share / sum(pay_component_share[employer, *])",
      unit: "$/people/year",
      doc: "Median of each pay component at each employer and level: total pay split by the employer's component weights (pay_component_share over their sum); pay within a cell is lognormal with median pay_median and log-spread pay_spread, so P10 = median × exp(−1.2816 × spread) and P90 = median × exp(1.2816 × spread).",
    },
    equity_price_index: {
      dimensions: ["equity_kind"],
      unit: "dimensionless",
      doc: "Value of one unit of each kind of equity relative to the start: lab units follow the closed labs' valuation, which follows closed revenue (lab_valuation_revenue_elasticity) at a multiple that rises with its growth (lab_valuation_growth_response, on closed_revenue_growth, as investors read it); public stock follows its stated market path (public_stock_growth); startup options follow spending on language models (startup_valuation_elasticity), before outcome risk; no equity is worth nothing.",
      elements: {
        lab_units: "(closed_revenue / initial(closed_revenue)) ^ lab_valuation_revenue_elasticity * exp(lab_valuation_growth_response * (closed_revenue_growth - initial(closed_revenue_growth)))",
        public_stock: "public_stock_growth ^ (time - initial(time))",
        startup_options: "(ai_market_revenue / initial(ai_market_revenue)) ^ startup_valuation_elasticity",
        none: "0",
      },
    },
    equity_liquidity_price: {
      dimensions: ["equity_kind"],
      equation: "if((time - initial(time) + dt / 2) mod equity_liquidity_interval < dt, equity_price_index, previous(equity_liquidity_price, 1))",
      unit: "dimensionless",
      doc: "Unit price at the last liquidity event: equity_price_index taken at the start and every equity_liquidity_interval after it (a tender offer for lab units, a quarterly vest for public stock, an exit for startup options) and held until the next.",
    },
    equity_realisable_index: {
      dimensions: ["equity_kind"],
      equation: "equity_liquidity_price * (1 - equity_liquidity_discount) * (1 - equity_failure_probability)",
      unit: "dimensionless",
      doc: "Expected cash value, relative to the start's unit price, of one unit of each kind of equity vesting now: the price at the last liquidity event, less the liquidity discount, times the chance the company does not fail.",
    },
    equity_realisable_p10: {
      dimensions: ["equity_kind"],
      equation: "equity_realisable_index * exp(-1.2815515655446004 * sqrt(equity_outcome_variance * (time - initial(time))))",
      unit: "dimensionless",
      doc: "10th percentile of one company's equity around the expected path (lognormal with log-variance equity_outcome_variance per year since the start; failures aside).",
    },
    equity_realisable_p90: {
      dimensions: ["equity_kind"],
      equation: "equity_realisable_index * exp(1.2815515655446004 * sqrt(equity_outcome_variance * (time - initial(time))))",
      unit: "dimensionless",
      doc: "90th percentile of one company's equity around the expected path (as equity_realisable_p10).",
    },
    employer_equity_index: {
      dimensions: ["employer"],
      equation: "sum(equity_kind_of_employer[employer, *] * equity_realisable_index[*])",
      unit: "dimensionless",
      doc: "What a dollar of equity granted at the start by each employer is expected to realise when it vests now, by the employer's kind of equity (equity_kind_of_employer).",
    },
    vest_year_active: {
      dimensions: ["vest_year"],
      equation: "pulse(initial(time) + vest_year_offset, 1)",
      unit: "dimensionless",
      doc: "1 during each year of a grant made at the start, else 0.",
    },
    vest_year_done: {
      dimensions: ["vest_year"],
      equation: "step(1, initial(time) + vest_year_offset + 1)",
      unit: "dimensionless",
      doc: "1 once each year of a grant made at the start is over, else 0.",
    },
    start_grant_vest_rate: {
      dimensions: ["employer"],
      equation: "sum(employer_vesting_schedule[employer, *] * schedule_vest_rate[*])",
      unit: "1/year",
      doc: "Share of a grant made at the start vesting per year now, on each employer's usual schedule.",
    },
    schedule_vest_rate: {
      dimensions: ["vesting_schedule"],
      equation: "sum(vest_share[vesting_schedule, *] * vest_year_active[*])",
      unit: "1/year",
      doc: "Share of a grant made at the start vesting per year now, on each schedule.",
    },
    refresh_vest_rate: {
      dimensions: ["employer"],
      equation: "refresh_grant_share * sum(employer_vesting_schedule[employer, *] * schedule_vested_share[*])",
      unit: "1/year",
      doc: "Refresh grants vesting per year now, as a share of the start grant: one refresh of refresh_grant_share × the start grant at each anniversary, each on the employer's schedule, so in grant year k the refreshes vest the schedule's shares of years 1 to k − 1 (all of a grant a year once four refreshes are vesting).",
    },
    schedule_vested_share: {
      dimensions: ["vesting_schedule"],
      equation: "sum(vest_share[vesting_schedule, *] * vest_year_done[*])",
      unit: "1/year",
      doc: "Sum of each schedule's shares over the grant years already over.",
    },
    pay_realised: {
      dimensions: ["employer", "level"],
      equation: "pay_median[employer, level, base] + pay_median[employer, level, bonus] + initial(pay_median[employer, level, equity]) * equity_grant_years * (start_grant_vest_rate + refresh_vest_rate) * employer_equity_index",
      unit: "$/people/year",
      doc: "Realised pay this year of a researcher hired at the start at the median package of each employer and level: base and bonus follow the market; the start grant (equity_grant_years × its yearly value at grant) and the refresh grants vest on the employer's schedule, each dollar worth what the scenario makes of the employer's equity (employer_equity_index). Refreshes are sized at the start's unit price.",
    },
    top_offer_threshold: {
      equation: "top_offer_threshold_start * (training_budget[closed] / initial(training_budget[closed])) ^ top_offer_budget_elasticity",
      unit: "$/people/year",
      doc: "The tail of the market: total pay a year above which an offer is one of the exceptional packages labs make to the researchers they compete hardest for. Offers above it are Pareto-distributed with index top_offer_pareto_index; the scale follows the largest closed run's budget (labs with bigger compute budgets pay more for the people who spend them).",
    },
    top_offer_median: {
      equation: "top_offer_threshold * 2 ^ (1 / top_offer_pareto_index)",
      unit: "$/people/year",
      doc: "Median exceptional offer: the Pareto median, threshold × 2^(1/α).",
    },
    top_offer_p90: {
      equation: "top_offer_threshold * 10 ^ (1 / top_offer_pareto_index)",
      unit: "$/people/year",
      doc: "90th percentile of exceptional offers, a top-of-market package: threshold × 10^(1/α).",
    },
    net_researcher_flow: {
      dimensions: ["employer"],
      equation: "hires - departures",
      unit: "people/year",
      doc: "Net movement of researchers into each employer from the other employers and new entrants (hires − departures; new PhDs are counted separately); negative when it loses staff.",
    },
    ml_practitioners: {
      equation: "ml_engineers + researcher_job_market + total_researchers",
      unit: "people",
      doc: "All ML engineers and researchers worldwide.",
    },
    total_researchers: {
      equation: "sum(researchers[*])",
      unit: "people",
      doc: "Employed frontier researchers.",
    },
    funding_index: {
      dimensions: ["funding"],
      unit: "dimensionless",
      doc: "How each source of staff budgets has grown since the start: the budgets of the largest closed and open runs (staff budgets grow less than proportionally with them), spending on language models, academic funding.",
      elements: {
        closed_runs: "(training_budget[closed] / initial(training_budget[closed])) ^ staff_budget_elasticity",
        open_runs: "(training_budget[open] / initial(training_budget[open])) ^ staff_budget_elasticity",
        llm_spending: "(ai_market_revenue / initial(ai_market_revenue)) ^ applied_budget_elasticity",
        academic_funding: "academia_funding_index",
      },
    },
    staff_budget: {
      dimensions: ["employer"],
      equation: "staff_budget_start * sum(staff_funding_share[employer, *] * funding_index[*])",
      unit: "$/year",
      doc: "What each employer spends on frontier researchers, following the sources that fund it (staff_funding_share): closed labs their frontier run budgets, open-weight labs what sponsors put into open runs, applied industry spending on language models, academia grants and positions.",
    },
    academia_funding_index: {
      equation: "academic_funding_growth ^ (time - initial(time))",
      unit: "dimensionless",
      doc: "Academic research funding relative to the start.",
    },
    desired_researchers: {
      dimensions: ["employer"],
      equation: "staff_budget / comp",
      unit: "people",
      doc: "Researchers each employer wants: staff budget ÷ pay.",
    },
    researcher_demand_ratio: {
      dimensions: ["employer"],
      equation: "desired_researchers / researchers",
      unit: "dimensionless",
      doc: "Wanted over employed researchers at each employer (above 1 = shortage).",
    },
    shortage_index: {
      equation: "sum(desired_researchers[*]) / total_researchers",
      unit: "dimensionless",
      doc: "Researchers wanted by all employers over researchers employed (above 1 = shortage).",
    },
    average_researcher_comp: {
      equation: "sum(comp[*] * researchers[*]) / total_researchers",
      unit: "$/people/year",
      doc: "Headcount-weighted average pay of frontier researchers.",
    },
    research_pay_pull: {
      equation: "(average_researcher_comp / initial(average_researcher_comp)) ^ upskilling_pay_elasticity",
      unit: "dimensionless",
      doc: "Wage pressure loop: higher research pay draws more upskilling and promotion.",
    },
    open_tool_access: {
      equation: "(open_share_tokens / initial(open_share_tokens)) ^ upskilling_open_elasticity",
      unit: "dimensionless",
      doc: "Upskilling is faster when open models and tools are widely used.",
    },
    pay_ratio_closed_open: {
      equation: "comp[closed] / comp[open]",
      unit: "dimensionless",
      doc: "Pay at closed labs over pay at open-weight labs.",
    },
    attractiveness: {
      dimensions: ["employer"],
      equation: "exp(pay_attraction_weight * ln(comp / average_researcher_comp) + publish_weight * publish_freedom + remote_weight * remote_work + capability_lead_weight * capability_lead_exposure * capability_gap_oom)",
      unit: "dimensionless",
      doc: "Appeal of each employer to researchers: relative pay, freedom to publish, remote work, and the closed capability lead, which draws researchers to closed labs and away from open-weight labs (capability_lead_exposure).",
    },
    hiring_demand: {
      dimensions: ["employer"],
      equation: "max(desired_researchers - researchers, 0) / hiring_adjustment_time + departures",
      unit: "people/year",
      doc: "Hires each employer seeks: closing the gap to desired staff plus replacing departures.",
    },
    hiring_weight: {
      dimensions: ["employer"],
      equation: "attractiveness * hiring_demand",
      unit: "people/year",
      doc: "Each employer's claim on the job market.",
    },
    total_hiring_weight: {
      equation: "sum(hiring_weight[*])",
      unit: "people/year",
      doc: "Sum of all employers' claims.",
    },
    researcher_pool_capacity: {
      equation: "researcher_job_market / job_search_time",
      unit: "people/year",
      doc: "Rate at which job seekers finish searching.",
    },
    researcher_supply: {
      equation: "researcher_pool_capacity * (1 - research_exit_share)",
      unit: "people/year",
      doc: "Job seekers finishing a search who stay in frontier research, shared among employers.",
    },
    contributor_attraction: {
      equation: "contributor_attraction_max / (1 + (contributor_attraction_max - 1) * exp(contributor_gap_sensitivity * (capability_gap_oom - initial(capability_gap_oom))))",
      unit: "dimensionless",
      doc: "Open capability attracts contributors: joining rises as open models near the frontier (1 at the start, at most contributor_attraction_max).",
    },
    research_effort: {
      dimensions: ["lab"],
      equation: "sum(researchers[*] * lab_research_share[*, lab]) + contributor_research_weight * community_contributors * community_research_share",
      unit: "people",
      doc: "Research effort behind each side's algorithms: the researchers of the employers that work on them (lab_research_share: closed labs for closed, open-weight labs for open), plus community contributors in researcher-equivalents for open (community_research_share).",
    },
    algorithmic_progress_rate: {
      dimensions: ["lab"],
      equation: "ln(algorithmic_growth) * (research_effort / research_effort_reference) ^ research_returns_exponent * algorithmic_efficiency ^ (-ideas_difficulty_exponent)",
      unit: "1/year",
      doc: "Talent → progress (reinforcing, diminishing returns): each side's algorithmic growth rises with its research effort^λ and falls as ideas get harder to find.",
    },
  },

  aliases: {
    researchers_closed: "researchers[closed]",
    researchers_open: "researchers[open]",
    researchers_big_tech: "researchers[big_tech]",
    researchers_applied: "researchers[applied]",
    researchers_academia: "researchers[academia]",
    comp_closed: "comp[closed]",
    comp_open: "comp[open]",
    comp_big_tech: "comp[big_tech]",
    comp_applied: "comp[applied]",
    comp_academia: "comp[academia]",
    net_researcher_flow_closed: "net_researcher_flow[closed]",
    net_researcher_flow_open: "net_researcher_flow[open]",
    net_researcher_flow_big_tech: "net_researcher_flow[big_tech]",
    net_researcher_flow_applied: "net_researcher_flow[applied]",
    net_researcher_flow_academia: "net_researcher_flow[academia]",
  },
}

"""#,
        "offers/example.json5": #"""
// Four offers to a mid-career frontier researcher, compared by `forecast offer`:
//   forecast offer assumptions/offers/example.json5
// Money is in constant 2023 US dollars. Each offer names an employer and a level of the model
// (assumptions/model/talent.json5); what is left out takes the employer's usual terms from
// assumptions/base.json5 (kind of equity, vesting schedule, refresh grants).
{
  schema: 1,
  options: {
    horizon_years: 4,
    discount_rate: 0.05,
    scenarios: ["base", "scaling-continues", "sponsor-retreat", "data-wall"],
    runs: 1000,
    seed: 1,
  },
  offers: [
    {
      // A closed lab: profit units worth $2M at the grant valuation, as in the example offer of
      // history/vesting.csv row 2023-06 (OpenAI PPUs, even over four years, growth capped at 10x).
      name: "closed-lab",
      employer: "closed",
      level: "mid",
      base: 300000,
      sign_on: 50000,
      equity: { dollars: 2000000, cap_multiple: 10 },
      vesting: "even",
      start: "2026Q1",
    },
    {
      // A big-tech AI organisation: public stock on Google's front-loaded schedule
      // (history/vesting.csv row 2021-05, 33/33/22/12, no cliff).
      name: "big-tech",
      employer: "big_tech",
      level: "mid",
      base: 280000,
      bonus: 40000,
      equity: { units: 4000, grant_price: 200 },
      vesting: { shares: [33, 33, 22, 12], cliff_months: 0 },
      refresh_percent: 25,
      start: "2026Q1",
    },
    {
      // An applied-AI startup: options on a four-year schedule with a one-year cliff.
      name: "startup",
      employer: "applied",
      level: "senior",
      base: 230000,
      equity: { dollars: 1200000 },
      vesting: { shares: [25, 25, 25, 25], cliff_months: 12 },
      start: "2026Q1",
    },
    {
      // An assistant professorship: salary and summer salary, no equity.
      name: "academia",
      employer: "academia",
      level: "mid",
      base: 160000,
      bonus: 25000,
      start: "2026Q1",
      location: "bay_area",
    },
  ],
}

"""#,
        "report.json5": #"""
// What the quarterly report shows: the headline indicators (MODEL.md §5), the milestones and
// the charts. Series names are a contract with notebooks: add, never rename.
{
  schema: 1,
  title: "AI model market and talent outlook",
  // The Backtest section refits the calibration (calibration.json5) with the data up to each
  // origin only and scores the forecast after it against the later history.
  backtest_origins: ["2022Q4"],
  introduction: "What frontier AI training will cost, whether open-weight models catch up with closed ones, who serves the market, and where researchers go and what they are paid: a system-dynamics model of compute, capability, adoption and talent, run by `forecast`.",

  headline: [
    "frontier_compute_closed", "frontier_compute_open",
    "frontier_training_cost_closed", "frontier_training_cost_open",
    "effective_compute_closed", "effective_compute_open",
    "hardware_flop_per_dollar",
    "capability_gap_oom", "capability_lag_months",
    "open_share_tokens", "open_share_frontier", "open_share_long_tail",
    "price_closed_frontier", "price_open",
    "closed_revenue",
    "software_developers", "ml_practitioners",
    "researchers_closed", "researchers_open", "researchers_big_tech", "researchers_applied", "researchers_academia",
    "comp_closed", "comp_open", "comp_big_tech", "comp_applied", "comp_academia",
    "pay_ratio_closed_open",
  ],

  milestones: {
    first_1b_run: { series: "frontier_training_cost_closed", above: 1e9, label: "First $1B training run" },
    first_10b_run: { series: "frontier_training_cost_closed", above: 1e10, label: "First $10B training run" },
    first_1e27_run: { series: "frontier_compute_closed", above: 1e27, label: "First 1e27 FLOP training run" },
    first_1e28_run: { series: "frontier_compute_closed", above: 1e28, label: "First 1e28 FLOP training run" },
    first_1e29_run: { series: "frontier_compute_closed", above: 1e29, label: "First 1e29 FLOP training run" },
    open_share_above_half: { series: "open_share_tokens", above: 0.5, label: "Open models serve more than half of all tokens" },
    lag_below_6_months: { series: "capability_lag_months", below: 6, label: "Open models less than 6 months behind" },
    lag_above_24_months: { series: "capability_lag_months", above: 24, label: "Open models more than 2 years behind" },
    data_exhausted: { series: "data_stock_used_share", above: 1, label: "Largest run wants more tokens than the public text stock holds" },
    pay_ratio_below_1_25: { series: "pay_ratio_closed_open", below: 1.25, label: "Closed-lab pay less than 1.25x open-lab pay" },
  },

  charts: [
    { name: "researcher-flows", appendix: true, title: "Where researchers move (net hires minus departures)", series: ["net_researcher_flow_closed", "net_researcher_flow_open", "net_researcher_flow_big_tech", "net_researcher_flow_applied", "net_researcher_flow_academia"], scale: "linear", y_label: "people a year", caption: "Hires minus departures between employers: above zero an employer gains researchers from the others and new entrants on balance, below zero it loses them to the others. New PhDs are left out: academia can grow while its net flow is below zero." },
    {
      name: "training-cost",
      title: "Amortized cost of the largest training run (2023 $)",
      series: ["frontier_training_cost_closed", "frontier_training_cost_open"],
      scale: "log",
      caption: "When the closed run passes $1B and $10B, and whether open sponsors keep pace or fall back as runs cost more than they will give away.",
    },
    {
      name: "training-compute",
      appendix: true,
      title: "Physical and effective training compute of the largest runs (FLOP)",
      series: ["frontier_compute_closed", "frontier_compute_open", "effective_compute_closed", "effective_compute_open"],
      scale: "log",
      caption: "Physical compute bends near 2030 as power, chips and data bind; effective compute keeps rising with algorithmic progress.",
    },
    {
      name: "capability-lag",
      title: "How far open models trail the closed frontier (months)",
      series: ["capability_lag_months"],
      scale: "linear",
      caption: "How long ago the closed frontier had the open frontier's capability today; rises when sponsors stop releasing and open runs fall back, falls with distillation, diffusion and public funding.",
    },
    {
      name: "capability-gap",
      appendix: true,
      title: "Gap in effective compute, closed over open (orders of magnitude)",
      series: ["capability_gap_oom"],
      scale: "linear",
      caption: "The gap itself, free of the frontier's pace: compare with the lag to see whether a change comes from open models or from the frontier slowing.",
    },
    {
      name: "open-share",
      title: "Open-weight share of tokens",
      series: ["open_share_tokens", "open_share_frontier", "open_share_long_tail"],
      scale: "linear",
      caption: "Open models win the long tail of narrow tasks long before the frontier segment; watch for the total crossing one half.",
    },
    {
      name: "prices",
      title: "Price per million tokens (2023 $)",
      series: ["price_closed_frontier", "price_open"],
      scale: "log",
      caption: "The best closed model costs many times the best open one; the ratio tracks the capability gap (cost sensitivity).",
    },
    {
      name: "revenue",
      appendix: true,
      title: "Revenue of closed model providers (2023 $ a year)",
      series: ["closed_revenue"],
      scale: "log",
      caption: "The revenue that funds closed training runs (revenue → compute loop).",
    },
    {
      name: "researchers",
      title: "Frontier researchers by employer",
      series: ["researchers_closed", "researchers_open", "researchers_big_tech", "researchers_applied", "researchers_academia"],
      scale: "linear",
      caption: "Where frontier researchers work; open-weight labs shed staff when sponsors retreat.",
    },
    {
      name: "pay",
      title: "Typical total pay of a frontier researcher (2023 $ a year)",
      series: ["comp_closed", "comp_open", "comp_big_tech", "comp_applied", "comp_academia"],
      scale: "linear",
      caption: "Pay by employer; the closed premium widens when closed labs bid harder for scarce researchers.",
    },
    {
      name: "pay-ratio",
      appendix: true,
      title: "Closed-lab pay over open-lab pay",
      series: ["pay_ratio_closed_open"],
      scale: "linear",
      caption: "Above 1 closed labs pay more; a fall toward 1.25 means open labs compete for talent on pay.",
    },
    {
      name: "talent-pools",
      appendix: true,
      title: "Software developers and ML practitioners",
      series: ["software_developers", "ml_practitioners"],
      scale: "log",
      caption: "The broad pools; ML practitioners grow by upskilling, faster when open models spread and research pay rises.",
    },
  ],
  // The body's tables hold at most six indicators, so they fit a 980-pixel column; the
  // appendix shows every headline series. Key indicators answer the four questions (what
  // frontier training costs, whether open models catch up, who serves the market, where
  // researchers go and what they are paid) and get the body's uncertainty table and tornados.
  key_indicators: [
    "frontier_training_cost_closed", "capability_lag_months", "open_share_tokens",
    "closed_revenue", "researchers_open", "comp_closed",
  ],
  scenario_table: [
    "frontier_training_cost_closed", "capability_lag_months", "open_share_tokens",
    "price_closed_frontier", "comp_closed", "pay_ratio_closed_open",
  ],
  // Short names for tables and charts. A dimensionless series named a share is shown in percent.
  labels: {
    frontier_compute_closed: "closed run compute", frontier_compute_open: "open run compute",
    frontier_training_cost_closed: "closed run cost", frontier_training_cost_open: "open run cost",
    effective_compute_closed: "closed effective compute", effective_compute_open: "open effective compute",
    hardware_flop_per_dollar: "hardware FLOP per $",
    capability_gap_oom: "gap (orders of magnitude)", capability_lag_months: "open lag",
    open_share_tokens: "open share of tokens", open_share_frontier: "open share, frontier tasks", open_share_long_tail: "open share, long tail",
    price_closed_frontier: "closed frontier price", price_open: "open price",
    closed_revenue: "closed revenue",
    researchers_closed: "researchers, closed labs", researchers_open: "researchers, open labs",
    researchers_big_tech: "researchers, big tech", researchers_applied: "researchers, applied", researchers_academia: "researchers, academia",
    comp_closed: "pay, closed labs", comp_open: "pay, open labs", comp_big_tech: "pay, big tech", comp_applied: "pay, applied", comp_academia: "pay, academia",
    pay_ratio_closed_open: "closed over open pay",
    net_researcher_flow_closed: "closed labs", net_researcher_flow_open: "open labs",
    net_researcher_flow_big_tech: "big tech", net_researcher_flow_applied: "applied", net_researcher_flow_academia: "academia",
  },

  headline_text: [
    "The largest closed training run costs {frontier_training_cost_closed@start} now and {frontier_training_cost_closed@+5y} in five years ({frontier_training_cost_closed@+5y|range} across scenarios); the first $1B run comes {first_1b_run}, the first $10B run {first_10b_run}.",
    "Open-weight models trail the closed frontier by {capability_lag_months@start} months, and by {capability_lag_months@+5y} months in five years ({capability_lag_months@+5y|range} across scenarios): the lag is {capability_lag_months@start~+5y|widening|narrowing}.",
    "Open models serve {open_share_tokens@start|percent} of all tokens now and {open_share_tokens@+5y|percent} in five years: {open_share_long_tail@+5y|percent} of the long tail of narrow tasks but {open_share_frontier@+5y|percent} of frontier tasks.",
    "A frontier researcher at a closed lab is paid {comp_closed@start} a year, {pay_ratio_closed_open@start} times open-lab pay; in five years {comp_closed@+5y}, {pay_ratio_closed_open@+5y} times.",
  ],

  // The feedback loops of MODEL.md §1, each a path of variables that influence the next and
  // return to the first; forecast check verifies every step against the equations.
  loops: [
    {
      name: "Data wall", polarity: "balancing",
      path: ["frontier_compute[closed]", "wanted_training_tokens[closed]", "data_pressure[closed]", "compute_returns[closed]", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]"],
      doc: "Bigger runs want more tokens (√compute); past the usable stock, returns to compute fall and budgets grow less.",
    },
    {
      name: "Power and chips", polarity: "balancing",
      path: ["training_capacity", "desired_capacity_completion", "capacity_orders", "capacity_under_construction", "capacity_completion", "training_capacity"],
      doc: "Closed labs order capacity toward the smaller of what spending pays for and what power and chips allow, over a build lead time; as installed and ordered capacity near that, orders fall back to replacing what retires.",
    },
    {
      name: "Funding follows growth", polarity: "reinforcing",
      path: ["closed_revenue", "closed_revenue_growth", "outside_capital_demand", "outside_capital_target", "outside_capital_change", "outside_capital", "closed_compute_spending", "closed_training_spending", "funded_training_capacity", "desired_training_capacity", "desired_capacity_completion", "capacity_orders", "capacity_under_construction", "capacity_completion", "training_capacity", "largest_run_capacity", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]", "effective_compute[closed]", "ai_market_revenue", "closed_revenue"],
      doc: "Growing revenue draws investor money, which builds capacity for larger runs, whose capability earns revenue; as growth slows the money stops compounding, and what investors can carry bounds it.",
    },
    {
      name: "Diffusion", polarity: "balancing",
      path: ["capability_gap_oom", "catch_up_rate[open]", "algorithmic_diffusion[open]", "algorithmic_efficiency[open]", "effective_compute[open]", "capability_gap_oom"],
      doc: "The wider the gap, the faster published research, distillation and leaked weights carry closed methods to open developers.",
    },
    {
      name: "Sponsor retreat", polarity: "reinforcing",
      path: ["releasing[big_tech]", "released_open_budget[big_tech]", "budget_target[open]", "budget_change[open]", "training_budget[open]", "funding_index[open_runs]", "staff_budget[open]", "desired_researchers[open]", "hiring_demand[open]", "hires[open]", "researchers[open]", "research_effort[open]", "algorithmic_progress_rate[open]", "algorithmic_progress[open]", "algorithmic_efficiency[open]", "frontier_class_open_run_cost", "release_cost_ratio[big_tech]", "release_decision[big_tech]", "release_change[big_tech]", "releasing[big_tech]"],
      doc: "When a frontier-class open run costs more than sponsors will give away they release less, open labs lose staff, open methods fall behind, and a frontier-class run costs still more.",
    },
    {
      name: "Revenue → compute", polarity: "reinforcing",
      path: ["closed_revenue", "closed_compute_spending", "closed_training_spending", "funded_training_capacity", "desired_training_capacity", "desired_capacity_completion", "capacity_orders", "capacity_under_construction", "capacity_completion", "training_capacity", "largest_run_capacity", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]", "effective_compute[closed]", "ai_market_revenue", "closed_revenue"],
      doc: "Closed revenue funds larger training runs, which buy capability, which earns revenue.",
    },
    {
      name: "Cost sensitivity", polarity: "balancing",
      path: ["price_ratio[frontier]", "open_utility[frontier]", "open_share_target[frontier]", "open_share_change[frontier]", "open_share[frontier]", "closed_spend_per_token", "closed_revenue_share", "closed_revenue", "closed_compute_spending", "closed_training_spending", "funded_training_capacity", "desired_training_capacity", "desired_capacity_completion", "capacity_orders", "capacity_under_construction", "capacity_completion", "training_capacity", "largest_run_capacity", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]", "effective_compute[closed]", "price_ratio[frontier]"],
      doc: "As frontier prices rise relative to open ones, price-sensitive volume moves to open models, trimming the revenue that pays for the next run.",
    },
    {
      name: "Talent → progress", polarity: "reinforcing",
      path: ["researchers[closed]", "research_effort[closed]", "algorithmic_progress_rate[closed]", "algorithmic_progress[closed]", "algorithmic_efficiency[closed]", "effective_compute[closed]", "ai_market_revenue", "closed_revenue", "closed_compute_spending", "closed_training_spending", "funded_training_capacity", "desired_training_capacity", "desired_capacity_completion", "capacity_orders", "capacity_under_construction", "capacity_completion", "training_capacity", "largest_run_capacity", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "funding_index[closed_runs]", "staff_budget[closed]", "desired_researchers[closed]", "hiring_demand[closed]", "hires[closed]", "researchers[closed]"],
      doc: "Researchers raise algorithmic efficiency (with diminishing returns); the capability earns revenue and budgets that hire more researchers.",
    },
    {
      name: "Community contributors", polarity: "reinforcing",
      path: ["community_contributors", "research_effort[open]", "algorithmic_progress_rate[open]", "algorithmic_progress[open]", "algorithmic_efficiency[open]", "effective_compute[open]", "capability_gap_oom", "contributor_attraction", "contributor_joining", "community_contributors"],
      doc: "Open capability attracts contributors, who raise open capability.",
    },
    {
      name: "Ideas get harder to find", polarity: "balancing",
      path: ["algorithmic_efficiency[closed]", "algorithmic_progress_rate[closed]", "algorithmic_progress[closed]", "algorithmic_efficiency[closed]"],
      doc: "The diminishing returns inside talent → progress: each gain in efficiency makes the next one harder.",
    },
    {
      name: "Wage pressure", polarity: "balancing",
      path: ["comp[closed]", "average_researcher_comp", "research_pay_pull", "researcher_promotion", "researcher_job_market", "researcher_pool_capacity", "researcher_supply", "hires[closed]", "researchers[closed]", "researcher_demand_ratio[closed]", "comp_change[closed]", "comp[closed]"],
      doc: "A shortage raises pay, which draws upskilling and entry into research; more researchers ease the shortage and slow pay growth.",
    },
  ],
}

"""#,
        "scenarios/data-wall.json5": #"""
// Public text runs out early and synthetic data is slow to substitute for it.
{
  schema: 1,
  extends: "base",
  name: "data-wall",
  description: "Returns to scale hit the data limit: 'we might be close to the limit of how much text we can use to scale models' (Rora newsletter, seeds/000). The usable stock of public text is at the low end of Villalobos et al. (2024), 100 trillion tokens (fully used by 2026), and synthetic data matures about five years later than in base.",
  set: {
    data_stock_tokens: 1e14,               // Villalobos et al. (2024), low estimate
  },
  tables: {
    synthetic_data_maturity: {             // judgement: the base curve shifted about five years later
      x: [2024, 2030, 2032, 2035, 2037, 2040],
      y: [0, 0.05, 0.15, 0.4, 0.7, 1],
    },
  },
}

"""#,
        "scenarios/efficiency-breakthrough.json5": #"""
// A new architecture in 2027Q1 cuts the compute needed for a given capability, published openly.
{
  schema: 1,
  extends: "base",
  name: "efficiency-breakthrough",
  description: "'Future gains may come from different areas like a new architecture that replaces transformers' and 'Efficiencies are found over time … making model training more approachable for open source' (Rora newsletter, seeds/000). In 2027Q1 a new architecture multiplies algorithmic efficiency tenfold; it is published openly, so open developers gain it too, and much of closed labs' lead in methods for the old architecture stops mattering.",
  set: {
    architecture_breakthrough_gain: 10,    // judgement: a step of one order of magnitude in efficiency
    architecture_breakthrough_time: 2027.0, // MODEL.md §2: 2027Q1
    breakthrough_lead_reset: 1.0,          // judgement: the closed algorithmic lead shrinks by a factor e in log terms (63% of it is lost)
  },
}

"""#,
        "scenarios/multi-model.json5": #"""
// A provider crisis and fine-tuned small models push enterprises to many models.
{
  schema: 1,
  extends: "base",
  name: "multi-model",
  description: "After a provider crisis like the 2023 OpenAI leadership fight, when 'more than 100 startups and growing businesses built around OpenAI's large language models turned to its competitors' (Analytics India Magazine, seeds/004), enterprises spread work over many models, and 'a constellation of finely-tuned, diverse models' (Cerebrium essay, seeds/003) serves the long tail.",
  set: {
    fine_tuning_advantage: 1.0,            // judgement: fine-tuned small open models fit narrow tasks better than in base (0.5)
    multi_model_preference: 0.3,           // judgement: enterprises value having several providers
  },
  events: [
    { at: "2026Q1", set: { provider_disruption: 4 } },          // one crisis, spread over a quarter (4 a year × 0.25 year)
    { at: "2026Q2", set: { provider_disruption: 0 } },
  ],
}

"""#,
        "scenarios/open-restriction.json5": #"""
// Policy restricts releasing frontier open weights.
{
  schema: 1,
  extends: "base",
  name: "open-restriction",
  description: "'Many argue against open source, citing national security fears and US-China competition' (Stanford Review essay, seeds/001). From 2026Q1 policy restricts the release of frontier open weights: sponsors release only a fraction of what they would have, while publicly funded runs and diffusion continue.",
  events: [
    { at: "2026Q1", set: { open_release_restriction: 0.7 } },   // judgement: 70% of frontier-class open sponsorship falls under the rules
  ],
}

"""#,
        "scenarios/scaling-continues.json5": #"""
// Lab leaders' predictions come true: money keeps compounding and power and chips keep up.
{
  schema: 1,
  extends: "base",
  name: "scaling-continues",
  description: "The scaling hypothesis wins: 'Major AI lab CEOs are predicting $1 billion and even $10 billion training runs' (Stanford Review essay, seeds/001). Outside funding keeps compounding through the early 2030s instead of fading after 2029, and power and chip supply are built out faster, so $1B runs arrive by 2027 and $10B runs by 2029.",
  set: {
    investor_capacity_start: 1e12,         // top of base range: investors can carry a trillion dollars a year
    funding_growth_response: 2,            // top of base range: funding follows revenue growth strongly
    feasible_run_compute_2030: 6e29,       // top of base range: the build-out that $10B runs would need
    power_supply_growth: 2.2,              // judgement: power and chip supply grow faster to keep up
  },
}

"""#,
        "scenarios/sovereign-open.json5": #"""
// Governments fund open models for their own languages and cultures.
{
  schema: 1,
  extends: "base",
  name: "sovereign-open",
  description: "Yann LeCun's argument: governments 'will want to shape LLMs to their unique culture and views. As a result, they will be backers and supports (regulatory, funding, etc.) of open source' (Rora newsletter, seeds/000). From 2026 public money funds frontier-scale open runs, rising to a $1.5B run budget from 2028.",
  events: [
    { at: "2026Q1", set: { public_open_run_budget: 3e8 } },     // judgement: first national and consortium programmes
    { at: "2028Q1", set: { public_open_run_budget: 1.5e9 } },   // judgement: programmes at the scale of a large closed lab's run
  ],
}

"""#,
        "scenarios/sponsor-retreat.json5": #"""
// The largest open sponsor stops releasing frontier weights.
{
  schema: 1,
  extends: "base",
  name: "sponsor-retreat",
  description: "'The open-source providers that can train at the frontier (Meta) would ultimately be forced to \"close\" or risk hemorrhaging their balance sheets' (Stanford Review essay, seeds/001). In 2026Q1 the largest open sponsor stops releasing frontier weights; the remaining sponsors will give away far less per run.",
  events: [
    { at: "2026Q1", set: { sponsor_release_threshold: 3e8 } },  // judgement: the next sponsors give away about a seventh of what the largest did
  ],
}

"""#,
    ]
}
