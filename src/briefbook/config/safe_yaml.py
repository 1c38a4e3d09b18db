"""Bounded YAML for params and outline files: safe tags, and no input that hangs or explodes.

PyYAML's safe loader still builds whatever a document describes: nested aliases (the
"billion laughs" shape) describe a value of exponential size, and every later reading of it
(validation, an error message, the manifest) hangs; deep nesting exhausts the stack. This
loader refuses, before construction, a file larger than ``yaml_bytes``, more than
``yaml_aliases`` aliases, nesting deeper than ``yaml_depth``, a document of more than
``yaml_nodes`` values once its aliases are expanded, and recursive aliases; and it refuses a
list or mapping used as a key as a YAML error with its line (not ``TypeError``).
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, SequenceNode

from briefbook.config.limits import LimitError, limit

__all__ = ["BoundedLoader", "file_problem", "read_yaml_file", "read_yaml_text"]


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a YAML file ("not found", "is a folder", "is not a
    regular file" for a FIFO or device, which could block or never end), or None."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return "not found" if isinstance(exc, FileNotFoundError) else f"unreadable ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "is a folder"
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    return None


class BoundedLoader(yaml.SafeLoader):
    """A ``SafeLoader`` that enforces the ``yaml_*`` limits (:class:`LimitError`) while
    composing, before any Python value is built. ``origin`` names the file in messages."""

    origin = "YAML"

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0
        self._max_depth = limit("yaml_depth")
        self._max_aliases = limit("yaml_aliases")
        self._max_nodes = limit("yaml_nodes")

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        if self.check_event(AliasEvent):
            self._aliases += 1
            if self._aliases > self._max_aliases:
                mark = self.peek_event().start_mark
                raise LimitError(
                    f"{self.origin} uses more than {self._max_aliases:,} aliases "
                    f"(line {mark.line + 1})",
                    limit="yaml_aliases",
                    value=self._aliases,
                )
        self._depth += 1
        try:
            if self._depth > self._max_depth:
                mark = self.peek_event().start_mark
                raise LimitError(
                    f"{self.origin} nests lists or mappings deeper than {self._max_depth} "
                    f"levels (line {mark.line + 1})",
                    limit="yaml_depth",
                    value=self._depth,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_document(self) -> Node:
        node = super().compose_document()
        size = expanded_size(node, self._max_nodes)
        if size > self._max_nodes:
            raise LimitError(
                f"{self.origin} holds more than {self._max_nodes:,} values once its aliases "
                "are expanded (an alias bomb?)",
                limit="yaml_nodes",
                value=size,
            )
        return node

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict:
        self.check_keys(node, deep)
        return super().construct_mapping(node, deep=deep)

    def check_keys(self, node: MappingNode, deep: bool) -> list[Any]:
        """The keys of ``node``, each hashable, else a ConstructorError with its line."""
        if not isinstance(node, MappingNode):
            return []
        self.flatten_mapping(node)
        keys = []
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable) or isinstance(key, list | dict | set):
                raise ConstructorError(
                    None,
                    None,
                    f"a {type(key).__name__} cannot be a key (only text, numbers, true/false)",
                    key_node.start_mark,
                )
            try:
                hash(key)
            except TypeError:
                raise ConstructorError(
                    None, None, "this key cannot be a key", key_node.start_mark
                ) from None
            keys.append(key)
        return keys


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def expanded_size(root: Node, cap: int) -> int:
    """Number of nodes of ``root`` with every alias expanded, counted up to ``cap + 1``
    in time linear in the composed graph (each shared node counted once, memoised).
    Raises ComposerError for a recursive alias (a node that contains itself)."""
    memo: dict[int, int] = {}
    open_nodes: set[int] = set()  # nodes being counted: the ancestors of the current one
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        nid = id(node)
        if done:
            total = 1 + sum(memo[id(c)] for c in _children(node))
            memo[nid] = min(total, cap + 1)
            open_nodes.discard(nid)
            continue
        if nid in memo:
            continue
        if nid in open_nodes:
            raise ComposerError(
                None,
                None,
                "found a recursive alias (a value that contains itself)",
                node.start_mark,
            )
        open_nodes.add(nid)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in memo)
    return memo[id(root)]


def read_yaml_text(text: str, loader: type[BoundedLoader] = BoundedLoader, origin: str = "") -> Any:
    """Parse one YAML document with ``loader``; LimitError or yaml.YAMLError on bad input."""
    cls = loader if not origin else type(loader.__name__, (loader,), {"origin": origin})
    instance = cls(text)
    try:
        return instance.get_single_data()
    finally:
        instance.dispose()


def check_size(path: Path, origin: str) -> int:
    """The size of ``path`` in bytes, refused by ``yaml_bytes`` before it is read."""
    size = path.stat().st_size
    if size > limit("yaml_bytes"):
        raise LimitError(
            f"{origin} is {size:,} bytes", limit="yaml_bytes", value=size, path=str(path)
        )
    return size


def read_yaml_file(
    path: Path, loader: type[BoundedLoader] = BoundedLoader, origin: str = ""
) -> Any:
    """Size-checked, then parsed (``utf-8-sig``); OSError, UnicodeDecodeError, LimitError or
    yaml.YAMLError on failure."""
    origin = origin or f"YAML file {path.name}"
    check_size(path, origin)
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read(limit("yaml_bytes") + 1)
    if len(text.encode("utf-8")) > limit("yaml_bytes"):  # grew since stat, or a FIFO
        raise LimitError(f"{origin} is too large", limit="yaml_bytes", path=str(path))
    return read_yaml_text(text, loader, origin)
