"""Hypothesis runs the same examples on every run unless asked otherwise, so a green suite stays
green on CI; `pytest --hypothesis-profile=explore` searches fresh random examples."""

from hypothesis import settings

settings.register_profile("default", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, max_examples=300)
settings.load_profile("default")
