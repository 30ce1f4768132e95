"""The mock's stored objects. Plain mutable attrs classes; their `to_json` gives the spec's shapes."""

from __future__ import annotations

from typing import Any

import attrs

from .clock import iso


@attrs.define
class Account:
    """An account: one credit balance and storage quota shared by its workspaces."""

    account_id: str
    balance: int
    storage_used: int = 0
    storage_reserved: int = 0


@attrs.define
class ApiKey:
    """An API key of an account with its scopes."""

    key: str
    account_id: str
    scopes: frozenset[str]
    preset: str


@attrs.define
class Workspace:
    """A workspace: connected platforms, webhook URL and the ids of its objects (lists keep order)."""

    workspace_id: str
    account_id: str
    connected: set[str]
    webhook_url: str | None = None
    generation_order: list[str] = attrs.field(factory=list)


@attrs.define
class Media:
    """Stored media: only the metadata and the first bytes, never the content."""

    media_id: str
    workspace_id: str
    type: str
    file_name: str
    file_size: int
    mime_type: str
    created_at: float
    head: bytes = b""

    def to_json(self) -> dict[str, Any]:
        """The `Media` schema."""
        return {
            "media_id": self.media_id,
            "type": self.type,
            "file_name": self.file_name,
            "file_size": self.file_size,
            "mime_type": self.mime_type,
            "created_at": iso(self.created_at),
        }


@attrs.define
class Job:
    """What caption, image and video jobs and publishing share: status, due time and forced outcome."""

    job_id: str
    workspace_id: str
    account_id: str
    kind: str
    created_at: float
    due_at: float
    status: str = "processing"
    completed_at: float | None = None
    credits_used: int = 0
    forced: str | None = None


@attrs.define
class CaptionJob(Job):
    """A caption generation."""

    prompt: str | None = None
    media_ids: list[str] = attrs.field(factory=list)
    post_types: list[str] = attrs.field(factory=list)
    platforms: list[str] = attrs.field(factory=list)
    research_mode: str = "regular"
    cta_text: str | None = None
    sequence: int = 0
    outputs: dict[str, Any] | None = None
    error: dict[str, str] | None = None

    def to_json(self, *, with_outputs: bool = True) -> dict[str, Any]:
        """The `Generation` schema (list items leave out `outputs`)."""
        body: dict[str, Any] = {
            "generation_id": self.job_id,
            "status": self.status,
            "prompt": self.prompt,
            "media_ids": self.media_ids,
            "post_types": self.post_types,
            "platforms": self.platforms,
            "research_mode": self.research_mode,
            "credits_used": self.credits_used,
            "created_at": iso(self.created_at),
            "completed_at": iso(self.completed_at) if self.completed_at is not None else None,
        }
        if with_outputs and self.outputs is not None:
            body["outputs"] = self.outputs
        if self.error is not None:
            body["error"] = self.error
        return body


@attrs.define
class ImageJob(Job):
    """An image generation."""

    prompt: str | None = None
    size: str = "square"
    quantity: int = 1
    model: str = "flux2-flex"
    unit_price: int = 5
    generation_id: str | None = None
    images: list[dict[str, Any]] = attrs.field(factory=list)
    error: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        """The `ImageGeneration` schema."""
        body: dict[str, Any] = {
            "image_generation_id": self.job_id,
            "status": self.status,
            "prompt": self.prompt,
            "size": self.size,
            "quantity": self.quantity,
            "model": self.model,
            "generation_id": self.generation_id,
            "credits_used": self.credits_used,
            "created_at": iso(self.created_at),
            "completed_at": iso(self.completed_at) if self.completed_at is not None else None,
            "images": self.images,
        }
        if self.error is not None:
            body["error"] = self.error
        return body


@attrs.define
class VideoJob(Job):
    """A video generation."""

    prompt: str = ""
    size: str = "landscape"
    duration: int = 5
    has_audio: bool = False
    model: str = "kling-3.0-pro"
    source_image: str | None = None
    video: dict[str, Any] | None = None
    error: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        """The `VideoGeneration` schema."""
        body: dict[str, Any] = {
            "video_generation_id": self.job_id,
            "status": self.status,
            "prompt": self.prompt,
            "size": self.size,
            "duration": self.duration,
            "has_audio": self.has_audio,
            "model": self.model,
            "source_image": self.source_image,
            "credits_used": self.credits_used,
            "created_at": iso(self.created_at),
            "completed_at": iso(self.completed_at) if self.completed_at is not None else None,
            "video": self.video,
        }
        if self.error is not None:
            body["error"] = self.error
        return body


@attrs.define
class PostItem:
    """One item of a post."""

    item_id: str
    post_id: str
    workspace_id: str
    post_type: str
    platform: str
    content: str
    title: str | None
    media_ids: list[str]
    status: str = "draft"
    platform_post_id: str | None = None
    posted_at: float | None = None
    price: int = 0
    error: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        """The `PostItem` schema."""
        body: dict[str, Any] = {
            "item_id": self.item_id,
            "post_type": self.post_type,
            "platform": self.platform,
            "content": self.content,
            "title": self.title,
            "media_ids": self.media_ids,
            "status": self.status,
            "platform_post_id": self.platform_post_id,
        }
        if self.error is not None:
            body["error"] = self.error
        return body


@attrs.define
class Post(Job):
    """A post; as a job it is the publishing run (`draft` until published)."""

    generation_id: str | None = None
    items: list[PostItem] = attrs.field(factory=list)
    published_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The `Post` schema."""
        return {
            "post_id": self.job_id,
            "status": self.status,
            "generation_id": self.generation_id,
            "created_at": iso(self.created_at),
            "published_at": iso(self.published_at) if self.published_at is not None else None,
            "items": [item.to_json() for item in self.items],
        }


@attrs.define
class CalendarEntry:
    """A calendar planning note."""

    entry_id: str
    workspace_id: str
    title: str
    scheduled_date: str
    created_at: float
    updated_at: float
    description: str | None = None
    scheduled_time: str | None = None
    platforms: list[str] = attrs.field(factory=list)
    status: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The `CalendarEntry` schema."""
        return {
            "entry_id": self.entry_id,
            "title": self.title,
            "description": self.description,
            "scheduled_date": self.scheduled_date,
            "scheduled_time": self.scheduled_time,
            "platforms": self.platforms,
            "status": self.status,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
        }
