"""`newsclean FILE...`: extract articles from page texts (or HTML files) on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .extractor import Extractor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsclean", description="Extract the article from news page texts.")
    parser.add_argument("files", nargs="*", type=Path, help="page text files (default: standard input)")
    parser.add_argument("--json", action="store_true", help="print each Article as one line of JSON")
    parser.add_argument("--trace", action="store_true", help="also print every line with its label and rule")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE", help="disable a rule or rule prefix")
    parser.add_argument("--rules", action="store_true", help="list the rules in use (name, label, what for) and exit")
    args = parser.parse_args(argv)
    extractor = Extractor(disable=args.disable)
    if args.rules:
        for rule in extractor.ruleset:
            print(f"{rule.name:40} {rule.label.value:11} {rule.doc}")
        return 0
    sources = [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in args.files] or [
        ("<stdin>", sys.stdin.read())
    ]
    for name, text in sources:
        article = extractor.extract(text)
        if args.json:
            print(article.model_dump_json())
            continue
        print(f"== {name}")
        print(f"title:     {article.title}")
        print(f"authors:   {', '.join(article.authors)}   editors: {', '.join(article.editors)}")
        print(f"published: {article.published}   source: {article.source}   location: {article.location}")
        print(f"language:  {article.language}   pages: {article.page_count}")
        print()
        print(article.body)
        if args.trace:
            print()
            for line in article.lines:
                print(f"{line.number:5} {line.label.value:10} {line.rule:32} {line.text[:80]}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
