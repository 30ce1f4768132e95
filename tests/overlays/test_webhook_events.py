"""The webhook events `parse_event` knows are the spec's `webhooks:`: each documented delivery parses into
its generated model, and an event added to the spec needs no hand-written change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from powerpost import UnknownEvent, parse_event
from powerpost_api import models

from scripts import generate_webhook_events as generator

SPEC: dict[str, Any] = yaml.safe_load(generator.SPEC.read_text(encoding="utf-8"))
EVENTS = generator.webhook_events(SPEC)


def test_committed_module_matches_the_spec() -> None:
    assert generator.main(["--check"]) == 0


@pytest.mark.parametrize(("event", "model"), EVENTS, ids=[event for event, _ in EVENTS])
def test_each_documented_delivery_parses_into_its_model(event: str, model: str) -> None:
    body = SPEC["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]["example"]
    parsed = parse_event(body)
    assert type(parsed) is getattr(models, model)
    assert not isinstance(parsed, UnknownEvent)


def test_an_event_added_to_the_spec_gets_a_model_and_the_module_goes_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = yaml.safe_load(generator.SPEC.read_text(encoding="utf-8"))
    document["webhooks"]["video_generation.completed"] = document["webhooks"]["generation.completed"]
    document["components"]["schemas"]["GenerationCompletedEvent"]["properties"]["event"]["enum"] = [
        "video_generation.completed"
    ]
    del document["webhooks"]["generation.completed"]
    rendered = generator.render(document)
    assert '"video_generation.completed": GenerationCompletedEvent,' in rendered
    assert '"generation.completed"' not in rendered
    (tmp_path / "powerpost.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    monkeypatch.setattr(generator, "SPEC", tmp_path / "powerpost.yaml")
    assert generator.main(["--check"]) == 1


def test_a_delivery_schema_whose_event_is_not_its_type_is_refused() -> None:
    document = yaml.safe_load(generator.SPEC.read_text(encoding="utf-8"))
    document["webhooks"]["post.failed"] = document["webhooks"]["post.published"]
    with pytest.raises(SystemExit, match=r"post\.failed"):
        generator.webhook_events(document)
