import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Notice, PaneError } from "../state";
import { useStrings } from "../strings";

export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss(): void }) {
  const t = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {error.message}
        {error.code ? <div>{t.errorCode(error.code)}</div> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const t = useStrings();
  const text =
    notice.kind === "template"
      ? t.templateDone(notice.created, notice.skipped)
      : notice.kind === "marked"
        ? t.markedDone(notice.count)
        : notice.kind === "cleared"
          ? t.clearedDone(notice.count)
          : notice.kind === "copied"
            ? t.copiedDocument
            : t.downloaded(notice.name);
  return (
    <MessageBar intent="success" layout="multiline" politeness="polite">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
