import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  CounterBadge,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../core/model/finding";
import { matchesFilter } from "../format";
import { useStrings } from "../strings";
import { FindingGroup } from "./FindingGroup";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const BADGE: Record<Severity, "danger" | "important" | "informative"> = {
  error: "danger",
  warning: "important",
  info: "informative",
};

interface Props {
  findings: readonly Finding[];
  /** Absent where the host cannot select cells (a file in a browser tab): the list is then read-only. */
  onSelect?: (finding: Finding) => void;
}

/**
 * Findings by severity, errors first and open. The filter box is a native input, so Chinese IMEs behave in every
 * Office webview; the filter and the open panels are view state only, kept here rather than in the pane's reducer.
 */
export function FindingList({ findings, onSelect }: Props) {
  const t = useStrings();
  const s = useStyles();
  const [filter, setFilter] = useState("");
  const groups = useMemo(() => {
    const shown = findings.filter((f) => matchesFilter(f, filter));
    return SEVERITY_ORDER.map((severity) => ({ severity, items: shown.filter((f) => f.severity === severity) })).filter(
      (g) => g.items.length > 0,
    );
  }, [findings, filter]);
  const open = groups.filter((g) => g.severity !== "info").map((g) => g.severity);

  return (
    <section className={s.root} aria-label={t.findingsTitle(findings.length)}>
      <Subtitle2 as="h2">{t.findingsTitle(findings.length)}</Subtitle2>
      {findings.length === 0 ? (
        <Caption1>{t.noFindings}</Caption1>
      ) : (
        <>
          <Field label={t.filterLabel}>
            <Input value={filter} onChange={(_, data) => setFilter(data.value)} type="search" />
          </Field>
          {onSelect ? <Caption1>{t.findingHint}</Caption1> : null}
          <Accordion multiple collapsible defaultOpenItems={open} key={filter === "" ? "all" : "filtered"}>
            {groups.map((g) => (
              <AccordionItem key={g.severity} value={g.severity}>
                <AccordionHeader>
                  <span className={s.header}>
                    {t.severity[g.severity]}
                    <CounterBadge count={g.items.length} overflowCount={9999} color={BADGE[g.severity]} size="small" />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <FindingGroup items={g.items} onSelect={onSelect} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
