import type { GenerationDetail } from "@/lib/generations/get-generation-detail";

function Thumbnail({ url, alt }: { url: string; alt: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="block size-20 overflow-hidden rounded-lg border border-border bg-muted"
    >
      {/* Signed, expiring storage URLs: the image optimizer would cache them under a dead key. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={url} alt={alt} loading="lazy" decoding="async" className="size-full object-cover" />
    </a>
  );
}

/** The input image and reference images the video was made from. */
export function GenerationImages({ g }: { g: GenerationDetail }) {
  if (!g.inputImage && g.referenceImages.length === 0) return null;
  return (
    <section aria-labelledby="images-title" className="grid gap-3 text-sm" data-testid="generation-images">
      <h2 id="images-title" className="font-semibold">
        Images
      </h2>
      {g.inputImage ? (
        <div className="grid gap-1.5">
          <p className="text-muted-foreground">Input image</p>
          <Thumbnail url={g.inputImage.url} alt="Input image" />
        </div>
      ) : null}
      {g.referenceImages.length ? (
        <div className="grid gap-1.5">
          <p className="text-muted-foreground">Reference images</p>
          <ul className="flex flex-wrap gap-2">
            {g.referenceImages.map((image, i) => (
              <li key={image.id}>
                <Thumbnail url={image.url} alt={`Reference image ${i + 1}`} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
