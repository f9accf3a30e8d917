import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhases, recordPhase, sumPhases, timePhase } from '../../src/lib/output/buildPhases.ts';

describe('build phases', () => {
  it('adds up repeated phases and their counts, in the order they first appear', () => {
    const text = [
      '{"phase":"content sync","ms":120}',
      '{"phase":"cards","ms":40,"counts":{"drawn":2}}',
      '',
      '{"phase":"cards","ms":10,"counts":{"drawn":1,"cached":5}}',
    ].join('\n');
    expect(sumPhases(text)).toEqual([
      { phase: 'content sync', ms: 120 },
      { phase: 'cards', ms: 50, counts: { drawn: 3, cached: 5 } },
    ]);
  });

  it('writes nothing without INSOURCE_PHASES, and a line per phase with it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'phases-'));
    try {
      // In a folder that does not exist yet, as in a fresh checkout.
      const file = path.join(dir, 'out', 'phases.jsonl');
      recordPhase({ phase: 'pages', ms: 5 }, {});
      expect(await readPhases(file)).toEqual([]);
      recordPhase({ phase: 'pages', ms: 5.4 }, { INSOURCE_PHASES: file });
      const value = await timePhase('links', async () => 42, { INSOURCE_PHASES: file });
      expect(value).toBe(42);
      const phases = await readPhases(file);
      expect(phases.map((p) => p.phase)).toEqual(['pages', 'links']);
      expect(phases[0]!.ms).toBe(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
