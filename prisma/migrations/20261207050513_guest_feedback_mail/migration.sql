-- Guests' feedback comes by mail unless turned off, for new accounts and for everyone today.
ALTER TABLE "User" ALTER COLUMN "mailKinds" SET DEFAULT ARRAY['mention', 'reply', 'review_status', 'member_joined', 'guest_feedback']::"NotificationKind"[];
UPDATE "User" SET "mailKinds" = array_append("mailKinds", 'guest_feedback') WHERE NOT ('guest_feedback' = ANY("mailKinds"));
