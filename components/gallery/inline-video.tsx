"use client";

import { Expand, Play, Volume2, VolumeX } from "lucide-react";
import { useEffect, useRef, useState, type PointerEvent } from "react";
import { flushSync } from "react-dom";
import { claimPlayback, playVideo, setWantsSound, wantsSound } from "@/components/viewer/sound";
import { openViewer } from "@/components/viewer/open-viewer";
import { useMediaQuery } from "../../hooks/use-media-query";
import { posterSizes } from "./row-heights";

export type PosterLoading = "high" | "eager" | "lazy";

/** The posters' stored height (the simulator's and Grok's 480p frames). */
const POSTER_HEIGHT = 480;

// No backdrop blur: a dozen blurred buttons on a phone's screen are redrawn with every scrolled
// frame; removing it took bench:scroll from ~60 % to ~20 % dropped frames (×1). At 60 % black
// the white icon keeps 5.7:1 over a white still.
const overlayButton =
  "grid place-items-center rounded-full bg-black/60 text-white transition-opacity hover:bg-black/75 focus-visible:opacity-100 [&_svg]:size-5";

/**
 * A card's video, played like a video app: one tap or click on the play badge plays it (a hover
 * previews it silently on desktop), a mute toggle while it plays, and an expand button that opens
 * the full-screen viewer; on a phone, a tap on the playing video opens the viewer too.
 *
 * With a poster the card is an image until it is played or hovered: no `<video>` element (a
 * scrolling phone decodes stills off the main thread, and a hundred media elements cost memory
 * and layout), and no video byte fetched. Without one, the video's first frame is the still.
 */
