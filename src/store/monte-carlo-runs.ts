// How many Monte Carlo runs a game's outcomes take: the bands a student reads, and the cheaper count while a
// what-if slider is dragged. The session plays with them and the engine's thread is asked for them.
export const FULL_RUNS = 1000
export const DRAG_RUNS = 200
