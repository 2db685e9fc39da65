/**
 * A bounded queue of deliveries with a fixed number of workers. `offer` says at once whether a job was
 * taken, so the HTTP answer (202 or 503) never waits for the work; `drain` resolves once every taken
 * job has finished (graceful shutdown).
 */
export class WorkQueue {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly capacity: number,
    private readonly concurrency: number,
  ) {}

  /** Jobs waiting or running. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  /** Takes the job unless the queue is full. A job's own errors are its own to report. */
  offer(job: () => Promise<void>): boolean {
    if (this.size >= this.capacity) return false;
    this.waiting.push(job);
    this.next();
    return true;
  }

  drain(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const job = this.waiting.shift()!;
      this.running++;
      // Started on the next turn of the event loop, so the answer to the delivery goes out first.
      void new Promise<void>((resolve) => setImmediate(resolve))
        .then(job)
        .catch(() => {})
        .finally(() => {
          this.running--;
          this.next();
          if (this.size === 0) {
            for (const resolve of this.idle.splice(0)) resolve();
          }
        });
    }
  }
}

/** The most recent delivery ids, to ignore a redelivery of one already taken. */
export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly limit: number) {}

  /** True the first time an id is seen; false for a repeat. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    // A Set iterates in insertion order: the first is the oldest.
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value!);
    return true;
  }

  /** Forgets an id whose delivery was not taken (503), so GitHub's redelivery of it is handled. */
  forget(id: string): void {
    this.ids.delete(id);
  }
}
