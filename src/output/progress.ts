export interface Progress {
  readonly tick: (done: number) => void;
  readonly stop: () => void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, stop: () => undefined };
