"""The Chinese catalogue `resources/translations/crm_zh_CN.ts`: complete, placeholders intact, current with the code.

When `test_catalogue_covers_the_source_strings` fails, a `tr()` string was added or changed in `crm_desktop`:
run `make translations` and translate the new entries in the catalogue.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from defusedxml import ElementTree

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "crm_zh_CN.ts"

# Python str.format fields (`{name}`, `{}`), Qt arguments (`%1`, `%n`), Qt mnemonics (`&F`, not `&&`).
PLACEHOLDER = re.compile(r"\{\w*\}")
QT_ARGUMENT = re.compile(r"%(?:n|L?\d+)")
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _entries(path: Path) -> dict[Key, Element]:
    root = ElementTree.parse(path).getroot()
    entries: dict[Key, Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entries[key] = message
    return entries


def _is_live(message: Element) -> bool:
    """False for entries lupdate keeps only for reference (their string left the code); lrelease skips them."""
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("vanished", "obsolete")


def _texts(message: Element) -> list[str]:
    """The translated text, one item per plural form."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def _label(key: Key) -> str:
    context, source, comment = key
    return f"[{context or '<no context>'}] {source!r}" + (f" ({comment})" if comment else "")


@pytest.fixture(scope="module")
def catalogue() -> dict[Key, Element]:
    return _entries(CATALOGUE)


def _qt_tool(name: str) -> list[str]:
    """The Qt tool the Makefile uses (the wrapper next to the interpreter), else the binary inside PySide6."""
    wrapper = Path(sys.executable).with_name(f"pyside6-{name}")
    if wrapper.exists():
        return [str(wrapper)]
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None, "PySide6 is not installed"
    package = Path(spec.origin).parent
    for candidate in (package / name, package / f"{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    pytest.fail(f"cannot find the Qt tool {name!r} (pyside6-{name})")


def test_every_entry_is_translated(catalogue: dict[Key, Element]) -> None:
    assert len(catalogue) > 0
    problems = []
    for key, message in catalogue.items():
        translation = message.find("translation")
        assert translation is not None, _label(key)
        if not _is_live(message):
            continue
        if translation.get("type") == "unfinished":
            problems.append(f"{_label(key)} is unfinished")
        elif any(not text.strip() for text in _texts(message)):
            problems.append(f"{_label(key)} has an empty translation")
        elif message.get("numerus") == "yes" and len(_texts(message)) != 1:
            problems.append(f"{_label(key)}: Chinese has exactly one plural form")
    assert not problems, "Untranslated entries in crm_zh_CN.ts:\n" + "\n".join(problems)


def test_placeholders_are_kept(catalogue: dict[Key, Element]) -> None:
    problems = []
    for key, message in catalogue.items():
        source = key[1]
        for text in _texts(message):
            for pattern in (PLACEHOLDER, QT_ARGUMENT):
                expected, found = Counter(pattern.findall(source)), Counter(pattern.findall(text))
                if expected != found:
                    problems.append(
                        f"{_label(key)} -> {text!r}: expected {sorted(expected.elements())}, "
                        f"found {sorted(found.elements())}"
                    )
    assert not problems, "Placeholders differ between source and translation:\n" + "\n".join(problems)


def test_mnemonics_are_kept(catalogue: dict[Key, Element]) -> None:
    """`&File` becomes `文件管理(&F)`: one mnemonic in the translation exactly when the source has one."""
    problems = []
    for key, message in catalogue.items():
        expected = len(MNEMONIC.findall(key[1]))
        for text in _texts(message):
            if len(MNEMONIC.findall(text)) != expected:
                problems.append(f"{_label(key)} -> {text!r}")
    assert not problems, "Keyboard mnemonics (&X) differ:\n" + "\n".join(problems)


def test_catalogue_covers_the_source_strings(tmp_path: Path, catalogue: dict[Key, Element]) -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "crm_desktop").rglob("*.py"))
    extracted = tmp_path / "extracted_zh_CN.ts"
    result = subprocess.run(
        [*_qt_tool("lupdate"), "-silent", *sources, "-ts", str(extracted)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"pyside6-lupdate failed:\n{result.stdout}\n{result.stderr}"
    current = _entries(extracted)
    assert current, "pyside6-lupdate found no translatable strings in crm_desktop"
    missing = sorted(_label(key) for key in current if key not in catalogue or not _is_live(catalogue[key]))
    assert not missing, (
        "These tr() strings are not in resources/translations/crm_zh_CN.ts. Run `make translations`, then "
        "translate the new entries in the catalogue:\n" + "\n".join(missing)
    )


def test_catalogue_compiles(tmp_path: Path, catalogue: dict[Key, Element]) -> None:
    compiled = tmp_path / "crm_zh_CN.qm"
    result = subprocess.run(
        [*_qt_tool("lrelease"), str(CATALOGUE), "-qm", str(compiled)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"pyside6-lrelease failed:\n{output}"
    assert compiled.stat().st_size > 0
    live = [message for message in catalogue.values() if _is_live(message)]
    generated = re.search(r"Generated (\d+) translation", output)
    assert generated is not None, output
    assert int(generated.group(1)) == len(live), f"lrelease left out entries:\n{output}"
    assert " 0 unfinished" in output and "Ignored" not in output, output