export function InlineVideo({
  id,
  src,
  poster,
  posterSrcSet,
  label,
  ratio,
  loading = "lazy",
}: {
  id: string;
  src: string;
  poster?: string | null;
  /** The still at two widths; the browser picks by the card's width in the gallery's rows. */
  posterSrcSet?: string | null;
  label: string;
  /** Width over height: the still's intrinsic size, so it is laid out before it loads. */
  ratio: number;
  /**
   * "high": the first cards, whose still is the largest paint — fetched first and at once;
   * "eager": the rest of a first screen (lazy loading would wait for layout and delay it);
   * "lazy": below the fold.
   */
  loading?: PosterLoading;
}) {
  // A poster is the still to show; without one the first frame is it, so fetch that much.
  const preload = poster ? "none" : loading === "high" ? "auto" : "metadata";
  const ref = useRef<HTMLVideoElement>(null);
  // The <video> exists once the card is played or hovered (or has no poster to stand in for it:
  // a card made before its poster was saved swaps to the still when it arrives).
  const [activated, setActivated] = useState(false);
  const live = activated || !poster;
  const hovering = useRef(false);
  // Played on purpose (badge, tap, Enter), as opposed to a silent hover preview: only then does
  // the badge give way to the mute toggle, and leaving the card does not stop it.
  const [chosen, setChosen] = useState(false);
  const [muted, setMuted] = useState(true);
  const lastPointer = useRef("");
  const touch = useMediaQuery("(pointer: coarse)", false);

  const preview = (video: HTMLVideoElement) => {
    claimPlayback(video);
    video.muted = true;
    void video.play().catch(() => undefined);
  };

  // A hover that mounted the video starts its preview once it is there.
  useEffect(() => {
    if (live && hovering.current && !chosen && ref.current?.paused) preview(ref.current);
    // Only when the element first appears; later hovers start it themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live]);

  const hover = (event: PointerEvent, enter: boolean) => {
    if (event.pointerType !== "mouse" || chosen) return;
    hovering.current = enter;
    const video = ref.current;
    if (!video) {
      if (enter) setActivated(true);
    } else if (enter) preview(video);
    else video.pause();
  };

  const toggle = () => {
    if (!chosen) {
      // Mounted in this same event, so play() still counts as the tap's (sound is allowed).
      flushSync(() => {
        setActivated(true);
        setChosen(true);
      });
      if (ref.current) void playVideo(ref.current, wantsSound());
      return;
    }
    const video = ref.current;
    if (!video) return;
    if (touch || lastPointer.current === "touch") {
      // A phone has no hover and a small card: the next tap on a playing video goes full screen.
      video.pause();
      openViewer(id);
    } else video.pause();
  };

  const toggleSound = () => {
    const video = ref.current;
    if (!video) return;
    video.muted = !video.muted;
    setWantsSound(!video.muted);
  };

  return (
    <div
      className="group absolute inset-0"
      onPointerEnter={(e) => hover(e, true)}
      onPointerLeave={(e) => hover(e, false)}
      onPointerDown={(e) => (lastPointer.current = e.pointerType)}
    >
      {poster ? (
        // The still, until the video is there to show it: sized, decoded off the main thread,
        // and in the first rows fetched before anything else.
        // eslint-disable-next-line @next/next/no-img-element -- a signed storage URL, already a small WebP
        <img
          src={poster}
          srcSet={posterSrcSet ?? undefined}
          sizes={posterSrcSet ? posterSizes(ratio) : undefined}
          alt=""
          width={Math.round(POSTER_HEIGHT * ratio)}
          height={POSTER_HEIGHT}
          decoding="async"
          loading={loading === "lazy" ? "lazy" : "eager"}
          fetchPriority={loading === "high" ? "high" : "auto"}
          data-testid="generation-poster"
          className="absolute inset-0 size-full object-cover"
        />
      ) : null}
      {live ? (
        <video
          ref={ref}
          src={src}
          poster={poster ?? undefined}
          aria-label={label}
          data-testid="generation-video"
          data-playing={chosen ? "" : undefined}
          className="absolute inset-0 size-full object-cover"
          muted
          loop
          playsInline
          preload={preload}
          onPause={() => setChosen(false)}
          onVolumeChange={(e) => setMuted(e.currentTarget.muted)}
        />
      ) : null}
      <button
        type="button"
        onClick={toggle}
        aria-label={`${chosen ? (touch ? "Open full screen" : "Pause") : "Play"}: ${label}`}
        data-testid="play-toggle"
        className="absolute inset-0 grid size-full cursor-pointer place-items-center focus-visible:outline-2 focus-visible:-outline-offset-4 focus-visible:outline-primary"
      >
        <span
          aria-hidden
          data-testid="play-badge"
          className={`${overlayButton} size-9 transition-opacity @min-[10rem]:size-12 ${chosen ? "opacity-0" : "opacity-100"}`}
        >
          <Play className="translate-x-px fill-current" />
        </span>
      </button>
      {chosen ? (
        <button
          type="button"
          onClick={toggleSound}
          aria-label={muted ? "Unmute" : "Mute"}
          data-testid="mute-toggle"
          // Above the card's facts (whose prompt link would cover it). A narrow card has no room
          // for that (it would sit over the middle, where a tap opens full screen): there it takes
          // the bottom corner, and the card hides its facts while the video plays.
          className={`${overlayButton} absolute bottom-2 left-2 size-9 @min-[10rem]:bottom-12 @min-[10rem]:size-11`}
        >
          {muted ? <VolumeX aria-hidden /> : <Volume2 aria-hidden />}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => {
          ref.current?.pause();
          openViewer(id);
        }}
        aria-label="Open full screen"
        title="Open full screen"
        data-testid="open-viewer"
        // Bottom right, clear of the card's actions at the top; a narrow card opens it from a playing video.
        // Not on a touch screen: a phone's cards are too short for it to clear "More" (it sat over
        // it), and there the second tap on a playing video, or More, opens full screen.
        className={`${overlayButton} absolute right-2 bottom-12 hidden size-11 @min-[10rem]:grid pointer-coarse:hidden! pointer-fine:opacity-0 pointer-fine:group-hover:opacity-100 pointer-fine:group-focus-within:opacity-100`}
      >
        <Expand aria-hidden />
      </button>
    </div>
  );
}
