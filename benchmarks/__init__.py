"""Performance benchmarks on a 100 000-customer demo register; not collected by pytest.

Run with `.venv/bin/python -m benchmarks` (see README, "Benchmarks").
"""
