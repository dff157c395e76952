/** The radix order of accounts agrees with a plain stable sort, for any finite sales figures. */
import fc from "fast-check";
import { descendingOrder } from "../../src/core/sort-order";

/** The definition: indices by value, largest first, ties in data order (Array.prototype.sort is stable). */
const naive = (values: number[]) =>
  values.map((_, i) => i).sort((a, b) => (values[b] === values[a] ? a - b : values[b] - values[a]));

test("largest first, equal values in data order, for any finite values", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -5, max: 5 }),
          fc.constantFrom(0, -0, 1e-310, -1e-310, Number.MAX_VALUE, -Number.MAX_VALUE)
        ),
        { maxLength: 80 }
      ),
      (values) => {
        expect(Array.from(descendingOrder(Float64Array.from(values)))).toEqual(naive(values));
      }
    ),
    { numRuns: 500 }
  );
});

test.each([
  [[], []],
  [[5], [0]],
  [[1, 3, 2], [1, 2, 0]],
  [[0, -0, 0], [0, 1, 2]],
  [[-1, -2, 2, 2], [2, 3, 0, 1]],
])("%j → %j", (values, order) => {
  expect(Array.from(descendingOrder(Float64Array.from(values)))).toEqual(order);
});
