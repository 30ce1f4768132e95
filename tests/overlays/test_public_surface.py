"""The public surface is `powerpost` and `powerpost.types`; everything else is a private `_module`."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import powerpost
import powerpost.types
import pytest

PUBLIC_MODULES = (powerpost, powerpost.types)


def test_the_only_public_submodule_is_types() -> None:
    public = [m.name for m in pkgutil.iter_modules(powerpost.__path__) if not m.name.startswith("_")]
    assert public == ["types"]


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_every_exported_name_is_importable_and_documented(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    assert len(names) == len(set(names)), "a name is exported twice"
    for name in names:
        value = getattr(module, name)  # AttributeError: exported but missing
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{module.__name__}.{name} has no docstring"  # type: ignore[attr-defined]


def test_users_need_no_private_module() -> None:
    """What the README's examples use comes from the two public modules."""
    for name in (
        "PowerPost",
        "AsyncPowerPost",
        "RetryPolicy",
        "parse_event",
        "NotFoundError",
        "ValidationError",
    ):
        assert name in powerpost.__all__
    for name in (
        "Generation",
        "CreatePostParams",
        "SyncCursorPage",
        "AsyncPaginator",
        "Drift",
        "ResponseInfo",
    ):
        assert name in powerpost.types.__all__
    assert importlib.import_module("powerpost.types") is powerpost.types
