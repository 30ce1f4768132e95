"""The Python side: griffe's breaking changes on the public surface of the `powerpost` package.

The public surface is what a user reaches from `import powerpost`: the names in `powerpost.__all__`
(with the exported module `powerpost.types`, by its own `__all__`),
the public members of those classes, and the classes that their annotated attributes hold
(`PowerPost.content` is a `Content`, so `pp.content.generate(...)` is public). The other modules
(`powerpost._transport`, `powerpost._pacing`, …) are implementation: griffe would call every module
without a leading underscore public, so they are hidden from it here. Breaks come from
`griffe.find_breaking_changes`; additions and other signature changes, which griffe does not report,
come from comparing the two surfaces' signatures.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe

from .changes import Change, Section

PACKAGE = "powerpost"


def load_package(search_dir: Path, package: str = PACKAGE) -> griffe.Module:
    """Load a package's API statically (nothing is imported) from `search_dir`."""
    loaded = griffe.load(
        package,
        search_paths=[str(search_dir)],
        try_relative_path=False,
        resolve_aliases=True,
        resolve_external=False,
        allow_inspection=False,
    )
    if not isinstance(loaded, griffe.Module):
        raise TypeError(f"{package} in {search_dir} is not a module")
    return loaded


@dataclass(frozen=True)
class _Entry:
    """One public name: where users reach it, what it is, and its signature."""

    user_path: str
    obj: griffe.Object
    signature: str


