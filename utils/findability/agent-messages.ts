import * as z from 'zod/mini';
import { UI_TAG } from '../ui-tag';

/**
 * The agent's side of agentRead/agentMark (utils/messaging.ts): the same rules written with
 * zod/mini, because full zod would make the script injected on the officer's click ~5× larger.
 * tests/unit/findability/agent-messages.test.ts keeps both in step.
 */
export const agentReadSchema = z.object({ type: z.literal('agentRead') });

export const agentMarkSchema = z.object({
  type: z.literal('agentMark'),
  mode: z.enum(['trainer', 'self']),
  tag: z.string().check(z.regex(UI_TAG)),
  marks: z.array(z.object({
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.nonnegative()),
    category: z.string().check(z.maxLength(40)),
  })).check(z.maxLength(50_000)),
});
