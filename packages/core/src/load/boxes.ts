import { compileCondition, type ConditionFacts } from "../conditions/compile.js";
import { asComparison } from "../conditions/circumstance-atom.js";
import type { ConditionT, FactConditionT } from "../schema/condition.js";
import type { Axis } from "./regions.js";

/**
 * Sets of cases as unions of boxes: a box gives, per fact, the set of its regions (a bit mask over
 * the axis's regions). A condition becomes the union of the boxes where it holds, computed from
 * the regions alone, so tiers can be proved to cover every case exactly once without enumerating
 * the product of all facts' values.
 */
export type Box = readonly bigint[];

/** Above this many boxes a question is left to run time, where every case is still checked. */
export const MAX_BOXES = 4096;

export class TooComplex extends Error {}

export class BoxAlgebra {
  private readonly full: bigint[];
  private readonly index: ReadonlyMap<string, number>;

  constructor(readonly axes: readonly Axis[]) {
    this.full = axes.map((a) => (1n << BigInt(a.reps.length)) - 1n);
    this.index = new Map(axes.map((a, i) => [a.fact, i]));
  }

  everything(): Box[] {
    return [this.full];
  }

  /** The boxes where `c` holds; throws TooComplex past MAX_BOXES. */
  of(c: ConditionT): Box[] {
    if ("all" in c) return c.all.reduce<Box[]>((acc, x) => this.intersect(acc, this.of(x)), this.everything());
    if ("any" in c) return this.limit(c.any.flatMap((x) => this.of(x)));
    if ("not" in c) return this.complement(this.of(c.not));
    if ("circumstance" in c) return this.comparison(asComparison(c));
    return this.comparison(c);
  }

  private comparison(c: FactConditionT): Box[] {
    const i = this.index.get(c.fact) as number;
    const axis = this.axes[i] as Axis;
    const test = compileCondition(c);
    let mask = 0n;
    axis.reps.forEach((v, k) => {
      if (test({ [c.fact]: v })) mask |= 1n << BigInt(k);
    });
    if (mask === 0n) return [];
    const box = [...this.full];
    box[i] = mask;
    return [box];
  }

  /** The boxes where the fact's region passes `test` (all of it, for a fact not on the axes). */
  where(fact: string, test: (rep: unknown) => boolean): Box[] {
    const i = this.index.get(fact);
    if (i === undefined) return this.everything();
    let mask = 0n;
    (this.axes[i] as Axis).reps.forEach((v, k) => {
      if (test(v)) mask |= 1n << BigInt(k);
    });
    if (mask === 0n) return [];
    const box = [...this.full];
    box[i] = mask;
    return [box];
  }

  /** The boxes of `boxes` not wholly at a threshold value of some numeric or date fact (Axis.points). */
  offBoundary(boxes: readonly Box[]): Box[] {
    return boxes.filter((b) => !b.some((m, i) => {
      const points = (this.axes[i] as Axis).points;
      return points !== 0n && (m & ~points) === 0n;
    }));
  }

  union(...parts: Box[][]): Box[] {
    return this.limit(parts.flat());
  }

  intersect(a: readonly Box[], b: readonly Box[]): Box[] {
    const out: Box[] = [];
    for (const x of a) {
      for (const y of b) {
        const z = x.map((m, i) => m & (y[i] as bigint));
        if (z.every((m) => m !== 0n)) out.push(z);
      }
    }
    return this.limit(out);
  }

  /** Everything outside the union of `boxes`. */
  complement(boxes: readonly Box[]): Box[] {
    return boxes.reduce<Box[]>((acc, b) => this.minus(acc, b), this.everything());
  }

  /** The union of `boxes` less the box `b`: each box splits into at most one piece per fact. */
  minus(boxes: readonly Box[], b: Box): Box[] {
    const out: Box[] = [];
    for (const a of boxes) {
      if (a.some((m, i) => (m & (b[i] as bigint)) === 0n)) {
        out.push(a);
        continue;
      }
      const rest = [...a];
      a.forEach((m, i) => {
        const outside = m & ~(b[i] as bigint);
        if (outside !== 0n) {
          const piece = [...rest];
          piece[i] = outside;
          out.push(piece);
        }
        rest[i] = m & (b[i] as bigint);
      });
    }
    return this.limit(out);
  }

  /** The first case of the union in the axes' order (each fact at its lowest region), or null when empty. */
  firstCase(boxes: readonly Box[]): ConditionFacts | null {
    let best: number[] | null = null;
    for (const b of boxes) {
      const low = b.map(lowestBit);
      if (!best || compareIndexes(low, best) < 0) best = low;
    }
    if (!best) return null;
    const point: Record<string, unknown> = {};
    best.forEach((k, i) => {
      const axis = this.axes[i] as Axis;
      point[axis.fact] = axis.reps[k];
    });
    return point;
  }

  private limit(boxes: Box[]): Box[] {
    if (boxes.length > MAX_BOXES) throw new TooComplex();
    return boxes;
  }
}

function lowestBit(m: bigint): number {
  let k = 0;
  while (((m >> BigInt(k)) & 1n) === 0n) k++;
  return k;
}

function compareIndexes(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}
