import { describe, expect, it } from 'vitest';
import { agentMarkSchema, agentReadSchema } from '../../../utils/findability/agent-messages';
import { agentMessageSchemas } from '../../../utils/messaging';

const samples: unknown[] = [
  { type: 'agentRead' },
  { type: 'agentMark', mode: 'trainer', marks: [] },
  { type: 'agentMark', mode: 'self', marks: [{ start: 0, end: 4, category: 'personal_term' }] },
  { type: 'agentMark', mode: 'boss', marks: [] },
  { type: 'agentMark', mode: 'self', marks: [{ start: -1, end: 4, category: 'phone' }] },
  { type: 'agentMark', mode: 'self', marks: [{ start: 1.5, end: 4, category: 'phone' }] },
  { type: 'agentMark', mode: 'self', marks: [{ start: 1, end: 4, category: 'x'.repeat(41) }] },
  { type: 'agentMark', mode: 'self' },
  { type: 'scanTab', tabId: 1 },
  null,
];

describe('the agent\'s zod/mini twin of the agent messages', () => {
  it('accepts and refuses exactly what the protocol in utils/messaging.ts does', () => {
    for (const sample of samples) {
      expect({ sample, ok: agentReadSchema.safeParse(sample).success })
        .toEqual({ sample, ok: agentMessageSchemas.agentRead.safeParse(sample).success });
      expect({ sample, ok: agentMarkSchema.safeParse(sample).success })
        .toEqual({ sample, ok: agentMessageSchemas.agentMark.safeParse(sample).success });
    }
  });
});
