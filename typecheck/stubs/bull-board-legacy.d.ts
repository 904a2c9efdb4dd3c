// The legacy `bull-board` package (v1-v3, before the @bull-board/* split), as used by old services:
// `const { router } = createBullBoard([new BullAdapter(queue)])`.
declare module 'bull-board' {
  import type { Router } from 'express';

  export interface LegacyQueueAdapter {
    readonly readOnlyMode: boolean;
  }

  export function createBullBoard(queues: ReadonlyArray<LegacyQueueAdapter>): {
    router: Router;
    setQueues(queues: ReadonlyArray<LegacyQueueAdapter>): void;
    replaceQueues(queues: ReadonlyArray<LegacyQueueAdapter>): void;
    addQueue(queue: LegacyQueueAdapter): void;
    removeQueue(queueOrName: string | LegacyQueueAdapter): void;
  };
}

declare module 'bull-board/bullAdapter' {
  import type { Queue } from 'bull';
  import type { LegacyQueueAdapter } from 'bull-board';

  export class BullAdapter implements LegacyQueueAdapter {
    constructor(queue: Queue, options?: { readOnlyMode?: boolean });
    readonly readOnlyMode: boolean;
  }
}

declare module 'bull-board/bullMQAdapter' {
  import type { Queue } from 'bullmq';
  import type { LegacyQueueAdapter } from 'bull-board';

  export class BullMQAdapter implements LegacyQueueAdapter {
    constructor(queue: Queue, options?: { readOnlyMode?: boolean });
    readonly readOnlyMode: boolean;
  }
}
