export interface Issue {
  level: "error" | "warning";
  message: string;
}

export function error(message: string): Issue {
  return { level: "error", message };
}

export function warning(message: string): Issue {
  return { level: "warning", message };
}
