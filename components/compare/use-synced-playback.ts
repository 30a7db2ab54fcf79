"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { pickClock, planSync, timeFor, type VideoPlan } from "./sync-plan";

/** `starting`: asked to play, waiting until every video can (a seek landed, enough buffered). */
export type GroupState = "paused" | "starting" | "playing";

const HAVE_FUTURE_DATA = 3;

function apply(video: HTMLVideoElement, plan: VideoPlan) {
  if (plan.seekTo !== undefined) video.currentTime = plan.seekTo;
  if (Math.abs(video.playbackRate - plan.rate) > 1e-6) video.playbackRate = plan.rate;
  if (plan.play && video.paused) {
    void video.play().catch((error: unknown) => {
      // Sound before any gesture on this page: keep the picture in step, silently.
      if ((error as { name?: string }).name === "NotAllowedError" && !video.muted) {
        video.muted = true;
        void video.play().catch(() => undefined);
      }
    });
  } else if (!plan.play && !video.paused) video.pause();
}

/**
 * One transport for 2–4 videos: play, pause, seek and speed act on all of them, and while they
 * play a per-frame loop keeps each within a frame of the clock (see sync-plan.ts). Playing (and
 * resuming after a seek or a stall) waits until every video can play, then starts them in one task.
 */
export function useSyncedPlayback(count: number) {
  const elements = useRef<(HTMLVideoElement | null)[]>([]);
  const [state, setState] = useState<GroupState>("paused");
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [rate, setRate] = useState(1);
  const [audible, setAudible] = useState<number | null>(null);
  const live = useRef({ state: "paused" as GroupState, rate: 1 });
  const frame = useRef(0);

  const videos = () => elements.current.slice(0, count).filter((v): v is HTMLVideoElement => Boolean(v));
  const clock = () => {
    const all = videos();
    return { all, index: pickClock(all.map((v) => (v.error ? Number.NaN : v.duration))) };
  };
  const plan = (playing: boolean) => {
    const { all, index } = clock();
    const plans = planSync({
      playing,
      baseRate: live.current.rate,
      clock: index,
      videos: all.map((v) => ({
        time: v.currentTime,
        duration: v.duration,
        rate: v.playbackRate,
        seeking: v.seeking,
      })),
    });
    all.forEach((v, i) => !v.error && apply(v, plans[i]!));
    return all[index];
  };
  const enter = (next: GroupState) => {
    live.current.state = next;
    setState(next);
  };

  // The engine as stable callbacks over refs, so the media event listeners are attached once.
  const engine = useMemo(() => {
    const tick = () => {
      if (live.current.state !== "playing") return;
      const leader = plan(true);
      if (!leader || leader.ended || leader.currentTime >= leader.duration) return stop();
      setTime(leader.currentTime);
      frame.current = requestAnimationFrame(tick);
    };
    const ready = () => {
      const { all, index } = clock();
      const now = all[index]?.currentTime ?? 0;
      // One resting on its last frame (the group is past its end) has nothing left to buffer.
      const resting = (v: HTMLVideoElement) => v.ended || now >= v.duration - 1e-3;
      return all.every((v) => v.error || (!v.seeking && (v.readyState >= HAVE_FUTURE_DATA || resting(v))));
    };
    const tryStart = () => {
      if (live.current.state !== "starting" || !ready()) return;
      enter("playing");
      plan(true);
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(tick);
    };
    const stop = () => {
      cancelAnimationFrame(frame.current);
      enter("paused");
      for (const v of videos()) v.pause();
      const leader = plan(false);
      setTime(leader?.currentTime ?? 0);
    };
    const start = () => {
      const { all, index } = clock();
      const leader = all[index];
      if (!leader) return;
      if (leader.ended || leader.currentTime >= leader.duration - 1e-3) seekAll(0);
      enter("starting");
      for (const v of all) v.pause();
      plan(false);
      tryStart();
    };
    const seekAll = (to: number) => {
      const { all, index } = clock();
      const end = all[index]?.duration;
      const target = Math.max(0, Number.isFinite(end) ? Math.min(to, end!) : to);
      const resume = live.current.state !== "paused";
      cancelAnimationFrame(frame.current);
      for (const v of all) {
        v.pause();
        v.currentTime = timeFor(target, v.duration);
      }
      setTime(target);
      if (resume) {
        enter("starting");
        tryStart();
      }
    };
    const onStall = (event: Event) => {
      const v = event.currentTarget as HTMLVideoElement;
      // Our own seeks wait too; only a real stall while playing regroups (pause all, wait, resume).
      if (live.current.state !== "playing" || v.seeking || v.ended) return;
      cancelAnimationFrame(frame.current);
      enter("starting");
      for (const other of videos()) other.pause();
      tryStart();
    };
    const onMetadata = () => {
      setDuration(Math.max(0, ...videos().map((v) => (Number.isFinite(v.duration) ? v.duration : 0))));
      tryStart();
    };
    const stepBy = (delta: number) => {
      const { all, index } = clock();
      seekAll((all[index]?.currentTime ?? 0) + delta);
    };
    return { start, stop, seekAll, stepBy, tryStart, onStall, onMetadata };
    // Everything it reads lives in refs; `count` fixes the list of elements.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count]);

  useEffect(() => {
    const all = videos();
    const events = ["canplay", "canplaythrough", "seeked", "loadeddata", "error"] as const;
    for (const v of all) {
      for (const name of events) v.addEventListener(name, engine.tryStart);
      v.addEventListener("waiting", engine.onStall);
      v.addEventListener("loadedmetadata", engine.onMetadata);
      v.addEventListener("durationchange", engine.onMetadata);
      if (v.readyState >= 1) engine.onMetadata();
    }
    // Media events can be missed between a check and a listener: look again now and then.
    const backstop = window.setInterval(engine.tryStart, 250);
    return () => {
      window.clearInterval(backstop);
      cancelAnimationFrame(frame.current);
      for (const v of all) {
        for (const name of events) v.removeEventListener(name, engine.tryStart);
        v.removeEventListener("waiting", engine.onStall);
        v.removeEventListener("loadedmetadata", engine.onMetadata);
        v.removeEventListener("durationchange", engine.onMetadata);
      }
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine]);

  useEffect(() => {
    elements.current.forEach((v, i) => v && (v.muted = audible !== i));
  }, [audible]);

  const register = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => (element: HTMLVideoElement | null) => {
        elements.current[i] = element;
      }),
    [count],
  );

  const changeRate = useCallback((next: number) => {
    live.current.rate = next;
    setRate(next);
    for (const v of elements.current) if (v) apply(v, { play: !v.paused, rate: next });
  }, []);

  const toggle = useCallback(
    () => (live.current.state === "paused" ? engine.start() : engine.stop()),
    [engine],
  );

  return {
    register,
    state,
    time,
    duration,
    rate,
    audible,
    toggle,
    pause: engine.stop,
    seek: engine.seekAll,
    step: engine.stepBy,
    setRate: changeRate,
    setAudible,
  };
}
