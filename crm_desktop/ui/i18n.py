"""Languages: Simplified Chinese by default, English selectable, switched live without restart.

The Chinese catalogue `resources/translations/crm_zh_CN.ts` is compiled with pyside6-lrelease into the user's
data directory when it is newer than the compiled file. Qt's own strings (standard buttons) come from qtbase.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from crm_desktop.config import data_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def is_english() -> bool:
    return _current.startswith("en")


def compiled_catalogue(language: str) -> Path | None:
    source = TS_DIR / f"crm_{language}.ts"
    if not source.exists():
        return None
    target = data_dir() / "translations" / f"crm_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [str(_lrelease())]
    try:
        subprocess.run(
            [*command, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
        )
    except (OSError, subprocess.CalledProcessError) as error:
        log.error("cannot compile %s: %s", source, error)
        return None
    return target


def _lrelease() -> Path:
    """pyside6-lrelease next to the interpreter (venv), else the binary shipped inside the PySide6 package."""
    import PySide6

    wrapper = Path(sys.executable).with_name("pyside6-lrelease")
    if wrapper.exists():
        return wrapper
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).with_name("lrelease" + suffix)


def set_language(language: str) -> None:
    """Install the translators for `language`; Qt then sends LanguageChange to every widget."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if _current == "zh_CN"
        else QLocale(QLocale.Language.English)
    )
    if _current == "en":
        # English is the source language: removing the translators is enough, but Qt needs one event to notice.
        app.sendEvent(app, _language_event())
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    catalogue = compiled_catalogue(_current)
    if catalogue is not None:
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)


def _language_event() -> QEvent:
    return QEvent(QEvent.Type.LanguageChange)