def _target(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if isinstance(member, griffe.Alias):
        try:
            final = member.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
        return final if isinstance(final, griffe.Object) else None
    return member


def _signature(obj: griffe.Object) -> str:
    if isinstance(obj, griffe.Function):
        params = []
        for param in obj.parameters:
            text = param.name
            if param.kind is griffe.ParameterKind.var_positional:
                text = f"*{text}"
            elif param.kind is griffe.ParameterKind.var_keyword:
                text = f"**{text}"
            if param.annotation is not None:
                text += f": {param.annotation}"
            if param.default is not None:
                text += f" = {param.default}"
            params.append(text)
        returns = f" -> {obj.returns}" if obj.returns is not None else ""
        return f"({', '.join(params)}){returns}"
    if isinstance(obj, griffe.Attribute):
        return f": {obj.annotation}" if obj.annotation is not None else ""
    return obj.kind.value


def _is_public_member(name: str, member: griffe.Object | griffe.Alias, container: griffe.Object) -> bool:
    if isinstance(container, griffe.Module):
        exports = container.exports
        return name in exports if exports else not name.startswith("_")
    if name.startswith("__") and name.endswith("__"):
        return name in {
            "__init__",
            "__call__",
            "__enter__",
            "__exit__",
            "__aenter__",
            "__aexit__",
            "__iter__",
        }
    return not name.startswith("_")


def _attribute_class(attribute: griffe.Object) -> griffe.Class | None:
    """The class of the package that an annotated attribute holds (`content: Content`), if any."""
    if not isinstance(attribute, griffe.Attribute) or not isinstance(attribute.annotation, griffe.ExprName):
        return None
    try:
        held = attribute.module.modules_collection.get_member(attribute.annotation.canonical_path)
    except (KeyError, ValueError):
        return None
    target = _target(held)
    return target if isinstance(target, griffe.Class) else None


def public_surface(root: griffe.Module) -> dict[str, _Entry]:
    """Every public name by the path a user writes (`PowerPost.content.generate`), first path wins."""
    surface: dict[str, _Entry] = {}
    seen: set[str] = set()

    def visit(container: griffe.Object, prefix: str, *, held: bool = False) -> None:
        if container.path in seen:
            return
        seen.add(container.path)
        for name, member in sorted(container.all_members.items()):
            # A class held by an attribute (`pp.content`) is built by the client, never by the user.
            if not _is_public_member(name, member, container) or (held and name == "__init__"):
                continue
            target = _target(member)
            if target is None or (isinstance(target, griffe.Module) and target.package.name != root.name):
                continue
            user_path = f"{prefix}.{name}"
            surface.setdefault(user_path, _Entry(user_path, target, _signature(target)))
            if isinstance(target, griffe.Module | griffe.Class):
                visit(target, user_path)
            elif (held_class := _attribute_class(target)) is not None:
                visit(held_class, user_path, held=True)

    visit(root, root.name)
    return surface


def _location(obj: griffe.Object) -> str:
    return (
        f"{obj.relative_package_filepath}:{obj.lineno}" if obj.lineno else str(obj.relative_package_filepath)
    )


def _hide_implementation_modules(root: griffe.Module) -> None:
    exports = set(root.exports or ())
    for name, member in root.members.items():
        if isinstance(member, griffe.Module) and name not in exports:
            member.public = False


def _breakages(old_root: griffe.Module, new_root: griffe.Module) -> Iterator[tuple[str, griffe.Breakage]]:
    """griffe's breaks on the root, then on each class reached through an annotated attribute."""
    _hide_implementation_modules(old_root)
    _hide_implementation_modules(new_root)
    for breakage in griffe.find_breaking_changes(old_root, new_root):
        yield breakage.obj.path, breakage
    old_surface, new_surface = public_surface(old_root), public_surface(new_root)
    compared: set[str] = set()
    for user_path, entry in old_surface.items():
        old_held = _attribute_class(entry.obj)
        new_entry = new_surface.get(user_path)
        new_held = _attribute_class(new_entry.obj) if new_entry else None
        if old_held is None or new_held is None or old_held.path in compared:
            continue
        compared.add(old_held.path)
        for breakage in griffe.find_breaking_changes(old_held, new_held):
            member = breakage.obj.path.removeprefix(new_held.path).removeprefix(old_held.path)
            if member != ".__init__":  # built by the client, never by the user
                yield f"{user_path}{member}", breakage


def python_changes(old_root: griffe.Module, new_root: griffe.Module) -> list[Change]:
    """Breaking and non-breaking changes of the public surface from `old_root` to `new_root`."""
    changes: dict[tuple[str, str], Change] = {}
    broken_paths: set[str] = set()
    for user_path, breakage in _breakages(old_root, new_root):
        what = _breakage_text(breakage)
        where = f"{_location(breakage.obj)} {user_path}"
        section: Section = "Removed" if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED else "Changed"
        changes.setdefault((where, what), Change("python", "breaking", section, where, what))
        broken_paths.add(user_path.split("(")[0])
    old_surface, new_surface = public_surface(old_root), public_surface(new_root)
    added = set(new_surface) - set(old_surface)
    for user_path, entry in new_surface.items():
        where = f"{_location(entry.obj)} {user_path}"
        old_entry = old_surface.get(user_path)
        if old_entry is None and user_path.rsplit(".", 1)[0] in added:
            continue  # a member of a new class or module: the new name says it
        if old_entry is None:
            change = Change("python", "non-breaking", "Added", where, f"added {entry.obj.kind.value}")
        elif old_entry.signature != entry.signature and user_path not in broken_paths:
            change = Change(
                "python", "non-breaking", "Changed", where, _signature_change(old_entry.obj, entry.obj)
            )
        else:
            continue
        changes.setdefault((where, change.what), change)
    return sorted(changes.values(), key=lambda c: (not c.breaking, c.where, c.what))


def _parameter_text(param: griffe.Parameter) -> str:
    text = param.name
    if param.annotation is not None:
        text += f": {param.annotation}"
    return text + (f" = {param.default}" if param.default is not None else "")


def _signature_change(old: griffe.Object, new: griffe.Object) -> str:
    """What differs between two signatures: `optional parameter `force: bool = False` added`, …"""
    if not (isinstance(old, griffe.Function) and isinstance(new, griffe.Function)):
        return f"{_signature(old) or old.kind.value} → {_signature(new) or new.kind.value}"
    old_params = {param.name: param for param in old.parameters}
    parts = []
    for param in new.parameters:
        before = old_params.get(param.name)
        if before is None:
            parts.append(f"parameter `{_parameter_text(param)}` added")
        elif _parameter_text(before) != _parameter_text(param):
            parts.append(f"parameter `{_parameter_text(before)}` → `{_parameter_text(param)}`")
    if str(old.returns) != str(new.returns):
        parts.append(f"returns `{old.returns}` → `{new.returns}`")
    return "; ".join(parts) or f"signature {_signature(old)} → {_signature(new)}"


def _breakage_text(breakage: griffe.Breakage) -> str:
    """`Parameter was added as required: when`, `Parameter default was changed: timeout: 1 → 2`, …"""
    text = breakage.kind.value
    old, new = breakage.old_value, breakage.new_value
    parameter = (
        new if isinstance(new, griffe.Parameter) else old if isinstance(old, griffe.Parameter) else None
    )
    if parameter is not None:
        text += f": `{parameter.name}`"
        if breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
            text += f" ({getattr(old, 'default', None)} → {getattr(new, 'default', None)})"
    elif breakage.kind is not griffe.BreakageKind.OBJECT_REMOVED and (old is not None or new is not None):
        text += f": {old} → {new}"
    if breakage.details:
        text += f" ({breakage.details})"
    return text


def compare_packages(released_dir: Path, current_dir: Path, package: str = PACKAGE) -> list[Change]:
    """The changes of `package`'s public surface from the copy in `released_dir` to that in `current_dir`."""
    return python_changes(load_package(released_dir, package), load_package(current_dir, package))
