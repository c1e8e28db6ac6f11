import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneHost } from "../../hosts/host";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export function EmptyState({ kind }: { kind: PaneHost["kind"] }) {
  const t = useStrings();
  const s = useStyles();
  return (
    <section className={s.root} aria-label={t.emptyTitle}>
      <Subtitle2 as="h2">{t.emptyTitle}</Subtitle2>
      <Body1>{kind === "file" ? t.emptyBodyFile : t.emptyBody}</Body1>
    </section>
  );
}
