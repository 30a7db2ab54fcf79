import type { Role } from "@/lib/auth/roles";

export const ROLE_HINT: Record<Role, string> = {
  viewer: "watches, downloads and shares",
  member: "also creates, remixes and deletes their own",
  admin: "also manages people, invites and quotas",
  owner: "also manages admins and can delete the team",
};
