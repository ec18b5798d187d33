// How much a term of an actor's must weigh in a choice to be named among its reasons: less than this, in the
// model's units of utility, and it is left out, so a sentence never rests on a rounding difference.
export const SMALLEST_REASON = 0.005
