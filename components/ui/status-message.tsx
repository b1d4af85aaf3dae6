const SUCCESS = "rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold text-green-900";

/**
 * The green "it worked" banner: after a redirect (`?created=1`, `?done=…`) it is a status region
 * of its own; inside a form's live region (`live={false}`) the region is already there, so it
 * must not announce twice. `className` adds the spacing the surrounding page needs.
 */
export function StatusMessage({ children, className, live = true }: { children: React.ReactNode; className?: string; live?: boolean }) {
  return (
    <p role={live ? "status" : undefined} className={className ? `${className} ${SUCCESS}` : SUCCESS}>
      {children}
    </p>
  );
}
