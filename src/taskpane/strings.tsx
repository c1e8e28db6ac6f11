import { createContext, useContext } from "react";
import { STRINGS, type Strings } from "./i18n";

/** The chosen language's words, given once at the root so components need no prop for them. */
export const StringsContext = createContext<Strings>(STRINGS["zh-CN"]);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
