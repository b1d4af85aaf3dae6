type Props = {
  path: string;
  labels: { group: string; smaller: string; reset: string; larger: string };
};

/**
 * A− / A / A+ as a plain form: the server saves the choice and sends the reader back. The
 * spoken name starts with the visible text (A+) and then says what it does.
 */
export function TextSizeControl({ path, labels }: Props) {
  const button = "min-h-11 min-w-11 cursor-pointer rounded border border-white/60 px-2 font-semibold hover:bg-white hover:text-brand-800";
  return (
    <form method="post" action="/preferences/text-size" className="no-print flex shrink-0 items-center gap-1" aria-label={labels.group}>
      <input type="hidden" name="next" value={path} />
      <button type="submit" name="size" value="smaller" title={labels.smaller} className={`${button} text-sm`}>
        A−
        <span className="sr-only"> {labels.smaller}</span>
      </button>
      <button type="submit" name="size" value="reset" title={labels.reset} className={`${button} text-base`}>
        A<span className="sr-only"> {labels.reset}</span>
      </button>
      <button type="submit" name="size" value="larger" title={labels.larger} className={`${button} text-lg`}>
        A+
        <span className="sr-only"> {labels.larger}</span>
      </button>
    </form>
  );
}
