"""Swapped arguments: the same placeholders, each in the other's role (issue 10).

``msgfmt -c`` accepts ``Moved %1$s to %2$s`` → ``已将 %2$s 移至 %1$s`` (same
arguments, same types), but the target moves argument 1 to argument 2.  The
check reads the roles a preposition gives (to / from / by / in …) and their
Chinese markers (至到为 / 从自 / 由被 / 在于 …) right before each placeholder;
a legal reordering keeps them (docs/checks.md, "Swapped arguments").
"""

from __future__ import annotations

from check_cases import placeholder_messages

from rows import every_row


@every_row(("en", "zh"), [
    ("Copied %1$s to %2$s", "已将 %2$s 复制到 %1$s"),
    ("Copy %s to %s", "将 %2$s 复制到 %1$s"),  # implicit positions in the source
    ("Renamed {old} to {new}", "已将 {new} 重命名为 {old}"),
    ("Renamed {0} to {1}", "已将 {1} 重命名为 {0}"),
    ("Transfer from %1$s to %2$s", "从 %2$s 转到 %1$s"),
    ("Sent by %(sender)s to %(recipient)s", "由 %(recipient)s 发送给 %(sender)s"),
    ("Moved %1$s to %2$s", "已将 %2$s 移至 %1$s"),  # heldout6's case
])
def test_arguments_swapped_between_roles_are_reported(en: str, zh: str) -> None:
    messages = placeholder_messages(en, zh)
    assert messages and all("arguments swapped" in m for m in messages)


@every_row(("en", "zh"), [
    ("Copied %1$s to %2$s", "已将 %1$s 复制到 %2$s"),
    ("Copy %s to %s", "将 %1$s 复制到 %2$s"),
    ("Copy %s to %s", "将 %s 复制到 %s"),
    ("Renamed {old} to {new}", "已将 {old} 重命名为 {new}"),
    ("Transfer from %1$s to %2$s", "从 %1$s 转到 %2$s"),
    # legal reorderings: the markers stay with their arguments
    ("Save %1$s on orders over %2$s", "满 %2$s 减 %1$s"),
    ("The door was unlocked at %1$s by %2$s", "%2$s 于 %1$s 解锁了门锁"),
    ("Updated %1$d devices in %2$s", "已更新%2$s中的 %1$d 台设备"),
    ("Sent to %2$s by %1$s", "由 %1$s 发送给 %2$s"),
    ("Received %1$s from %2$s", "收到来自 %2$s 的 %1$s"),
    # a marker no source preposition of another argument allows
    ("Value %1$d must be greater than %2$d", "值 %1$d 必须大于 %2$d"),
    # arguments of different types: a type error would be reported instead
    ("Moved %1$d files to %2$s", "已将 %1$d 个文件移至 %2$s"),
])
def test_arguments_kept_in_their_roles_are_not_reported(en: str, zh: str) -> None:
    assert placeholder_messages(en, zh) == []


def test_a_marker_before_one_argument_proves_nothing_while_the_other_keeps_its_role() -> None:
    """heldout23 (after its first run): 'must be %d to %d digits' → '必须为 %d 至 %d 位数字'
    was "arguments swapped" — 为 renders *to* elsewhere, but here it is the copula, and 至
    still marks argument 2 for the source's *to*.  A real swap is still reported."""
    from tm import Unit, check

    def found(source: str, target: str) -> list[str]:
        return [f.message for f in check([Unit(source, target)], select=["placeholders"])]

    assert found("The PIN must be %d to %d digits.", "PIN 码须为 %d 至 %d 位。") == []
    assert found("Limit set to %1$s from %2$s", "限额已设为 %1$s（原为 %2$s）") == []
    assert found("Copy %1$s to %2$s", "将 %2$s 复制到 %1$s")


