import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Strings } from "./i18n";
import { StringsContext } from "./strings";

/** Theme and language for everything below; the entry file and the tests both render through it. */
export function Shell({ theme, strings, children }: { theme: Theme; strings: Strings; children: ReactNode }) {
  return (
    <FluentProvider theme={theme} lang={strings.lang} style={{ minHeight: "100vh" }}>
      <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>
    </FluentProvider>
  );
}
