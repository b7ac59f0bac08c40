"""Weblate's tmserver client, line for line, without Django.

Weblate cannot be imported outside a configured Django site, so this module
repeats what Weblate 5.14.3 does when its "tmserver" automatic suggestion
service queries a server: ``weblate/machinery/tmserver.py``
(``TMServerTranslation``) and the parts of ``weblate/machinery/base.py``
(``MachineTranslation``) it relies on.  Each method names the Weblate method
it copies; the HTTP goes through ``requests``, as in Weblate, so the bytes
on the wire (its re-quoting of the URL included) are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import Any
from urllib.parse import quote

import requests


class UnsupportedLanguageError(Exception):
    """weblate.machinery.base.UnsupportedLanguageError."""


class WeblateTMServer:
    """TMServerTranslation with its ``settings = {"url": url}``."""

    name = "tmserver"

    def __init__(self, url: str) -> None:
        self.settings = {"url": url}
        self.language_map: dict[str, str] = {}
        self._supported: set[tuple[str, str]] | None = None

    # MachineTranslation.api_base_url
    @property
    def api_base_url(self) -> str:
        base = self.settings["url"]
        if base.endswith("/"):
            base = base.rstrip("/")
        return base

    # MachineTranslation.get_api_url
    def get_api_url(self, *parts: str | bytes) -> str:
        return "/".join(chain([self.api_base_url], (quote(part, b"") for part in parts)))

    # MachineTranslation.request (weblate.utils.requests.request + check_failure)
    def request(self, method: str, url: str) -> requests.Response:
        headers = {"Referer": "http://weblate.example/",
                   "Accept": "application/json; charset=utf-8",
                   "User-Agent": "Weblate/5.14.3"}
        response = requests.request(method, url, headers=headers, timeout=10)
        response.raise_for_status()
        return response

    # TMServerTranslation.map_language_code over MachineTranslation.map_language_code
    def map_language_code(self, code: str) -> str:
        code = code.removesuffix("_devel")
        code = self.language_map.get(code, code)
        return code.replace("-", "_").lower()

    # TMServerTranslation.download_languages
    def download_languages(self) -> list[tuple[str, str]]:
        try:
            response = self.request("get", self.get_api_url("languages", ""))
            data = response.json()
        except requests.HTTPError as error:
            if error.response is not None and error.response.status_code == 404:
                return []
            raise
        return [(src, tgt) for src in data["sourceLanguages"] for tgt in data["targetLanguages"]]

    # MachineTranslation.supported_languages (cached)
    @property
    def supported_languages(self) -> set[tuple[str, str]]:
        if self._supported is None:
            self._supported = set(self.download_languages())
        return self._supported

    # TMServerTranslation.is_supported
    def is_supported(self, source_language: str, target_language: str) -> bool:
        if not self.supported_languages:
            return True
        return (source_language, target_language) in self.supported_languages

    # MachineTranslation.get_language_possibilities (on Weblate language codes)
    def get_language_possibilities(self, code: str) -> Iterator[str]:
        mapped_code = self.map_language_code(code)
        if not mapped_code:
            return
        yield mapped_code
        code = code.replace("-", "_")
        while "_" in code:
            code = code.rsplit("_", 1)[0]
            yield self.map_language_code(code)

    # MachineTranslation.get_languages
    def get_languages(self, source_language: str, target_language: str) -> tuple[str, str]:
        if source_language == target_language:
            raise UnsupportedLanguageError("Same languages")
        for source in self.get_language_possibilities(source_language):
            for target in self.get_language_possibilities(target_language):
                if self.is_supported(source, target):
                    return source, target
        raise UnsupportedLanguageError("Not supported")

    # TMServerTranslation.download_translations
    def download_translations(self, source_language: str, target_language: str, text: str,
                              threshold: int = 75) -> Iterator[dict[str, Any]]:
        url = self.get_api_url(source_language, target_language, "unit",
                               text[:500].replace("\r", " ").encode())
        response = self.request("get", url)
        payload = response.json()
        for line in payload:
            quality = int(line["quality"])
            if quality < threshold:
                continue
            yield {"text": line["target"], "quality": quality, "service": self.name,
                   "source": line["source"]}

    # MachineTranslation.validate_settings (run when an admin saves the service's URL)
    def validate_settings(self) -> None:
        self.download_languages()
        {text: list(self.download_translations("en", "de", text, threshold=75))
         for text in ["test"]}

    def suggest(self, source_code: str, target_code: str, text: str,
                threshold: int = 75) -> list[dict[str, Any]]:
        """What a Weblate component in *source_code* -> *target_code* gets for *text*."""
        source, target = self.get_languages(source_code, target_code)
        return list(self.download_translations(source, target, text, threshold))
