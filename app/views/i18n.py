"""The language of the GUI: Chinese by default (the source strings), English at run time from the
compiled Qt Linguist file app/resources/i18n/weiquan_en.qm, plus Qt's own translations of its dialogs.
The core's coded messages (app/domain/catalog.py) are switched to the same language here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app.domain import messages
from app.resources import resource_path

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
TRANSLATOR_NAME = "weiquan_translator"


def normalise(lang: str | None) -> str:
    """A supported language code for anything the user or the settings hold."""
    if lang and lang.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def install_language(app: QCoreApplication, lang: str | None) -> str:
    """Replace the installed translators by those of ``lang``; returns the language now in use.

    Widgets built before the switch keep their text: the main window rebuilds itself afterwards.
    """
    chosen = normalise(lang)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    wanted = [str(resource_path("i18n", "weiquan_en.qm"))] if chosen == "en" else []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted += [f"{qt_dir}/qtbase_{'en' if chosen == 'en' else 'zh_CN'}.qm"]
    for path in wanted:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(path):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    QLocale.setDefault(QLocale("en_US" if chosen == "en" else "zh_CN"))
    app.setProperty("weiquan_lang", chosen)
    messages.set_language(chosen)  # the core's messages (errors, warnings) follow the GUI's language
    return chosen


def current_language(app: QCoreApplication) -> str:
    return normalise(str(app.property("weiquan_lang") or DEFAULT_LANGUAGE))


DATA_PROPERTY = "weiquan_data"
"""Set on a label that shows case data (a name, a fact): the English-screen check does not expect it in English."""


def month_label(day: date, lang: str) -> str:
    """A month as the user's language writes it: 2026年11月, November 2026."""
    if lang.startswith("en"):
        return QLocale(QLocale.Language.English).toString(QDate(day.year, day.month, 1), "MMMM yyyy")
    return f"{day.year}年{day.month}月"


def punctuation(lang: str) -> tuple[str, str, str]:
    """(colon, list separator, semicolon) as the language writes them: "：", "、", "；" or ": ", ", ", "; "."""
    return (": ", ", ", "; ") if lang.startswith("en") else ("：", "、", "；")
