import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluationOutcome, PaneHost } from "../../hosts/host";
import { GRADE_COLOR, formatRate, formatScore } from "../format";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  headline: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  score: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ResultSummary({ outcome, kind }: { outcome: EvaluationOutcome; kind: PaneHost["kind"] }) {
  const t = useStrings();
  const s = useStyles();
  const { overall, evaluation } = outcome;
  const rate = formatRate(overall.executionRate);
  return (
    <section className={s.root} aria-label={t.score}>
      <div className={s.headline}>
        <span>
          <Caption1 as="span" className={s.term}>
            {t.score}{" "}
          </Caption1>
          <span className={s.score} data-testid="score">
            {formatScore(overall.score)}
          </span>{" "}
          {t.points}
        </span>
        <span>
          <Caption1 as="span" className={s.term}>
            {t.grade}{" "}
          </Caption1>
          <Badge size="large" appearance="filled" color={GRADE_COLOR[overall.grade]} data-testid="grade">
            {overall.grade}
          </Badge>
        </span>
      </div>
      {overall.method !== "single" ? (
        <Caption1 data-testid="score-method">
          {t.scoreMethod(overall.method, evaluation.units.length, overall.weightingUnavailable)}
        </Caption1>
      ) : null}
      <dl className={s.figures}>
        <dt className={s.term}>{t.executionRate}</dt>
        <dd className={s.value} data-testid="execution-rate">
          {rate ?? t.notComputable}
        </dd>
        <dt className={s.term}>{t.unsupportedWeight}</dt>
        <dd className={s.value} data-testid="unsupported-weight">
          {formatScore(evaluation.units.reduce((n, u) => n + u.unsupportedWeight, 0))} {t.points}
        </dd>
        <dt className={s.term}>{t.rulesLabel}</dt>
        <dd className={s.value}>{t.profileName[evaluation.profile]}</dd>
      </dl>
      <Body1>{kind === "file" ? t.reportInDownload(outcome.reportSheet) : t.reportWritten(outcome.reportSheet)}</Body1>
      {outcome.notes.length > 0 ? (
        <ul className={s.notes}>
          {outcome.notes.map((note) => (
            <li key={note}>
              <Caption1>{note}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
