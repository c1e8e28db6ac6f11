import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneHost } from "../../hosts/host";
import type { PaneState } from "../state";
import type { PaneActions } from "../usePane";
import { useStrings } from "../strings";
import { FilePicker } from "./FilePicker";
import { RulesPicker } from "./RulesPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  wide: { width: "100%" },
});

interface Props {
  kind: PaneHost["kind"];
  /** Whether the host lets the pane download a file; where not, the Word report is copied instead. */
  downloads: boolean;
  state: PaneState;
  actions: PaneActions;
}

/** The pane's commands; which exist depends on where the workbook lives (inside Excel, or a file in a browser tab). */
export function Actions({ kind, downloads, state, actions }: Props) {
  const t = useStrings();
  const s = useStyles();
  const busy = state.busy !== null;
  const inExcel = kind === "excel";
  // While a task runs the buttons wait but stay focusable: disabling the one just pressed would drop the keyboard
  // user's focus to the page's start. Buttons that cannot apply yet (no file, no result) are disabled outright.
  const waiting = { disabledFocusable: busy };
  return (
    <section className={s.root}>
      {inExcel ? (
        <div className={s.stack}>
          <Button className={s.wide} onClick={actions.insertTemplate} {...waiting}>
            {t.insertTemplate}
          </Button>
          <Caption1>{t.insertTemplateHint}</Caption1>
        </div>
      ) : (
        <FilePicker
          fileName={state.file}
          opening={state.busy?.task === "open"}
          disabled={busy}
          onFile={actions.openFile}
        />
      )}
      <RulesPicker rules={state.choices.rules} disabled={busy || !state.choicesLoaded} onChange={actions.setRules} />
      <Button
        className={s.wide}
        appearance="primary"
        size="large"
        onClick={actions.evaluate}
        disabled={!inExcel && state.file === null}
        {...waiting}
      >
        {state.busy?.task === "evaluate" ? t.evaluating : t.evaluate}
      </Button>
      {inExcel ? (
        <div className={s.row}>
          <Button
            onClick={actions.markFindings}
            disabled={!state.outcome || state.outcome.evaluation.findings.length === 0}
            {...waiting}
          >
            {t.markFindings}
          </Button>
          <Button onClick={actions.clearMarks} {...waiting}>
            {t.clearMarks}
          </Button>
          {downloads ? (
            <Button onClick={actions.downloadDocument} disabled={!state.outcome} {...waiting}>
              {t.downloadDocument}
            </Button>
          ) : (
            <Button onClick={actions.copyDocument} disabled={!state.outcome} {...waiting}>
              {t.copyDocument}
            </Button>
          )}
          {downloads ? null : <Caption1>{t.copyDocumentHint}</Caption1>}
        </div>
      ) : (
        <div className={s.row}>
          <Button onClick={actions.downloadResult} disabled={!state.outcome} {...waiting}>
            {t.downloadResult}
          </Button>
          <Button onClick={actions.downloadDocument} disabled={!state.outcome} {...waiting}>
            {t.downloadDocument}
          </Button>
          <Button onClick={actions.downloadTemplate} {...waiting}>
            {t.downloadTemplate}
          </Button>
        </div>
      )}
    </section>
  );
}
