import { z } from 'zod';

/** A channel: the schema its input must satisfy and, as a phantom, the type it answers with. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}

/** `channel<Answer>()(inputSchema)`: the answer type is given, the input type is inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

/** The input of a call that takes nothing. */
export const none = z.object({}).strict();
