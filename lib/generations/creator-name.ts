/** What a creator is called on a video: their name, else the start of their email. */
export function creatorName(user: { name: string | null; email: string }): string {
  return user.name?.trim() || user.email.split("@")[0] || "A member";
}
