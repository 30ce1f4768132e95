"""Wire helpers: answer every body-taking operation, call it on either client, read what was sent."""

from __future__ import annotations

import json
from typing import Any

import respx

from tests.overlays.conftest import Harness, started

STARTED_IMAGE = {
    "image_generation_id": "i1",
    "status": "processing",
    "credits_used": 5,
    "remaining_credits": 40,
    "status_url": "/api/v1/images/generations/i1",
}
STARTED_VIDEO = {
    "video_generation_id": "v1",
    "status": "processing",
    "credits_used": 15,
    "remaining_credits": 30,
    "status_url": "/api/v1/videos/generations/v1",
}
POST = {
    "post_id": "p1",
    "status": "draft",
    "created_at": "2026-01-10T18:30:00Z",
    "items": [{"item_id": "it1", "post_type": "x-post", "platform": "x", "content": "hi", "status": "draft"}],
}
ENTRY = {
    "entry_id": "e1",
    "title": "Launch",
    "scheduled_date": "2026-03-25",
    "platforms": ["x"],
    "created_at": "2026-03-19T10:00:00Z",
    "updated_at": "2026-03-19T10:00:00Z",
}


def answer_every_body_call(routes: respx.Router) -> dict[str, respx.Route]:
    """Routes answering each body-taking operation with its documented success, keyed by operationId."""
    return {
        "generate_content": routes.post("/content/generate").respond(200, json=started()),
        "generate_image": routes.post("/images/generate").respond(200, json=STARTED_IMAGE),
        "generate_video": routes.post("/videos/generate").respond(200, json=STARTED_VIDEO),
        "create_post": routes.post("/posts").respond(200, json=POST),
        "create_calendar_entry": routes.post("/calendar/entries").respond(200, json=ENTRY),
        "update_calendar_entry": routes.patch("/calendar/entries/e1").respond(200, json=ENTRY),
    }


def call(harness: Harness, operation_id: str, body: Any, **options: Any) -> Any:
    """Run the body-taking call of `operation_id` on the harness's client."""
    client = harness.client
    methods = {
        "generate_content": lambda: client.content.generate(body, **options),
        "generate_image": lambda: client.images.generate(body, **options),
        "generate_video": lambda: client.videos.generate(body, **options),
        "create_post": lambda: client.posts.create(body, **options),
        "create_calendar_entry": lambda: client.calendar.create(body, **options),
        "update_calendar_entry": lambda: client.calendar.update("e1", body, **options),
    }
    return harness.run(methods[operation_id]())


def sent_json(route: respx.Route, index: int = -1) -> Any:
    """The JSON body of a call the route received."""
    return json.loads(route.calls[index].request.content)
