import { Caption1, Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneHost } from "../hosts/host";
import { Actions } from "./components/Actions";
import { ErrorBar, NoticeBar } from "./components/Bars";
import { EmptyState } from "./components/EmptyState";
import { FindingList } from "./components/FindingList";
import { Header } from "./components/Header";
import { ResultSummary } from "./components/ResultSummary";
import { RunProgress } from "./components/RunProgress";
import { UnitTable } from "./components/UnitTable";
import { screenOf } from "./state";
import { useStrings } from "./strings";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  // One column at any width from 270 px (Mac's minimum) up: the pane opens at 320–350 px and cannot be set wider.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "640px",
  },
});

export function App({ host }: { host: PaneHost }) {
  const t = useStrings();
  const s = useStyles();
  const [state, actions] = usePane(host, t);
  const screen = screenOf(state);
  const outcome = state.outcome;
  return (
    <main className={s.root} aria-busy={state.busy !== null}>
      <Header />
      {host.kind === "file" ? <Caption1 data-testid="file-mode-note">{t.fileModeNote}</Caption1> : null}
      <Actions kind={host.kind} downloads={host.kind === "file" || host.downloads} state={state} actions={actions} />
      {state.error ? <ErrorBar error={state.error} onDismiss={actions.dismissError} /> : null}
      {state.notice ? <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} /> : null}
      <Divider />
      {screen === "running" ? <RunProgress progress={state.busy?.progress ?? null} /> : null}
      {screen === "empty" ? <EmptyState kind={host.kind} /> : null}
      {screen === "result" && outcome ? (
        <>
          <ResultSummary outcome={outcome} kind={host.kind} />
          <UnitTable units={outcome.evaluation.units} />
          <FindingList
            findings={outcome.evaluation.findings}
            onSelect={host.kind === "excel" ? actions.selectFinding : undefined}
          />
        </>
      ) : null}
    </main>
  );
}
