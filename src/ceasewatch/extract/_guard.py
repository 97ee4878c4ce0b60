"""A cheaper search for a large pattern: a look-ahead for the characters its matches can begin with.

Python's ``re`` tries every alternative of a pattern at every position of the text, unless all of them begin with
a case-sensitive literal. For a case-insensitive alternation of dozens of words that is most of its time on a long
report. ``guarded`` puts in front of the pattern a look-ahead that every match passes anyway (a class of the
characters a match can begin with, read from the parsed pattern, ignoring case where the pattern does), so a position
whose character cannot begin a match fails on one class test. Matches are the same, found at the same positions, with
the same groups; where the class cannot be read (a match may begin with any character, or be empty), the pattern is
returned as it is.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

try:  # the parser of Python's own ``re`` (private; without it no pattern is guarded)
    import re._parser as _p  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    _p = None

RE_PARSER: Any = _p
"""The parser of Python's own ``re``, or None: the one import of that private module in the extractor (the lexicon's
pre-filter reads its entries' patterns with it too)."""

__all__ = ["RE_PARSER", "guard_patterns", "guarded", "parse"]


def parse(pattern: str, flags: int) -> Any:
    """The parse tree of ``pattern`` by the parser of ``re``, or None where it cannot be read (no parser, or a pattern
    it refuses): parsed once, for both the guard and the lexicon's pre-filter."""
    if _p is None:
        return None
    try:
        return _p.parse(pattern, flags)
    except Exception:  # a private module: anything it raises means "cannot be read", never an error of ours
        return None


def _first(items: Any, caseless: bool) -> tuple[set[tuple[bool, str]] | None, bool]:
    """What a match of the parsed sequence can begin with: parts of a character class (``а``, ``0-9``, ``\\d``), each
    with whether it is read ignoring case (as the pattern reads it there); None: any character. And whether the
    sequence can match the empty string."""
    c = _p  # the op codes: re._constants, re-exported by re._parser
    parts: set[tuple[bool, str]] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item begins the match
        if op is c.LITERAL:
            parts.add((caseless, re.escape(chr(av))))
            return parts, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    parts.add((caseless, re.escape(chr(value))))
                elif kind is c.RANGE:
                    parts.add((caseless, f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"))
                elif kind is c.CATEGORY and value in _CATEGORIES:
                    parts.add((False, _CATEGORIES[value]))
                else:
                    return None, False  # a negated class, a negated category
            return parts, False
        if op in (c.BRANCH, c.SUBPATTERN) or op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner_caseless = caseless
            if op is c.BRANCH:
                inner = av[1]
            elif op is c.SUBPATTERN:
                inner = [av[3]]  # (?i:...) and (?-i:...) change the case rule inside
                inner_caseless = bool(av[1] & re.IGNORECASE) or (caseless and not av[2] & re.IGNORECASE)
            else:
                inner = [av[2]]
            empty = op is not c.BRANCH and op is not c.SUBPATTERN and av[0] == 0  # a repeat that may be absent
            for sequence in inner:
                got, can_be_empty = _first(sequence, inner_caseless)
                if got is None:
                    return None, False
                parts |= got
                empty = empty or can_be_empty
            if not empty:
                return parts, False
            continue
        return None, False  # any character, a back-reference, an atomic group: no guard
    return parts, True


def guarded(pattern: re.Pattern[str], parsed: Any = None) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters its matches begin with; ``pattern`` itself when they cannot
    be read. ``parsed``: its parse tree, where the caller has it already."""
    if pattern in _SOURCE:
        return pattern  # guarded already (a pattern taken from an entry of ``_lexicon`` into a tuple)
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern  # (in verbose mode a comment could swallow the closing parenthesis)
    try:
        if parsed is None:
            parsed = _p.parse(pattern.pattern, pattern.flags)
        parts, can_be_empty = _first(parsed, bool(parsed.state.flags & re.IGNORECASE))
        if not parts or can_be_empty:
            return pattern
        caseless = "".join(sorted(part for ignore, part in parts if ignore))
        exact = "".join(sorted(part for ignore, part in parts if not ignore))
        cls = "|".join(([f"(?i:[{caseless}])"] if caseless else []) + ([f"(?-i:[{exact}])"] if exact else []))
        guard = re.compile(rf"(?={cls})(?:{pattern.pattern})", pattern.flags)
    except Exception:  # a global inline flag ("(?i)..."), a private name moved in another Python
        return pattern  # the pattern as it is: slower, never wrong
    _SOURCE[guard] = pattern
    return guard


def guard_patterns(namespace: dict[str, Any]) -> None:
    """Guard every compiled pattern a module binds at its top level, alone or in a tuple
    (``guard_patterns(globals())``, once, at its end): the same matches, at the same positions, found faster."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = guarded(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value):
            namespace[name] = tuple(guarded(v) for v in value)


_SOURCE: weakref.WeakKeyDictionary[re.Pattern[str], re.Pattern[str]] = weakref.WeakKeyDictionary()
"""Each guarded pattern and the pattern it guards: a pattern is guarded once."""
_CATEGORIES = (
    {}
    if _p is None
    else {
        getattr(_p, name): cls
        for name, cls in (("CATEGORY_DIGIT", r"\d"), ("CATEGORY_SPACE", r"\s"), ("CATEGORY_WORD", r"\w"))
        if hasattr(_p, name)
    }
)
