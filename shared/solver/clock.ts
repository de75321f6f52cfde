/** When to stop and how far along the budget is. */
export interface SearchClock {
  /** 0..1 of this phase's budget used so far. */
  fraction(): number;
  shouldStop(): boolean;
  /** Counts one round. */
  tick(): void;
}

/** The whole budget as a clock that can be cut into consecutive phases. */
export interface BudgetClock {
  fraction(): number;
  /** A clock for the budget from now up to `until` (0..1 of the whole). */
  phase(until: number): SearchClock & { rounds(): number };
}

/**
 * A budget of `maxIterations` rounds or, without it, until `deadline`. With an iteration budget the
 * deadline is ignored, so the fraction used depends on rounds alone and runs are reproducible.
 */
export function budgetClock(
  budget: { maxIterations?: number; deadline?: { now: () => number; atMs: number } },
  defaultIterations: number,
  isCancelled: () => boolean,
): BudgetClock {
  const deadline = budget.maxIterations === undefined ? budget.deadline : undefined;
  const maxIterations = budget.maxIterations ?? (deadline ? Infinity : defaultIterations);
  const startMs = deadline ? deadline.now() : 0;
  let rounds = 0;
  const fraction = (): number => {
    if (!deadline) return maxIterations > 0 ? Math.min(1, rounds / maxIterations) : 1;
    const span = deadline.atMs - startMs;
    return span > 0 ? Math.min(1, Math.max(0, (deadline.now() - startMs) / span)) : 1;
  };
  return {
    fraction,
    phase(until) {
      const from = fraction();
      let phaseRounds = 0;
      return {
        fraction: () => (until > from ? Math.min(1, Math.max(0, (fraction() - from) / (until - from))) : 1),
        shouldStop: () => isCancelled() || fraction() >= until,
        tick: () => {
          rounds++;
          phaseRounds++;
        },
        rounds: () => phaseRounds,
      };
    },
  };
}
