import "server-only";
import type { Role } from "@/lib/auth/roles";
import { deliverMail, type MailDelivery } from "@/lib/mail/transport";
import { inviteMail } from "@/lib/mail/templates";
import { inviteUrl } from "./invite-token";
import { log } from "@/lib/log/logger";

export interface CreatedInvite {
  id: string;
  email: string | null;
  role: Role;
  expiresAt: string;
  /** The link to hand over (link invites) or that was mailed (email invites). */
  url: string;
  mail: MailDelivery | "failed" | null;
}

/**
 * After an invite is stored (created or resent): its link, mailed when the invite is for an
 * address. A refused mail does not undo the invite: the admin is told, can copy the link or resend.
 */
export async function handOverInvite(
  invite: { id: string; email: string | null; role: Role; expiresAt: Date },
  context: { token: string; origin: string; inviterName: string; workspaceName: string },
): Promise<CreatedInvite> {
  const url = inviteUrl(context.origin, context.token);
  let mail: CreatedInvite["mail"] = null;
  if (invite.email) {
    try {
      mail = await deliverMail(
        inviteMail({
          to: invite.email,
          inviterName: context.inviterName,
          workspaceName: context.workspaceName,
          role: invite.role,
          url,
          expiresAt: invite.expiresAt,
        }),
      );
    } catch (error) {
      log.error({ event: "mail.failed", err: error, inviteId: invite.id }, "invite mail failed");
      mail = "failed";
    }
  }
  return { ...invite, expiresAt: invite.expiresAt.toISOString(), url, mail };
}
