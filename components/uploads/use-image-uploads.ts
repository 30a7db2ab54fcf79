"use client";

import { useEffect, useRef, useState } from "react";
import { precheckImageFile } from "@/lib/uploads/rules";
import { isAbortError, uploadImage, type UploadedImage } from "./upload-image";

export type ImageSlot = "input" | "reference";

export interface ImageInputsValue {
  inputImage: UploadedImage | null;
  referenceImages: UploadedImage[];
}

export interface PendingUpload {
  key: string;
  slot: ImageSlot;
  name: string;
  /** 0–100. */
  progress: number;
  /** Set when the server has answered; merged into the value right after the next render. */
  result?: UploadedImage;
}

interface Options {
  value: ImageInputsValue;
  maxReferenceImages: number;
  referenceImagesAllowed: boolean;
  disabled: boolean;
  onChange: (next: ImageInputsValue) => void;
}

const NO_ERRORS: Record<ImageSlot, string | null> = { input: null, reference: null };

/** The uploads in flight for both slots, their progress and errors, merged into the value when done. */
export function useImageUploads(options: Options) {
  const { value, maxReferenceImages, referenceImagesAllowed, disabled, onChange } = options;
  const [uploads, setUploadsState] = useState<PendingUpload[]>([]);
  const [errors, setErrors] = useState(NO_ERRORS);
  const uploadsRef = useRef<PendingUpload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const inFlight = controllers.current;
    return () => inFlight.forEach((c) => c.abort());
  }, []);

  const setUploads = (update: (list: PendingUpload[]) => PendingUpload[]) => {
    uploadsRef.current = update(uploadsRef.current);
    setUploadsState(uploadsRef.current);
  };
  const setError = (slot: ImageSlot, message: string | null) => setErrors((e) => ({ ...e, [slot]: message }));

  // Finished uploads join the value of a committed render, never a value captured when they
  // started or finished: uploads finishing together must not overwrite one another. They join in
  // the order they were added, not the order they finished (a small WebP must not overtake a
  // large JPEG chosen before it): one waits, at 100 %, for those added before it in its slot.
  useEffect(() => {
    const inOrder = (slot: ImageSlot) => {
      const list = uploads.filter((u) => u.slot === slot);
      const waiting = list.findIndex((u) => !u.result);
      return waiting === -1 ? list : list.slice(0, waiting);
    };
    const finished = [...inOrder("input"), ...inOrder("reference")];
    if (finished.length === 0) return;
    let next = value;
    for (const { slot, result } of finished) {
      if (slot === "input") next = { ...next, inputImage: result! };
      else if (referenceImagesAllowed && next.referenceImages.length < maxReferenceImages)
        next = { ...next, referenceImages: [...next.referenceImages, result!] };
    }
    // Only those merged here: another may have finished since this render.
    const merged = new Set(finished.map((u) => u.key));
    setUploads((list) => list.filter((u) => !merged.has(u.key)));
    onChange(next);
  }, [uploads, value, maxReferenceImages, referenceImagesAllowed, onChange]);

  const start = (slot: ImageSlot, file: File) => {
    const key = crypto.randomUUID();
    const controller = new AbortController();
    controllers.current.set(key, controller);
    const patch = (change: Partial<PendingUpload>) =>
      setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
    setUploads((list) => [...list, { key, slot, name: file.name || "Pasted image", progress: 0 }]);
    uploadImage(file, {
      signal: controller.signal,
      onProgress: (fraction) => patch({ progress: Math.round(fraction * 100) }),
    })
      .then((result) => patch({ progress: 100, result }))
      .catch((error: unknown) => {
        setUploads((list) => list.filter((u) => u.key !== key));
        if (!isAbortError(error)) setError(slot, error instanceof Error ? error.message : String(error));
      })
      .finally(() => controllers.current.delete(key));
  };

  const addFiles = (slot: ImageSlot, files: File[]) => {
    if (disabled || files.length === 0) return;
    setError(slot, null);
    const problem = files.map(precheckImageFile).find(Boolean);
    if (problem) return setError(slot, problem);

    const inFlight = uploadsRef.current.filter((u) => u.slot === slot);
    if (slot === "input") {
      if (files.length > 1) return setError(slot, "Add one input image: it is the video's first frame.");
      // A new input image replaces one still on its way.
      inFlight.forEach((u) => controllers.current.get(u.key)?.abort());
      return start("input", files[0]!);
    }
    if (!referenceImagesAllowed) return setError(slot, "This model does not accept reference images.");
    const room = Math.max(0, maxReferenceImages - value.referenceImages.length - inFlight.length);
    if (files.length > room) setError(slot, `You can add up to ${maxReferenceImages} reference images.`);
    files.slice(0, room).forEach((file) => start("reference", file));
  };

  const remove = (slot: ImageSlot, id: string) => {
    setError(slot, null);
    onChange(
      slot === "input"
        ? { ...value, inputImage: value.inputImage?.id === id ? null : value.inputImage }
        : { ...value, referenceImages: value.referenceImages.filter((image) => image.id !== id) },
    );
  };

  /** Reference images in the order the user gave them (dragged), ids as the drop target lists them. */
  const reorder = (ids: string[]) => {
    const byId = new Map(value.referenceImages.map((image) => [image.id, image]));
    onChange({ ...value, referenceImages: ids.flatMap((id) => byId.get(id) ?? []) });
  };

  return { pending: uploads, errors, addFiles, remove, reorder };
}
