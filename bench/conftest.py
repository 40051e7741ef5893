"""Benchmarks compare one core with one core: no BLAS thread pool on the second core (set before
numpy is imported; a variable the caller set wins)."""

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
