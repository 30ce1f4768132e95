"""An upload's claim on its account's storage quota, taken before the body is read.

Uploads run concurrently (each awaits its body), so checking the quota before reading and adding the size
after would let four 400 kB uploads into a 1 MB quota. Instead each upload reserves bytes up front (its
declared `Content-Length`, an upper bound of the file's size), or as they arrive when the length is not
declared; nothing awaits between the check and the reservation, so no two uploads can claim the same
bytes. The reservation becomes stored bytes on success and is released on every failure.
"""

from __future__ import annotations

from .models import Account


class StorageReservation:
    """Bytes of `account`'s quota held for one upload; `cover`, then `commit` or `release`."""

    def __init__(self, account: Account, quota_bytes: int) -> None:
        self.account = account
        self.quota_bytes = quota_bytes
        self.held = 0

    def free(self) -> int:
        """Quota bytes neither stored nor held by any upload (this one included)."""
        account = self.account
        return max(0, self.quota_bytes - account.storage_used - account.storage_reserved)

    def hold(self, size: int) -> None:
        """Hold up to `size` bytes (as many as are free); `cover` later says whether they suffice."""
        extra = min(max(0, size - self.held), self.free())
        self.account.storage_reserved += extra
        self.held += extra

    def cover(self, size: int) -> bool:
        """Make the reservation cover a file of `size` bytes, holding more if free; False when it can't."""
        if size > self.held:
            self.hold(size)
        return size <= self.held

    def commit(self, size: int) -> None:
        """The upload succeeded with `size` bytes (at most what is held): they become stored bytes."""
        self.release()
        self.account.storage_used += size

    def release(self) -> None:
        """Give the held bytes back (idempotent)."""
        self.account.storage_reserved -= self.held
        self.held = 0
