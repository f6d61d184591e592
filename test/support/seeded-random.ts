/**
 * A repeatable stream of whole numbers for tests that generate their inputs: the same seed gives the same inputs on
 * every run and machine, so a failure can be replayed. `random(n)` is in [0, n).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period (the lowest alternates), so `state % n` left
    // whole families of inputs ungenerated — a text ending in one space after clean letters, for one.
    return Math.floor((state / 2147483648) * n);
  };
}
