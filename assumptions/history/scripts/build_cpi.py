#!/usr/bin/env python3
"""cpi_u.csv: US CPI-U annual averages 2020-2024 and the factor that turns nominal dollars of a
year into 2023 dollars (CPI_2023 / CPI_year). Values and sources: see common.py."""
from common import CPI_ANNUAL, CPI_MONTHLY, usd2023_factor, write

rows = []
for y in sorted(CPI_ANNUAL):
    rows.append({
        "year": str(y), "cpi_u_annual_average": CPI_ANNUAL[y], "usd2023_factor": round(usd2023_factor(y), 6),
        "published_after_2024": 1 if y == 2024 else "",
        "quality": "primary",
        "source": ("BLS CPI-U, U.S. city average, all items, not seasonally adjusted, 1982-84=100 (series CUUR0000SA0); "
                   "monthly values via FRED CPIAUCNS mirror huggingface.co/datasets/ada-datadruids/CPIAUCNS and gist.github.com/rlvaugh/e8454af7d7904a9f1e975c8365739b35"
                   + ("; Nov-Dec 2024 and the 2024 annual average 313.689 on bls.gov/regions/mid-atlantic/data/xg-tables/ro3xg01.htm" if y == 2024 else "")
                   + ("; annual average 258.811 also in the IMF IFS example response (PCPI, US)" if y == 2020 else "")),
        "note": f"mean of the 12 monthly indexes ({min(CPI_MONTHLY[y]):.3f}..{max(CPI_MONTHLY[y]):.3f}), BLS's annual-average method"
                + ("; published_after_2024: the December 2024 index and the 2024 annual average were released by BLS in January 2025" if y == 2024 else ""),
    })
comments = [
    "U.S. Bureau of Labor Statistics, Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, NSA, annual averages (public domain).",
    "usd2023_factor multiplies nominal dollars of that year into constant 2023 dollars, the model's money unit.",
]
print("cpi_u.csv:", write("cpi_u.csv", comments, ["year", "cpi_u_annual_average", "usd2023_factor", "published_after_2024", "quality", "source", "note"], rows), "rows")
