/**
 * A cycle with every contribution. The overview sends them for each credential's current cycle
 * only; another cycle's are asked for when it is shown (once per version of the data).
 */
import { useEffect, useState } from 'react';
import type { CycleEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import { api } from '../../api';

type Answer = { cycle: CycleEvaluation } | { error: string };
const asked = new WeakMap<object, Map<string, Promise<Answer>>>();

function ask(version: object, credentialId: string, cycleEnd: string): Promise<Answer> {
  const forVersion = asked.get(version) ?? new Map<string, Promise<Answer>>();
  asked.set(version, forVersion);
  const key = `${credentialId}|${cycleEnd}`;
  let answer = forVersion.get(key);
  if (!answer) {
    answer = api.credentials
      .cycle({ credentialId, cycleEnd })
      .then((r) => (r.ok ? { cycle: r.value } : { error: r.error.message }));
    forVersion.set(key, answer);
  }
  return answer;
}

/**
 * `cycle` itself when its contributions came with it; otherwise null until they arrive (or the
 * error, in words). `version` is the report they belong to: a new one asks again.
 */
export function useFullCycle(
  credentialId: string,
  cycle: CycleEvaluation | undefined,
  version: object,
): { cycle: CycleEvaluation | null; error?: string } {
  const [answer, setAnswer] = useState<{ key: string; value: Answer } | null>(null);
  const key = cycle ? `${credentialId}|${cycle.end}` : '';
  const needed = cycle?.contributionsLeftOut === true;
  useEffect(() => {
    if (!needed || !cycle) return;
    let current = true;
    void ask(version, credentialId, cycle.end).then((value) => current && setAnswer({ key, value }));
    return () => {
      current = false;
    };
  }, [needed, cycle, credentialId, version, key]);
  if (!cycle) return { cycle: null };
  if (!needed) return { cycle };
  if (answer?.key !== key) return { cycle: null };
  return 'cycle' in answer.value ? { cycle: answer.value.cycle } : { cycle: null, error: answer.value.error };
}
