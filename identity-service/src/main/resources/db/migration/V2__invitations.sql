-- A school invites an email with roles; the upstream account that signs in with that verified email
-- accepts it at its token exchange, once, before it expires (DESIGN §3). Schools never create users.
CREATE TABLE invitations (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  email          text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 200 AND email = lower(email)),
  roles          text[]      NOT NULL CHECK (cardinality(roles) >= 1
                   AND roles <@ ARRAY['rector', 'coordinator', 'secretary', 'teacher', 'student', 'acudiente']),
  status         text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'revoked', 'expired')),
  expires_at     timestamptz NOT NULL,
  invited_by     uuid        NOT NULL,
  accepted_by    uuid,
  membership_id  uuid,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint      NOT NULL DEFAULT 0
);
CREATE INDEX invitations_school_id ON invitations (school_id, id);
-- one open invitation per email and school; an expired one is closed before a new one is made
CREATE UNIQUE INDEX invitations_pending_email ON invitations (school_id, email) WHERE status = 'pending';
SELECT protect_tenant_table('invitations');

-- The audit log records invitations too: made, revoked, accepted.
ALTER TABLE membership_audit ALTER COLUMN membership_id DROP NOT NULL;
ALTER TABLE membership_audit ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE membership_audit ADD COLUMN invitation_id uuid;
ALTER TABLE membership_audit DROP CONSTRAINT membership_audit_action_check;
ALTER TABLE membership_audit ADD CONSTRAINT membership_audit_action_check CHECK (action IN
  ('granted', 'roles_changed', 'deactivated', 'reactivated', 'invited', 'invitation_revoked', 'invitation_accepted'));
