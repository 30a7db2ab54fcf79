"use client";

import { ChevronDown, ImagePlus } from "lucide-react";
import { lazy, Suspense, useId, useState, type ClipboardEvent } from "react";
import { cn } from "@/lib/utils";
import type { UploadedImage } from "./upload-image";
import { useImageUploads, type ImageInputsValue, type ImageSlot } from "./use-image-uploads";

// react-dropzone is not in the studio's first load: the server renders the zones, and they
// hydrate once this chunk arrives (a click before that is replayed by React).
const ImageDropZone = lazy(() => import("./image-drop-zone").then((m) => ({ default: m.ImageDropZone })));

export type { UploadedImage } from "./upload-image";
export type { ImageInputsValue } from "./use-image-uploads";

export interface ImageInputsProps {
  inputImage: UploadedImage | null;
  referenceImages: UploadedImage[];
  maxReferenceImages: number;
  inputImageRequired: boolean;
  referenceImagesAllowed: boolean;
  onChange: (next: ImageInputsValue) => void;
  disabled?: boolean;
}

/**
 * The create form's images: an input image (the first frame) and reference images, each added by
 * drag and drop, the file picker, the phone camera or paste, and uploaded with visible progress.
 */
export function ImageInputs(props: ImageInputsProps) {
  const { inputImage, referenceImages, maxReferenceImages, inputImageRequired, disabled = false } = props;
  const referencesOpen = props.referenceImagesAllowed && maxReferenceImages > 0;
  const { pending, errors, addFiles, remove, reorder } = useImageUploads({
    value: { inputImage, referenceImages },
    maxReferenceImages,
    referenceImagesAllowed: referencesOpen,
    disabled,
    onChange: props.onChange,
  });

  // On a phone the zones stay folded until wanted: when the model needs an image, or the form
  // already has some (a draft, a remix), they open by themselves. Wide screens always show them.
  const imageCount = (inputImage ? 1 : 0) + referenceImages.length + pending.length;
  const wanted = inputImageRequired || imageCount > 0;
  const [open, setOpen] = useState(wanted);
  const [wasWanted, setWasWanted] = useState(wanted);
  if (wanted !== wasWanted) {
    setWasWanted(wanted);
    if (wanted) setOpen(true);
  }
  const zonesId = useId();

  // A paste inside a zone goes to that zone; elsewhere to the input slot while it is empty.
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0 || disabled) return;
    event.preventDefault();
    const zone = (event.target as Element).closest?.("[data-slot]")?.getAttribute("data-slot");
    const inputFree = !inputImage && !pending.some((p) => p.slot === "input");
    const slot: ImageSlot =
      zone === "input" || zone === "reference" ? zone : inputFree || !referencesOpen ? "input" : "reference";
    addFiles(slot, files);
  };

  return (
    <div className="grid gap-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={zonesId}
        onClick={() => setOpen(!open)}
        data-testid="images-disclosure"
        className="flex min-h-11 items-center justify-between gap-2 rounded-lg border border-border px-3 text-sm font-medium lg:hidden"
      >
        <span className="flex items-center gap-2">
          <ImagePlus aria-hidden className="size-4" />
          {imageCount > 0 ? `Images (${imageCount})` : "Add images"}
        </span>
        <ChevronDown aria-hidden className={cn("size-4 transition-transform", open && "rotate-180")} />
      </button>
      <div
        id={zonesId}
        onPaste={onPaste}
        // Lets a click anywhere here take focus, so Ctrl/⌘+V that follows arrives here.
        tabIndex={-1}
        className={cn("grid gap-3 outline-none", !open && "hidden lg:grid")}
        data-testid="image-inputs"
      >
        <Suspense fallback={<ZonePlaceholder />}>
          <ImageDropZone
            slot="input"
            title="Input image (first frame)"
            hint={
              inputImageRequired ? (
                <span>
                  <strong className="font-medium text-foreground">Required</strong> · this model animates an
                  image.
                </span>
              ) : (
                "Optional · the video starts from this picture."
              )
            }
            images={inputImage ? [inputImage] : []}
            pending={pending.filter((p) => p.slot === "input")}
            error={errors.input}
            multiple={false}
            disabled={disabled}
            locked={disabled}
            testIds={{ zone: "input-image-zone", file: "input-image-file", camera: "input-image-camera" }}
            altFor={() => `Input image, ${describe(inputImage)}`}
            onFiles={(files) => addFiles("input", files)}
            onRemove={(id) => remove("input", id)}
          />
        </Suspense>
        <Suspense fallback={<ZonePlaceholder />}>
          <ImageDropZone
            slot="reference"
            title={referencesOpen ? `Reference images (up to ${maxReferenceImages})` : "Reference images"}
            hint={
              referencesOpen
                ? "Optional · people, products or styles the video should keep."
                : "This model does not accept reference images."
            }
            images={referenceImages}
            pending={pending.filter((p) => p.slot === "reference")}
            error={errors.reference}
            multiple
            disabled={disabled || !referencesOpen}
            locked={disabled}
            testIds={{
              zone: "reference-images-zone",
              file: "reference-images-file",
              camera: "reference-images-camera",
            }}
            altFor={(i) => `Reference image ${i + 1}, ${describe(referenceImages[i] ?? null)}`}
            onFiles={(files) => addFiles("reference", files)}
            onRemove={(id) => remove("reference", id)}
            onReorder={reorder}
          />
        </Suspense>
      </div>
    </div>
  );
}

/** A zone's outline and height while its code loads after a client-side navigation. */
function ZonePlaceholder() {
  return <div aria-hidden className="h-36 rounded-xl border border-dashed border-border bg-background" />;
}

const describe = (image: UploadedImage | null) => (image ? `${image.width} × ${image.height}` : "");
