import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { dropHandle, pickWithHandle, type FileHandleLike } from "../fileAccess";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { textAlign: "center", color: tokens.colorNeutralForeground2 },
  // File names are long Chinese phrases with no spaces: break anywhere rather than overflow a 320 px pane.
  name: { overflowWrap: "anywhere", textAlign: "center" },
  input: { display: "none" },
});

interface Props {
  fileName: string | null;
  opening: boolean;
  disabled: boolean;
  /** `handle` (File System Access API) lets the page read the file again at every 一键评分. */
  onFile(file: File, handle?: Promise<FileHandleLike | null> | FileHandleLike | null): void;
}

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const hasFiles = (e: DragEvent | globalThis.DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");

/**
 * The file mode's way in: a Button in the tab order that opens the browser's own file dialog (a real
 * <input type="file">), and a drop zone around it. Whether a file is being dragged over is view state, kept here.
 */
export function FilePicker({ fileName, opening, disabled, onFile }: Props) {
  const t = useStrings();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const nameId = useId("chosen-file");

  // A file dropped beside the zone would make the browser open it in place of the pane, losing the result on screen.
  useEffect(() => {
    const guard = (e: globalThis.DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener("dragover", guard);
    window.addEventListener("drop", guard);
    return () => {
      window.removeEventListener("dragover", guard);
      window.removeEventListener("drop", guard);
    };
  }, []);

  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? "none" : "copy";
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files?.[0];
    if (file && !disabled) onFile(file, dropHandle(e.dataTransfer.items?.[0]));
  };
  const choose = async () => {
    const picked = await pickWithHandle(window, t.xlsxDescription);
    if (picked === "unavailable") input.current?.click();
    else if (picked !== "cancelled") onFile(picked.file, picked.handle);
  };

  return (
    <section
      className={mergeClasses(s.zone, over && s.over)}
      aria-label={t.dropZoneLabel}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Button
        appearance="secondary"
        disabledFocusable={disabled}
        onClick={() => void choose()}
        aria-describedby={nameId}
      >
        {t.chooseFile}
      </Button>
      <input
        ref={input}
        className={s.input}
        type="file"
        accept={XLSX_ACCEPT}
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after editing it in Excel or WPS) is seen as a new choice.
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Caption1 className={s.hint}>{t.dropHint}</Caption1>
      <Body1 id={nameId} className={s.name} aria-live="polite" data-testid="file-name">
        {opening ? t.openingFile : fileName ? t.chosenFile(fileName) : t.noFileChosen}
      </Body1>
    </section>
  );
}
