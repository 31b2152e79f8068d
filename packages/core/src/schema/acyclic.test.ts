import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Ruleset } from "./ruleset.js";

describe("rule-pack schemas built without cycle support", () => {
  it("leave zod's cycle support on for schemas built afterwards", () => {
    expect(Ruleset).toBeDefined();
    type Node = { next?: Node };
    const Node: z.ZodType<Node> = z.lazy(() => z.object({ next: Node.optional() }));
    const cyclic: Node = {};
    cyclic.next = cyclic;
    // Without cycle support this recursion would never end (RangeError).
    expect(Node.safeParse(cyclic).success).toBe(true);
  });
});
