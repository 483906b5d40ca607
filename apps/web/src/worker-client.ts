import type { WorkerRequest, WorkerResponse } from './protocol.js';

type Body<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id' | 'type'>;
type Answer<T extends WorkerRequest['type']> = Extract<WorkerResponse, { type: T }>;

/** Request/response over the lint worker, one promise per request. */
export class LintWorker {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      if (event.data.type === 'error') waiting.reject(new Error(event.data.message));
      else waiting.resolve(event.data);
    };
  }

  request<T extends WorkerRequest['type']>(type: T, body: Body<T>, transfer: Transferable[] = []): Promise<Answer<T>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: WorkerResponse) => void, reject });
      this.worker.postMessage({ ...body, type, id } as WorkerRequest, transfer);
    });
  }
}
