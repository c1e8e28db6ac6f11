import { Badge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { UnitResult } from "../../core/model/evaluation";
import { GRADE_COLOR, formatRate, formatScore } from "../format";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  // Project names are long Chinese phrases: let them wrap rather than push the figures off a 320 px pane.
  name: { wordBreak: "break-all" },
  num: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

export function UnitTable({ units }: { units: readonly UnitResult[] }) {
  const t = useStrings();
  const s = useStyles();
  const c = t.unitColumns;
  return (
    <section className={s.root} aria-label={t.unitsTitle}>
      <Subtitle2 as="h2">{t.unitsTitle}</Subtitle2>
      <table className={s.table}>
        <thead>
          <tr>
            <th className={s.th} scope="col">
              {c.name}
            </th>
            <th className={`${s.th} ${s.num}`} scope="col">
              {c.rate}
            </th>
            <th className={`${s.th} ${s.num}`} scope="col">
              {c.score}
            </th>
            <th className={s.th} scope="col">
              {c.grade}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={`${i}-${u.name}`}>
              <th className={`${s.td} ${s.name}`} scope="row" style={{ fontWeight: "normal", textAlign: "left" }}>
                {u.name}
              </th>
              <td className={`${s.td} ${s.num}`}>{formatRate(u.executionRate) ?? "—"}</td>
              <td className={`${s.td} ${s.num}`}>{formatScore(u.score)}</td>
              <td className={s.td}>
                <Badge appearance="tint" color={GRADE_COLOR[u.grade]}>
                  {u.grade}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
