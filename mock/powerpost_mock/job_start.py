"""Starting a caption, image or video job: charge, store, schedule, and the documented "started" answer."""

from __future__ import annotations

from typing import Any, TypeVar

from .models import Job
from .request_context import RequestContext

J = TypeVar("J", bound=Job)


def start_job(
    ctx: RequestContext, job: J, jobs: dict[str, J], operation_id: str, id_field: str, status_path: str
) -> dict[str, Any]:
    """Charge `job.credits_used` (402 and nothing stored when short), keep and schedule the job.

    Returns the start response: `{<id_field>, status, credits_used, remaining_credits, status_url}`."""
    ctx.state.charge(ctx.account, job.credits_used, operation_id, job.job_id, ctx.request_id)
    jobs[job.job_id] = job
    ctx.state.schedule(job)
    return {
        id_field: job.job_id,
        "status": job.status,
        "credits_used": job.credits_used,
        "remaining_credits": ctx.account.balance,
        "status_url": f"/api/v1/{status_path}/{job.job_id}",
    }
