"""Double-brace template interpolations are placeholders (user trial T42).

``{{ user.name }}`` is how Vue i18n, i18next, Angular, Handlebars, Jinja and Django
templates put a value into a string; a translation that drops it loses the user's
name, and the placeholders check did not read the form at all (the brace reader
skips ``{{`` as Python's escape).  Compared by expression: spacing and a filter
after ``|`` may differ, order may change; Python's ``{{0}}`` names no variable.
"""

from __future__ import annotations

from rows import every_row
from tm import Unit, check
from tm.checks.placeholders import mask_placeholders, parse_placeholders


def _found(en: str, zh: str) -> list[str]:
    return [f.message for f in check([Unit(en, zh)], select=["placeholders"])]


@every_row(("en", "zh", "problem"), [
    ("Good morning, {{ guest.first_name }}.", "早上好。", "missing from the target: "
     "{{ guest.first_name }}"),
    ("{{count}} items in your basket", "购物篮里有 {{ total }} 件商品",
     "missing from the target: {{count}}; not in the source: {{ total }}"),
    ("Paid by {{ payer?.name }}", "付款人：{{ payee?.name }}", "{{ payee?.name }}"),
])
def test_a_template_variable_dropped_or_renamed_is_reported(en: str, zh: str,
                                                            problem: str) -> None:
    (message,) = _found(en, zh)
    assert problem in message


@every_row(("en", "zh"), [
    ("Good morning, {{ guest.first_name }}.", "{{guest.first_name}}，早上好。"),
    ("Total: {{ amount | money }}", "合计：{{ amount | money:'CNY' }}"),
    ("{{ done }} of {{ total }} uploaded", "已上传 {{ total }} 个中的 {{ done }} 个"),
    ("Write {{0}} for a literal brace field", "字面量写作 {{0}}"),
    ("Hello {name}, you have {{ count }} alerts", "{name}，您有 {{ count }} 条提醒"),
])
def test_kept_template_variables_pass(en: str, zh: str) -> None:
    assert _found(en, zh) == []


def test_a_template_is_one_placeholder_and_is_masked_for_the_term_checks() -> None:
    (found,) = parse_placeholders("Ship to {{ order.address }}")
    assert (found.family, found.arg) == ("template", "order.address")
    assert "address" not in mask_placeholders("Ship to {{ order.address }}")
