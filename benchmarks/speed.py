#!/usr/bin/env python3
"""Speed benchmark: pages per CPU-second and MB/s on the shared corpora, peak memory, and how
the time per page grows with page size (1x, 10x, 100x the body of a typical page), in text
mode and, when extract takes HTML, in HTML mode.

    python benchmarks/speed.py                   # corpora under ../shared/bench, if present
    python benchmarks/speed.py --sizes 1,10,100,1000 --json speed.json

Same as `newsclean-eval --speed`; without a bench folder only the growth test runs, on a
made-up page.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if (ROOT / "src" / "newsclean").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

from newsclean.evaluate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["--speed", *sys.argv[1:]]))
