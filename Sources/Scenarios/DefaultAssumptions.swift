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
    outside_capital_start: 6.9e8,                   // judgement: set so the 2020 closed budget sits on its target at the base frontier_run_share_of_spending (~$0.8B a year of compute spending with reinvested revenue)
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
    "researchers_start[applied]": 8000,             // judgement
    "researchers_start[academia]": 9000,            // judgement
    researcher_job_market_start: 2000,              // judgement
    "comp_start[closed]": 5.5e5,                    // judgement: top-lab research pay before the 2023-24 bidding war
    "comp_start[open]": 3.8e5,                      // judgement
    "comp_start[applied]": 2.6e5,                   // judgement
    "comp_start[academia]": 1.3e5,                  // judgement
    "staff_budget_start[closed]": 1.5e9,            // judgement: researchers_start[closed] × comp_start[closed] × 1.1
    "staff_budget_start[open]": 3.8e8,              // judgement: researchers_start[open] × comp_start[open]
    "staff_budget_start[applied]": 2.2e9,           // judgement: researchers_start[applied] × comp_start[applied] × 1.05
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
    outside_capital_growth_boom: {
      value: 2.6, low: 1.6, high: 3.5, distribution: "triangular", unit: "1/year",
      source: "judgement: outside funding of closed labs' compute grew two- to three-fold a year in 2023-25; the boom rate keeps the cost trend of Cottier et al. (2024), 2.4x per year, while it lasts",
    },
    outside_capital_growth_long_run: {
      value: 1.05, low: 1.0, high: 1.2, distribution: "triangular", unit: "1/year",
      source: "judgement: growth of outside funding once the investment boom is over",
    },
    outside_capital_boom_end: {
      value: 2029.5, low: 2028, high: 2033, distribution: "triangular", unit: "year",
      source: "judgement: the investment boom lasts a few more years (midpoint of the switch to the long-run rate)",
    },
    outside_capital_boom_width: {
      value: 0.5, low: 0.25, high: 1.5, distribution: "lognormal", unit: "year",
      source: "judgement: the boom fades over a couple of years (logistic width)",
    },
    revenue_reinvestment_share: {
      value: 0.7, low: 0.3, high: 0.9, distribution: "triangular", unit: "dimensionless",
      source: "judgement: share of closed model revenue spent on compute (the revenue → compute link; 0 cuts it)",
    },
    frontier_run_share_of_spending: {
      value: 0.0087, low: 0.004, high: 0.016, distribution: "lognormal", unit: "dimensionless",
      source: "judgement: amortized cost of the single largest run as a share of all closed labs' yearly compute spending (several labs; inference, experiments; cluster bought for years, run for months); set so the 2025Q1 budget sits on its target",
    },
    frontier_run_cadence: {
      value: 1, low: 0.5, high: 2, distribution: "lognormal", unit: "year",
      source: "judgement: about one new largest run a year",
    },
    budget_adjustment_time: {
      value: 0.5, low: 0.25, high: 1.5, distribution: "lognormal", unit: "year",
      source: "judgement: from a funding decision to a run of that size (cluster build-out and training take months)",
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
    chinchilla_tokens_per_parameter: {
      value: 20, low: 20, high: 20, distribution: "fixed", unit: "token",
      source: "Hoffmann et al. (2022), Chinchilla, as stated in MODEL.md §1: compute-optimal D ≈ 20·N",
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
      source: "judgement: continuous catch-up of open efficiency per OOM of gap from published research, distillation and leaked weights; set so the base lag stays near a year while sponsors keep releasing",
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

    // ---------------------------------------------------------------- sponsor retreat
    open_sponsor_ambition: {
      value: 0.62, low: 0.3, high: 1.0, distribution: "triangular", unit: "dimensionless",
      source: "judgement: open sponsors aim at a share of the closed frontier's run cost; set so the 2025Q1 open budget sits on its target",
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
    llm_spending_growth_start: {
      value: 2.4, low: 1.6, high: 3.5, distribution: "triangular", unit: "1/year",
      source: "judgement: model providers' revenue grew about two- to three-fold a year in 2023-25",
    },
    llm_spending_growth_long_run: {
      value: 1.1, low: 1.0, high: 1.3, distribution: "triangular", unit: "1/year",
      source: "judgement: long-run growth of spending on language models once adoption matures",
    },
    llm_spending_growth_decay_time: {
      value: 5, low: 2, high: 8, distribution: "lognormal", unit: "year",
      source: "judgement: time over which adoption growth eases to its long-run rate",
    },
    capability_value_exponent: {
      value: 0.04, low: 0, high: 0.1, distribution: "triangular", unit: "dimensionless",
      source: "judgement: spending rises by 10^0.04 ≈ 1.1x per OOM of frontier effective compute (capability earns revenue)",
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
    price_decline_at_constant_capability: {
      value: 40, low: 9, high: 900, distribution: "lognormal", unit: "1/year",
      source: "Epoch AI (2025), \"LLM inference prices have fallen rapidly but unequally\": price at constant capability falls 9 / 40 / 900x per year",
    },
    price_capability_exponent: {
      value: 1.45, low: 1.2, high: 1.7, distribution: "triangular", unit: "dimensionless",
      source: "judgement: OOM of price per OOM of effective compute at a given date; with the gap and markup it reproduces the ~20x frontier premium (Stanford Review essay, seeds/001)",
    },
    closed_price_markup: {
      value: 0.1, low: 0, high: 0.5, distribution: "triangular", unit: "dimensionless",
      source: "judgement: closed providers' margin over serving cost",
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
    price_gap_exposure: {
      dimensions: ["segment"], unit: "dimensionless", distribution: "fixed",
      source: "definition: on frontier tasks the best closed and open models are priced on one price-capability curve, so their price ratio follows the gap; in the long tail both sides serve similar models and closed adds only its margin",
      elements: { frontier: 1, long_tail: 0 },
    },
    price_markup_share: {
      dimensions: ["lab"], unit: "dimensionless", distribution: "fixed",
      source: "definition: closed providers price at closed_price_markup over serving cost; open models are sold at serving cost",
      elements: { closed: 1, open: 0 },
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
          source: "judgement: set so the open share of all tokens starts near 30%, below OpenRouter/a16z token study [secondary] 'about one third by late 2025'",
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
      source: "judgement: logit utility of closed APIs' ease of use, support and incumbency (~80% of Fortune 500 used GPT-based services in 2023, Analytics India Magazine, seeds/004); calibrated with the other utilities to the start shares",
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
      source: "judgement: fine-tuned small open models fit narrow tasks (Cerebrium essay, seeds/003); calibrated to the long-tail start share",
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
        applied: { value: 15000, low: 7000, high: 30000, source: "judgement: frontier-capable researchers at startups and enterprises" },
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
        applied: { value: 3.5e5, low: 2e5, high: 5e5, source: "judgement: senior ML researcher pay at startups and enterprises" },
        academia: { value: 1.5e5, low: 8e4, high: 2.5e5, source: "judgement: academic pay including grants and consulting" },
      },
    },
    community_contributors_start: {
      value: 1.5e5, low: 5e4, high: 5e5, distribution: "lognormal", unit: "people",
      source: "judgement: people actively fine-tuning, evaluating and publishing open models (Hugging Face had over 100K models uploaded by 2024, Rora newsletter, seeds/000)",
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
      elements: { closed: 0, open: 0, applied: 0, academia: 1 },
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
        applied: { value: 5.5e9, low: 2.5e9, high: 1.1e10, distribution: "lognormal", source: "judgement: researchers_start[applied] × comp_start[applied] × 1.05" },
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
      source: "definition: what each employer's staff budget follows (the shares of each row add to 1): closed labs the budget of the largest closed run, open-weight labs what sponsors put into open runs, applied industry spending on language models, academia academic funding",
      elements: {
        "closed,closed_runs": 1, "closed,open_runs": 0, "closed,llm_spending": 0, "closed,academic_funding": 0,
        "open,closed_runs": 0, "open,open_runs": 1, "open,llm_spending": 0, "open,academic_funding": 0,
        "applied,closed_runs": 0, "applied,open_runs": 0, "applied,llm_spending": 1, "applied,academic_funding": 0,
        "academia,closed_runs": 0, "academia,open_runs": 0, "academia,llm_spending": 0, "academia,academic_funding": 1,
      },
    },
    pay_elasticity: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "lognormal",
      elements: {
        closed: { value: 0.6, low: 0.3, high: 1.2, source: "judgement: how strongly closed labs bid pay up per unit of shortage" },
        open: { value: 0.4, low: 0.2, high: 1.0, source: "judgement: open-weight labs bid pay up less than closed labs" },
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
      source: "definition: how the closed capability lead (capability_gap_oom) enters each employer's appeal: it draws researchers to closed labs (1) and away from open-weight labs (-1); applied industry and academia do not compete on it (0)",
      elements: { closed: 1, open: -1, applied: 0, academia: 0 },
    },
    publish_freedom: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "triangular",
      elements: {
        closed: { value: 0.3, low: 0.1, high: 0.5, source: "judgement: closed labs publish little of their frontier work" },
        open: { value: 0.8, low: 0.6, high: 1.0, source: "judgement: open-weight labs publish weights and much of the method" },
        applied: { value: 0.4, low: 0.2, high: 0.6, source: "judgement: applied industry publishes some work" },
        academia: { value: 1.0, low: 0.9, high: 1.0, source: "judgement: academia publishes freely" },
      },
    },
    remote_work: {
      dimensions: ["employer"], unit: "dimensionless", distribution: "triangular",
      elements: {
        closed: { value: 0.2, low: 0.0, high: 0.4, source: "judgement: share of closed-lab research roles open to remote work" },
        open: { value: 0.5, low: 0.3, high: 0.8, source: "judgement: share of open-lab research roles open to remote work" },
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
      source: "definition: whose algorithms each employer's researchers advance: closed labs' researchers the closed side's, open-weight labs' the open side's; applied industry and academia count toward neither",
      elements: {
        "closed,closed": 1, "closed,open": 0,
        "open,closed": 0, "open,open": 1,
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
    sponsor_openness_vs_run_cost: {
      x: [0, 0.5, 1, 2, 4, 8],
      y: [1, 1, 0.8, 0.45, 0.15, 0.05],
      extrapolate: false,
      unit: "dimensionless",
      source: "judgement: sponsors release freely while a frontier-class run costs well under what they will give away, and mostly stop past a few times that ('forced to close', Stanford Review essay, seeds/001)",
      doc: "Share of their frontier ambition open sponsors still release vs the cost of a frontier-class open run over their give-away limit.",
    },
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
        "history/README.md": #"""
# Observed history

The series the model is scored against by `forecast backtest` (see `../backtest.json5`).
Observations end 2024-12; later quarters are out of sample on purpose.

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
        "model/capability.json5": #"""
// Capability of the best closed and open-weight models, the gap between them, and the two
// loops that move it: diffusion (balancing) and sponsor retreat (reinforcing against open).
{
  schema: 1,
  sector: "capability",
  doc: "Capability is an index in LMSys Chatbot Arena Elo-equivalent points, linear in log10 effective compute (fitted to shared/data/open_closed_benchmarks.csv). The gap is log10 of closed over open effective compute; the lag in months divides it by the closed frontier's smoothed pace in orders of magnitude per month, so it needs no history look-up. Diffusion closes the gap at a rate that grows with it; sponsors release less as a frontier-class open run costs more than they will give away, which widens it.",

  stocks: {},

  flows: {},

  auxiliaries: {
    effective_compute: {
      dimensions: ["lab"],
      equation: "frontier_compute * algorithmic_efficiency * data_limit_factor",
      unit: "FLOP",
      doc: "Physical compute of each side's largest run × its algorithmic efficiency × its data-limit factor (2025Q1-algorithm FLOP).",
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
    capability_lag_months: {
      equation: "capability_gap_oom / closed_frontier_pace * months_per_year",
      unit: "month",
      doc: "Months the closed frontier needs at its present pace to cover the gap (negative if open leads).",
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
      equation: "frontier_class_open_run_cost / sponsor_giveaway_limit",
      unit: "dimensionless",
      doc: "Cost of a frontier-class open run over what sponsors will give away.",
    },
    sponsor_openness: {
      equation: "sponsor_openness_vs_run_cost(sponsor_cost_ratio)",
      unit: "dimensionless",
      doc: "Sponsor retreat (reinforcing against open): share of their ambition sponsors still release; less release → fewer open researchers and contributors → open algorithms fall behind → a frontier-class open run costs more → less release.",
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
  doc: "Frontier training compute and its amortized cost. Physical compute of the largest run = its budget × hardware FLOP per $ × a utilization and number-format factor; effective compute (capability sector) multiplies in algorithmic efficiency and the data-limit factor. Budgets of closed labs follow their training spending (revenue reinvested plus outside capital), bent down by two balancing loops: the data wall (wanted tokens ∝ √compute pass the usable stock, so returns to compute fall) and the power and chip ceiling (budgets stop buying runs larger than power and chip supply allow). Open-weight budgets follow what sponsors will give away (sponsor-retreat loop, capability sector) plus public funding.",

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
      equation: "outside_capital * outside_capital_growth_rate",
      unit: "$/year^2",
      doc: "Growth of investor and parent-firm funding of closed labs' compute.",
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
    outside_capital_growth_rate: {
      equation: "ln(outside_capital_growth_long_run) + (ln(outside_capital_growth_boom) - ln(outside_capital_growth_long_run)) / (1 + exp((time - outside_capital_boom_end) / outside_capital_boom_width)) * (1 - min(power_limit_share, 1) ^ power_limit_sharpness)",
      unit: "1/year",
      doc: "Growth of outside capital: the boom rate until about outside_capital_boom_end, then the long-run rate; the boom part fades as runs reach what power and chips allow (money beyond that cannot be spent on a larger run).",
    },
    closed_training_spending: {
      equation: "revenue_reinvestment_share * closed_revenue + outside_capital",
      unit: "$/year",
      doc: "Revenue → compute loop (reinforcing): compute spending of closed labs = reinvested model revenue + outside capital.",
    },
    closed_funding_budget: {
      equation: "frontier_run_share_of_spending * closed_training_spending * frontier_run_cadence",
      unit: "$",
      doc: "What closed labs' compute spending would put into the largest run.",
    },
    feasible_run_compute: {
      equation: "feasible_run_compute_2030 * power_supply_growth ^ (time - feasible_run_reference_year)",
      unit: "FLOP",
      doc: "Largest run that power and chip supply allow at this date (2e29 FLOP in 2030, growing with power build-out).",
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
    budget_target: {
      dimensions: ["lab"],
      unit: "$",
      doc: "Where each budget is heading. Closed: power and chips loop (balancing), a soft minimum of the funded and the feasible budget, so growth slows near the ceiling; data wall loop, scaled by the returns to compute. Open: sponsors spend a share of the closed frontier's run cost while they still release (sponsor retreat, policy), plus public funding; never below a floor of small open releases.",
      elements: {
        closed: "compute_returns[closed] * closed_funding_budget * (1 + (closed_funding_budget / power_feasible_budget) ^ power_limit_sharpness) ^ (-1 / power_limit_sharpness)",
        open: "max(sponsor_openness * (1 - open_release_restriction) * open_sponsor_ambition * frontier_training_cost[closed] * compute_returns[open] + public_open_run_budget, minimum_open_run_budget)",
      },
    },
    wanted_training_tokens: {
      dimensions: ["lab"],
      equation: "sqrt(frontier_compute * chinchilla_tokens_per_parameter / training_flop_per_parameter_token)",
      unit: "token",
      doc: "Compute-optimal dataset for each side's largest run: C = 6·N·D with D = 20·N gives D = √(20·C/6).",
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
  doc: "Spending on language models grows with adoption (fast now, slower later) and with frontier capability; tokens are spending ÷ average price, so cheaper tokens mean more volume. Volume splits into frontier tasks, which want the best model, and the long tail of narrow tasks, served by small and fine-tuned models. A model's price per million tokens scales with its effective compute and falls at constant capability (Epoch's ~40x a year at today's pace of efficiency gains, slower if that pace slows); closed models add a margin, open ones are sold at serving cost. The open share of each segment moves, with an adoption delay, toward a logit target set by the price ratio, capability adequacy, the value enterprises put on control, and a preference for several models after provider disruptions. Closed revenue feeds closed training spending (revenue → compute, reinforcing); as frontier prices rise relative to open ones, price-sensitive volume moves to open models (cost sensitivity, balancing).",

  // Frontier tasks, which want the best model, and the long tail of narrow tasks, which small
  // and fine-tuned models can serve. A segment differs only in its parameters: its start
  // share, how much the capability gap costs open models there, whether fine-tuning helps,
  // whether prices follow the gap, and how many price tiers below the frontier it is served.
  dimensions: { segment: ["frontier", "long_tail"] },

  stocks: {
    llm_spending_potential: {
      initial: "llm_spending_start",
      inflows: ["llm_spending_growth"],
      unit: "$/year",
      doc: "What users would spend a year on language-model tokens at 2025Q1 frontier capability (adoption).",
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
    llm_spending_growth: {
      equation: "llm_spending_potential * llm_spending_growth_rate",
      unit: "$/year^2",
      doc: "Growth of spending on language models as adoption spreads.",
    },
    open_share_change: {
      dimensions: ["segment"],
      equation: "(open_share_target - open_share) / open_adoption_time",
      unit: "1/year",
      doc: "Adoption delay: each segment's open share moves toward its target.",
    },
  },

  auxiliaries: {
    llm_spending_growth_rate: {
      equation: "ln(llm_spending_growth_long_run) + (ln(llm_spending_growth_start) - ln(llm_spending_growth_long_run)) * exp(-(time - initial(time)) / llm_spending_growth_decay_time)",
      unit: "1/year",
      doc: "Continuous growth rate of adoption-driven spending, easing from its start value to its long-run value.",
    },
    ai_market_revenue: {
      equation: "llm_spending_potential * (effective_compute[closed] / initial(effective_compute[closed])) ^ capability_value_exponent",
      unit: "$/year",
      doc: "All spending on language-model tokens: adoption × the value of frontier capability (capability earns revenue).",
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
    effective_flop_per_dollar: {
      equation: "training_flop_per_dollar * algorithmic_efficiency[closed]",
      unit: "FLOP/$",
      doc: "Effective compute per dollar at the closed frontier: hardware × formats × algorithms.",
    },
    efficiency_growth_at_start: {
      equation: "ln(hardware_growth) + ln(precision_utilization_growth) * (1 - precision_utilization_factor_start / precision_utilization_cap) + ln(algorithmic_growth)",
      unit: "1/year",
      doc: "Continuous growth rate of effective compute per dollar at the start, from the parameters.",
    },
    price_decline_index: {
      equation: "(effective_flop_per_dollar / initial(effective_flop_per_dollar)) ^ (-ln(price_decline_at_constant_capability) / efficiency_growth_at_start)",
      unit: "dimensionless",
      doc: "Price of a fixed capability relative to the start: falls price_decline_at_constant_capability-fold a year at the start pace of efficiency gains, slower if they slow.",
    },
    frontier_price: {
      dimensions: ["lab"],
      equation: "price_closed_frontier_start / (1 + closed_price_markup) ^ (1 - price_markup_share) * (effective_compute / initial(effective_compute[closed])) ^ price_capability_exponent * price_decline_index",
      unit: "$/Mtok",
      doc: "Price of the best closed and the best open model on one price-capability curve, rising with each model's effective compute and falling at constant capability: the closed one serving cost plus margin, the open one at serving cost (price_markup_share).",
    },
    long_tail_price: {
      dimensions: ["lab"],
      equation: "frontier_price[closed] / frontier_price_premium / (1 + closed_price_markup) ^ (1 - price_markup_share)",
      unit: "$/Mtok",
      doc: "Price of the models serving the long tail: closed providers' cheaper tier, and open small models at serving cost.",
    },
    price_ratio: {
      dimensions: ["segment"],
      equation: "(1 + closed_price_markup) * (effective_compute[closed] / effective_compute[open]) ^ (price_capability_exponent * price_gap_exposure)",
      unit: "dimensionless",
      doc: "Closed over open price in each segment. Frontier: the best closed over the best open price (= frontier_price[closed] / frontier_price[open]), rising with the gap and moving price-sensitive volume to open models (cost sensitivity, balancing). Long tail: similar models, closed adds its margin (price_gap_exposure).",
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
  doc: "People move along conserved flows: new developers enter; developers upskill into ML engineering (faster when open models and tools spread and when research pay rises); ML engineers are promoted into the frontier-research job market; new PhDs start in academia, whose departures feed the job market; each employer (closed labs, open-weight labs, applied industry, academia) hires from that market in proportion to its openings × its attractiveness (relative pay, freedom to publish, remote work, capability lead), never more than its openings; researchers leave back into the market through turnover and layoffs; job seekers who are not hired return to ML engineering; developers and ML engineers leave through attrition. Each employer wants staff budget ÷ pay researchers; pay moves toward the level that clears that demand (wage pressure, balancing). Researchers and community contributors drive algorithmic progress with diminishing returns (talent → progress, reinforcing).",

  // Who employs frontier researchers. Each employer differs only in its parameters: start
  // staff and pay, staff budget and what funds it, pay elasticity, freedom to publish, remote
  // work, whether the closed lead draws or repels researchers, which side's algorithms its
  // researchers advance, and whether new PhDs start there.
  dimensions: {
    employer: ["closed", "open", "applied", "academia"],
    // What staff budgets follow: the largest closed and open runs' budgets, spending on
    // language models, academic funding.
    funding: ["closed_runs", "open_runs", "llm_spending", "academic_funding"],
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
      doc: "Frontier researchers at each employer: closed labs, open-weight labs, applied industry (startups and enterprises), academia.",
    },
    comp: {
      dimensions: ["employer"],
      initial: "comp_start",
      inflows: ["comp_change"],
      unit: "$/people/year",
      doc: "Typical total pay of a frontier researcher at each employer.",
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
    researchers_applied: "researchers[applied]",
    researchers_academia: "researchers[academia]",
    comp_closed: "comp[closed]",
    comp_open: "comp[open]",
    comp_applied: "comp[applied]",
    comp_academia: "comp[academia]",
    net_researcher_flow_closed: "net_researcher_flow[closed]",
    net_researcher_flow_open: "net_researcher_flow[open]",
    net_researcher_flow_applied: "net_researcher_flow[applied]",
    net_researcher_flow_academia: "net_researcher_flow[academia]",
  },
}

"""#,
        "report.json5": #"""
// What the quarterly report shows: the headline indicators (MODEL.md §5), the milestones and
// the charts. Series names are a contract with notebooks: add, never rename.
{
  schema: 1,
  title: "AI model market and talent outlook",
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
    "researchers_closed", "researchers_open", "researchers_applied", "researchers_academia",
    "comp_closed", "comp_open", "comp_applied", "comp_academia",
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
    { name: "researcher-flows", title: "Where researchers move (net hires minus departures)", series: ["net_researcher_flow_closed", "net_researcher_flow_open", "net_researcher_flow_applied", "net_researcher_flow_academia"], scale: "linear", y_label: "people a year", caption: "Above zero an employer gains researchers on balance; below zero it loses them." },
    {
      name: "training-cost",
      title: "Amortized cost of the largest training run (2023 $)",
      series: ["frontier_training_cost_closed", "frontier_training_cost_open"],
      scale: "log",
      caption: "When the closed run passes $1B and $10B, and whether open sponsors keep pace or fall back as runs cost more than they will give away.",
    },
    {
      name: "training-compute",
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
      caption: "Months the closed frontier needs at its current pace to cover the gap; rises when sponsors retreat or the frontier slows, falls with diffusion and public funding.",
    },
    {
      name: "capability-gap",
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
      title: "Revenue of closed model providers (2023 $ a year)",
      series: ["closed_revenue"],
      scale: "log",
      caption: "The revenue that funds closed training runs (revenue → compute loop).",
    },
    {
      name: "researchers",
      title: "Frontier researchers by employer",
      series: ["researchers_closed", "researchers_open", "researchers_applied", "researchers_academia"],
      scale: "linear",
      caption: "Where frontier researchers work; open-weight labs shed staff when sponsors retreat.",
    },
    {
      name: "pay",
      title: "Typical total pay of a frontier researcher (2023 $ a year)",
      series: ["comp_closed", "comp_open", "comp_applied", "comp_academia"],
      scale: "linear",
      caption: "Pay by employer; the closed premium widens when closed labs bid harder for scarce researchers.",
    },
    {
      name: "pay-ratio",
      title: "Closed-lab pay over open-lab pay",
      series: ["pay_ratio_closed_open"],
      scale: "linear",
      caption: "Above 1 closed labs pay more; a fall toward 1.25 means open labs compete for talent on pay.",
    },
    {
      name: "talent-pools",
      title: "Software developers and ML practitioners",
      series: ["software_developers", "ml_practitioners"],
      scale: "log",
      caption: "The broad pools; ML practitioners grow by upskilling, faster when open models spread and research pay rises.",
    },
  ],
  scenario_table: [
    "frontier_training_cost_closed", "frontier_compute_closed", "capability_lag_months",
    "open_share_tokens", "price_closed_frontier", "closed_revenue", "comp_closed", "pay_ratio_closed_open",
  ],

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
      path: ["frontier_compute[closed]", "power_limit_share", "outside_capital_growth_rate", "outside_capital_change", "outside_capital", "closed_training_spending", "closed_funding_budget", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]"],
      doc: "As the largest run nears what power and chips allow, the budget target bends to the feasible one and funding stops compounding.",
    },
    {
      name: "Diffusion", polarity: "balancing",
      path: ["capability_gap_oom", "catch_up_rate[open]", "algorithmic_diffusion[open]", "algorithmic_efficiency[open]", "effective_compute[open]", "capability_gap_oom"],
      doc: "The wider the gap, the faster published research, distillation and leaked weights carry closed methods to open developers.",
    },
    {
      name: "Sponsor retreat", polarity: "reinforcing",
      path: ["sponsor_openness", "budget_target[open]", "budget_change[open]", "training_budget[open]", "funding_index[open_runs]", "staff_budget[open]", "desired_researchers[open]", "hiring_demand[open]", "hires[open]", "researchers[open]", "research_effort[open]", "algorithmic_progress_rate[open]", "algorithmic_progress[open]", "algorithmic_efficiency[open]", "frontier_class_open_run_cost", "sponsor_cost_ratio", "sponsor_openness"],
      doc: "When a frontier-class open run costs more than sponsors will give away they release less, open labs lose staff, open methods fall behind, and a frontier-class run costs still more.",
    },
    {
      name: "Revenue → compute", polarity: "reinforcing",
      path: ["closed_revenue", "closed_training_spending", "closed_funding_budget", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]", "effective_compute[closed]", "ai_market_revenue", "closed_revenue"],
      doc: "Closed revenue funds larger training runs, which buy capability, which earns revenue.",
    },
    {
      name: "Cost sensitivity", polarity: "balancing",
      path: ["price_ratio[frontier]", "open_utility[frontier]", "open_share_target[frontier]", "open_share_change[frontier]", "open_share[frontier]", "closed_spend_per_token", "closed_revenue_share", "closed_revenue", "closed_training_spending", "closed_funding_budget", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "frontier_compute[closed]", "effective_compute[closed]", "price_ratio[frontier]"],
      doc: "As frontier prices rise relative to open ones, price-sensitive volume moves to open models, trimming the revenue that pays for the next run.",
    },
    {
      name: "Talent → progress", polarity: "reinforcing",
      path: ["researchers[closed]", "research_effort[closed]", "algorithmic_progress_rate[closed]", "algorithmic_progress[closed]", "algorithmic_efficiency[closed]", "effective_compute[closed]", "ai_market_revenue", "closed_revenue", "closed_training_spending", "closed_funding_budget", "budget_target[closed]", "budget_change[closed]", "training_budget[closed]", "funding_index[closed_runs]", "staff_budget[closed]", "desired_researchers[closed]", "hiring_demand[closed]", "hires[closed]", "researchers[closed]"],
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
    outside_capital_growth_boom: 2.9,      // judgement: the 2024-25 pace of funding rounds continues
    outside_capital_boom_end: 2033.0,      // judgement: the boom lasts four years longer than in base
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
