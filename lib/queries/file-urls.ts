/**
 * How long the links to our stored files live, read by both sides: the server signs every file URL
 * for FILE_URL_SECONDS (rounded up to a 5-minute window so a refetch within it gets the same URL),
 * and a page that stays open asks for fresh ones every FILE_URL_RENEW_MS, well before they lapse.
 * A URL someone copies out of the page therefore stops working within minutes, and removing a
 * member ends their access to the files as soon as their copied links lapse (videos play through
 * `/api/generations/<id>/video`, which checks membership on every request).
 */
export const FILE_URL_SECONDS = 15 * 60;
export const FILE_URL_RENEW_MS = 10 * 60 * 1000;

/** The stable address a video plays from: it redirects to a freshly signed URL of the stored copy. */
export const videoPlayPath = (generationId: string) =>
  `/api/generations/${encodeURIComponent(generationId)}/video`;

/** The stable "Download" address: it signs an attachment URL only when followed. */
export const downloadPath = (generationId: string) =>
  `/api/generations/${encodeURIComponent(generationId)}/download`;
