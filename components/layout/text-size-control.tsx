type Props = {
  path: string;
  labels: { group: string; smaller: string; reset: string; larger: string };
};

/** A− / A / A+ as a plain form: the server saves the choice and sends the reader back. */
export function TextSizeControl({ path, labels }: Props) {
  const button =
    "min-h-11 min-w-11 cursor-pointer rounded border border-white/60 px-2 font-semibold hover:bg-white hover:text-brand-800";
  return (
    <form method="post" action="/preferences/text-size" className="no-print flex items-center gap-1" aria-label={labels.group}>
      <input type="hidden" name="next" value={path} />
      <button type="submit" name="size" value="smaller" aria-label={labels.smaller} title={labels.smaller} className={`${button} text-sm`}>
        A−
      </button>
      <button type="submit" name="size" value="reset" aria-label={labels.reset} title={labels.reset} className={`${button} text-base`}>
        A
      </button>
      <button type="submit" name="size" value="larger" aria-label={labels.larger} title={labels.larger} className={`${button} text-lg`}>
        A+
      </button>
    </form>
  );
}
