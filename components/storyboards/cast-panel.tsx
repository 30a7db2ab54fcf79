"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Trash2, UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { workspaceFetch } from "@/hooks/request-workspace";
import { removeCharacterAction, saveCharacterAction } from "@/lib/actions/cast-actions";
import type { CastMember } from "@/lib/characters/manage-cast";
import { CHARACTER_IMAGES_MAX } from "@/lib/characters/mentions";
import { callAction } from "./action-call";

const inputClass = "h-11 rounded-lg border border-border bg-background px-3 sm:h-9";

/** Uploads one picture as an image of the workspace; its id, or the server's reason. */
async function upload(file: File): Promise<string> {
  const form = new FormData();
  form.append("file", file);
  const response = await workspaceFetch("/api/uploads", { method: "POST", body: form });
  const body = (await response.json().catch(() => ({}))) as { id?: string; error?: { message?: string } };
  if (!response.ok || !body.id)
    throw new Error(body.error?.message ?? `The picture was not saved (${response.status}).`);
  return body.id;
}

/** The workspace's cast: who `@Name` means in any prompt, and a form to add someone. */
export function CastPanel({ cast, canEdit }: { cast: CastMember[]; canEdit: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const add = (form: FormData, element: HTMLFormElement) => {
    setError(null);
    const files = form.getAll("images").filter((f): f is File => f instanceof File && f.size > 0);
    startTransition(async () => {
      try {
        if (files.length === 0) throw new Error("Add at least one picture of the character.");
        if (files.length > CHARACTER_IMAGES_MAX)
          throw new Error(`A character has at most ${CHARACTER_IMAGES_MAX} pictures.`);
        const imageIds = await Promise.all(files.map(upload));
        await callAction(saveCharacterAction, {
          name: String(form.get("name") ?? ""),
          description: String(form.get("description") ?? ""),
          imageIds,
        });
        element.reset();
        router.refresh();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    });
  };

  return (
    <section aria-labelledby="cast-heading" className="grid gap-3" data-testid="cast-panel">
      <div>
        <h2 id="cast-heading" className="font-semibold">
          Cast
        </h2>
        <p className="text-sm text-muted-foreground">
          Write <span className="font-mono">@Name</span> in any prompt: the character&apos;s pictures go with
          it, so they look the same from shot to shot.
        </p>
      </div>
      {cast.length > 0 && (
        <ul className="grid gap-2 sm:grid-cols-2" aria-label="Cast">
          {cast.map((c) => (
            <li
              key={c.id}
              className="flex items-center gap-3 rounded-xl border border-border p-2"
              data-testid="character"
            >
              <div className="flex -space-x-3">
                {c.images.slice(0, 3).map((image) => (
                  // eslint-disable-next-line @next/next/no-img-element -- a signed storage URL
                  <img
                    key={image.id}
                    src={image.url}
                    alt=""
                    width={40}
                    height={40}
                    className="size-10 rounded-full border-2 border-background object-cover"
                  />
                ))}
              </div>
              <div className="min-w-0 flex-1">
                <p className="font-medium">@{c.name}</p>
                <p className="truncate text-sm text-muted-foreground">
                  {c.description || `${c.images.length} pictures`}
                </p>
              </div>
              {canEdit && (
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove @${c.name} from the cast`}
                  onClick={() =>
                    startTransition(async () => {
                      try {
                        await callAction(removeCharacterAction, { id: c.id });
                        router.refresh();
                      } catch (e) {
                        toast.error(e instanceof Error ? e.message : String(e));
                      }
                    })
                  }
                >
                  <Trash2 aria-hidden />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="grid gap-2 rounded-xl border border-border p-3"
          data-testid="new-character"
          onSubmit={(e) => {
            e.preventDefault();
            add(new FormData(e.currentTarget), e.currentTarget);
          }}
        >
          <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
            <label className="grid gap-1 text-sm">
              Name
              <input name="name" required maxLength={32} placeholder="Mara" className={inputClass} />
            </label>
            <label className="grid gap-1 text-sm">
              Description
              <input
                name="description"
                maxLength={300}
                placeholder="a tall keeper with a red scarf"
                className={inputClass}
              />
            </label>
          </div>
          <label className="grid gap-1 text-sm">
            Pictures (1–{CHARACTER_IMAGES_MAX})
            <input
              name="images"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              multiple
              className="text-sm"
            />
          </label>
          {error && (
            <p role="alert" className="text-sm text-danger">
              {error}
            </p>
          )}
          <Button
            type="submit"
            variant="outline"
            className="w-fit"
            disabled={pending}
            data-testid="add-character"
          >
            <UserPlus aria-hidden /> {pending ? "Adding…" : "Add to the cast"}
          </Button>
        </form>
      )}
    </section>
  );
}
