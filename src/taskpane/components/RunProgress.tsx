import { Field, ProgressBar } from "@fluentui/react-components";
import type { EvaluationProgress } from "../../hosts/host";
import { useStrings } from "../strings";

/** Determinate once the host reports a step; indeterminate until then. */
export function RunProgress({ progress }: { progress: EvaluationProgress | null }) {
  const t = useStrings();
  const label = progress ? `${t.evaluating}${t.step[progress.step]}` : t.evaluating;
  return (
    <Field label={label} validationState="none">
      <ProgressBar value={progress ? progress.fraction : undefined} max={1} thickness="large" aria-label={label} />
    </Field>
  );
}
