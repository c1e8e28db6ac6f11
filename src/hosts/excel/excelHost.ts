/**
 * The ExcelHost the pane and the ribbon commands use inside Excel. Each method is one Excel.run with
 * `delayForCellEdit: true` (ExcelApi 1.5): a batch waits until the user leaves a cell being edited instead of failing.
 * Every error leaves as a HostError with a Chinese sentence (errors.ts).
 */
import type { Finding } from "../../core/model/finding";
import type { EvaluateRequest, EvaluationOutcome, ExcelHost, PaneChoices } from "../host";
import { HostError } from "../host";
import { loadChoicesFrom, saveChoicesTo, type SettingsLike } from "./choices";
import { toHostError, type ErrorPlace } from "./errors";
import { evaluateInContext } from "./evaluate";
import { currentPlatform, downloadsAllowed } from "./downloads";
import { currentFeatures, type ExcelFeatures } from "./features";
import { clearInContext, markInContext } from "./marks";
import { selectInContext } from "./select";
import { insertTemplateInContext } from "./template";

/** Where the host finds Excel; the defaults are Office's globals, tests pass fakes. */
export interface ExcelHostDeps {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  features: () => ExcelFeatures;
  settings: () => SettingsLike;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", … */
  platform: () => string | undefined;
}

function defaultDeps(): ExcelHostDeps {
  return {
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    features: currentFeatures,
    settings: () => Office.context.document.settings as unknown as SettingsLike,
    platform: currentPlatform,
  };
}

export function createExcelHost(deps: Partial<ExcelHostDeps> = {}): ExcelHost {
  const d: ExcelHostDeps = { ...defaultDeps(), ...deps };
  const run = async <T>(place: ErrorPlace, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await d.run(batch);
    } catch (e) {
      throw toHostError(e, place);
    }
  };
  return {
    kind: "excel",
    downloads: downloadsAllowed(d.platform()),
    evaluate: (request: EvaluateRequest): Promise<EvaluationOutcome> => {
      const features = d.features();
      return run({ action: "评分" }, (context) => evaluateInContext(context, request, features));
    },
    insertTemplate: () => run({ action: "插入模板" }, insertTemplateInContext),
    selectFinding: (finding: Finding) => run({ action: "定位问题单元格", sheet: finding.sheet, cell: finding.cell || undefined }, (context) => selectInContext(context, finding)),
    markFindings: (findings: readonly Finding[]) => {
      const features = d.features();
      return run({ action: "标记问题单元格" }, (context) => markInContext(context, findings, features));
    },
    clearMarks: () => {
      const features = d.features();
      return run({ action: "清除标记" }, (context) => clearInContext(context, features));
    },
    loadChoices: async (): Promise<PaneChoices> => {
      try {
        return await loadChoicesFrom(d.settings());
      } catch (e) {
        throw e instanceof HostError ? e : toHostError(e, { action: "读取设置" });
      }
    },
    saveChoices: async (choices: PaneChoices): Promise<void> => {
      try {
        await saveChoicesTo(d.settings(), choices);
      } catch (e) {
        throw toHostError(e, { action: "保存设置" });
      }
    },
  };
}
