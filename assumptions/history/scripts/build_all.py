#!/usr/bin/env python3
"""Rebuild every file of assumptions/history from shared/data, then validate them and
re-check the existing project history files. Run from this folder: python3 build_all.py"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
steps = ["build_cpi.py", "build_benchmarks.py", "build_api_prices.py", "build_market.py", "build_talent.py",
         "build_labs.py", "validate.py", "check_existing.py"]
rc = 0
for s in steps:
    print(f"== {s}")
    r = subprocess.run([sys.executable, os.path.join(HERE, s)], cwd=HERE)
    if r.returncode and s != "check_existing.py":
        rc = r.returncode
sys.exit(rc)
