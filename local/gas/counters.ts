// Service-call accounting: the benchmark and tests count what a real run
// would pay for. Reads fetch cell data; writes change the workbook; metadata
// calls (names, sizes, sheet lists) count as neither.

export interface Counters {
  reads: number;
  writes: number;
  /** One entry per counted call, e.g. 'Range.getValues Roster!A1:F301'. */
  calls: string[];
  reset(): void;
}

export function createCounters(): Counters {
  const c: Counters = {
    reads: 0,
    writes: 0,
    calls: [],
    reset() {
      c.reads = 0;
      c.writes = 0;
      c.calls.length = 0;
    },
  };
  return c;
}

export function countRead(c: Counters, call: string): void {
  c.reads++;
  c.calls.push(call);
}

export function countWrite(c: Counters, call: string): void {
  c.writes++;
  c.calls.push(call);
}
