"""`newsfacts serve`: the flow as a deployment on a cron schedule, its runs executed by this process."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

logger = logging.getLogger(__name__)

# Scheduled runs of one output never overlap: both would write the same tables.
RUNS_AT_ONCE = 1


def serve(name: str, cron: str, parameters: dict[str, Any]) -> None:
    """Register the deployment and run its scheduled runs until SIGINT or SIGTERM.

    Prefect's own SIGTERM handler calls the runner's async stop from inside the running loop and never
    awaits it ("coroutine 'Runner.astop' was never awaited"); here SIGTERM takes Ctrl-C's path instead:
    asyncio cancels the runner, which stops polling and leaves its context cleanly.
    """
    from prefect.runner import Runner

    from newsfacts.flows.pipeline import newsfacts_flow
    from newsfacts.flows.workers import shutdown_workers

    class _Runner(Runner):
        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            logger.info("SIGTERM received: stopping the runner")
            signal.raise_signal(signal.SIGINT)

    # One run at a time: a run that outlasts the schedule's interval delays the next one (it waits, Late)
    # instead of starting beside it and failing on the output's lock.
    runner = _Runner(name=name, limit=RUNS_AT_ONCE)
    runner.add_flow(newsfacts_flow, name=name, cron=cron, parameters=parameters)
    logger.info("serving deployment 'newsfacts/%s' on cron %r", name, cron)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        logger.info("runner stopped")
    finally:
        shutdown_workers()
