import { Field, Select } from "@fluentui/react-components";
import type { ProfileId } from "../../core/settings";
import { PROFILE_IDS } from "../profiles";
import { useStrings } from "../strings";

interface Props {
  rules: ProfileId | null;
  disabled: boolean;
  onChange(rules: ProfileId | null): void;
}

// The empty value stands for null (按基本信息): a native <select> can only carry strings.
const FROM_BASIC_INFO = "";

/** A native select: it works with the keyboard and screen readers in every Office webview, and fits 320 px. */
export function RulesPicker({ rules, disabled, onChange }: Props) {
  const t = useStrings();
  return (
    <Field label={t.rulesLabel} hint={t.rulesHint}>
      <Select
        value={rules ?? FROM_BASIC_INFO}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === FROM_BASIC_INFO ? null : (data.value as ProfileId))}
      >
        <option value={FROM_BASIC_INFO}>{t.rulesFromBasicInfo}</option>
        {PROFILE_IDS.map((id) => (
          <option key={id} value={id}>
            {t.profileName[id]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