@every_row(("en", "zh"), [
    ("Your fare for %(route)s is %(price)s", "您%(route)s的车费为 %(price)s"),
    ("The deposit for {room} is {amount} yuan.", "{room}的押金为 {amount} 元。"),
    ("Shipping to %1$s is %2$s", "寄往 %1$s 的运费为 %2$s"),
])
def test_the_copula_before_the_argument_after_is_is_no_moved_role(en: str, zh: str) -> None:
    """heldout28 (after its first run): 为 renders *for*, *to* and *as*, but it is also the
    copula; before the argument the source puts after *is* it is "is", and the argument the
    source marks with *for* kept its own place."""
    assert placeholder_messages(en, zh) == []


@every_row(("en", "zh"), [
    ("Ship to {recipient} at {address}", "发货至 {address}（收件人：{recipient}）"),
    ("Send the code to %(name)s at %(phone)s", "将验证码发送至 %(phone)s（%(name)s）"),
    ("Return it to %1$s at %2$s", "请将其送还到 %2$s，交给 %1$s"),
])
def test_the_place_at_which_something_arrives_takes_a_destination_marker(en: str,
                                                                        zh: str) -> None:
    """heldout30 (after its first run): "to" names the person and "at" the place the
    thing arrives at, which Chinese marks as the destination (至/到); the person follows
    as the recipient.  The place kept its role, so nothing was swapped."""
    assert placeholder_messages(en, zh) == []


@every_row(("en", "zh"), [
    ("Ship from %1$s to %2$s at %3$s", "从 %2$s 发货至 %1$s（%3$s）"),
    # review Y-9: 到/至 never render the *at* of a time, and a *to* argument the target
    # marks for another role was moved
    ("Copy {src} to {dst} at {time}", "将 {src} 复制到 {time}，时间：{dst}"),
    ("Deliver {item} to {name} at {time}", "在 {name} 将 {item} 送至 {time}"),
    ("Move {file} to {folder} at {time}", "在 {folder} 将 {file} 移至 {time}"),
    ("Send {gift} to {friend} at {party}", "在 {friend} 把 {gift} 送到 {party}"),
    # review Y-16: a positional argument, or a name that says no place, keeps the rule
    ("Copy %1$s to %2$s at %3$s", "将 %1$s 复制到 %3$s，时间：%2$s"),
    ("Copy {0} to {1} at {2}", "将 {0} 复制到 {2}，时间：{1}"),
    ("Move {file} to {folder} at {t}", "将 {file} 移至 {t}（{folder}）"),
])
def test_a_real_swap_between_a_person_and_a_place_is_still_reported(en: str, zh: str) -> None:
    assert placeholder_messages(en, zh)


def test_a_real_swap_beside_a_copula_is_still_reported() -> None:
    assert placeholder_messages("Shipping from %1$s to %2$s is free",
                                "从 %2$s 寄往 %1$s 免运费")


def _many(count: int, swapped: bool) -> tuple[str, str]:
    """A message with *count* positional arguments, the first two in from/to roles."""
    rest = " ".join(f"%{i}$s" for i in range(3, count + 1))
    first, second = ("%2$s", "%1$s") if swapped else ("%1$s", "%2$s")
    return f"Transfer from %1$s to %2$s {rest}", f"从 {first} 转到 {second} {rest}"


def test_roles_are_read_up_to_a_bound_on_arguments() -> None:
    """Red team R9-5: roles were compared argument against argument, 67 CPU s for a
    hostile entry of 10,000; messages past MAX_ROLE_ARGUMENTS are not read for roles
    (real ones have fewer than ten), the others as before."""
    from tm.checks._roles import MAX_ROLE_ARGUMENTS

    assert placeholder_messages(*_many(MAX_ROLE_ARGUMENTS, swapped=True))
    assert not placeholder_messages(*_many(MAX_ROLE_ARGUMENTS, swapped=False))
    assert not placeholder_messages(*_many(MAX_ROLE_ARGUMENTS + 1, swapped=True))
    assert not placeholder_messages(*_many(10_000, swapped=True))
