/**
 * A count of the engine's inner-loop steps (tokens read, patterns tried, hits settled and summed).
 * Tests use it to prove that reading a message is linear in its length without timing anything:
 * twice the text must cost at most about twice the steps. One integer increment per step.
 */
export const work = { steps: 0 };
