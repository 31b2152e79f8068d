import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { CheckedRules, RulesBundle } from "./rules-bundle.js";

export type RulesState =
  | { status: "loading" }
  | { status: "failed"; error: string }
  | { status: "ready"; bundle: RulesBundle; checked: CheckedRules };

export const RulesContext = createContext<RulesState>({ status: "loading" });

export function useRules(): RulesState {
  return useContext(RulesContext);
}
