"""The README's examples are executed, so the documentation cannot drift from the code."""

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_custom_rule_example_runs():
    blocks = [b for b in _python_blocks() if "Extractor(" in b]
    assert blocks, "the README lost its custom-rule example"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_readme_starts_with_setup_and_test_commands():
    shell = re.search(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert shell is not None
    commands = shell.group(1).strip().splitlines()
    assert "pip install -e" in commands[0] and "newsclean fixtures/" in commands[0]
    assert commands[1] == "python -m pytest"
