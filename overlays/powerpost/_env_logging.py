"""`POWERPOST_LOG=debug|info`: switch the SDK's logs on from the environment, as `OPENAI_LOG` does.

At `info`: retries, error responses and what the SDK decided on its own (not retrying past a deadline,
a DELETE found already done). At `debug` also: every request sent, every status received, and each
pacing hold before a request. The records go to stderr through one handler on the `powerpost` logger,
attached once however many clients are made. The API key never shows: the SDK scrubs it from every
record of the `powerpost`, `httpx` and `httpcore` loggers.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Mapping

ENV_LOG = "POWERPOST_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_lock = threading.Lock()
_handler: logging.Handler | None = None


def setup_logging(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Attach a stderr handler to the `powerpost` logger when POWERPOST_LOG is `debug` or `info`.

    Idempotent: the handler is added once per process. Returns it (None when the variable is unset
    or names another level).
    """
    global _handler
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get(ENV_LOG, "").strip().lower())
    if level is None:
        return None
    logger = logging.getLogger("powerpost")
    with _lock:
        if _handler is None:
            _handler = logging.StreamHandler(sys.stderr)
            _handler.setFormatter(
                logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
            )
            logger.addHandler(_handler)
        logger.setLevel(level)
    return _handler
