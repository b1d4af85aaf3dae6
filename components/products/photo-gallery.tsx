import { formatFileSize, imageSources } from "@/lib/storage/urls";

type Photo = { id: string; alt: string | null; media: { variants: unknown; width: number | null; height: number | null } };

/**
 * Photos that swipe on a phone: a CSS scroll-snap strip, no script at all. Without CSS it is a
 * plain list of pictures. Each picture is lazy after the first and says how much it weighs.
 */
export function PhotoGallery({
  photos,
  label,
  fallbackAlt,
  intlLocale,
  sizeLabel,
}: {
  photos: Photo[];
  label: string;
  fallbackAlt: string;
  intlLocale: string;
  sizeLabel: (size: string) => string;
}) {
  if (!photos.length) return null;
  return (
    <section aria-label={label} className="mt-4">
      <ul className="flex snap-x snap-mandatory gap-3 overflow-x-auto pb-2">
        {photos.map((photo, index) => {
          const image = imageSources(photo.media);
          if (!image) return null;
          return (
            <li key={photo.id} className="w-[85%] max-w-xl shrink-0 snap-center sm:w-[60%]">
              <figure>
                {/* eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage) */}
                <img
                  src={image.src}
                  srcSet={image.srcSet}
                  sizes="(min-width: 40rem) 36rem, 85vw"
                  width={image.width}
                  height={image.height}
                  alt={photo.alt ?? `${fallbackAlt} (${index + 1}/${photos.length})`}
                  loading={index === 0 ? "eager" : "lazy"}
                  decoding="async"
                  className="h-auto w-full rounded"
                />
                <figcaption className="mt-1 text-xs text-muted">{sizeLabel(formatFileSize(image.size, intlLocale))}</figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
