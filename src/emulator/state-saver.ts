import { saveState } from "./persistence.js";
import type { EmulatorState } from "./state.js";

export interface StateSaver {
  /** Call after changing the state: it is written to the data file (no-op without one). */
  changed(): void;
  /** Resolves once the save under way, if any, has finished. */
  settled(): Promise<void>;
}

/** Writes the state to `dataFile` one save at a time; changes made while saving trigger one more. */
export function createStateSaver(dataFile: string | undefined, state: EmulatorState): StateSaver {
  let saving: Promise<void> | undefined;
  let dirty = false;
  return {
    changed: () => {
      if (!dataFile) return;
      dirty = true;
      if (saving) return;
      const loop = async (): Promise<void> => {
        while (dirty) {
          dirty = false;
          await saveState(dataFile, state);
        }
        saving = undefined;
      };
      saving = loop().catch((error: unknown) => {
        saving = undefined;
        process.stderr.write(`emulator: could not save ${dataFile}: ${(error as Error).message}\n`);
      });
    },
    settled: async () => {
      await saving;
    },
  };
}
