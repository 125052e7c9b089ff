#!/usr/bin/env python3
"""Quality gate: evaluate newsclean on the shared gold corpora and exit 1 when the body F1 of
any of them is below its floor in benchmarks/floors.json (or when extract raises on a page).

    python benchmarks/gate.py                    # corpora under ../shared/bench, if present
    python benchmarks/gate.py --bench DIR        # another bench folder
    python benchmarks/gate.py id-dev sh-text     # only these corpora

Without a bench folder there is nothing to measure: it says so and exits 0. Corpora: id-dev,
id-full, sh-text, and sh-html when extract takes HTML. Other options are those of
`newsclean-eval --gate` (--floors PATH, --extractor MODULE:ATTR, --json PATH).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if (ROOT / "src" / "newsclean").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

from newsclean.evaluate import main  # noqa: E402

if __name__ == "__main__":
    # The bench folder and benchmarks/floors.json are found by the evaluator itself.
    sys.exit(main(["--gate", *sys.argv[1:]]))
