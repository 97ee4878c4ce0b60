"""YAML for agreement files: plain data plus the line of every value, so that errors can name the line.

Timestamps are left as strings (PyYAML would turn ``2025-03-18T00:00:00+03:00`` into a naive datetime and lose the
time zone); the model parses them and insists on a time zone.
"""

from __future__ import annotations

from typing import Any

import yaml

from ceasewatch.errors import AgreementError

Path = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """A safe loader without the implicit timestamp type."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_with_lines(text: str, name: str) -> tuple[Any, dict[Path, int]]:
    """Parse YAML ``text``; return the data and a map from each value's path to its 1-based line."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        lines: dict[Path, int] = {}
        data = _build(loader, root, (), lines, name) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise AgreementError(
            f"not valid YAML: {exc.problem or exc.context}",
            file=name,
            line=mark.line + 1 if mark else None,
            expected="a YAML mapping",
        ) from exc
    except yaml.YAMLError as exc:
        raise AgreementError(f"not valid YAML: {exc}", file=name) from exc
    finally:
        loader.dispose()
    return data, lines


def _build(loader: _Loader, node: yaml.Node, path: Path, lines: dict[Path, int], name: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise AgreementError(
                    f"a key must be text, not {key!r}",
                    file=name,
                    line=key_node.start_mark.line + 1,
                    field=_dotted(path),
                    expected="a text key",
                )
            if key in result:
                raise AgreementError(
                    f"key '{key}' appears twice",
                    file=name,
                    line=key_node.start_mark.line + 1,
                    field=_dotted((*path, key)),
                )
            result[key] = _build(loader, value_node, (*path, key), lines, name)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, (*path, index), lines, name) for index, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def _dotted(path: Path) -> str:
    return ".".join(str(part) for part in path)


def line_of(lines: dict[Path, int], path: Path) -> int | None:
    """The line of the value at ``path``, or of its nearest ancestor that has one."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None
