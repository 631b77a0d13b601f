/** Progress toward a requirement, as an accessible meter. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const ratio = max <= 0 ? 1 : Math.min(1, value / max);
  return (
    <div
      className="progress"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
    >
      <div
        className={`progress-fill${ratio >= 1 ? ' progress-full' : ''}`}
        style={{ width: `${Math.round(ratio * 100)}%` }}
      />
    </div>
  );
}
