import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/model/finding";
import { findingPlace } from "../format";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // Messages quote long Chinese cell text with no spaces: break anywhere so nothing overflows a narrow pane.
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  place: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  // Where the cell cannot be selected (file mode) the place is plain text, not coloured like a link.
  placeText: { color: tokens.colorNeutralForeground1 },
  more: { marginTop: tokens.spacingVerticalXS },
});

// A large workbook yields thousands of findings; rendering them all at once would stall the pane's webview.
const PAGE = 100;

export function FindingGroup({ items, onSelect }: { items: readonly Finding[]; onSelect?: (f: Finding) => void }) {
  const t = useStrings();
  const s = useStyles();
  const [shown, setShown] = useState(PAGE);
  const visible = items.slice(0, shown);
  return (
    <>
      <ul className={s.list}>
        {visible.map((f, i) => {
          const body = (
            <>
              <span className={onSelect ? s.place : mergeClasses(s.place, s.placeText)}>
                {findingPlace(f)}
                {f.unit ? ` · ${f.unit}` : ""}
              </span>
              {f.message}
            </>
          );
          return (
            <li key={`${i}-${f.code}-${f.sheet}-${f.cell}`}>
              {onSelect ? (
                <button type="button" className={`${s.item} ${s.clickable}`} onClick={() => onSelect(f)}>
                  {body}
                </button>
              ) : (
                <div className={s.item}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {items.length > shown ? (
        <Button className={s.more} size="small" appearance="secondary" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(items.length - shown)}
        </Button>
      ) : null}
    </>
  );
}
