import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function Header() {
  const t = useStrings();
  const s = useStyles();
  return (
    <header className={s.root}>
      <Title3 as="h1">{t.title}</Title3>
      <Caption1>{t.subtitle}</Caption1>
    </header>
  );
}
