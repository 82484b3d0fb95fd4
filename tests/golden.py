"""Golden comparison: expected facts against ours, field by field, with a readable diff."""

from __future__ import annotations

import json


def _key_people(p: dict) -> str:
    return p["name"]


def diff_facts(expected: dict, actual: dict) -> list[str]:
    """Lines describing every difference between two contract documents (empty when equal)."""
    lines: list[str] = []
    exp_people = {_key_people(p): p for p in expected.get("people", [])}
    act_people = {_key_people(p): p for p in actual.get("people", [])}
    for name in exp_people.keys() - act_people.keys():
        lines.append(f"people: missing {name}")
    for name in act_people.keys() - exp_people.keys():
        lines.append(f"people: unexpected {name}")
    for name in exp_people.keys() & act_people.keys():
        e = {(x["title"], x["province"]) for x in exp_people[name]["positions"]}
        a = {(x["title"], x["province"]) for x in act_people[name]["positions"]}
        for t in sorted(e - a, key=str):
            lines.append(f"positions of {name}: missing {t}")
        for t in sorted(a - e, key=str):
            lines.append(f"positions of {name}: unexpected {t}")
    for family, fields in (("events", ("type", "date", "host", "guest", "leader")),
                           ("figures", ("indicator", "value", "unit", "role", "of", "estimate", "bound",
                                        "basis", "province", "period"))):
        exp = [tuple(x.get(f) for f in fields) for x in expected.get(family, [])]
        act = [tuple(x.get(f) for f in fields) for x in actual.get(family, [])]
        for i in range(max(len(exp), len(act))):
            ex = exp[i] if i < len(exp) else None
            ac = act[i] if i < len(act) else None
            if ex == ac:
                continue
            if ex is None or ac is None:
                lines.append(f"{family}[{i}]: expected {json.dumps(ex, ensure_ascii=False)}, got "
                             f"{json.dumps(ac, ensure_ascii=False)}")
                continue
            for f, a, b in zip(fields, ex, ac):
                if a != b:
                    lines.append(f"{family}[{i}].{f}: expected {a!r}, got {b!r}")
    return lines
