#!/usr/bin/env bash
# Regenerates the simulator's legacy 2 s samples, kept so links of tasks made before made-to-measure
# clips (lib/grok/simulator/clip-cache.ts) still play; bench:web and the poster tests use them too.
# One ~2 s clip per aspect ratio: H.264 baseline, yuv420p, faststart, so every browser can play
# and seek it while it is still downloading.
set -euo pipefail

out_dir="$(cd "$(dirname "$0")/.." && pwd)/lib/grok/simulator/media"
mkdir -p "$out_dir"
command -v ffmpeg >/dev/null || { echo "ffmpeg is required (apt-get install -y ffmpeg)" >&2; exit 1; }

font="$(fc-match -f '%{file}' 'DejaVu Sans:bold' 2>/dev/null || true)"
has_drawtext=false
# Captured first: with pipefail, `grep -q` closing the pipe early would fail the check.
filter_list="$(ffmpeg -hide_banner -filters 2>/dev/null)"
[[ "$filter_list" == *" drawtext "* && -n "$font" ]] && has_drawtext=true

# ratio:width:height — the 480p frame for each of the upstream's seven aspect ratios.
for spec in 1:1:480:480 16:9:848:480 9:16:480:848 4:3:640:480 3:4:480:640 3:2:720:480 2:3:480:720; do
  IFS=: read -r rw rh w h <<<"$spec"
  label="${rw}:${rh}"
  filters="format=yuv420p"
  if $has_drawtext; then
    size=$(( (w < h ? w : h) / 6 ))
    filters="drawtext=fontfile=${font}:text='${rw}\\:${rh}':fontsize=${size}:fontcolor=white:borderw=3:bordercolor=black@0.6:x=(w-text_w)/2:y=(h-text_h)/2-${size}/3,drawtext=fontfile=${font}:text='Grok simulator  ${w}x${h}':fontsize=$(( size / 3 )):fontcolor=white@0.85:x=(w-text_w)/2:y=(h+text_h)/2+${size}/2,${filters}"
  fi
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "gradients=s=${w}x${h}:d=2:r=24:speed=0.03:c0=0x2b1055:c1=0x7597de:c2=0xf0a868:n=3" \
    -vf "$filters" \
    -c:v libx264 -profile:v baseline -level 3.1 -pix_fmt yuv420p -preset veryslow -crf 34 \
    -g 24 -movflags +faststart -an \
    "$out_dir/${w}x${h}.mp4"
  echo "${label} -> $(basename "$out_dir")/${w}x${h}.mp4 ($(wc -c <"$out_dir/${w}x${h}.mp4") bytes)"
done
