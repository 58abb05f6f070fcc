"""One writer for every comment the receiver takes: the posts that arrive while it
writes wait, and go in together, in the next transaction.

The intake is built for many comments at once (a file of thousands goes in one
transaction), so fifty readers posting at the same moment cost about what one does,
and neither SQLite (one writer at a time) nor PostgreSQL (one connection, not fifty) is
asked for more. A post is answered only once the transaction holding it is committed.
The writing runs on its own thread: the event loop goes on reading other posts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from newsdesk.services.comment_receiver import ReaderComment, Receipt
from newsdesk.services.database_errors import is_transient

MOST_AT_ONCE = 200
log = logging.getLogger(__name__)

_Waiting = tuple[ReaderComment, "asyncio.Future[Receipt]"]


class WriterStopped(RuntimeError):
    """The receiver is shutting down and takes no more comments."""


class CommentWriter:
    def __init__(
        self,
        receive: Callable[[Sequence[ReaderComment]], list[Receipt]],
        most_at_once: int = MOST_AT_ONCE,
    ) -> None:
        self._receive = receive
        self._most = most_at_once
        self._queue: asyncio.Queue[_Waiting | None] = asyncio.Queue()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="comment-writer")
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="comment-writer")

    async def stop(self) -> None:
        """Write what is queued, then stop."""
        self._stopping = True
        await self._queue.put(None)
        if self._task is not None:
            await self._task
        self._thread.shutdown(wait=True)

    async def write(self, comment: ReaderComment) -> Receipt:
        """The comment's receipt, once it is committed (or refused)."""
        if self._stopping or self._task is None:
            raise WriterStopped("the receiver is shutting down")
        future: asyncio.Future[Receipt] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((comment, future))
        return await future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            first = await self._queue.get()
            if first is None:
                return
            batch = [first]
            last = False
            while len(batch) < self._most and not self._queue.empty():
                waiting = self._queue.get_nowait()
                if waiting is None:
                    last = True
                    break
                batch.append(waiting)
            comments = [comment for comment, _ in batch]
            results = await loop.run_in_executor(self._thread, self._write, comments)
            for (_, future), result in zip(batch, results, strict=True):
                if future.done():  # the reader went away; the comment is written all the same
                    continue
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)
            if last:
                return

    def _write(self, comments: list[ReaderComment]) -> list[Receipt | Exception]:
        try:
            return list(self._receive(comments))
        except Exception as error:
            if len(comments) == 1 or is_transient(error):
                return [error] * len(comments)
            log.warning(
                "A batch of %d comments failed (%s); each goes again alone",
                len(comments),
                type(error).__name__,
            )
        answers: list[Receipt | Exception] = []
        for comment in comments:  # one post may be what failed the batch
            try:
                answers.extend(self._receive([comment]))
            except Exception as error:
                answers.append(error)
        return answers
