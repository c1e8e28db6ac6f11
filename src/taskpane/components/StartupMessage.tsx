import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Header } from "./Header";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

/** What the pane shows instead of its work when it could not start (the host's code failed to load or to start). */
export function StartupMessage({ title, body, intent }: { title: string; body: string; intent: "info" | "error" }) {
  const s = useStyles();
  return (
    <main className={s.root}>
      <Header />
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
