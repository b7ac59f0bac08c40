"""A class of issue 10 (recall): a forbidden variant of a concept in the target is the
concept's own word, so it is reported whenever the source has the term, whatever the
sense rules would say, and in any verb form of the term ("Uploading", "logged out", T39).
An approved rendering that only sits inside another term's rendering (发动机 inside
喷气发动机) renders that other term, not this one."""

from __future__ import annotations

from check_cases import term_checks_found

from rows import every_row
from tm import Glossary, Term
from tm.checks._inflections import verb_forms

ENGINES = Glossary.from_terms([
    Term("engine", ("发动机",), forbidden=("引擎",), pos="noun", subject="Aviation", id="e"),
    Term("jet engine", ("喷气发动机",), pos="noun", subject="Aviation", id="j")])
APP = Glossary.from_terms([
    Term("upload", ("上传",), forbidden=("上载",), id="u"),
    Term("log out", ("退出登录",), forbidden=("登出",), id="l")])


def test_a_rendering_inside_a_longer_terms_rendering_does_not_excuse_a_forbidden_variant(
) -> None:
    assert term_checks_found("Each jet engine drives a smaller engine for the generator.",
                             "每台喷气发动机带动一台为发电机供电的小型引擎。",
                             ENGINES) == ["term-forbidden"]


def test_a_rendering_of_its_own_beside_the_longer_term_still_counts() -> None:
    assert term_checks_found("Each jet engine drives a smaller engine for the generator.",
                             "每台喷气发动机带动一台为发电机供电的小型发动机。", ENGINES) == []


@every_row(("en", "zh"), [
    ("Uploading photos…", "正在上载照片…"),
    ("Uploaded 3 files", "已上载 3 个文件"),
    ("You have logged out.", "您已登出。"),
    ("Logs out every device", "登出所有设备"),
])
def test_a_verb_form_of_the_term_with_a_forbidden_variant_is_reported(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, APP) == ["term-forbidden"]


@every_row(("en", "zh"), [
    ("Logging out…", "正在退出登录…"),
    ("Uploading photos…", "正在上传照片…"),
    ("The uploader is busy.", "上载器正忙。"),  # another word: no form of "upload"
])
def test_an_approved_rendering_or_another_word_is_no_finding(en: str, zh: str) -> None:
    assert term_checks_found(en, zh, APP) == []


@every_row(("term", "text", "found"), [
    ("premiere", "The opera premiered in Milan.", True),
    ("stop", "The feed stopped.", True),
    ("copy", "Copied to clipboard", True),
    ("sign in", "Signing in…", True),
    ("sign in", "signed-in users", True),
    ("stage", "The stagecoach left.", False),
    ("sign in", "a signing ceremony in Rome", False),
])
def test_verb_forms_of_a_term(term: str, text: str, found: bool) -> None:
    assert bool(verb_forms(term).search(text)) is found
