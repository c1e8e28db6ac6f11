import type { ProfileId } from "../core/settings";

/**
 * The rule profiles the dropdown offers, in the order shown. Listed here rather than read from core/settings, which
 * would pull the engine's text parsing into the pane's first load; a test keeps the two lists equal.
 */
export const PROFILE_IDS: readonly ProfileId[] = ["中央通用", "重庆部门整体", "四川"];
