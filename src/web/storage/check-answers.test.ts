import { describe, expect, it } from 'vitest';
import {
  CHECK_SCHEMA_VERSION,
  CHECK_STATE_KEY,
  type CheckState,
  initialCheckState,
  type KeyValueStore,
  loadCheckState,
  restoreAnswers,
  restoreCheckState,
  restoreIntake,
  saveCheckState,
} from './check-answers.ts';

const makeStore = (initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
};

const makeState = (over: Partial<CheckState> = {}): CheckState => ({
  ...initialCheckState(),
  answers: {
    age: 34,
    onsetDaysAgo: 2,
    painNow: 6,
    responses: { saddle_numbness: 'no', heavy_lifting: 'yes' },
    skipped: ['previousEpisodes'],
  },
  current: 'onset',
  ...over,
});

describe('restoreCheckState', () => {
  it('starts afresh from nothing, junk or a newer schema version', () => {
    for (const input of [null, undefined, 42, 'x', [], { schemaVersion: CHECK_SCHEMA_VERSION + 1, current: 'onset' }]) {
      expect(restoreCheckState(input)).toEqual(initialCheckState());
    }
  });

  it('round-trips a valid state (except the emergency review, which is never kept)', () => {
    const state = makeState({
      view: 'result',
      emergencyReview: 'key',
      result: {
        id: 'r1',
        completedAt: '2025-03-01T10:00:00.000Z',
        intake: { age: 34, onsetDaysAgo: 2, painNow: 6, findings: ['heavy_lifting'], unsure: [] },
        save: 'queued',
      },
    });
    expect(restoreCheckState(JSON.parse(JSON.stringify(state)))).toEqual({ ...state, emergencyReview: null });
  });

  it('repairs damaged parts and keeps the rest', () => {
    const restored = restoreCheckState({
      schemaVersion: 1,
      answers: {
        age: 34.5,
        onsetDaysAgo: -1,
        painNow: 11,
        previousEpisodes: 3,
        sex: 'robot',
        responses: { saddle_numbness: 'maybe', heavy_lifting: 'yes', not_a_code: 'yes' },
        skipped: ['painNow', 'previousEpisodes', 'nonsense', 'painNow'],
      },
      current: 'nowhere',
      view: 'result',
      result: { id: 'r1', intake: { age: 'old' } },
    });
    expect(restored).toEqual({
      ...initialCheckState(),
      answers: { previousEpisodes: 3, responses: { heavy_lifting: 'yes' }, skipped: ['painNow'] },
    });
  });

  it('reads a record without a schema version as version 1', () => {
    const { schemaVersion: _v, ...old } = makeState();
    expect(restoreCheckState(old)).toEqual(makeState());
  });

  it('fills a missing save state and completion time', () => {
    const restored = restoreCheckState({
      ...makeState(),
      view: 'result',
      result: { id: 'r1', intake: { age: 40, onsetDaysAgo: 0 } },
    });
    expect(restored.view).toBe('result');
    expect(restored.result).toEqual({
      id: 'r1',
      completedAt: new Date(0).toISOString(),
      intake: { age: 40, onsetDaysAgo: 0, findings: [], unsure: [] },
      save: 'pending',
    });
  });
});

describe('restoreAnswers', () => {
  it('keeps only answers the questions allow', () => {
    expect(
      restoreAnswers({ age: 120, onsetDaysAgo: 0, painNow: 10, sex: 'female', responses: { fever: 'unsure' } }),
    ).toEqual({
      age: 120,
      onsetDaysAgo: 0,
      painNow: 10,
      sex: 'female',
      responses: { fever: 'unsure' },
      skipped: [],
    });
  });

  it('drops a skip for a question that has an answer', () => {
    expect(restoreAnswers({ sex: 'male', painNow: 3, skipped: ['sex', 'painNow', 'age'] }).skipped).toEqual(['age']);
  });
});

describe('restoreIntake', () => {
  it('needs age and onset, and keeps only known codes, never one in both lists', () => {
    expect(restoreIntake({ onsetDaysAgo: 1 })).toBeNull();
    expect(
      restoreIntake({
        age: 30,
        onsetDaysAgo: 1,
        sex: 'other',
        findings: ['fever', 'fever', 'x'],
        unsure: ['fever', 'chest_pain'],
      }),
    ).toEqual({
      age: 30,
      sex: 'other',
      onsetDaysAgo: 1,
      findings: ['fever'],
      unsure: ['chest_pain'],
    });
  });
});

describe('loadCheckState / saveCheckState', () => {
  it('saves and loads through the store, without the emergency review', () => {
    const store = makeStore();
    saveCheckState(makeState({ emergencyReview: 'k' }), store);
    expect(JSON.parse(store.data[CHECK_STATE_KEY] ?? '{}')).not.toHaveProperty('emergencyReview');
    expect(loadCheckState(store)).toEqual(makeState());
  });

  it('survives unreadable JSON, a missing store and a store that throws', () => {
    expect(loadCheckState(makeStore({ [CHECK_STATE_KEY]: '{oops' }))).toEqual(initialCheckState());
    expect(loadCheckState(undefined)).toEqual(initialCheckState());
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(loadCheckState(throwing)).toEqual(initialCheckState());
    expect(() => saveCheckState(makeState(), throwing)).not.toThrow();
  });
});
